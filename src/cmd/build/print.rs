//! The print file of a decision's certificates: joined from the PDFs of its batches,
//! taking the batches that did not change from the previous print file.

use super::document_key;
use crate::diagnostic::Diagnostic;
use crate::manifest::{self, Entry, Manifest, Part};
use crate::output::{OutDir, Staged};
use crate::pipeline::{Prepared, Unit};
use crate::typeset::join::Joiner;
use std::collections::BTreeMap;
use std::path::Path;

/// The print file of a document of certificates: its manifest entry and, when it
/// changed, its bytes staged.
pub(super) type Printed = Result<(Entry, Option<Staged>), Vec<Diagnostic>>;

/// The print file of document `d` from its batches (`pieces`: each fresh batch's PDF,
/// `None` for a batch unchanged since the last build): reused when nothing changed,
/// otherwise joined and staged.
pub(super) fn print(
    p: &Prepared,
    d: usize,
    units: &[Unit],
    pieces: Vec<Option<Vec<u8>>>,
    old: &Manifest,
    out: &OutDir,
) -> Printed {
    let doc_key = document_key(p, d);
    let inputs = print_inputs(units);
    let fail = |m: String| {
        vec![Diagnostic::file(
            &p.project.dossiers[p.docs[d].dossier].file,
            m,
        )]
    };
    // The previous print file is read (and hashed) only when no batch was typeset anew.
    if pieces.iter().all(Option::is_none) {
        if let Some(e) = old.fresh(&doc_key, inputs, out.root()) {
            return Ok((e.clone(), None));
        }
    }
    let bytes = print_file(units, pieces, old, &doc_key, out.root(), inputs).map_err(fail)?;
    let staged = out
        .stage(Path::new(&doc_key), &bytes)
        .map_err(|e| fail(format!("{e:#}")))?;
    let entry = Entry {
        dossier: String::new(),
        document: String::new(),
        inputs: manifest::hex(inputs),
        files: BTreeMap::from([(doc_key.clone(), manifest::digest(&bytes))]),
        parts: units
            .iter()
            .map(|u| Part {
                inputs: manifest::hex(u.inputs),
                pages: u.batch.as_ref().map_or(0, |b| b.len()),
                next: None,
            })
            .collect(),
    };
    Ok((entry, staged))
}

/// The print file: each batch's pages from its fresh PDF, or from the previous print file.
fn print_file(
    units: &[Unit],
    pieces: Vec<Option<Vec<u8>>>,
    old: &Manifest,
    doc_key: &str,
    root: &Path,
    inputs: u128,
) -> Result<Vec<u8>, String> {
    let pieces = units
        .iter()
        .zip(pieces)
        .map(|(unit, pdf)| Piece {
            inputs: unit.inputs,
            pages: unit.batch.as_ref().map_or(0, |b| b.len()),
            pdf,
        })
        .collect();
    join(pieces, old, doc_key, root, inputs)
}

/// A piece of a joined file: the hash of its inputs, its number of pages and its PDF when
/// it was typeset now (`None`: its pages are taken from the previous file).
pub(super) struct Piece {
    pub inputs: u128,
    pub pages: usize,
    pub pdf: Option<Vec<u8>>,
}

/// The file `doc_key` joined from `pieces`, identified by `id`: each piece's pages from its
/// fresh PDF, or from the previous file, where the manifest lists it among its parts.
pub(super) fn join(
    pieces: Vec<Piece>,
    old: &Manifest,
    doc_key: &str,
    root: &Path,
    id: u128,
) -> Result<Vec<u8>, String> {
    let load = |bytes: &[u8]| {
        lopdf::Document::load_mem(bytes).map_err(|e| format!("reading a PDF back: {e}"))
    };
    let previous = if pieces.iter().any(|p| p.pdf.is_none()) {
        let bytes = std::fs::read(root.join(doc_key))
            .map_err(|e| format!("reading the previous `{doc_key}`: {e}"))?;
        let recorded = old.units.get(doc_key).and_then(|e| e.files.get(doc_key));
        if recorded != Some(&manifest::digest(&bytes)) {
            return Err(format!(
                "`{doc_key}` changed during the build; build again"
            ));
        }
        Some(load(&bytes)?)
    } else {
        None
    };
    let parts = old
        .units
        .get(doc_key)
        .map(|e| e.parts.as_slice())
        .unwrap_or_default();
    // One piece loaded at a time; the previous file (source 0) once.
    let mut joiner = Joiner::new();
    for (i, piece) in pieces.into_iter().enumerate() {
        match piece.pdf {
            Some(bytes) => joiner.add(&load(&bytes)?, i + 1, 0..piece.pages)?,
            None => {
                let hex = manifest::hex(piece.inputs);
                let at = parts
                    .iter()
                    .position(|p| p.inputs == hex)
                    .ok_or_else(|| format!("a piece is missing from the previous `{doc_key}`"))?;
                let first: usize = parts[..at].iter().map(|p| p.pages).sum();
                let pdf = previous.as_ref().expect("loaded when a piece is reused");
                joiner.add(pdf, 0, first..first + piece.pages)?;
            }
        }
    }
    joiner.finish(id)
}

/// The batches listed for the previous print file `doc_key`, when that file is intact.
pub(super) fn old_print(old: &Manifest, doc_key: &str, root: &Path, reuse: bool) -> Vec<Part> {
    match old.units.get(doc_key) {
        Some(e) if reuse && e.intact(root) => e.parts.clone(),
        _ => Vec::new(),
    }
}

/// The inputs of a print file: those of its batches, in order.
pub(super) fn print_inputs(units: &[Unit]) -> u128 {
    typst::utils::hash128(&units.iter().map(|u| u.inputs).collect::<Vec<_>>())
}
