//! The print file of a decision's certificates: joined from the PDFs of its batches,
//! taking the batches that did not change from the previous print file.

use super::document_key;
use crate::diagnostic::Diagnostic;
use crate::manifest::{self, Entry, Manifest, Part};
use crate::output::{OutDir, Staged};
use crate::pipeline::Prepared;
use crate::typeset::join::{Joined, Joiner, Old, Previous, Source};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

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

/// The previous print file of a document of certificates, when it can give batches to
/// the next: its entry (with its parts), checked against the file once (read a piece at
/// a time), and the file itself read only when a batch is taken from it.
pub(super) struct Plan {
    /// The previous file's entry, when its batches may be reused.
    entry: Option<Entry>,
    /// The digest the last build recorded for the file, reused or not.
    recorded: Option<String>,
    key: String,
    root: PathBuf,
    /// The digest of the file in place, read once when first asked.
    on_disk: OnceLock<Option<String>>,
    file: OnceLock<Option<(Vec<Part>, Previous)>>,
}

impl Plan {
    /// The plan for the print file of document `d`.
    pub fn new(p: &Prepared, d: usize, old: &Manifest, root: &Path, reuse: bool) -> Plan {
        let key = document_key(p, d);
        let recorded = old.units.get(&key).and_then(|e| e.files.get(&key)).cloned();
        Plan {
            entry: reusable(old, &key, reuse).cloned(),
            recorded,
            key,
            root: root.to_path_buf(),
            on_disk: OnceLock::new(),
            file: OnceLock::new(),
        }
    }

    /// The digest of the file in place (`None`: there is none).
    fn on_disk(&self) -> Option<&String> {
        self.on_disk
            .get_or_init(|| manifest::digest_file(&self.root.join(&self.key)))
            .as_ref()
    }

    /// Whether the previous file still has the bytes thidua wrote.
    fn intact(&self) -> bool {
        self.recorded.is_some() && self.on_disk() == self.recorded.as_ref()
    }

    /// The previous file's parts (pieces in page order), when it is intact.
    fn parts(&self) -> &[Part] {
        match &self.entry {
            Some(e) if self.intact() => &e.parts,
            _ => &[],
        }
    }

    /// Whether the print file can take the batch of `inputs` from the previous one.
    pub fn has(&self, inputs: u128) -> bool {
        let hex = manifest::hex(inputs);
        self.parts().iter().any(|p| p.inputs == hex)
    }

    /// The previous file, read (once) when a batch is taken from it.
    fn previous(&self) -> Option<&(Vec<Part>, Previous)> {
        self.file
            .get_or_init(|| {
                let entry = self.entry.as_ref().filter(|_| self.intact())?;
                // Its digest was just checked: read, not hashed again.
                let bytes = std::fs::read(self.root.join(&self.key)).ok()?;
                checked(entry, bytes)
            })
            .as_ref()
    }
}

