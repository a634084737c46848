//! The build manifest, `.thidua-manifest.json` in the output folder: every file thidua
//! made, the hash of its bytes, and the hash of everything it was made from. A build
//! skips work whose inputs and files are unchanged, and removes only files listed here.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

/// The manifest's file name in the output folder.
pub const NAME: &str = ".thidua-manifest.json";

/// What one build left in the output folder.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct Manifest {
    /// The thidua version that wrote it.
    pub thidua: String,
    /// Units of work by key: a document's PDF path, a batch of its certificates
    /// (`…/giay-khen-1520.pdf#51`), or the print file of those certificates.
    pub units: BTreeMap<String, Entry>,
}

/// One unit of work and the files it made.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// The dossier it comes from, relative to the project root (`content/2024/x.yaml`).
    pub dossier: String,
    /// The document it belongs to: its PDF path under the output folder.
    pub document: String,
    /// Hash of its inputs.
    pub inputs: String,
    /// Its files under the output folder, each with the hash of its bytes.
    pub files: BTreeMap<String, String>,
    /// For a file joined from pieces: its pieces in page order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<Part>,
    /// The hash of the provenance its PDFs record (empty: not stamped yet).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub stamp: String,
}

/// A piece of a file joined from pieces: a batch of certificates within a print file, or
/// the body or a piece of the annex of a long decision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Part {
    /// Hash of the piece's inputs.
    pub inputs: String,
    /// Its number of pages.
    pub pages: usize,
    /// For a piece of an annex: where the next piece starts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<crate::kinds::Start>,
    /// Its number of objects in the joined file (which lets the next build copy it as
    /// bytes; 0 when unknown).
    #[serde(default)]
    pub objects: u32,
}

pub use crate::digest::{hex, of as digest};

/// [`digest`] of the file at `path`, read a piece at a time; `None` when it cannot be read.
pub fn digest_file(path: &Path) -> Option<String> {
    crate::digest::file_prefix(path, std::fs::metadata(path).ok()?.len())
}

/// [`digest`] of what typst or the joiner wrote of the file at `path`, without the
/// provenance stamped on it since: whether a file made again has its bytes already.
pub fn digest_body(path: &Path) -> Option<String> {
    crate::digest::file_prefix(path, crate::provenance::body_len(path)?)
}

impl Manifest {
    /// The manifest in the output folder `out`; empty when there is none or it is unreadable
    /// (then everything is rebuilt and nothing is removed).
    pub fn load(out: &Path) -> Manifest {
        std::fs::read(out.join(NAME))
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default()
    }

    /// The manifest as written: sorted keys, so the same outputs give the same bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut v = serde_json::to_vec_pretty(self).expect("a manifest serialises");
        v.push(b'\n');
        v
    }

    /// The entry of `key` when its inputs are `inputs` and each of its files is still in
    /// `out` with the bytes thidua wrote.
    pub fn fresh(&self, key: &str, inputs: u128, out: &Path) -> Option<&Entry> {
        let e = self.units.get(key)?;
        (e.inputs == hex(inputs) && e.intact(out)).then_some(e)
    }
}

impl Entry {
    /// Whether each of its files is still in `out` with the bytes thidua wrote.
    pub fn intact(&self, out: &Path) -> bool {
        self.files.keys().all(|f| self.read(out, f).is_some())
    }

    /// The bytes of its file `file` in `out`, when they are still those thidua wrote.
    pub fn read(&self, out: &Path, file: &str) -> Option<Vec<u8>> {
        let recorded = self.files.get(file)?;
        let bytes = std::fs::read(out.join(file)).ok()?;
        (digest(&bytes) == *recorded).then_some(bytes)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_file_read_in_pieces_has_the_digest_of_its_bytes() {
        let dir = tempfile::tempdir().unwrap();
        for size in [0, 1, 7, 8, 9, 65_535, 65_536, 65_537, 200_003] {
            let bytes: Vec<u8> = (0..size).map(|i| (i * 7 % 251) as u8).collect();
            let path = dir.path().join(format!("{size}"));
            std::fs::write(&path, &bytes).unwrap();
            assert_eq!(
                super::digest_file(&path),
                Some(super::digest(&bytes)),
                "{size}"
            );
        }
        assert_eq!(super::digest_file(&dir.path().join("none")), None);
    }
}
