//! What the last build left that this one may take: a previous joined file (print file,
//! decision in pieces) whose parts still stand in its bytes.

use crate::kinds::Doc;
use crate::manifest::{self, Entry, Manifest, Part};
use crate::output::Staged;
use crate::typeset::join::{Old, Previous};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The digest of a joined file written to `staged`, with `staged` unless the file in
/// place (of digest `in_place`) has those bytes already: then it is left alone, mtime and
/// all, and the temporary file goes with `staged`. `None` when it cannot be read back.
pub fn unless_in_place(
    staged: Staged,
    in_place: Option<&String>,
) -> Option<(Option<Staged>, String)> {
    let digest = manifest::digest_file(&staged.temporary())?;
    let staged = (in_place != Some(&digest)).then_some(staged);
    Some((staged, digest))
}

/// A previous joined file, checked: its parts as the manifest lists them, and its bytes.
pub struct Earlier {
    pub parts: Vec<Part>,
    olds: Vec<Old>,
    file: Previous,
}

impl Earlier {
    /// Its parts and bytes, as the joiner takes them.
    pub fn joinable(&self) -> (&[Old], &Previous) {
        (&self.olds, &self.file)
    }
}

/// The previous joined file `doc_key` with its parts, read once: when `reuse`, it still
/// has the bytes thidua wrote, and its parts account for its pages.
pub fn earlier(old: &Manifest, doc_key: &str, root: &Path, reuse: bool) -> Option<Earlier> {
    let entry = reusable(old, doc_key, reuse)?;
    let bytes = entry.read(root, doc_key)?;
    checked(entry, bytes)
}

/// The entry of the joined file `doc_key` in `old`, when its parts may be reused: when
/// `reuse`, with parts, and listing that file (beside it, perhaps, a spreadsheet copy).
fn reusable<'a>(old: &'a Manifest, doc_key: &str, reuse: bool) -> Option<&'a Entry> {
    old.units
        .get(doc_key)
        .filter(|e| reuse && !e.parts.is_empty() && e.files.contains_key(doc_key))
}

/// The previous file of `entry` in `bytes`, when its parts account for its pages.
fn checked(entry: &Entry, mut bytes: Vec<u8>) -> Option<Earlier> {
    // What the joiner wrote, without the provenance stamped on it since.
    bytes.truncate(crate::provenance::body(&bytes).len());
    let file = Previous::new(bytes);
    let pages = entry
        .parts
        .iter()
        .try_fold(0usize, |n, p| n.checked_add(p.pages))?;
    let olds = entry.parts.iter().map(|p| Old {
        inputs: u128::from_str_radix(&p.inputs, 16).unwrap_or_default(),
        pages: p.pages,
        objects: p.objects,
    });
    (file.pages().ok()? == pages).then(|| Earlier {
        parts: entry.parts.clone(),
        olds: olds.collect(),
        file,
    })
}

/// The previous print file of a document cut per page, when it can give batches to the
/// next: its entry (with its parts), checked against the file once (read a piece at a
/// time), and the file itself read only when a batch is taken from it.
pub struct OldPrint {
    /// The previous file's entry, when its batches may be reused.
    pub entry: Option<Entry>,
    /// The digest the last build recorded for the file, reused or not.
    recorded: Option<String>,
    key: String,
    root: PathBuf,
    /// The digest of the file in place, read once when first asked.
    on_disk: OnceLock<Option<String>>,
    file: OnceLock<Option<Earlier>>,
}

impl OldPrint {
    /// The previous print file of `doc` in `root`.
    pub fn new(doc: &Doc, old: &Manifest, root: &Path, reuse: bool) -> OldPrint {
        let key = doc.key.clone();
        let recorded = old.units.get(&key).and_then(|e| e.files.get(&key)).cloned();
        OldPrint {
            entry: reusable(old, &key, reuse).cloned(),
            recorded,
            key,
            root: root.to_path_buf(),
            on_disk: OnceLock::new(),
            file: OnceLock::new(),
        }
    }

    /// The file in place.
    pub fn path(&self) -> PathBuf {
        self.root.join(&self.key)
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

    /// The previous file's parts (batches in page order), when it is intact.
    pub fn parts(&self) -> &[Part] {
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
    pub fn earlier(&self) -> Option<&Earlier> {
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
