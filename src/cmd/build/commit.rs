//! Putting a build's files in place: the manifest of what will be there written first,
//! then each document's staged files, then the outputs of what is gone removed, then the
//! manifest of what is there. A build killed at any point leaves nothing the next build
//! does not know of: temporary files (swept by `OutDir::begin`) or files a manifest lists.

use super::{document_key, slash};
use crate::diagnostic::{Diagnostic, Failure};
use crate::manifest::{self, Entry, Manifest};
use crate::output::{OutDir, Staged};
use crate::pipeline::Prepared;
use crate::plan::Selection;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A document's manifest entries and staged files, or its problems.
pub(super) type Finished = Result<(Vec<(String, Entry)>, Vec<Staged>), Vec<Diagnostic>>;

/// What putting the files in place did.
#[derive(Default)]
pub(super) struct Settled {
    /// Documents built.
    pub docs: usize,
    /// Files their manifest entries list.
    pub files: usize,
    /// Files written (the others already held their bytes).
    pub written: usize,
    /// Outputs of removed recipients and dossiers deleted.
    pub removed: usize,
    /// Problems of the documents that failed.
    pub problems: Vec<Diagnostic>,
}

/// Puts every finished document's files in place (a document that failed leaves its old
/// files), removes what no document makes any more and writes the manifest.
pub(super) fn settle(
    p: &Prepared,
    selection: &Selection,
    out: &OutDir,
    old: &Manifest,
    finished: Vec<(usize, Finished)>,
    quiet: bool,
) -> Result<Settled, Failure> {
    let mut new = Manifest {
        thidua: env!("CARGO_PKG_VERSION").to_string(),
        units: BTreeMap::new(),
    };
    let mut s = Settled::default();
    let mut failed = BTreeSet::new();
    let mut ready = Vec::new();
    for (d, result) in finished {
        let doc_key = document_key(p, d);
        let dossier = slash(&p.project.dossiers[p.docs[d].dossier].file);
        match result {
            Ok((entries, staged)) => {
                for (key, mut entry) in entries {
                    entry.dossier = dossier.clone();
                    entry.document = doc_key.clone();
                    s.files += entry.files.len();
                    new.units.insert(key, entry);
                }
                ready.push((dossier, staged));
                s.docs += 1;
            }
            Err(d) => {
                s.problems.extend(d);
                failed.insert(dossier);
            }
        }
    }
    if ready.iter().any(|(_, staged)| !staged.is_empty()) {
        out.write(Path::new(manifest::NAME), &pending(&new, old).to_bytes())?;
    }
    // A file that cannot be put in place (open in a viewer, say) fails its document; its
    // new entries stay, so that the files not put in place are made again next time.
    for (dossier, staged) in ready {
        for file in staged {
            if let Err(e) = file.commit() {
                s.problems
                    .push(Diagnostic::file(&dossier, format!("{e:#}")));
                failed.insert(dossier.clone());
                s.docs -= 1;
                break;
            }
            s.written += 1;
        }
    }
    keep_unbuilt(p, selection, old, &failed, &mut new);
    s.removed = remove_stale(out, old, &new, quiet);
    out.write(Path::new(manifest::NAME), &new.to_bytes())?;
    Ok(s)
}

/// The manifest while files are put in place: the new entries, and every file of the
/// old ones they do not list with the same bytes (under its old key, or `KEY~stale` when
/// a new entry took the key), so that a build killed now leaves no file unlisted, whether
/// or not its new bytes were put in place.
fn pending(new: &Manifest, old: &Manifest) -> Manifest {
    let listed: BTreeMap<&String, &String> = new.units.values().flat_map(|e| &e.files).collect();
    let mut m = new.clone();
    for (key, e) in &old.units {
        let rest: BTreeMap<String, String> = e
            .files
            .iter()
            .filter(|(f, h)| listed.get(f) != Some(h))
            .map(|(f, h)| (f.clone(), h.clone()))
            .collect();
        if rest.is_empty() {
            continue;
        }
        let whole = rest.len() == e.files.len() && !new.units.contains_key(key);
        let entry = if whole {
            e.clone()
        } else {
            // Never taken for fresh: only its files matter, to be removed.
            Entry {
                inputs: String::new(),
                files: rest,
                parts: Vec::new(),
                ..e.clone()
            }
        };
        let key = if whole {
            key.clone()
        } else {
            format!("{key}~stale")
        };
        m.units.insert(key, entry);
    }
    m
}

/// Dossiers not built this time keep their entries, and so do dossiers with a failed
/// document (its old files stay, under whatever name); entries of built dossiers that no
/// longer name a file, and of dossiers that are gone, are dropped.
fn keep_unbuilt(
    p: &Prepared,
    selection: &Selection,
    old: &Manifest,
    failed: &BTreeSet<String>,
    new: &mut Manifest,
) {
    let existing: BTreeMap<String, &[PathBuf]> = p
        .project
        .dossiers
        .iter()
        .map(|d| (slash(&d.file), d.data_files.as_slice()))
        .collect();
    for (key, entry) in &old.units {
        let data = existing.get(&entry.dossier).copied().unwrap_or_default();
        let failure = failed.contains(&entry.dossier);
        let kept = failure || !selection.selects_file(Path::new(&entry.dossier), data);
        if kept && !new.units.contains_key(key) {
            new.units.insert(key.clone(), entry.clone());
        } else if failure {
            // A document whose new files could not all be put in place keeps its old
            // ones listed too (never taken for fresh), whichever stand on disk.
            let old_files = Entry {
                inputs: String::new(),
                parts: Vec::new(),
                ..entry.clone()
            };
            new.units.insert(format!("{key}~old"), old_files);
        }
    }
}

/// Removes the files of `old` that `new` does not list, unless changed since thidua
/// wrote them (a file a killed build's manifest lists twice may have either bytes);
/// returns how many it removed.
fn remove_stale(out: &OutDir, old: &Manifest, new: &Manifest, quiet: bool) -> usize {
    let listed: BTreeSet<&String> = new.units.values().flat_map(|e| e.files.keys()).collect();
    // On a file system that ignores case (Windows, macOS), `Q1/x.pdf` is `q1/x.pdf`.
    let folded: BTreeSet<String> = listed.iter().map(|f| f.to_lowercase()).collect();
    let mut stale: BTreeMap<&String, Vec<&String>> = BTreeMap::new();
    for (file, hash) in old.units.values().flat_map(|e| &e.files) {
        if !listed.contains(file) && !folded.contains(&file.to_lowercase()) {
            stale.entry(file).or_default().push(hash);
        }
    }
    let mut removed = 0;
    for (file, hashes) in stale {
        // A manifest edited by hand cannot make thidua touch anything outside `out/`.
        let inside = Path::new(file)
            .components()
            .all(|c| matches!(c, std::path::Component::Normal(_)));
        if !inside {
            continue;
        }
        let on_disk = std::fs::read(out.root().join(file)).ok();
        if on_disk
            .as_deref()
            .is_some_and(|b| !hashes.contains(&&manifest::digest(b)))
        {
            if !quiet {
                eprintln!("warning: kept `{file}`: changed since thidua wrote it");
            }
            continue;
        }
        match out.remove(Path::new(file)) {
            Ok(()) => removed += on_disk.is_some() as usize,
            Err(e) => eprintln!("warning: {e:#}"),
        }
    }
    removed
}
