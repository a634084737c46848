//! What became of each unit: reused from the last build, typeset now with its files
//! staged, or failed; and a document's manifest entries and staged files from its units.

use super::commit::Finished;
use super::pieces;
use super::prepare::{Export, Prepared};
use super::print::Printed;
use super::produce::{guarded, produce, File};
use super::stamp::Stamping;
use super::units::Unit;
use crate::diagnostic::Diagnostic;
use crate::kinds::{slash, Doc};
use crate::manifest::{self, Entry, Manifest};
use crate::output::{OutDir, Staged};
use crate::render::xlsx;
use std::collections::BTreeMap;

/// A unit's outcome.
pub enum Outcome {
    /// Its inputs and files are those of the last build.
    Reused(Entry),
    /// Typeset now.
    Made(Done),
    /// Failed, with its problems.
    Failed(Vec<Diagnostic>),
}

/// What typesetting one unit left: its files staged beside their places, their hashes,
/// and for a batch its part of the print file.
pub struct Done {
    /// The hash of its PDFs' provenance, when stamped as they were made.
    pub stamp: String,
    pub staged: Vec<Staged>,
    pub files: BTreeMap<String, String>,
    pub batch_pdf: Option<Vec<u8>>,
    pub parts: Vec<manifest::Part>,
}

/// Typesets one unit and stages its files under `out` (none without it), its PDFs
/// stamped with their provenance; a decision in pieces reuses those of the last build
/// (`old`, when `reuse`), and its joined file is stamped before it is put in place.
pub fn make(
    p: &Prepared,
    unit: &Unit,
    export: &Export,
    out: Option<(&OutDir, &Stamping)>,
    (old, reuse): (&Manifest, bool),
) -> Outcome {
    let mut done = Done {
        stamp: String::new(),
        staged: Vec::new(),
        files: BTreeMap::new(),
        batch_pdf: None,
        parts: Vec::new(),
    };
    let mut files = match out {
        Some(out) if unit.pieces => {
            let pieced = guarded(p, unit.doc, || {
                pieces::typeset(p, unit, export, old, out, reuse)
            });
            match pieced {
                Ok(j) => {
                    done.staged.extend(j.staged);
                    done.stamp = j.stamp;
                    done.files.insert(unit.key.clone(), j.digest);
                    done.parts = j.parts;
                    Vec::new()
                }
                Err(d) => return Outcome::Failed(d),
            }
        }
        _ => match produce(p, unit, export) {
            Ok(produced) => {
                done.batch_pdf = produced.batch_pdf;
                produced.files
            }
            Err(d) => return Outcome::Failed(d),
        },
    };
    if export.write && unit.batch.is_none() {
        match spreadsheet(p, unit) {
            Ok(sheet) => files.extend(sheet),
            Err(d) => return Outcome::Failed(vec![d]),
        }
    }
    let Some((out, stamping)) = out else {
        return Outcome::Made(done);
    };
    let dossier = &p.docs[unit.doc].dossier_key;
    let inputs = manifest::hex(unit.inputs);
    if !unit.pieces {
        done.stamp = stamping.hash(&unit.key, &inputs);
    }
    for (rel, bytes) in files {
        let bytes = match rel.extension().is_some_and(|e| e == "pdf") {
            true => {
                let record = stamping.record(&unit.key, dossier, &slash(&rel), &inputs);
                match crate::provenance::stamp(&bytes, &record) {
                    Ok(stamped) => stamped,
                    Err(e) => {
                        let m = t!(
                            "outcome-no-provenance",
                            file = slash(&rel),
                            error = e.to_string()
                        );
                        return Outcome::Failed(vec![Diagnostic::file(dossier, m)]);
                    }
                }
            }
            false => bytes,
        };
        match out.stage(&rel, &bytes) {
            Ok(s) => done.staged.extend(s),
            Err(e) => return Outcome::Failed(vec![Diagnostic::file(&rel, format!("{e:#}"))]),
        }
        done.files.insert(slash(&rel), manifest::digest(&bytes));
    }
    Outcome::Made(done)
}

/// The spreadsheet copy beside a document's PDF, when its kind gives a table.
fn spreadsheet(p: &Prepared, unit: &Unit) -> Result<Option<File>, Diagnostic> {
    let doc = &p.docs[unit.doc];
    // The paper version's alone: the electronic one is signed as a PDF.
    let Some(table) = doc.facts.table().filter(|_| !doc.electronic) else {
        return Ok(None);
    };
    let date = (doc.date.year, doc.date.month, doc.date.day);
    let bytes = xlsx::workbook(std::slice::from_ref(&table), date).map_err(|e| {
        let m = t!(
            "outcome-spreadsheet",
            stem = &doc.stem,
            error = e.to_string()
        );
        Diagnostic::file(&doc.dossier_file, m)
    })?;
    Ok(Some((doc.file("xlsx"), bytes)))
}

/// The manifest entry of a unit (or joined file) of `doc`, naming its dossier and
/// document.
pub fn entry(
    doc: &Doc,
    inputs: String,
    files: BTreeMap<String, String>,
    (parts, stamp): (Vec<manifest::Part>, String),
) -> Entry {
    Entry {
        dossier: doc.dossier_key.clone(),
        document: doc.key.clone(),
        inputs,
        files,
        parts,
        stamp,
    }
}

/// An entry under the names of `doc` now: a reused unit's or a print file's the last build
/// made (its dossier may be another file of the same name); a fresh print file's already
/// has them.
fn renamed(doc: &Doc, old: Entry) -> Entry {
    entry(doc, old.inputs, old.files, (old.parts, old.stamp))
}

/// A document's manifest entries and staged files from its units' outcomes and, for a
/// document cut per page, its print file (under the document's key).
pub fn finish(
    doc: &Doc,
    units: &[Unit],
    outcomes: Vec<Outcome>,
    printed: Option<Printed>,
) -> Finished {
    let mut problems = Vec::new();
    let mut entries = Vec::new();
    let mut staged = Vec::new();
    for (unit, outcome) in units.iter().zip(outcomes) {
        let key = unit.key.clone();
        match outcome {
            Outcome::Failed(d) => problems.extend(d),
            Outcome::Reused(old) => entries.push((key, renamed(doc, old))),
            Outcome::Made(done) => {
                staged.extend(done.staged);
                let inputs = manifest::hex(unit.inputs);
                let made = entry(doc, inputs, done.files, (done.parts, done.stamp));
                entries.push((key, made));
            }
        }
    }
    match printed {
        Some(Ok((entry, file))) => {
            staged.extend(file);
            entries.push((doc.key.clone(), renamed(doc, entry)));
        }
        Some(Err(d)) => problems.extend(d),
        None => {}
    }
    if problems.is_empty() {
        Ok((entries, staged))
    } else {
        Err(problems)
    }
}