/// The print file of document `d` from its `n` batches, joined as the previous file
/// `plan` allows: each batch (its outcome, inputs and pages) is asked of `take` in page
/// order as the join reaches it, so the join runs beside the typesetting of later batches.
/// When nothing changed, the file joined has the previous bytes and is left alone. `None`
/// when a batch failed: the document fails with its problems.
pub(super) fn print(
    p: &Prepared,
    d: usize,
    n: usize,
    mut take: impl FnMut(usize) -> Option<(Batch, u128, usize)>,
    plan: &Plan,
    out: &OutDir,
) -> Option<Printed> {
    let doc_key = document_key(p, d);
    let fail = |m: String| {
        vec![Diagnostic::file(
            &p.project.dossiers[p.docs[d].dossier].file,
            m,
        )]
    };
    // Each batch's inputs and pages, as the join takes them.
    let mut batches = Vec::new();
    let piece = |batch: Batch, inputs: u128, pages: usize| {
        let pdf = match batch {
            Batch::Reused => None,
            Batch::Made(pdf) => Some(pdf),
            Batch::Failed => return None,
        };
        Some(Piece { inputs, pages, pdf })
    };
    // Batches that stand where they stood in the previous file are only counted while
    // all do: when every batch does, the previous file stays as it is, neither read nor
    // joined again (a rebuild of 100 000 unchanged certificates holds no print file).
    let parts = plan.parts();
    let (mut ahead, mut same) = (Vec::new(), true);
    while same && ahead.len() < n {
        let u = ahead.len();
        let (batch, inputs, pages) = take(u)?;
        batches.push((inputs, pages));
        let taken = piece(batch, inputs, pages)?;
        let hex = manifest::hex(inputs);
        same = taken.pdf.is_none()
            && parts
                .get(u)
                .is_some_and(|p| p.inputs == hex && p.pages == pages);
        ahead.push(taken);
    }
    if same && n == parts.len() {
        if let Some(entry) = plan.entry.clone() {
            return Some(Ok((entry, None)));
        }
    }
    let from = ahead.len();
    let rest = (from..n).map(|u| {
        let (batch, inputs, pages) = take(u)?;
        batches.push((inputs, pages));
        piece(batch, inputs, pages)
    });
    let pieces = ahead.into_iter().map(Some).chain(rest);
    // Written to its temporary file as it is joined: never held whole.
    let (file, staged) = match out.temporary(Path::new(&doc_key)) {
        Ok(t) => t,
        Err(e) => return Some(Err(fail(format!("{e:#}")))),
    };
    let joined = join(pieces, plan.previous(), None, Some(file));
    let Joined { objects, pages, .. } = match joined {
        Ok(Some(joined)) => joined,
        Ok(None) => return None,
        Err(e) => return Some(Err(fail(e))),
    };
    // What was written is checked against what was planned: one page per recipient.
    let recipients = p.docs[d].pages.len();
    if pages != recipients {
        let stem = &p.docs[d].stem;
        let msg = format!(
            "{stem}: the print file came out with {pages} pages for {recipients} certificates"
        );
        return Some(Err(fail(msg)));
    }
    let Some(digest) = manifest::digest_file(staged.temporary()) else {
        return Some(Err(fail(format!(
            "{doc_key}: the print file cannot be read back"
        ))));
    };
    // Unchanged, the file in place is left alone (the temporary file goes with `staged`).
    let staged = (plan.on_disk() != Some(&digest)).then_some(staged);
    let inputs: Vec<u128> = batches.iter().map(|b| b.0).collect();
    let entry = Entry {
        dossier: String::new(),
        document: String::new(),
        inputs: manifest::hex(typst::utils::hash128(&inputs)),
        files: BTreeMap::from([(doc_key.clone(), digest)]),
        parts: batches
            .iter()
            .zip(objects)
            .map(|(&(inputs, pages), objects)| Part {
                inputs: manifest::hex(inputs),
                pages,
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

/// The file joined from `pieces` in order, identified by `id` (by default, the hash of
/// the pieces' inputs in order), and the number of objects of each piece: each piece's
/// pages from its fresh PDF, or from the `previous` file where its parts list it. `None`
/// when the iterator gives `None` (a piece failed).
pub(super) fn join(
    pieces: impl IntoIterator<Item = Option<Piece>>,
    previous: Option<&(Vec<Part>, Previous)>,
    id: Option<u128>,
    file: Option<std::fs::File>,
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
    // One piece loaded at a time, and with a file, written at once.
    let mut joiner = file.map_or_else(Joiner::new, Joiner::into_file);
    let mut inputs = Vec::new();
    for piece in pieces {
        let Some(piece) = piece else {
            return Ok(None);
        };
        inputs.push(piece.inputs);
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
    let id = id.unwrap_or_else(|| typst::utils::hash128(&inputs));
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
    let entry = reusable(old, doc_key, reuse)?;
    let bytes = entry.read(root, doc_key)?;
    checked(entry, bytes)
}

/// The entry of the joined file `doc_key` in `old`, when its parts may be reused: when
/// `reuse`, with parts, and for that one file.
fn reusable<'a>(old: &'a Manifest, doc_key: &str, reuse: bool) -> Option<&'a Entry> {
    old.units
        .get(doc_key)
        .filter(|e| reuse && !e.parts.is_empty() && e.files.len() == 1)
}

/// The previous file of `entry` in `bytes`, when its parts account for its pages.
fn checked(entry: &Entry, bytes: Vec<u8>) -> Option<(Vec<Part>, Previous)> {
    let file = Previous::new(bytes);
    let pages = entry
        .parts
        .iter()
        .try_fold(0usize, |n, p| n.checked_add(p.pages))?;
    (file.pages().ok()? == pages).then(|| (entry.parts.clone(), file))
}
