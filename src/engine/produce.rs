//! Typesetting a unit and exporting its files: typst's problems located in the template,
//! panics and overflowing certificates turned into problems, the annex's rows counted.

use super::prepare::{Export, Prepared, Preview};
use super::units::Unit;
use super::workers::EVICT_AFTER;
use crate::diagnostic::Diagnostic;
use crate::kinds::{Cut, Doc};
use crate::typeset;
use std::ops::Range;
use std::path::PathBuf;
use typst_layout::PagedDocument;

/// One produced file: its path under the output folder and its bytes.
pub type File = (PathBuf, Vec<u8>);

/// What typesetting a unit gave.
#[derive(Default)]
pub struct Produced {
    /// Its files: the document's PDF and page images, or each page's of a batch.
    pub files: Vec<File>,
    /// For a batch: all its pages as one PDF, a part of the print file.
    pub batch_pdf: Option<Vec<u8>>,
}

/// Typesets one unit and exports its files (nothing when `export.write` is false).
pub fn produce(p: &Prepared, unit: &Unit, export: &Export) -> Result<Produced, Vec<Diagnostic>> {
    guarded(p, unit.doc, || typeset_and_export(p, unit, export))
}

/// `f()`, typesetting document `doc`: a panic inside typst (a bug, whatever the input)
/// fails this document, not the build; one that runs past the time limit stops the run
/// (see `workers::map`). What was memoised is evicted after it.
pub fn guarded<T>(
    p: &Prepared,
    doc: usize,
    f: impl FnOnce() -> Result<T, Vec<Diagnostic>>,
) -> Result<T, Vec<Diagnostic>> {
    let d = &p.docs[doc];
    let origin = p.templates.origin(d.template());
    let _clock = crate::deadline::start(&d.stem, d.dossier_file.clone(), origin);
    let guarded = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    let produced = guarded.unwrap_or_else(|_| {
        let m = t!("produce-internal-error", stem = &d.stem);
        Err(vec![Diagnostic::file(&d.dossier_file, m)])
    });
    // What was memoised for this unit is of little use to the next: keep memory flat.
    typst::comemo::evict(EVICT_AFTER);
    produced
}

fn typeset_and_export(
    p: &Prepared,
    unit: &Unit,
    export: &Export,
) -> Result<Produced, Vec<Diagnostic>> {
    let doc = &p.docs[unit.doc];
    let source = super::units::source_of(p, unit).map_err(|e| vec![e])?;
    let compiled = compile(p, doc, source)?;
    let fail = |m: String| {
        vec![Diagnostic::file(
            &doc.dossier_file,
            format!("{}: {m}", doc.stem),
        )]
    };
    if let Some(batch) = &unit.batch {
        if compiled.pages().len() != batch.len() {
            return Err(overflowing(p, doc, batch.clone()));
        }
    }
    if let Cut::Pieces { .. } = doc.cut() {
        let all = 1..=compiled.pages().len();
        // A template of the user's own may not mark its rows: then they cannot be counted.
        let marked = p.templates.is_builtin(doc.template())
            || !typeset::marked_rows(&compiled, all.clone()).is_empty();
        if marked {
            typeset::shows_rows(&compiled, all, 0..doc.rows.len()).map_err(fail)?;
        }
    }
    if !export.write {
        return Ok(Produced::default());
    }
    let settings = &export.pdf;
    let base = doc.base();
    let mut produced = Produced::default();
    // (file stem, pages it shows, tagged)
    let mut outputs = Vec::new();
    match &unit.batch {
        None => outputs.push((base, None, true)),
        Some(batch) => {
            produced.batch_pdf =
                Some(typeset::pdf(&compiled, doc.date, None, false, settings).map_err(fail)?);
            for (i, page) in batch.clone().enumerate() {
                outputs.push((doc.page_base(page), Some(i), false));
            }
        }
    }
    for (stem, page, tagged) in outputs {
        let pages = page.map(|i| (i + 1, i + 1));
        let mut pdf = typeset::pdf(&compiled, doc.date, pages, tagged, settings).map_err(fail)?;
        if doc.electronic {
            pdf = signature_fields(&compiled, pdf).map_err(fail)?;
        }
        produced.files.push((stem.with_extension("pdf"), pdf));
        let pages: Vec<usize> =
            page.map_or_else(|| (0..compiled.pages().len()).collect(), |i| vec![i]);
        for &i in &pages {
            let name = if pages.len() == 1 {
                stem.clone()
            } else {
                PathBuf::from(format!("{}-{}", stem.display(), i + 1))
            };
            match export.preview {
                Preview::None => {}
                Preview::Png(ppi) => produced.files.push((
                    name.with_extension("png"),
                    typeset::png(&compiled, i, ppi).map_err(fail)?,
                )),
                Preview::Svg => produced.files.push((
                    name.with_extension("svg"),
                    typeset::svg(&compiled, i).into_bytes(),
                )),
            }
        }
    }
    Ok(produced)
}

