//! Review of a change: what two versions of a project make differently, document by
//! document (people added, removed, renamed or renumbered, counts, money, totals and
//! words, dates, Căn cứ, signers) and file by file, from their derived facts, without
//! typesetting.

mod files;
mod show;
mod values;

pub use show::{json, markdown, text};
pub use values::{Change, Person};

use crate::engine::Prepared;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// What changes between two versions.
#[derive(Debug, Serialize)]
pub struct Review {
    /// The versions compared (`HEAD (1a2b3c4d5e6f)`, `the working tree`).
    pub old: String,
    pub new: String,
    /// The dossiers whose documents or files change.
    pub dossiers: Vec<DossierReview>,
}

/// What changes in one dossier.
#[derive(Debug, Serialize)]
pub struct DossierReview {
    /// Relative to the project root (`content/2025/tong-ket.yaml`).
    pub dossier: String,
    /// `changed`, `added` or `removed`.
    pub status: &'static str,
    pub documents: Vec<DocReview>,
    pub files: FileChanges,
}

/// What changes in one document.
#[derive(Debug, Serialize)]
pub struct DocReview {
    /// Its PDF under the output folder (for certificates, the print file).
    pub document: String,
    /// Its kind (`decision`).
    pub kind: &'static str,
    /// `changed`, `added` or `removed`.
    pub status: &'static str,
    pub changes: Vec<Change>,
}

/// The output files that would change, be made anew or no longer be made.
#[derive(Debug, Default, Serialize)]
pub struct FileChanges {
    pub changed: Vec<String>,
    pub added: Vec<String>,
    pub removed: Vec<String>,
}

impl FileChanges {
    fn is_empty(&self) -> bool {
        self.changed.is_empty() && self.added.is_empty() && self.removed.is_empty()
    }
}

impl Review {
    /// Whether the documents differ at all.
    pub fn differs(&self) -> bool {
        !self.dossiers.is_empty()
    }

    /// The review of the change from `old` to `new` (`None`: no project there, as
    /// before a project was added), labelled `labels`.
    pub fn of(old: Option<&Prepared>, new: Option<&Prepared>, labels: (String, String)) -> Review {
        let docs = |p: Option<&Prepared>| {
            let mut by_dossier: BTreeMap<String, Vec<(String, usize)>> = BTreeMap::new();
            let Some(p) = p else {
                return by_dossier;
            };
            for (i, d) in p.docs.iter().enumerate() {
                by_dossier
                    .entry(d.dossier_key.clone())
                    .or_default()
                    .push((d.key.clone(), i));
            }
            by_dossier
        };
        let (a, b) = (docs(old), docs(new));
        let (fa, fb) = (files::files(old), files::files(new));
        let (old, new) = (Side(old), Side(new));
        let names: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
        let mut dossiers = Vec::new();
        for name in names {
            let status = match (a.contains_key(name), b.contains_key(name)) {
                (false, _) => "added",
                (_, false) => "removed",
                _ => "changed",
            };
            let empty = Vec::new();
            let (da, db) = (a.get(name).unwrap_or(&empty), b.get(name).unwrap_or(&empty));
            let files = compare_files(name, &fa, &fb);
            let mut documents = compare_docs(old, new, da, db);
            // Data a template does not print changes no file: not a change to review.
            documents.retain(|d| d.status != "changed" || files.changed.contains(&d.document));
            if !documents.is_empty() || !files.is_empty() {
                dossiers.push(DossierReview {
                    dossier: name.clone(),
                    status,
                    documents,
                    files,
                });
            }
        }
        Review {
            old: labels.0,
            new: labels.1,
            dossiers,
        }
    }
}

/// A version of the project, or none.
#[derive(Clone, Copy)]
struct Side<'a>(Option<&'a Prepared>);

impl Side<'_> {
    fn doc(&self, i: usize) -> &crate::kinds::Doc {
        &self.0.expect("a document of this side").docs[i]
    }
}

