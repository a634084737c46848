//! Units of work: a whole document, or one batch of a decision's certificates, each
//! rendered on demand with the hash of everything its files are made from.

use super::workers::{all_cores, run};
use super::{source, Export, Prepared, Preview};
use crate::diagnostic::Diagnostic;
use crate::plan::{Doc, Kind};
use std::ops::Range;

/// Certificates typeset in one compilation. Small batches keep memory flat and let an
/// edit retypeset only its batch; large ones spread typst's fixed cost per compilation.
pub const BATCH: usize = 20;

/// A piece of work: a whole document, or one batch of a decision's certificates.
#[derive(Debug, Clone)]
pub struct Unit {
    /// Index of its document in the plan.
    pub doc: usize,
    /// For certificates: the recipients (page indices) of this batch.
    pub batch: Option<Range<usize>>,
    /// Its Typst source.
    pub source: String,
    /// Hash of everything its files are made from: the source, the style library,
    /// fonts, assets, thidua's version and the export options.
    pub inputs: u128,
    /// For a decision with a long annex: typeset in pieces (see `cmd::build::pieces`).
    pub pieces: bool,
}

/// Annexes with more rows than this are typeset in pieces when building PDFs.
pub const PIECES_FROM: usize = 200;

/// A document's units of work, or the problems of those that did not render.
pub type Units = Result<Vec<Unit>, Vec<Diagnostic>>;

/// Renders every document into units of work; a document whose template fails gives its
/// problems instead.
pub fn units(p: &Prepared, export: &Export) -> Vec<Units> {
    let r = Renderer::new(p, export);
    let rendered = run(r.jobs.len(), all_cores(), |k| r.render(k));
    let mut units: Vec<Units> = p.docs.iter().map(|_| Ok(Vec::new())).collect();
    for (u, (i, _)) in rendered.into_iter().zip(&r.jobs) {
        add(&mut units[*i], u);
    }
    units
}

/// Adds a rendered unit to its document's: a document with a unit that failed fails, with
/// each distinct problem once.
pub fn add(doc: &mut Units, unit: Result<Unit, Diagnostic>) {
    match (unit, doc) {
        (Ok(u), Ok(list)) => list.push(u),
        (Err(d), slot @ Ok(_)) => *slot = Err(vec![d]),
        (Err(d), Err(ds)) => {
            if !ds.contains(&d) {
                ds.push(d)
            }
        }
        (Ok(_), Err(_)) => {}
    }
}

/// The units of work of the planned documents, each rendered on demand (so that several
/// cores render, and a unit can be typeset while later ones are rendered): each
/// document, or each batch of its certificates, given its recipients alone (and the rest
/// of the data, which is small).
pub struct Renderer<'a> {
    p: &'a Prepared,
    export: &'a Export,
    options: u128,
    /// Per document of certificates: its data without recipients, and its recipients.
    shells: Vec<Option<(serde_json::Value, &'a [serde_json::Value])>>,
    /// Every unit, in order: its document and, for certificates, its batch.
    pub jobs: Vec<(usize, Option<Range<usize>>)>,
}

impl<'a> Renderer<'a> {
    pub fn new(p: &'a Prepared, export: &'a Export) -> Renderer<'a> {
        let shells: Vec<_> = p
            .docs
            .iter()
            .map(|doc| {
                let all = doc.data["recipients"].as_array()?;
                if doc.kind != Kind::Certificates {
                    return None;
                }
                let mut shell = doc.data.clone();
                shell["recipients"] = serde_json::Value::Array(Vec::new());
                Some((shell, all.as_slice()))
            })
            .collect();
        let jobs = p
            .docs
            .iter()
            .enumerate()
            .flat_map(|(i, doc)| match &shells[i] {
                Some((_, all)) => (0..all.len())
                    .step_by(BATCH)
                    .map(|start| (i, Some(start..(start + BATCH).min(all.len()))))
                    .collect(),
                None if doc.kind == Kind::Certificates => Vec::new(),
                None => vec![(i, None)],
            })
            .collect();
        Renderer {
            p,
            export,
            options: options(p, export),
            shells,
            jobs,
        }
    }

    /// A long annex in pieces: only with the built-in template, which knows `part`, and
    /// for no standard that needs the tags a joined PDF loses.
    fn in_pieces(&self, doc: &Doc) -> bool {
        use typst_pdf::PdfStandard as S;
        let export = self.export;
        let tagged = export
            .standards
            .iter()
            .any(|s| matches!(s, S::A_1a | S::A_2a | S::A_3a | S::Ua_1));
        doc.kind == Kind::Decision
            && export.write
            && !tagged
            && export.preview == Preview::None
            && self.p.templates.is_builtin(doc.template)
            && doc.annex.rows() > PIECES_FROM
    }

    /// Unit `k` with its source rendered. A decision in pieces renders each piece itself:
    /// its inputs are its data, which with the built-in template (part of thidua's
    /// version) and the spelling of amounts make its source.
    pub fn render(&self, k: usize) -> Result<Unit, Diagnostic> {
        let p = self.p;
        let (i, batch) = &self.jobs[k];
        let d = &p.docs[*i];
        let pieces = batch.is_none() && self.in_pieces(d);
        let source = match (batch, &self.shells[*i]) {
            (Some(range), Some((shell, all))) => {
                let mut data = shell.clone();
                data["recipients"] = serde_json::Value::Array(all[range.clone()].to_vec());
                p.templates.render(d.template, &data)?
            }
            _ if pieces => String::new(),
            _ => source(p, d)?,
        };
        let made_of = if pieces {
            let data = serde_json::to_string(&d.data).unwrap_or_default();
            format!("{data}\n{:?}", p.project.config.words)
        } else {
            String::new()
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
        Ok(Unit {
            inputs: typst::utils::hash128(&what),
            pieces,
            doc: *i,
            batch: batch.clone(),
            source,
        })
    }
}

/// Hash of what shapes every file besides its source: fonts, style library, assets,
/// thidua's version and the export options.
pub fn options(p: &Prepared, export: &Export) -> u128 {
    typst::utils::hash128(&(
        p.env.fingerprint,
        format!("{:?}", export.preview),
        format!("{:?}", export.standards),
        std::env::var("SOURCE_DATE_EPOCH").ok(),
    ))
}
