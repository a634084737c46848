//! What the page shows: the documents of the last build that wrote them (read from the
//! output folder's manifest, so a failed build leaves the last good pages), what the
//! last build said, and a version that every change moves on, for the page to follow.

use crate::cmd::watch::Round;
use crate::manifest::Manifest;
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::{Mutex, MutexGuard};
use tokio::sync::watch;

/// The state, shared by the builds and the page's requests.
pub struct Shared {
    state: Mutex<State>,
    /// The version, for the page's streams to follow.
    changed: watch::Sender<u64>,
}

impl Default for Shared {
    fn default() -> Shared {
        Shared {
            state: Mutex::default(),
            changed: watch::Sender::new(0),
        }
    }
}

/// What the page is sent (`/api/state`), and the files it may fetch.
#[derive(Debug, Default, Serialize)]
pub struct State {
    /// Moves on with every change: a build started or ended.
    pub version: u64,
    /// Whether a build is under way.
    pub building: bool,
    /// The last build's summary line.
    pub summary: Option<String>,
    /// The last build's errors as the terminal shows them; empty when it built.
    pub errors: Vec<String>,
    /// Its warnings, as the terminal shows them.
    pub warnings: Vec<String>,
    /// The documents in the output folder, by dossier.
    pub dossiers: Vec<Dossier>,
    /// Every file the manifest lists, relative to the output folder, with the hash of its
    /// bytes: nothing else is served from it.
    #[serde(skip)]
    pub files: BTreeMap<String, String>,
    /// What the builds planned: each document's kind (label, place in the kinds' table)
    /// by its key, each dossier's title by its file; kept from build to build, since a
    /// build after an edit plans only what the edit affects.
    #[serde(skip)]
    known: Known,
}

#[derive(Debug, Default)]
struct Known {
    kinds: BTreeMap<String, (&'static str, usize)>,
    titles: BTreeMap<String, String>,
}

/// A dossier's documents.
#[derive(Debug, Serialize)]
pub struct Dossier {
    /// The dossier, relative to the project (`content/2025/tong-ket-2025.yaml`).
    pub path: String,
    /// Its title, when a build planned it.
    pub title: String,
    /// In the order of the kinds' table (the award cycle's), then of their names.
    pub documents: Vec<Document>,
}

/// One document: its PDF, its pages' images, its Word and Excel copies.
#[derive(Debug, Serialize)]
pub struct Document {
    /// Its PDF's path in its dossier's folder without `.pdf` (`quyet-dinh-1050`).
    pub name: String,
    /// What its kind's documents are called (`Quyết định`); empty when no build planned it.
    pub label: String,
    pub pdf: File,
    pub pages: Vec<File>,
    pub copies: Vec<File>,
}

/// A file under the output folder and the hash of its bytes (a new hash, a new image).
#[derive(Debug, Serialize)]
pub struct File {
    pub path: String,
    pub hash: String,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        // A request that panicked holding the lock leaves a state still worth showing.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The state as the page reads it (JSON), written under the lock: no copy of every
    /// file listed is made for each request.
    pub fn json(&self) -> String {
        serde_json::to_string(&*self.lock()).unwrap_or_default()
    }

    /// The state's version now and at each change.
    pub fn follow(&self) -> watch::Receiver<u64> {
        self.changed.subscribe()
    }

    /// The hash of `path` when the manifest lists it.
    pub fn file(&self, path: &str) -> Option<String> {
        self.lock().files.get(path).cloned()
    }

    /// A build has started.
    pub fn building(&self) {
        let mut s = self.lock();
        s.building = true;
        s.version += 1;
        self.changed.send_replace(s.version);
    }

