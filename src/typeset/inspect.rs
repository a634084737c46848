//! Test support: the laid-out pages flattened into positioned runs of text and lines,
//! so layout rules (sizes, styles, positions) can be checked on the document itself.

use typst::layout::{Abs, Frame, FrameItem, Point, Transform};
use typst::text::{FontStyle, FontWeight};
use typst::visualize::{CurveItem, Geometry};
use typst_layout::PagedDocument;

/// A run of text on a page, in millimetres from the page's top-left corner.
#[derive(Debug, Clone)]
pub struct Run {
    /// The text.
    pub text: String,
    /// Left edge.
    pub x: f64,
    /// Baseline.
    pub y: f64,
    /// Advance width.
    pub width: f64,
    /// Font size in points.
    pub size: f64,
    /// Bold or heavier.
    pub bold: bool,
    /// Italic.
    pub italic: bool,
    /// Font family.
    pub family: String,
}

impl Run {
    /// Horizontal centre.
    pub fn centre(&self) -> f64 {
        self.x + self.width / 2.0
    }
}

/// A straight horizontal line on a page, in millimetres.
#[derive(Debug, Clone)]
pub struct Rule {
    /// Left end.
    pub x: f64,
    /// Height on the page.
    pub y: f64,
    /// Length.
    pub width: f64,
}

/// Everything on one page.
#[derive(Debug, Default)]
pub struct PageView {
    /// Width and height in millimetres.
    pub size: (f64, f64),
    /// Text runs.
    pub runs: Vec<Run>,
    /// Horizontal lines.
    pub rules: Vec<Rule>,
}

impl PageView {
    /// Runs on the baseline of the first run containing `needle`, joined left to right.
    pub fn line_of(&self, needle: &str) -> Option<(f64, String)> {
        let y = self.runs.iter().find(|r| r.text.contains(needle))?.y;
        Some((y, self.line_at(y)))
    }

    /// The text on baseline `y`.
    pub fn line_at(&self, y: f64) -> String {
        let mut on: Vec<&Run> = self.runs.iter().filter(|r| (r.y - y).abs() < 0.2).collect();
        on.sort_by(|a, b| a.x.total_cmp(&b.x));
        on.iter()
            .map(|r| r.text.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The first run containing `needle`.
    pub fn run(&self, needle: &str) -> &Run {
        self.runs
            .iter()
            .find(|r| r.text.contains(needle))
            .unwrap_or_else(|| panic!("no run with {needle:?}"))
    }
}

/// Flattens every page of `doc`.
pub fn pages(doc: &PagedDocument) -> Vec<PageView> {
    doc.pages()
        .iter()
        .map(|p| {
            let mut view = PageView {
                size: (mm(p.frame.width()), mm(p.frame.height())),
                ..Default::default()
            };
            walk(&p.frame, Transform::identity(), &mut view);
            view
        })
        .collect()
}

/// The run's advance without trailing spaces (justification stretches those past the margin).
/// A curve of straight segments under 1 pt tall: (left x, width, middle y).
fn thin_horizontal(c: &typst::visualize::Curve) -> Option<(Abs, Abs, Abs)> {
    let mut points = Vec::new();
    for item in &c.0 {
        match item {
            CurveItem::Move(p) | CurveItem::Line(p) => points.push(*p),
            CurveItem::Close => {}
            CurveItem::Cubic(..) => return None,
        }
    }
    let (x0, x1) = points.iter().fold((Abs::inf(), -Abs::inf()), |(a, b), p| {
        (a.min(p.x), b.max(p.x))
    });
    let (y0, y1) = points.iter().fold((Abs::inf(), -Abs::inf()), |(a, b), p| {
        (a.min(p.y), b.max(p.y))
    });
    (!points.is_empty() && (y1 - y0).to_pt() < 1.0).then(|| (x0, x1 - x0, (y0 + y1) / 2.0))
}

fn ink_width(t: &typst::text::TextItem) -> Abs {
    let trailing = t
        .glyphs
        .iter()
        .rev()
        .take_while(|g| t.text.get(g.range()).is_some_and(|s| s.trim().is_empty()));
    t.width() - trailing.map(|g| g.x_advance.at(t.size)).sum()
}

fn mm(a: Abs) -> f64 {
    a.to_mm()
}

fn walk(frame: &Frame, ts: Transform, view: &mut PageView) {
    for (pos, item) in frame.items() {
        let at = |p: Point| p.transform(ts);
        match item {
            FrameItem::Group(g) => {
                let inner = ts
                    .pre_concat(Transform::translate(pos.x, pos.y))
                    .pre_concat(g.transform);
                walk(&g.frame, inner, view);
            }
            FrameItem::Text(t) => {
                let p = at(*pos);
                let variant = t.font.font().info().variant;
                view.runs.push(Run {
                    text: t.text.to_string(),
                    x: mm(p.x),
                    y: mm(p.y),
                    width: mm(ink_width(t)),
                    size: t.size.to_pt(),
                    bold: variant.weight >= FontWeight::BOLD,
                    italic: variant.style != FontStyle::Normal,
                    family: t.font.font().info().family.clone(),
                });
            }
            FrameItem::Shape(s, _) => {
                // A horizontal rule: a line, or a box side (drawn as a thin filled outline).
                let p = at(*pos);
                let segment = match &s.geometry {
                    Geometry::Line(to) if to.y.to_pt().abs() < 0.01 => {
                        Some((Abs::zero(), to.x, Abs::zero()))
                    }
                    Geometry::Curve(c) => thin_horizontal(c),
                    _ => None,
                };
                if let Some((x, width, y)) = segment {
                    view.rules.push(Rule {
                        x: mm(p.x + x),
                        y: mm(p.y + y),
                        width: mm(width),
                    });
                }
            }
            _ => {}
        }
    }
}
