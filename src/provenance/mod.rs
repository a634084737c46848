//! Provenance: what made a PDF, recorded in its XMP metadata and read back by `verify`.
//!
//! The record is appended to the PDF typst wrote as an incremental update (a new XMP
//! stream and a catalog that points to it), so the typeset bytes stay a prefix of the
//! file: a new commit restamps a file without typesetting it again, and a file edited
//! after the build is found by the digest of that prefix, which the record holds.

mod stamp;
mod xmp;

pub use stamp::{body, body_len, stamp};

/// Everything a PDF records of how it was made.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Provenance {
    /// The commit the sources came from, when the project is in git.
    pub commit: Option<String>,
    /// Whether the sources had changes not committed.
    pub dirty: bool,
    /// The dossier, relative to the project root (`content/2025/tong-ket.yaml`).
    pub dossier: String,
    /// The file, relative to the output folder.
    pub file: String,
    /// The unit of work that made it (its key in the build manifest).
    pub unit: String,
    /// The hash of everything the unit's files are made from (data, template, fonts).
    pub inputs: String,
    /// How it was built: `draft`, PDF standards, previews (see [`Options`]).
    pub options: String,
    /// thidua's version.
    pub version: String,
}

/// What `read` finds in a PDF.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub provenance: Provenance,
    /// Whether the bytes typst wrote are those the record was made for, and nothing was
    /// appended after it.
    pub intact: bool,
}

/// The build options a record names, in a form `verify` can build with again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub draft: bool,
    /// PDF standards by their usual names (`a-2b`).
    pub standards: Vec<String>,
    /// `none`, `png 144` or `svg`.
    pub preview: String,
}

impl Options {
    /// The options as a record holds them: `draft=no; standards=a-2b; preview=none`.
    pub fn line(&self) -> String {
        format!(
            "draft={}; standards={}; preview={}",
            if self.draft { "yes" } else { "no" },
            self.standards.join(","),
            self.preview
        )
    }

    /// The options of a record's line; `None` when it is not one.
    pub fn parse(line: &str) -> Option<Options> {
        let mut draft = None;
        let mut standards = Vec::new();
        let mut preview = None;
        for part in line.split(';').map(str::trim) {
            match part.split_once('=')? {
                ("draft", v) => draft = Some(v == "yes"),
                ("standards", v) => {
                    standards = v
                        .split(',')
                        .filter(|s| !s.is_empty())
                        .map(String::from)
                        .collect()
                }
                ("preview", v) => preview = Some(v.to_string()),
                _ => return None,
            }
        }
        Some(Options {
            draft: draft?,
            standards,
            preview: preview?,
        })
    }
}

/// The record of the PDF `bytes`, when thidua made it.
pub fn read(bytes: &[u8]) -> Option<Found> {
    let (body, update) = stamp::split(bytes)?;
    let record = xmp::Record::read(update)?;
    let trailing = update
        .windows(6)
        .rposition(|w| w == b"%%EOF\n")
        .is_none_or(|at| at + 6 != update.len());
    let intact = record.body == stamp::digest(body) && !trailing;
    Some(Found {
        provenance: record.provenance,
        intact,
    })
}

#[cfg(test)]
mod tests;
