//! Units of work: a whole document, a batch of the pages of a document cut per page, or
//! a decision typeset in pieces; each rendered on demand, with the hash of everything its
//! files are made from and its key in the manifest.

use super::prepare::{source, Export, Prepared, Preview};
use crate::diagnostic::Diagnostic;
use crate::kinds::{Cut, Doc};
use std::ops::Range;

/// A piece of work for one worker.
#[derive(Debug, Clone)]
pub struct Unit {
    /// Index of its document in the plan.
    pub doc: usize,
    /// For a document cut per page: the pages of this batch.
    pub batch: Option<Range<usize>>,
    /// Its Typst source; none where it is rendered when typeset (a built-in template's,
    /// whose data stand for it) or never (a decision in pieces renders each piece).
    pub source: Option<String>,
    /// The data of a built-in template's batch of pages, made to hash them and kept to
    /// render them (none once it has served).
    pub data: Option<serde_json::Value>,
    /// Hash of everything its files are made from: the source, the style library,
    /// fonts, assets, thidua's version and the export options.
    pub inputs: u128,
    /// For a document with a long list: typeset in pieces (see `pieces`).
    pub pieces: bool,
    /// Its key in the manifest: its document's, and for a batch, `#` its first page.
    pub key: String,
}

/// The units of the planned documents, each rendered on demand (so that several cores
/// render, and a unit can be typeset while later ones are rendered): each document, or
/// each batch of the pages of one cut per page, given its pages alone.
pub struct Renderer<'a> {
    p: &'a Prepared,
    export: &'a Export,
    options: u128,
    /// Every unit, in order: its document and, for a batch, its pages.
    pub jobs: Vec<(usize, Option<Range<usize>>)>,
}

impl<'a> Renderer<'a> {
    pub fn new(p: &'a Prepared, export: &'a Export) -> Renderer<'a> {
        let jobs = p
            .docs
            .iter()
            .enumerate()
            .flat_map(|(i, doc)| match doc.cut() {
                Cut::PerPage { batch, .. } => {
                    let n = doc.pages.len();
                    let starts = (0..n).step_by(batch.max(1));
                    starts.map(|s| (i, Some(s..(s + batch).min(n)))).collect()
                }
                _ => vec![(i, None)],
            })
            .collect();
        Renderer {
            p,
            export,
            options: options(p, export),
            jobs,
        }
    }

    /// A long list in pieces: only with the built-in template, which knows its pieces,
    /// and for no standard that needs the tags a joined PDF loses.
    fn in_pieces(&self, doc: &Doc) -> bool {
        use typst_pdf::PdfStandard as S;
        let Cut::Pieces { from, .. } = doc.cut() else {
            return false;
        };
        let export = self.export;
        let tagged = export
            .pdf
            .standards
            .iter()
            .any(|s| matches!(s, S::A_1a | S::A_2a | S::A_3a | S::Ua_1));
        export.write
            && !tagged
            && export.preview == Preview::None
            && self.p.templates.is_builtin(doc.template())
            && doc.rows.len() > from
    }

    /// Unit `k`, and the hash of its inputs. With a built-in template (part of thidua's
    /// version) its data and the spelling of amounts make its source, which is rendered
    /// only when typeset (a build with nothing to do renders nothing); a project's own
    /// template is rendered now, its source the input.
    pub fn render(&self, k: usize) -> Result<Unit, Diagnostic> {
        let p = self.p;
        let (i, batch) = &self.jobs[k];
        let d = &p.docs[*i];
        let pieces = batch.is_none() && self.in_pieces(d);
        let builtin = p.templates.is_builtin(d.template());
        let source = match builtin || pieces {
            true => None,
            false => Some(rendered(p, d, batch)?),
        };
        let data = batch
            .as_ref()
            .filter(|_| builtin)
            .map(|pages| d.facts.data(Some(pages.clone())));
        let words = &p.project.config.words;
        let made_of = match (builtin, &data) {
            (false, _) => String::new(),
            (true, Some(data)) => format!("{:x}\n{words:?}", crate::kinds::digest(data)),
            (true, None) => format!("{:x}\n{words:?}", d.facts.fingerprint()),
        };
        // The inputs also name the unit's files and date: a renumbered certificate
        // (`05-…` → `005-…`) is another file even when its page is the same.
        let names = batch.as_ref().map(|b| &d.pages[b.clone()]);
        let date = (d.date.year, d.date.month, d.date.day);
        let what = (
            self.options,
            &source,
            &made_of,
            &d.dir,
            &d.stem,
            names,
            date,
        );
        let key = match batch {
            Some(b) => format!("{}#{}", d.key, b.start + 1),
            None => d.key.clone(),
        };
        Ok(Unit {
            inputs: typst::utils::hash128(&what),
            pieces,
            doc: *i,
            batch: batch.clone(),
            source,
            data,
            key,
        })
    }
}

/// The Typst source of unit `unit`: as rendered, or rendered now from its data.
pub fn source_of(p: &Prepared, unit: &Unit) -> Result<String, Diagnostic> {
    let d = &p.docs[unit.doc];
    match (&unit.source, &unit.data) {
        (Some(source), _) => Ok(source.clone()),
        (None, Some(data)) => p.templates.render(d.template(), data),
        (None, None) => rendered(p, d, &unit.batch),
    }
}

/// The Typst source of document `d`, or of its pages `batch`.
fn rendered(p: &Prepared, d: &Doc, batch: &Option<Range<usize>>) -> Result<String, Diagnostic> {
    match batch {
        Some(pages) => {
            let data = d.facts.data(Some(pages.clone()));
            p.templates.render(d.template(), &data)
        }
        None => source(p, d),
    }
}

/// Hash of what shapes every file besides its source: fonts, style library, assets,
/// thidua's version and the export options.
pub fn options(p: &Prepared, export: &Export) -> u128 {
    typst::utils::hash128(&(
        p.env.fingerprint,
        format!("{:?}", export.preview),
        format!("{:?}", export.pdf.standards),
        &export.pdf.epoch,
    ))
}
