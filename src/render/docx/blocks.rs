//! The blocks of a Word copy as paragraphs and tables: the two-column header, titles
//! with their short rules, articles, the closing, and data tables whose header row
//! repeats on every page.

use super::table::text_twips;
use super::{markdown, table};
use crate::kinds::word::{Block, Closing, Header, Line, Part};
use docx_rs::{
    AlignmentType, BorderType, LineSpacing, Paragraph, ParagraphBorder, ParagraphBorderPosition,
    ParagraphBorders, Run, SpecialIndentType, Table, TableCell, TableLayoutType, TableRow,
    VAlignType, WidthType,
};

/// A paragraph or a table, in the order of the part.
// docx-rs's paragraph is large (2.4 kB) and its table small: they are moved into the
// document at once, never kept, so neither is worth boxing.
#[allow(clippy::large_enum_variant)]
pub enum Child {
    Paragraph(Paragraph),
    Table(Table),
}

/// A run of `s`, its quotes paired as the PDF prints them (“…”).
pub fn say(s: impl AsRef<str>) -> Run {
    Run::new().add_text(crate::render::escape::quotes(s.as_ref()))
}

/// The first-line indent of body paragraphs: 1 cm.
const INDENT: i32 = 567;

/// The part's paragraphs and tables; `width` is the text's width in twips.
pub fn part(part: &Part, width: u32, draft: bool) -> Vec<Child> {
    let mut out = Vec::new();
    if draft {
        let mark = say("DỰ THẢO").bold().color("C8102E");
        out.push(Child::Paragraph(
            Paragraph::new().align(AlignmentType::Right).add_run(mark),
        ));
    }
    for block in &part.blocks {
        match block {
            Block::Header(h) => out.push(Child::Table(header(h, width))),
            Block::Title(lines) => out.extend(title(lines, width)),
            Block::Centred(text) => out.push(Child::Paragraph(centred(say(text).bold()))),
            Block::Para(lines) => out.push(Child::Paragraph(para(lines))),
            Block::Article(n, text) => {
                let p = body()
                    .add_run(say(format!("Điều {n}. ")).bold())
                    .add_run(say(text));
                out.push(Child::Paragraph(p));
            }
            Block::Heading(text) => out.push(Child::Paragraph(
                Paragraph::new()
                    .line_spacing(LineSpacing::new().before(240).after(120))
                    .keep_next(true)
                    .add_run(say(text).bold()),
            )),
            Block::Addressees(to) => out.extend(addressees(to)),
            Block::Markdown(md) => {
                out.extend(markdown::paragraphs(md).into_iter().map(Child::Paragraph))
            }
            Block::Table(grid) => out.push(Child::Table(table::table(grid, width))),
            Block::Closing(c) => {
                // The signature never stands alone on a page: the last paragraph goes
                // with it.
                if let Some(Child::Paragraph(p)) = out.pop_if(|c| matches!(c, Child::Paragraph(_)))
                {
                    out.push(Child::Paragraph(p.keep_next(true)));
                }
                // 4 mm above Nơi nhận and the signature, as in the PDF.
                let space = LineSpacing::new()
                    .line(227)
                    .line_rule(docx_rs::LineSpacingType::Exact);
                out.push(Child::Paragraph(
                    Paragraph::new().line_spacing(space).keep_next(true),
                ));
                out.push(Child::Table(closing(c, width)))
            }
        }
    }
    out
}

/// A justified body paragraph, its first line indented.
fn body() -> Paragraph {
    Paragraph::new().align(AlignmentType::Both).indent(
        None,
        Some(SpecialIndentType::FirstLine(INDENT)),
        None,
        None,
    )
}

fn para(lines: &[Line]) -> Paragraph {
    lines.iter().fold(body(), |p, l| p.add_run(run(l)))
}

fn run(l: &Line) -> Run {
    let mut r = say(&l.text);
    if l.bold {
        r = r.bold();
    }
    if l.italic {
        r = r.italic();
    }
    r
}