/// The documents of one dossier on both sides (each its path and index), compared: by
/// path, then a document left on each side of the same kind (renumbered) in order.
fn compare_docs(
    old: Side,
    new: Side,
    a: &[(String, usize)],
    b: &[(String, usize)],
) -> Vec<DocReview> {
    let mut used = vec![false; a.len()];
    let mut pairs: Vec<(Option<usize>, Option<usize>)> = Vec::new();
    for (j, (key, _)) in b.iter().enumerate() {
        let same = a.iter().position(|(k, _)| k == key);
        if let Some(i) = same {
            used[i] = true;
        }
        pairs.push((same, Some(j)));
    }
    for pair in pairs.iter_mut().filter(|p| p.0.is_none()) {
        let kind = pair.1.map(|j| new.doc(b[j].1).kind.name);
        let left = (0..a.len()).find(|&i| !used[i] && Some(old.doc(a[i].1).kind.name) == kind);
        if let Some(i) = left {
            used[i] = true;
            pair.0 = Some(i);
        }
    }
    pairs.extend((0..a.len()).filter(|&i| !used[i]).map(|i| (Some(i), None)));
    pairs
        .into_iter()
        .filter_map(|(i, j)| {
            // A side without the document compares as empty: its people added or removed.
            let empty = serde_json::Value::Object(Default::default());
            let before = i.map_or(empty.clone(), |i| old.doc(a[i].1).facts.data(None));
            let after = j.map_or(empty, |j| new.doc(b[j].1).facts.data(None));
            let mut changes = Vec::new();
            values::changes("", &before, &after, &mut changes);
            once(&mut changes);
            let (document, kind, status) = match (i, j) {
                (Some(i), Some(j)) if a[i].0 == b[j].0 => {
                    (b[j].0.clone(), new.doc(b[j].1), "changed")
                }
                (Some(i), Some(j)) => (
                    format!("{} → {}", a[i].0, b[j].0),
                    new.doc(b[j].1),
                    "renumbered",
                ),
                (None, Some(j)) => (b[j].0.clone(), new.doc(b[j].1), "added"),
                (Some(i), None) => (a[i].0.clone(), old.doc(a[i].1), "removed"),
                (None, None) => return None,
            };
            // A document new or gone: who is on it; each of its values would be a line.
            if status == "added" || status == "removed" {
                changes.retain(|c| matches!(c, Change::Person(_)));
            }
            Some(DocReview {
                document,
                kind: kind.kind.name,
                status,
                changes,
            })
        })
        .collect()
}

/// Each change once: a decision lists its recipients in the award and in the annex.
fn once(changes: &mut Vec<Change>) {
    let mut seen = Vec::new();
    changes.retain(|c| {
        let key = match c {
            Change::Person(p) => Change::Person(Person {
                list: String::new(),
                ..p.clone()
            }),
            other => other.clone(),
        };
        let new = !seen.contains(&key);
        seen.push(key);
        new
    });
}

/// The files of `dossier` that differ between `a` and `b`.
fn compare_files(
    dossier: &str,
    a: &BTreeMap<String, (String, u128)>,
    b: &BTreeMap<String, (String, u128)>,
) -> FileChanges {
    let mine = |m: &BTreeMap<String, (String, u128)>| -> BTreeMap<String, u128> {
        m.iter()
            .filter(|(_, (d, _))| d == dossier)
            .map(|(f, (_, h))| (f.clone(), *h))
            .collect()
    };
    let (a, b) = (mine(a), mine(b));
    let mut files = FileChanges::default();
    for (f, h) in &b {
        match a.get(f) {
            Some(old) if old != h => files.changed.push(f.clone()),
            None => files.added.push(f.clone()),
            _ => {}
        }
    }
    files.removed = a.keys().filter(|f| !b.contains_key(*f)).cloned().collect();
    files
}
