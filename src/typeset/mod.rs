//! Typeset: Typst source → laid-out document → PDF, PNG or SVG bytes, in-process.

#[cfg(test)]
mod certificate_layout_tests;
#[cfg(test)]
mod escape_tests;
mod fonts;
#[cfg(test)]
mod header_layout_tests;
#[cfg(test)]
pub mod inspect;
pub mod join;
#[cfg(test)]
mod layout_tests;
#[cfg(test)]
mod settings_layout_tests;
#[cfg(test)]
mod signature_layout_tests;
#[cfg(test)]
mod slides_layout_tests;
mod world;
mod zones;

pub use zones::{zones, Zone};

pub use fonts::Fonts;
pub use world::DocWorld;

use crate::model::Date;
use std::num::NonZeroUsize;
use std::path::PathBuf;
use typst::diag::{Severity, SourceDiagnostic, Warned};
use typst::foundations::{Datetime, Smart};
use typst::layout::PageRanges;
use typst::syntax::Source;
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World, WorldExt};
use typst_layout::PagedDocument;

/// What every document shares: the project root, the standard library, the fonts and the style library.
pub struct Env {
    /// Project root; assets are served from its `assets/`.
    pub root: PathBuf,
    /// Typst's standard library.
    pub library: LazyHash<Library>,
    /// Fonts, parsed once.
    pub fonts: Fonts,
    /// thidua's Typst style library (`/thidua.typ`).
    pub library_source: Source,
    /// Hash of what shapes every document besides its source: thidua's version, the
    /// style library, the fonts and the project's assets.
    pub fingerprint: u128,
}

impl Env {
    /// Loads fonts and the style library for the project at `root`.
    #[cfg(test)]
    pub fn new(root: PathBuf, style_library: String) -> Env {
        let fonts = Fonts::load(&root);
        Env::with_fonts(root, style_library, fonts)
    }

    /// The environment of the project at `root` with its fonts already loaded.
    pub fn with_fonts(root: PathBuf, style_library: String, fonts: Fonts) -> Env {
        let fingerprint = typst::utils::hash128(&(
            env!("CARGO_PKG_VERSION"),
            &style_library,
            fonts.fingerprint,
            assets_fingerprint(&root),
        ));
        let library_source = Source::new(world::file_id(world::LIBRARY), style_library);
        Env {
            root,
            library: LazyHash::new(Library::default()),
            fonts,
            library_source,
            fingerprint,
        }
    }
}

/// Hash of every file under the project's `assets/` (names and contents); hidden ones
/// (`.DS_Store`) are no asset a template names.
fn assets_fingerprint(root: &std::path::Path) -> u128 {
    let dir = root.join("assets");
    // Links are followed, as typst reads through them.
    let files: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(&dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| {
            let name = e.path().strip_prefix(&dir).unwrap_or(e.path());
            let name = name.to_string_lossy().replace('\\', "/");
            (name, std::fs::read(e.path()).unwrap_or_default())
        })
        .collect();
    typst::utils::hash128(&files)
}

/// A Typst error or warning, located in the generated source or the style library.
#[derive(Debug, Clone)]
pub struct TypstError {
    /// `main.typ` (generated from a template) or `thidua.typ`.
    pub file: String,
    /// 1-based line and column, when known.
    pub position: Option<(usize, usize)>,
    /// The message with its hints.
    pub message: String,
}

/// Compiles `source` into pages; warnings that would silently change the output are errors.
pub fn compile(env: &Env, source: String, date: Date) -> Result<PagedDocument, Vec<TypstError>> {
    let today = Datetime::from_ymd(date.year, date.month, date.day).expect("validated date");
    let world = DocWorld::new(env, source, today);
    let Warned { output, warnings } = typst::compile::<PagedDocument>(&world);
    let fatal: Vec<&SourceDiagnostic> = warnings
        .iter()
        .filter(|w| w.message.contains("unknown font family"))
        .collect();
    match output {
        Ok(doc) if fatal.is_empty() => Ok(doc),
        Ok(_) => Err(fatal.into_iter().map(|d| locate(&world, d)).collect()),
        Err(errors) => Err(errors
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(|d| locate(&world, d))
            .collect()),
    }
}

fn locate(world: &DocWorld, d: &SourceDiagnostic) -> TypstError {
    let mut message = d.message.to_string();
    for hint in &d.hints {
        // typst's CLI flag is no option of thidua's: its files are the project's, always.
        let hint = if hint.v.contains("--root") {
            t!("typeset-assets-only")
        } else {
            hint.v.to_string()
        };
        message.push_str(&format!("\n  {}", t!("label-hint", hint = hint)));
    }
    let id = d.span.id();
    let position = id.and_then(|id| {
        let range = world.range(d.span)?;
        let source = world.source(id).ok()?;
        let (line, col) = source.lines().byte_to_line_column(range.start)?;
        Some((line + 1, col + 1))
    });
    let file = id
        .map(|id| id.vpath().get_without_slash().to_string())
        .unwrap_or_else(|| "main.typ".into());
    TypstError {
        file,
        position,
        message,
    }
}

/// How PDFs are written: the standards they conform to, and the time they are dated.
#[derive(Debug, Clone, Default)]
pub struct PdfSettings {
    /// PDF standards to conform to (`a-2b`, …).
    pub standards: Vec<typst_pdf::PdfStandard>,
    /// `SOURCE_DATE_EPOCH` as given (reproducible-builds convention): when it is a valid
    /// number of seconds, every PDF is dated at that time instead of its document's date.
    pub epoch: Option<String>,
}

