//! Putting a build's files in place: the manifest of what will be there written first,
//! then each document's staged files, then the outputs of what is gone removed, then the
//! manifest of what is there. A build killed at any point leaves nothing the next build
//! does not know of: temporary files (swept by `OutDir::begin`) or files a manifest lists.

use super::clean::{keep_unbuilt, remove_stale};
use super::prepare::Prepared;
use super::stamp::Stamping;
use crate::diagnostic::{Diagnostic, Failure};
use crate::kinds::Selection;
use crate::manifest::{self, Entry, Manifest};
use crate::output::{OutDir, Staged};
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// A document's manifest entries and staged files, or its problems.
pub type Finished = Result<(Vec<(String, Entry)>, Vec<Staged>), Vec<Diagnostic>>;

/// What putting the files in place did.
#[derive(Debug, Default)]
pub struct Settled {
    /// Documents built.
    pub docs: usize,
    /// Files their manifest entries list.
    pub files: usize,
    /// Files written (the others already held their bytes).
    pub written: usize,
    /// Outputs of removed recipients and dossiers deleted.
    pub removed: usize,
    /// Files kept though no document makes them any more (changed by hand).
    pub notes: Vec<String>,
    /// Problems of the documents that failed.
    pub problems: Vec<Diagnostic>,
}

/// The documents that succeeded and the problems of those that failed, when nothing is
/// put in place (`check`).
pub fn count(finished: Vec<(usize, Finished)>) -> Settled {
    let mut s = Settled::default();
    for (_, result) in finished {
        match result {
            Ok(_) => s.docs += 1,
            Err(d) => s.problems.extend(d),
        }
    }
    s
}

/// Puts every finished document's files in place (a document that failed leaves its old
/// files), removes what no document makes any more and writes the manifest.
pub fn settle(
    p: &Prepared,
    selection: &Selection,
    out: &OutDir,
    old: &Manifest,
    finished: Vec<(usize, Finished)>,
    stamping: &Stamping,
) -> Result<Settled, Failure> {
    let mut new = Manifest {
        thidua: env!("CARGO_PKG_VERSION").to_string(),
        units: BTreeMap::new(),
    };
    let mut s = Settled::default();
    let mut failed = BTreeSet::new();
    let mut ready = Vec::new();
    for (d, result) in finished {
        let dossier = p.docs[d].dossier_key.clone();
        match result {
            Ok((entries, staged)) => {
                for (key, entry) in entries {
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
        out.write(Path::new(manifest::NAME), &pending(&new, old))?;
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
    let (problems, restamped) = super::stamp::all(out, &mut new, &failed, stamping);
    s.problems.extend(problems);
    s.written += restamped;
    keep_unbuilt(p, selection, old, &failed, &mut new);
    (s.removed, s.notes) = remove_stale(out, old, &new);
    out.write(Path::new(manifest::NAME), &new.to_bytes())?;
    Ok(s)
}

/// The manifest while files are put in place: the new entries, and every file of the
/// old ones they do not list with the same bytes (under its old key, or `KEY~stale` when
/// a new entry took the key), so that a build killed now leaves no file unlisted, whether
/// or not its new bytes were put in place.
fn pending(new: &Manifest, old: &Manifest) -> Vec<u8> {
    // Written as the manifest is, with the new entries borrowed, not copied: they list
    // every file of the build.
    #[derive(serde::Serialize)]
    struct View<'a> {
        thidua: &'a str,
        units: BTreeMap<Cow<'a, str>, Cow<'a, Entry>>,
    }
    let listed: BTreeMap<&String, &String> = new.units.values().flat_map(|e| &e.files).collect();
    let mut units: BTreeMap<Cow<str>, Cow<Entry>> = new
        .units
        .iter()
        .map(|(k, e)| (Cow::from(k.as_str()), Cow::Borrowed(e)))
        .collect();
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
        if whole {
            units.insert(Cow::from(key.as_str()), Cow::Borrowed(e));
        } else {
            // Never taken for fresh: only its files matter, to be removed.
            let entry = Entry {
                inputs: String::new(),
                files: rest,
                parts: Vec::new(),
                ..e.clone()
            };
            units.insert(Cow::from(format!("{key}~stale")), Cow::Owned(entry));
        }
    }
    let view = View {
        thidua: &new.thidua,
        units,
    };
    let mut bytes = serde_json::to_vec_pretty(&view).expect("a manifest serialises");
    bytes.push(b'\n');
    bytes
}
