//! Recording in every PDF a build puts in place where it came from (see `provenance`):
//! the files of each unit whose record would change are stamped again, typeset or not.

use super::prepare::{Export, Prepared, Preview};
use crate::diagnostic::Diagnostic;
use crate::git::Origin;
use crate::manifest::{self, Manifest};
use crate::output::{OutDir, Staged};
use crate::provenance::{self, Provenance};
use rayon::prelude::*;
use std::collections::BTreeSet;
use std::path::Path;

/// What every file of one build records alike.
#[derive(Debug, Clone)]
pub struct Stamping {
    /// The commit and whether the sources had changes (`None` outside git).
    pub origin: Option<Origin>,
    /// The build options, as the record writes them.
    pub options: String,
}

impl Stamping {
    /// The stamping of a build of `p` with `options`.
    pub fn new(p: &Prepared, options: &super::Options) -> Stamping {
        let origin = match &options.origin {
            super::Recorded::FromGit => {
                // A list a dossier reads from outside content/ is a source too.
                let lists = p.project.dossiers.iter().flat_map(|d| d.data_files.clone());
                let lists: Vec<_> = lists.collect();
                crate::git::Repo::origin(&p.project.root, &lists)
            }
            super::Recorded::As(origin) => origin.clone(),
        };
        Stamping {
            origin,
            options: options.export.recorded(options.draft).line(),
        }
    }
}

impl Export {
    /// The options a record names of a build with this export (`draft` or not).
    fn recorded(&self, draft: bool) -> provenance::Options {
        let standards = self
            .pdf
            .standards
            .iter()
            .filter_map(|s| serde_json::to_value(s).ok()?.as_str().map(String::from))
            .collect();
        let preview = match self.preview {
            Preview::None => "none".to_string(),
            Preview::Png(ppi) => format!("png {ppi}"),
            Preview::Svg => "svg".to_string(),
        };
        provenance::Options {
            draft,
            standards,
            preview,
            epoch: self.pdf.epoch.clone(),
        }
    }

    /// The export of a build whose record names `o` (its files written, dated as they
    /// were), for `verify`.
    pub fn recorded_in(o: &provenance::Options) -> Export {
        let standards = o
            .standards
            .iter()
            .filter_map(|s| serde_json::from_value(serde_json::Value::String(s.clone())).ok())
            .collect();
        let preview = match o.preview.split_once(' ') {
            Some(("png", ppi)) => Preview::Png(ppi.parse().unwrap_or(144.0)),
            _ if o.preview == "svg" => Preview::Svg,
            _ => Preview::None,
        };
        Export {
            write: true,
            preview,
            pdf: crate::typeset::PdfSettings {
                standards,
                epoch: o.epoch.clone(),
            },
            copies: crate::kinds::Copies::NONE,
        }
    }
}

impl Stamping {
    /// What a unit's records say of its inputs: a batch's change with any of its pages,
    /// so a page records none, and an edit to one certificate restamps no other
    /// (`verify` compares a page's bytes).
    fn inputs<'a>(key: &str, inputs: &'a str) -> &'a str {
        if key.contains('#') {
            ""
        } else {
            inputs
        }
    }

    /// The hash of the records of unit `key` made from `inputs` (its manifest's `stamp`).
    pub fn hash(&self, key: &str, inputs: &str) -> String {
        manifest::hex(typst::utils::hash128(&(
            self.origin.clone().unwrap_or_default(),
            &self.options,
            Stamping::inputs(key, inputs),
            env!("CARGO_PKG_VERSION"),
        )))
    }

    /// The stamp and digest of the joined file of unit `key` (its one file, of the same
    /// name) of `dossier`, made from `inputs` and staged with a body of digest `body`: its
    /// record is appended to the temporary file, which is then put in place as it is, not
    /// read and written again by [`all`] (a print file of 1000 certificates is 3 MB).
    /// Nothing staged (the file in place has that body): no stamp yet, [`all`] stamps it
    /// in place.
    pub fn joined(
        &self,
        staged: Option<&Staged>,
        (key, dossier, inputs): (&str, &str, &str),
        body: String,
    ) -> Result<(String, String), String> {
        let Some(staged) = staged else {
            return Ok((String::new(), body));
        };
        let path = staged.temporary();
        provenance::append(&path, body, &self.record(key, dossier, key, inputs))?;
        let digest = manifest::digest_file(&path).ok_or_else(|| t!("stamp-unreadable"))?;
        Ok((self.hash(key, inputs), digest))
    }

    /// The record of `file` of unit `key` of `dossier`, made from `inputs`.
    pub fn record(&self, key: &str, dossier: &str, file: &str, inputs: &str) -> Provenance {
        let origin = self.origin.clone().unwrap_or_default();
        Provenance {
            commit: origin.commit,
            dirty: origin.dirty,
            dossier: dossier.to_string(),
            file: file.to_string(),
            unit: key.to_string(),
            inputs: Stamping::inputs(key, inputs).to_string(),
            options: self.options.clone(),
            version: env!("CARGO_PKG_VERSION").to_string(),
        }
    }
}