fn centred(run: Run) -> Paragraph {
    Paragraph::new().align(AlignmentType::Center).add_run(run)
}

/// A centred paragraph of nothing but a bottom rule `rule` twips long in a space
/// `width` twips wide: the short line under a name, the Tiêu ngữ or a title.
fn rule(rule: u32, width: u32) -> Paragraph {
    let side = (width.saturating_sub(rule) / 2) as i32;
    let mut p = Paragraph::new()
        .indent(Some(side), None, Some(side), None)
        .line_spacing(
            LineSpacing::new()
                .before(0)
                .after(0)
                .line(60)
                .line_rule(docx_rs::LineSpacingType::Exact),
        )
        .size(4);
    let border = ParagraphBorder::new(ParagraphBorderPosition::Bottom)
        .val(BorderType::Single)
        .size(4)
        .space(0);
    // Only the bottom edge: the default set of borders has all four.
    p.property = p
        .property
        .set_borders(ParagraphBorders::with_empty().set(border));
    p
}

/// The two-column header as a borderless table: agency left (37 %), Quốc hiệu and
/// Tiêu ngữ right; `Số:` and the place-and-date line on the row below, level.
fn header(h: &Header, width: u32) -> Table {
    let left_w = width * 37 / 100;
    let right_w = width - left_w;
    let mut left = TableCell::new();
    // A parent of several lines (`ỦY BAN NHÂN DÂN` / `PHƯỜNG HẢI CHÂU`), a paragraph each.
    for line in h.parent.iter().flat_map(|p| p.lines()) {
        left = left.add_paragraph(tight(centred(say(line).size(26))));
    }
    // A name of several lines (`ỦY BAN NHÂN DÂN` / `XÃ HÒA VANG`), a paragraph each.
    for line in h.name.lines() {
        left = left.add_paragraph(tight(centred(say(line).size(26).bold())));
    }
    let widest = h.name.lines().map(|l| text_twips(l, 13.0, true)).max();
    let name = widest.unwrap_or(0).min(left_w - 200);
    left = left.add_paragraph(rule(name * 2 / 5, left_w - 200));
    let motto = "Độc lập - Tự do - Hạnh phúc";
    let right = TableCell::new()
        .add_paragraph(tight(centred(
            Run::new()
                .add_text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .size(24)
                .bold(),
        )))
        .add_paragraph(tight(centred(say(motto).size(28).bold())))
        .add_paragraph(rule(text_twips(motto, 14.0, true), right_w - 200));
    let number = TableCell::new().add_paragraph(tight(centred(match h.number.is_empty() {
        // A paper without a number (a báo cáo thành tích) has no `Số:` line.
        true => say(""),
        false => say(format!("Số: {}", h.number)).size(26),
    })));
    let date = TableCell::new().add_paragraph(tight(centred(say(&h.place_date).italic())));
    // `Số:` and the date share the bottom line of the second row, as in the PDF.
    let cells = |a: TableCell, b: TableCell, v: VAlignType| {
        vec![
            a.width(left_w as usize, WidthType::Dxa).vertical_align(v),
            b.width(right_w as usize, WidthType::Dxa).vertical_align(v),
        ]
    };
    Table::without_borders(vec![
        TableRow::new(cells(left, right, VAlignType::Top)),
        TableRow::new(cells(number, date, VAlignType::Bottom)),
    ])
    .set_grid(vec![left_w as usize, right_w as usize])
    .width(width as usize, WidthType::Dxa)
    .layout(TableLayoutType::Fixed)
    .margins(docx_rs::TableCellMargins::new().margin(0, 0, 0, 0))
}

/// A paragraph with no space after it (lines of the header, of a title).
fn tight(p: Paragraph) -> Paragraph {
    p.line_spacing(LineSpacing::new().before(0).after(40))
}

