//! The print file of a document cut per page (a decision's certificates): joined from
//! the PDFs of its batches, taking the batches that did not change from the previous
//! print file.

use super::outcome::entry;
use super::prepare::Prepared;
use super::reuse::{unless_in_place, OldPrint};
use super::stamp::Stamping;
use crate::diagnostic::Diagnostic;
use crate::kinds::Doc;
use crate::manifest::{self, Entry, Part};
use crate::output::{OutDir, Staged};
use crate::typeset::join::{join, JoinPart, Joined};
use std::collections::BTreeMap;
use std::path::Path;

/// The print file of a document of certificates: its manifest entry and, when it
/// changed, its bytes staged.
pub type Printed = Result<(Entry, Option<Staged>), Vec<Diagnostic>>;

/// A batch of certificates for the print file, as `take` gives it.
pub enum Batch {
    /// Unchanged: taken from the previous print file.
    Reused,
    /// Typeset now: its PDF.
    Made(Vec<u8>),
    /// Failed (its problems are reported with it).
    Failed,
}

/// The print file of document `d` from its `n` batches, joined as the previous file
/// `previous` allows: each batch (its outcome, inputs and pages) is asked of `take` in page
/// order as the join reaches it, so the join runs beside the typesetting of later batches.
/// When nothing changed, the file joined has the previous bytes and is left alone. `None`
/// when a batch failed: the document fails with its problems.
pub fn print(
    p: &Prepared,
    d: usize,
    n: usize,
    mut take: impl FnMut(usize) -> Option<(Batch, u128, usize)>,
    previous: &OldPrint,
    (out, stamping): (&OutDir, &Stamping),
) -> Option<Printed> {
    let doc = &p.docs[d];
    let doc_key = &doc.key;
    let fail = |m: String| vec![Diagnostic::file(&doc.dossier_file, m)];
    // Each batch's inputs and pages, as the join takes them.
    let mut batches = Vec::new();
    let input = |batch: Batch, inputs: u128, pages: usize| {
        let pdf = match batch {
            Batch::Reused => None,
            Batch::Made(pdf) => Some(pdf),
            Batch::Failed => return None,
        };
        Some(JoinPart { inputs, pages, pdf })
    };
    // Batches that stand where they stood in the previous file are only counted while
    // all do: when every batch does, the previous file stays as it is, neither read nor
    // joined again (a rebuild of 100 000 unchanged certificates holds no print file).
    let parts = previous.parts();
    let (mut ahead, mut same) = (Vec::new(), true);
    while same && ahead.len() < n {
        let u = ahead.len();
        let (batch, inputs, pages) = take(u)?;
        batches.push((inputs, pages));
        let taken = input(batch, inputs, pages)?;
        let hex = manifest::hex(inputs);
        same = taken.pdf.is_none()
            && parts
                .get(u)
                .is_some_and(|p| p.inputs == hex && p.pages == pages);
        ahead.push(taken);
    }
    if same && n == parts.len() {
        if let Some(entry) = previous.entry.clone() {
            return Some(Ok((entry, None)));
        }
    }
    let from = ahead.len();
    let rest = (from..n).map(|u| {
        let (batch, inputs, pages) = take(u)?;
        batches.push((inputs, pages));
        input(batch, inputs, pages)
    });
    let inputs = ahead.into_iter().map(Some).chain(rest);
    // Written to its temporary file as it is joined: never held whole.
    let (file, staged) = match out.temporary(Path::new(doc_key)) {
        Ok(t) => t,
        Err(e) => return Some(Err(fail(format!("{e:#}")))),
    };
    let earlier = previous.earlier().map(|e| e.joinable());
    let joined = join(inputs, earlier, None, file);
    match joined {
        Ok(Some(joined)) => Some(stamped(doc, joined, staged, &batches, previous, stamping)),
        Ok(None) => None,
        Err(e) => Some(Err(fail(e))),
    }
}

/// The print file of `doc` joined from `batches` (each its inputs and pages) into
/// `staged`: checked against its recipients, left alone when the file in place has its
/// bytes, else stamped; its manifest entry.
fn stamped(
    doc: &Doc,
    Joined { objects, pages, .. }: Joined,
    staged: Staged,
    batches: &[(u128, usize)],
    previous: &OldPrint,
    stamping: &Stamping,
) -> Printed {
    let (doc_key, dossier) = (&doc.key, &doc.dossier_key);
    let fail = |m: String| vec![Diagnostic::file(&doc.dossier_file, m)];
    // What was written is checked against what was planned: one page per recipient.
    let recipients = doc.pages.len();
    if pages != recipients {
        let (stem, one) = (&doc.stem, doc.kind.page());
        let msg = t!(
            "print-pages-mismatch",
            stem = stem,
            pages = pages,
            recipients = recipients,
            one = one
        );
        return Err(fail(msg));
    }
    let in_place = manifest::digest_body(&previous.path());
    let Some((staged, digest)) = unless_in_place(staged, in_place.as_ref()) else {
        return Err(fail(t!("print-unreadable", doc = doc_key)));
    };
    let inputs: Vec<u128> = batches.iter().map(|b| b.0).collect();
    let inputs = manifest::hex(typst::utils::hash128(&inputs));
    let (stamp, digest) = stamping
        .joined(staged.as_ref(), (doc_key, dossier, &inputs), digest)
        .map_err(|e| fail(format!("{doc_key}: {e}")))?;
    let parts = batches
        .iter()
        .zip(objects)
        .map(|(&(inputs, pages), objects)| Part {
            inputs: manifest::hex(inputs),
            pages,
            next: None,
            objects,
        })
        .collect();
    let files = BTreeMap::from([(doc_key.clone(), digest)]);
    Ok((entry(doc, inputs, files, (parts, stamp)), staged))
}