    /// A build has ended with `round`; `manifest` is what the output folder holds now.
    pub fn built(&self, round: Round, manifest: &Manifest) {
        let mut s = self.lock();
        let text = |warning: bool| {
            let shown = round.problems.iter().filter(move |d| d.warning == warning);
            shown.map(|d| d.text.clone())
        };
        s.errors = text(false).collect();
        s.warnings = round
            .said
            .warnings
            .iter()
            .cloned()
            .chain(text(true))
            .collect();
        s.summary = round.said.summary;
        for l in round.said.planned {
            s.known.kinds.insert(l.key, (l.label, l.order));
            s.known.titles.insert(l.dossier, l.title);
        }
        (s.dossiers, s.files) = documents(manifest, &s.known);
        s.building = false;
        s.version += 1;
        self.changed.send_replace(s.version);
    }
}

/// The files of one document, from every unit of it (a certificate batch too): path, hash.
type Files<'a> = Vec<(&'a String, &'a String)>;

/// The manifest's documents by dossier, and every file it lists.
fn documents(manifest: &Manifest, known: &Known) -> (Vec<Dossier>, BTreeMap<String, String>) {
    let mut files = BTreeMap::new();
    let mut by: BTreeMap<&str, BTreeMap<&str, Files>> = BTreeMap::new();
    for entry in manifest.units.values() {
        let doc = by.entry(&entry.dossier).or_default();
        doc.entry(&entry.document).or_default().extend(&entry.files);
        files.extend(entry.files.clone());
    }
    let dossiers = by
        .into_iter()
        .map(|(path, docs)| {
            // A document is named by its path in the dossier's folder (a báo cáo thành
            // tích's `bao-cao-thanh-tich-246/01-phan-van-duc`).
            let folder = folder(docs.keys().copied());
            let mut documents: Vec<(usize, Document)> = docs
                .into_iter()
                .filter_map(|(pdf, own)| {
                    let (label, order) = known.kinds.get(pdf).copied().unwrap_or(("", usize::MAX));
                    let mut d = document(&folder, pdf, own)?;
                    d.label = label.to_string();
                    Some((order, d))
                })
                .collect();
            documents.sort_by(|(a, x), (b, y)| a.cmp(b).then_with(|| natural(&x.name, &y.name)));
            Dossier {
                path: path.to_string(),
                title: known.titles.get(path).cloned().unwrap_or_default(),
                documents: documents.into_iter().map(|(_, d)| d).collect(),
            }
        })
        .collect();
    (dossiers, files)
}

/// The document whose PDF is `pdf`, of the files `own`; none when its PDF is not among them.
fn document(folder: &str, pdf: &str, own: Files) -> Option<Document> {
    let file = |(path, hash): &(&String, &String)| File {
        path: path.to_string(),
        hash: hash.to_string(),
    };
    let of = |exts: &[&str]| {
        let mut found: Vec<File> = own
            .iter()
            .filter(|(p, _)| exts.iter().any(|e| p.ends_with(e)))
            .map(file)
            .collect();
        found.sort_by(|a, b| natural(&a.path, &b.path));
        found
    };
    Some(Document {
        label: String::new(),
        name: pdf
            .get(folder.len()..)?
            .trim_end_matches(".pdf")
            .to_string(),
        pdf: own.iter().find(|(p, _)| p.as_str() == pdf).map(file)?,
        pages: of(&[".svg", ".png"]),
        copies: of(&[".docx", ".xlsx"]),
    })
}

/// The folder all of `paths` lie in, with its `/` (`2025/binh-xet-2025/`).
fn folder<'a>(mut paths: impl Iterator<Item = &'a str>) -> String {
    let first = paths.next().unwrap_or("");
    let mut common = &first[..first.rfind('/').map_or(0, |i| i + 1)];
    for p in paths {
        while !p.starts_with(common) {
            let cut = common.trim_end_matches('/');
            common = &common[..cut.rfind('/').map_or(0, |i| i + 1)];
        }
    }
    common.to_string()
}

/// Names in the order their numbers count (`x-2.svg` before `x-10.svg`).
fn natural(a: &str, b: &str) -> std::cmp::Ordering {
    // Runs of digits compare as numbers (by length, then digits), the rest as text.
    fn runs(s: &str) -> Vec<(bool, &str)> {
        let mut out = Vec::new();
        let mut start = 0;
        let bytes = s.as_bytes();
        for i in 1..=bytes.len() {
            if i == bytes.len() || bytes[i].is_ascii_digit() != bytes[start].is_ascii_digit() {
                out.push((bytes[start].is_ascii_digit(), &s[start..i]));
                start = i;
            }
        }
        out
    }
    let key = |s| {
        runs(s)
            .into_iter()
            .map(|(digits, r)| {
                let r = if digits { r.trim_start_matches('0') } else { r };
                (digits, if digits { r.len() } else { 0 }, r)
            })
            .collect::<Vec<_>>()
    };
    key(a).cmp(&key(b))
}

#[cfg(test)]
mod tests {
    use super::{folder, natural};

    #[test]
    fn documents_are_named_within_their_dossier_folder() {
        let paths = [
            "2025/b/to-trinh-1.pdf",
            "2025/b/btt-2/01-a.pdf",
            "2025/b/btt-2/02-b.pdf",
        ];
        assert_eq!(folder(paths.into_iter()), "2025/b/");
        assert_eq!(
            folder(["2025/b/btt-2/01-a.pdf"].into_iter()),
            "2025/b/btt-2/"
        );
        assert_eq!(folder(["x.pdf", "2025/y.pdf"].into_iter()), "");
        assert_eq!(
            folder(["2025/ab/x.pdf", "2025/a/y.pdf"].into_iter()),
            "2025/"
        );
    }

    #[test]
    fn pages_in_the_order_their_numbers_count() {
        let mut names = vec![
            "a/x-10.svg",
            "a/x-2.svg",
            "a/x-1.svg",
            "a/02-b.svg",
            "a/010-c.svg",
        ];
        names.sort_by(|a, b| natural(a, b));
        assert_eq!(
            names,
            [
                "a/02-b.svg",
                "a/010-c.svg",
                "a/x-1.svg",
                "a/x-2.svg",
                "a/x-10.svg"
            ]
        );
    }
}