/// Centred lines, then a short rule (35 mm), then space.
fn title(lines: &[Line], width: u32) -> Vec<Child> {
    let mut out: Vec<Child> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let before = if i == 0 { 360 } else { 0 };
            let p = Paragraph::new()
                .align(AlignmentType::Center)
                .line_spacing(LineSpacing::new().before(before).after(40))
                .keep_next(true)
                .add_run(run(l));
            Child::Paragraph(p)
        })
        .collect();
    out.push(Child::Paragraph(rule(1984, width)));
    out.push(Child::Paragraph(
        Paragraph::new().line_spacing(LineSpacing::new().after(120)),
    ));
    out
}

/// `Kính gửi: X` centred on one line; several addressees (punctuated by derive) each on
/// a line of its own after a dash, aligned under the first.
fn addressees(to: &[String]) -> Vec<Child> {
    if let [one] = to {
        let p =
            centred(say(format!("Kính gửi: {one}"))).line_spacing(LineSpacing::new().after(240));
        return vec![Child::Paragraph(p)];
    }
    let (left, label) = (2268, text_twips("Kính gửi: ", 14.0, false) as i32);
    to.iter()
        .enumerate()
        .map(|(i, t)| {
            let p = match i {
                0 => Paragraph::new()
                    .indent(
                        Some(left + label),
                        Some(SpecialIndentType::Hanging(label)),
                        None,
                        None,
                    )
                    .add_run(say(format!("Kính gửi: - {t}"))),
                _ => Paragraph::new()
                    .indent(Some(left + label), None, None, None)
                    .add_run(say(format!("- {t}"))),
            };
            let after = if i + 1 == to.len() { 240 } else { 40 };
            Child::Paragraph(p.line_spacing(LineSpacing::new().before(0).after(after)))
        })
        .collect()
}

/// Nơi nhận (12 pt bold italic label, 11 pt lines) left, the signature block right,
/// in a borderless table of two halves; the rows of the signature kept together.
fn closing(c: &Closing, width: u32) -> Table {
    let half = width / 2;
    let mut left = TableCell::new();
    if !c.confirm.is_empty() {
        for line in &c.confirm {
            left = left.add_paragraph(tight(centred(say(line).bold())));
        }
        left = left.add_paragraph(tight(centred(say("(Ký, đóng dấu)").italic())));
    } else if c.recipients.is_empty() {
        left = left.add_paragraph(Paragraph::new());
    } else {
        let label = say("Nơi nhận:").bold().italic().size(24);
        left = left.add_paragraph(tight(Paragraph::new().add_run(label)));
        for r in &c.recipients {
            let p = Paragraph::new().add_run(say(format!("- {r}")).size(22));
            left = left.add_paragraph(tight(p));
        }
    }
    let mut right = TableCell::new();
    let bold = |t: &str| tight(centred(say(t).bold())).keep_next(true);
    // Marks of several lines (`TM. ỦY BAN NHÂN DÂN` / `KT. CHỦ TỊCH`), a paragraph each.
    for line in c.authority.iter().flat_map(|a| a.lines()) {
        right = right.add_paragraph(bold(line));
    }
    right = right.add_paragraph(bold(&c.position));
    // One who signs beside a confirmation signs by hand and writes their name.
    if !c.confirm.is_empty() {
        let note = tight(centred(say("(Ký, ghi rõ họ và tên)").italic())).keep_next(true);
        right = right.add_paragraph(note);
    }
    // The space to sign and stamp: about 30 mm, as in the PDF.
    let space = Paragraph::new().keep_next(true).line_spacing(
        LineSpacing::new()
            .line(1700)
            .line_rule(docx_rs::LineSpacingType::Exact),
    );
    right = right.add_paragraph(space).add_paragraph(bold(&c.name));
    let cells = vec![
        left.width(half as usize, WidthType::Dxa)
            .vertical_align(VAlignType::Top),
        right
            .width((width - half) as usize, WidthType::Dxa)
            .vertical_align(VAlignType::Top),
    ];
    Table::without_borders(vec![TableRow::new(cells).cant_split()])
        .set_grid(vec![half as usize, (width - half) as usize])
        .width(width as usize, WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
}