/// The PDF of `doc` (or of its 1-based pages `first..=last` alone), dated `date` (or as
/// `settings` say) so output is reproducible; `tagged` for accessibility (typst cannot
/// tag a page range).
pub fn pdf(
    doc: &PagedDocument,
    date: Date,
    pages: Option<(usize, usize)>,
    tagged: bool,
    settings: &PdfSettings,
) -> Result<Vec<u8>, String> {
    let standards =
        typst_pdf::PdfStandards::new(&settings.standards).map_err(|e| e.message().to_string())?;
    let datetime = source_date_epoch(settings.epoch.as_deref()).unwrap_or_else(|| {
        Datetime::from_ymd_hms(date.year, date.month, date.day, 0, 0, 0).expect("validated date")
    });
    let page_ranges =
        pages.map(|(a, b)| PageRanges::new(vec![NonZeroUsize::new(a)..=NonZeroUsize::new(b)]));
    let options = typst_pdf::PdfOptions {
        ident: Smart::Auto,
        timestamp: Some(typst_pdf::Timestamp::new_utc(datetime)),
        tagged: tagged && page_ranges.is_none(),
        page_ranges,
        standards,
        ..Default::default()
    };
    typst_pdf::pdf(doc, &options).map_err(|errs| {
        errs.iter()
            .map(|e| e.message.to_string())
            .collect::<Vec<_>>()
            .join("; ")
    })
}

/// The time `epoch` gives (`SOURCE_DATE_EPOCH`), when set and valid.
fn source_date_epoch(epoch: Option<&str>) -> Option<Datetime> {
    let secs: i64 = epoch?.trim().parse().ok()?;
    let t = time::OffsetDateTime::from_unix_timestamp(secs).ok()?;
    Datetime::from_ymd_hms(
        t.year(),
        t.month() as u8,
        t.day(),
        t.hour(),
        t.minute(),
        t.second(),
    )
}

/// The first marked element on 1-based `page`: the smallest value of a `metadata` labelled
/// `thidua-head` (a section heading, first) or `thidua-row` (a row), with whether it is a
/// heading. Templates mark rows so that a long table can be typeset in pieces.
pub fn first_marked(doc: &PagedDocument, page: usize) -> Option<(usize, bool)> {
    let mut first: Option<(usize, bool)> = None;
    for (label, head) in [("thidua-head", true), ("thidua-row", false)] {
        for (on, row) in marks(doc, label) {
            let key = (row, head);
            // At one row, its section's heading comes before it.
            let before = |(r, h): (usize, bool), (r2, h2): (usize, bool)| (r, !h) < (r2, !h2);
            if on == page && first.is_none_or(|f| before(key, f)) {
                first = Some(key);
            }
        }
    }
    first
}

/// The rows (`thidua-row` marks) on the 1-based `pages`, sorted: what a table shows
/// there, to be checked against the list it was made from.
pub fn marked_rows(doc: &PagedDocument, pages: std::ops::RangeInclusive<usize>) -> Vec<usize> {
    let mut rows: Vec<usize> = marks(doc, "thidua-row")
        .filter(|(page, _)| pages.contains(page))
        .map(|(_, row)| row)
        .collect();
    rows.sort_unstable();
    rows
}

/// Checks that the 1-based `pages` of `doc` show the rows `expected`, each once: a table
/// that lost or doubled a row is never a silent success.
pub fn shows_rows(
    doc: &PagedDocument,
    pages: std::ops::RangeInclusive<usize>,
    expected: std::ops::Range<usize>,
) -> Result<(), String> {
    let rows = marked_rows(doc, pages);
    if rows.iter().copied().eq(expected.clone()) {
        return Ok(());
    }
    let listed = |rows: Vec<usize>| {
        let shown: Vec<String> = rows.iter().take(10).map(|r| (r + 1).to_string()).collect();
        shown.join(", ")
    };
    let missing: Vec<usize> = expected
        .clone()
        .filter(|r| rows.binary_search(r).is_err())
        .collect();
    let twice: Vec<usize> = rows
        .windows(2)
        .filter(|w| w[0] == w[1])
        .map(|w| w[0])
        .collect();
    Err(t!(
        "typeset-rows-mismatch",
        rows = rows.len(),
        expected = expected.len(),
        missing = listed(missing),
        twice = listed(twice)
    ))
}

/// Every `metadata` with a whole number labelled `label`: its 1-based page and value.
fn marks<'a>(doc: &'a PagedDocument, label: &str) -> impl Iterator<Item = (usize, usize)> + 'a {
    use typst::foundations::{Label, Selector, Value};
    use typst::introspection::{Introspector, MetadataElem};
    use typst::utils::PicoStr;
    let introspector = doc.introspector();
    let found = Label::new(PicoStr::intern(label))
        .map(|l| introspector.query(&Selector::Label(l)))
        .unwrap_or_default();
    found.into_iter().filter_map(move |element| {
        let page = introspector.page(element.location()?)?.get();
        match element.to_packed::<MetadataElem>().map(|m| &m.value) {
            Some(Value::Int(row)) => Some((page, usize::try_from(*row).ok()?)),
            _ => None,
        }
    })
}

/// One page as PNG at `ppi` pixels per inch.
pub fn png(doc: &PagedDocument, page: usize, ppi: f32) -> Result<Vec<u8>, String> {
    let options = typst_render::RenderOptions {
        pixel_per_pt: typst::utils::Scalar::new(ppi as f64 / 72.0),
        ..Default::default()
    };
    typst_render::render(&doc.pages()[page], &options)
        .encode_png()
        .map_err(|e| e.to_string())
}

/// One page as SVG.
pub fn svg(doc: &PagedDocument, page: usize) -> String {
    typst_svg::svg(&doc.pages()[page], &typst_svg::SvgOptions::default())
}