/// The electronic version's PDF with an unsigned signature field on each zone its
/// template marked (none marked is an error: a signing tool would find no place).
fn signature_fields(compiled: &PagedDocument, pdf: Vec<u8>) -> Result<Vec<u8>, String> {
    let (zones, unread) = typeset::zones(compiled);
    if zones.is_empty() || unread > 0 {
        return Err(t!("produce-no-signature-place"));
    }
    let heights: Vec<f64> = compiled
        .pages()
        .iter()
        .map(|p| p.frame.height().to_pt())
        .collect();
    // A zone of a size a signature's image has, on its page.
    let mm = 72.0 / 25.4;
    for z in &zones {
        let page = heights.get(z.page - 1).copied().unwrap_or(0.0);
        let fits = |l: f64| (5.0 * mm..=120.0 * mm).contains(&l);
        if !fits(z.w) || !fits(z.h) || z.y < 0.0 || z.y + z.h > page {
            let (w, h) = (z.w / mm, z.h / mm);
            let (w, h) = (format!("{w:.0}"), format!("{h:.0}"));
            return Err(t!("produce-signature-zone", w = w, h = h));
        }
    }
    crate::signing::fields::add(&pdf, &zones, &heights)
}

/// Typesets `source` of `doc`, with Typst's problems located in its template.
pub fn compile(p: &Prepared, doc: &Doc, source: String) -> Result<PagedDocument, Vec<Diagnostic>> {
    let origin = p.templates.origin(doc.template()).to_string();
    let dossier_file = &doc.dossier_file;
    typeset::compile(&p.env, source, doc.date).map_err(|errs| {
        errs.into_iter()
            .map(|e| {
                let file = if e.file == "thidua.typ" {
                    p.templates.origin("thidua.typ").to_string()
                } else {
                    origin.clone()
                };
                let mut d = Diagnostic::file(file, format!("typst: {}", e.message)).hint(t!(
                    "produce-typst-hint",
                    stem = &doc.stem,
                    dossier = dossier_file.display().to_string()
                ));
                if let Some((l, c)) = e.position {
                    d.message = t!(
                        "produce-typst-generated",
                        message = &e.message,
                        file = &e.file,
                        line = l,
                        column = c
                    );
                }
                d
            })
            .collect::<Vec<_>>()
    })
}

/// The pages of `batch` that run over one page each, each named.
fn overflowing(p: &Prepared, doc: &Doc, batch: Range<usize>) -> Vec<Diagnostic> {
    let dossier_file = &doc.dossier_file;
    let mut problems = Vec::new();
    let one = doc.kind.page();
    for i in batch {
        let data = doc.facts.data(Some(i..i + 1));
        let pages = p
            .templates
            .render(doc.template(), &data)
            .ok()
            .and_then(|src| typeset::compile(&p.env, src, doc.date).ok())
            .map_or(0, |c| c.pages().len());
        if pages > 1 {
            problems.push(Diagnostic::file(
                dossier_file,
                t!(
                    "produce-page-overflows",
                    stem = &doc.stem,
                    one = one,
                    name = &doc.pages[i],
                    pages = pages
                ),
            ));
        }
    }
    if problems.is_empty() {
        problems.push(Diagnostic::file(
            dossier_file,
            t!("produce-overflows", stem = &doc.stem, one = one),
        ));
    }
    problems
}
