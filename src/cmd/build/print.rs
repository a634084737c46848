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

/// A batch of certificates for the print file, as `take` gives it: its fresh PDF, or
/// `None` when it failed (its problems are reported with it).
pub(super) type Batch = Option<Vec<u8>>;

/// The print file of document `d` from its batches: reused when none was typeset anew
/// (`fresh[u]` says which were), otherwise joined and staged, each fresh batch asked of
/// `take` in page order as the join reaches it (so the join runs beside the typesetting
/// of later batches). `None` when a batch failed: the document fails with its problems.
pub(super) fn print(
    p: &Prepared,
    d: usize,
    units: &[Unit],
    fresh: &[bool],
    mut take: impl FnMut(usize) -> Batch,
    old: &Manifest,
    out: &OutDir,
) -> Option<Printed> {
    let doc_key = document_key(p, d);
    let inputs = print_inputs(units);
    let fail = |m: String| {
        vec![Diagnostic::file(
            &p.project.dossiers[p.docs[d].dossier].file,
            m,
        )]
    };
    // The previous print file is read (and hashed) only when no batch was typeset anew.
    if !fresh.contains(&true) {
        if let Some(e) = old.fresh(&doc_key, inputs, out.root()) {
            return Some(Ok((e.clone(), None)));
        }
    }
    let pieces = units
        .iter()
        .zip(fresh)
        .enumerate()
        .map(|(u, (unit, &fresh))| {
            let pdf = if fresh { Some(take(u)?) } else { None };
            Some(Piece {
                inputs: unit.inputs,
                pages: unit.batch.as_ref().map_or(0, |b| b.len()),
                pdf,
            })
        });
    let joined = join(
        pieces,
        fresh.contains(&false),
        old,
        &doc_key,
        out.root(),
        inputs,
    );
    let bytes = match joined {
        Ok(Some(bytes)) => bytes,
        Ok(None) => return None,
        Err(e) => return Some(Err(fail(e))),
    };
    let staged = match out.stage(Path::new(&doc_key), &bytes) {
        Ok(s) => s,
        Err(e) => return Some(Err(fail(format!("{e:#}")))),
    };
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
    Some(Ok((entry, staged)))
}

/// A piece of a joined file: the hash of its inputs, its number of pages and its PDF when
/// it was typeset now (`None`: its pages are taken from the previous file).
pub(super) struct Piece {
    pub inputs: u128,
    pub pages: usize,
    pub pdf: Option<Vec<u8>>,
}

/// The file `doc_key` joined from `pieces` in order, identified by `id`: each piece's pages
/// from its fresh PDF, or from the previous file (read when `reused`), where the manifest
/// lists it among its parts. `None` when the iterator gives `None` (a piece failed).
pub(super) fn join(
    pieces: impl IntoIterator<Item = Option<Piece>>,
    reused: bool,
    old: &Manifest,
    doc_key: &str,
    root: &Path,
    id: u128,
) -> Result<Option<Vec<u8>>, String> {
    let load = |bytes: &[u8]| {
        lopdf::Document::load_mem(bytes).map_err(|e| format!("reading a PDF back: {e}"))
    };
    let previous = if reused {
        let bytes = std::fs::read(root.join(doc_key))
            .map_err(|e| format!("reading the previous `{doc_key}`: {e}"))?;
        let recorded = old.units.get(doc_key).and_then(|e| e.files.get(doc_key));
        if recorded != Some(&manifest::digest(&bytes)) {
            return Err(format!("`{doc_key}` changed during the build; build again"));
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
        let Some(piece) = piece else {
            return Ok(None);
        };
        match (piece.pdf, &previous) {
            (Some(bytes), _) => joiner.add(&load(&bytes)?, i + 1, 0..piece.pages)?,
            (None, Some(pdf)) => {
                let hex = manifest::hex(piece.inputs);
                let at = parts
                    .iter()
                    .position(|p| p.inputs == hex)
                    .ok_or_else(|| format!("a piece is missing from the previous `{doc_key}`"))?;
                let first: usize = parts[..at].iter().map(|p| p.pages).sum();
                joiner.add(pdf, 0, first..first + piece.pages)?;
            }
            (None, None) => return Err(format!("no previous `{doc_key}` to take a piece from")),
        }
    }
    joiner.finish(id).map(Some)
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