/// Stamps the PDFs of every entry of `new` (this build's) whose dossier did not fail
/// and whose records would change (a reused unit, after a commit; a joined file left in
/// place because its body is the same), and
/// records their new digests; the problems, and how many files were written.
pub fn all(
    out: &OutDir,
    new: &mut Manifest,
    failed: &BTreeSet<String>,
    stamping: &Stamping,
) -> (Vec<Diagnostic>, usize) {
    let todo: Vec<(&String, &mut manifest::Entry)> = new
        .units
        .iter_mut()
        .filter(|(_, e)| !failed.contains(&e.dossier))
        .collect();
    let done: Vec<(Vec<Diagnostic>, usize)> = todo
        .into_par_iter()
        .map(|(key, entry)| {
            let stamp = stamping.hash(key, &entry.inputs);
            if entry.stamp == stamp {
                return (Vec::new(), 0);
            }
            let (mut problems, mut written) = (Vec::new(), 0);
            // A file made now was counted as it was written; a reused one is counted here.
            let reused = !entry.stamp.is_empty();
            let pdfs: Vec<String> = entry
                .files
                .keys()
                .filter(|f| f.ends_with(".pdf"))
                .cloned()
                .collect();
            for file in pdfs {
                let record = stamping.record(key, &entry.dossier, &file, &entry.inputs);
                match restamp(out, &file, &record) {
                    Ok((digest, wrote)) => {
                        written += (wrote && reused) as usize;
                        entry.files.insert(file, digest);
                    }
                    Err(e) => problems.push(Diagnostic::file(
                        &entry.dossier,
                        t!("stamp-no-provenance", file = &file, error = e),
                    )),
                }
            }
            if problems.is_empty() {
                entry.stamp = stamp;
            }
            (problems, written)
        })
        .collect();
    let written = done.iter().map(|d| d.1).sum();
    (done.into_iter().flat_map(|d| d.0).collect(), written)
}

/// Stamps the file `rel` under `out` with `record`: in memory when it is small, else
/// written beside it as a stream; put in place unless it has those bytes already. The
/// digest of its bytes now, and whether it was written.
fn restamp(out: &OutDir, rel: &str, record: &Provenance) -> Result<(String, bool), String> {
    let path = out.root().join(rel);
    let size = std::fs::metadata(&path).map_err(|e| e.to_string())?.len();
    if size < 1 << 22 {
        let bytes = std::fs::read(&path).map_err(|e| e.to_string())?;
        let stamped = provenance::stamp(&bytes, record)?;
        let wrote = stamped != bytes;
        if wrote {
            out.write(Path::new(rel), &stamped)
                .map_err(|e| format!("{e:#}"))?;
        }
        return Ok((manifest::digest(&stamped), wrote));
    }
    let (mut file, staged) = out
        .temporary(Path::new(rel))
        .map_err(|e| format!("{e:#}"))?;
    provenance::stamp_file(&path, &mut file, record)?;
    drop(file);
    let digest =
        manifest::digest_file(&staged.temporary()).ok_or_else(|| t!("stamp-unreadable"))?;
    let wrote = manifest::digest_file(&path).as_ref() != Some(&digest);
    if wrote {
        staged.commit().map_err(|e| format!("{e:#}"))?;
    }
    Ok((digest, wrote))
}
