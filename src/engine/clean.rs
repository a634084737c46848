//! Cleaning after a build: the entries of dossiers not built this time kept, and the
//! files no document makes any more removed.

use super::prepare::Prepared;
use crate::kinds::{slash, Selection};
use crate::manifest::{self, Entry, Manifest};
use crate::output::OutDir;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Dossiers not built this time keep their entries, and so do dossiers with a failed
/// document (its old files stay, under whatever name); entries of built dossiers that no
/// longer name a file, and of dossiers that are gone, are dropped.
pub fn keep_unbuilt(
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
/// returns how many it removed, and a note of each file kept or not removed.
pub fn remove_stale(out: &OutDir, old: &Manifest, new: &Manifest) -> (usize, Vec<String>) {
    let listed: BTreeSet<&String> = new.units.values().flat_map(|e| e.files.keys()).collect();
    // On a file system that ignores case (Windows, macOS), `Q1/x.pdf` is `q1/x.pdf`.
    let folded: BTreeSet<String> = listed.iter().map(|f| f.to_lowercase()).collect();
    let mut stale: BTreeMap<&String, Vec<&String>> = BTreeMap::new();
    for (file, hash) in old.units.values().flat_map(|e| &e.files) {
        if !listed.contains(file) && !folded.contains(&file.to_lowercase()) {
            stale.entry(file).or_default().push(hash);
        }
    }
    let (mut removed, mut notes) = (0, Vec::new());
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
            notes.push(t!("clean-kept-changed", file = file));
            continue;
        }
        match out.remove(Path::new(file)) {
            Ok(()) => removed += on_disk.is_some() as usize,
            Err(e) => notes.push(format!("{e:#}")),
        }
    }
    (removed, notes)
}
