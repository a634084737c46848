//! Provenance: what made a PDF, recorded in its XMP metadata and read back by `verify`.
//!
//! The record is appended to the PDF typst wrote as an incremental update (a new XMP
//! stream and a catalog that points to it), so the typeset bytes stay a prefix of the
//! file: a new commit restamps a file without typesetting it again, and a file edited
//! after the build is found by the digest of that prefix, which the record holds.

mod stamp;
mod xmp;

pub use stamp::{append, body, body_len, stamp, stamp_file};

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
    /// When the file is thidua's bytes, record included, with more appended after them
    /// (a signing tool's signatures, or an edit): how many bytes are thidua's.
    pub appended: Option<usize>,
}

/// The build options a record names, in a form `verify` can build with again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub draft: bool,
    /// PDF standards by their usual names (`a-2b`).
    pub standards: Vec<String>,
    /// `none`, `png 144` or `svg`.
    pub preview: String,
    /// `SOURCE_DATE_EPOCH`, when set: it dates the PDFs.
    pub epoch: Option<String>,
}

impl Options {
    /// The options as a record holds them:
    /// `draft=no; standards=a-2b; preview=none; epoch=`.
    pub fn line(&self) -> String {
        format!(
            "draft={}; standards={}; preview={}; epoch={}",
            if self.draft { "yes" } else { "no" },
            self.standards.join(","),
            self.preview,
            self.epoch.as_deref().unwrap_or("")
        )
    }

    /// The options of a record's line; `None` when it is not one.
    pub fn parse(line: &str) -> Option<Options> {
        let (mut draft, mut preview) = (None, None);
        let (mut standards, mut epoch) = (Vec::new(), None);
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
                // A preview a build can make (`png 144`: 10 to 1200 pixels per inch).
                ("preview", v) => {
                    let png = v.strip_prefix("png ").map(|p| p.parse::<f32>());
                    let fine = match png {
                        Some(Ok(ppi)) => (10.0..=1200.0).contains(&ppi),
                        Some(Err(_)) => false,
                        None => v == "none" || v == "svg",
                    };
                    preview = Some(v.to_string()).filter(|_| fine);
                    preview.as_ref()?;
                }
                // Whole seconds as a build writes them: digits, no sign or leading zero.
                ("epoch", v) => {
                    let canonical = v.parse::<u64>().is_ok_and(|n| n.to_string() == v);
                    if !v.is_empty() && !canonical {
                        return None;
                    }
                    epoch = (!v.is_empty()).then(|| v.to_string());
                }
                _ => return None,
            }
        }
        Some(Options {
            draft: draft?,
            standards,
            preview: preview?,
            epoch,
        })
    }
}

/// The record of the PDF `bytes`, when thidua made it.
pub fn read(bytes: &[u8]) -> Option<Found> {
    let (body, update) = stamp::split_within(bytes, bytes.len())?;
    let record = xmp::Record::read(stamp::packet(update)?)?;
    // Intact: the whole file is what stamping what typst wrote with this record gives,
    // so that neither those bytes nor anything after the record was changed.
    let again = stamp(body, &record.provenance)
        .ok()
        .filter(|_| record.body == crate::digest::of(body));
    let intact = again.as_deref() == Some(bytes);
    let appended = again
        .filter(|a| a.len() < bytes.len() && bytes.starts_with(a))
        .map(|a| a.len());
    Some(Found {
        provenance: record.provenance,
        intact,
        appended,
    })
}

#[cfg(test)]
mod tests;
