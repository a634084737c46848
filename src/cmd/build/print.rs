//! The print file of a decision's certificates: joined from the PDFs of its batches,
//! taking the batches that did not change from the previous print file.

use super::document_key;
use crate::diagnostic::Diagnostic;
use crate::manifest::{self, Entry, Manifest, Part};
use crate::output::{OutDir, Staged};
use crate::pipeline::{Prepared, Unit};
use crate::typeset::join::{Joined, Joiner, Old, Previous, Source};
use std::collections::BTreeMap;
use std::path::Path;

/// The print file of a document of certificates: its manifest entry and, when it
/// changed, its bytes staged.
pub(super) type Printed = Result<(Entry, Option<Staged>), Vec<Diagnostic>>;

/// A batch of certificates for the print file, as `take` gives it.
pub(super) enum Batch {
    /// Unchanged: taken from the previous print file.
    Reused,
    /// Typeset now: its PDF.
    Made(Vec<u8>),
    /// Failed (its problems are reported with it).
    Failed,
}

/// What the print file of a document of certificates is made from.
pub(super) enum Plan {
    /// The previous print file, whose inputs are those of now.
    Unchanged(Entry),
    /// Joined from the batches, taking those that did not change from the previous
    /// print file (with its parts) when there is one.
    Join(Option<Box<(Vec<Part>, Previous)>>),
}

impl Plan {
    /// The plan for the print file of document `d` with batches `units`.
    pub fn new(
        p: &Prepared,
        d: usize,
        units: &[Unit],
        old: &Manifest,
        root: &Path,
        reuse: bool,
    ) -> Plan {
        let doc_key = document_key(p, d);
        match reuse.then(|| old.fresh(&doc_key, print_inputs(units), root)) {
            Some(Some(e)) => Plan::Unchanged(e.clone()),
            _ => Plan::Join(previous(old, &doc_key, root, reuse).map(Box::new)),
        }
    }

    /// Whether the print file can take the batch of `inputs` from the previous one.
    pub fn has(&self, inputs: u128) -> bool {
        match self {
            Plan::Unchanged(_) => true,
            Plan::Join(previous) => previous
                .as_deref()
                .is_some_and(|(parts, _)| parts.iter().any(|p| p.inputs == manifest::hex(inputs))),
        }
    }
}

/// The print file of document `d` from its batches, as `plan` says: when joined, each
/// batch is asked of `take` in page order as the join reaches it (so the join runs beside
/// the typesetting of later batches). An unchanged print file is kept whatever batches
/// were typeset again: they give the same bytes. `None` when a batch failed: the document
/// fails with its problems.
pub(super) fn print(
    p: &Prepared,
    d: usize,
    units: &[Unit],
    mut take: impl FnMut(usize) -> Batch,
    plan: &Plan,
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
    let previous = match plan {
        Plan::Unchanged(entry) => return Some(Ok((entry.clone(), None))),
        Plan::Join(previous) => previous.as_deref(),
    };
    let pieces = units.iter().enumerate().map(|(u, unit)| {
        let pdf = match take(u) {
            Batch::Reused => None,
            Batch::Made(pdf) => Some(pdf),
            Batch::Failed => return None,
        };
        Some(Piece {
            inputs: unit.inputs,
            pages: unit.batch.as_ref().map_or(0, |b| b.len()),
            pdf,
        })
    });
    let joined = join(pieces, previous, inputs);
    let Joined {
        pdf: bytes,
        objects,
    } = match joined {
        Ok(Some(joined)) => joined,
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
            .zip(objects)
            .map(|(u, objects)| Part {
                inputs: manifest::hex(u.inputs),
                pages: u.batch.as_ref().map_or(0, |b| b.len()),
                next: None,
                objects,
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

/// The file joined from `pieces` in order, identified by `id`, and the number of objects
/// of each piece: each piece's pages from its fresh PDF, or from the `previous` file where
/// its parts list it. `None` when the iterator gives `None` (a piece failed).
pub(super) fn join(
    pieces: impl IntoIterator<Item = Option<Piece>>,
    previous: Option<&(Vec<Part>, Previous)>,
    id: u128,
) -> Result<Option<Joined>, String> {
    let (parts, previous) = match previous {
        Some((parts, file)) => (parts.as_slice(), Some(file)),
        None => (&[][..], None),
    };
    let olds: Vec<Old> = parts
        .iter()
        .map(|p| Old {
            pages: p.pages,
            objects: p.objects,
        })
        .collect();
    // One piece loaded at a time.
    let mut joiner = Joiner::new();
    for piece in pieces {
        let Some(piece) = piece else {
            return Ok(None);
        };
        let hex = manifest::hex(piece.inputs);
        match (piece.pdf, previous) {
            (Some(bytes), _) => joiner.add(&Source::parse(&bytes)?, 0..piece.pages)?,
            (None, Some(previous)) => {
                let at = parts
                    .iter()
                    .position(|p| p.inputs == hex && p.pages == piece.pages)
                    .ok_or("a piece is missing from the previous file")?;
                joiner.take(previous, at, &olds)?;
            }
            (None, None) => return Err("no previous file to take a piece from".into()),
        }
    }
    joiner.finish(id).map(Some)
}

/// The previous file `doc_key` with its parts (pieces in page order), read once: when
/// `reuse`, it still has the bytes thidua wrote, and its parts account for its pages.
pub(super) fn previous(
    old: &Manifest,
    doc_key: &str,
    root: &Path,
    reuse: bool,
) -> Option<(Vec<Part>, Previous)> {
    let entry = old
        .units
        .get(doc_key)
        .filter(|e| reuse && !e.parts.is_empty())?;
    let bytes = std::fs::read(root.join(doc_key)).ok()?;
    if entry.files.len() != 1 || entry.files.get(doc_key) != Some(&manifest::digest(&bytes)) {
        return None;
    }
    let file = Previous::new(bytes);
    let pages = entry
        .parts
        .iter()
        .try_fold(0usize, |n, p| n.checked_add(p.pages))?;
    (file.pages().ok()? == pages).then(|| (entry.parts.clone(), file))
}

/// The inputs of a print file: those of its batches, in order.
pub(super) fn print_inputs(units: &[Unit]) -> u128 {
    typst::utils::hash128(&units.iter().map(|u| u.inputs).collect::<Vec<_>>())
}
