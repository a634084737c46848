//! `thidua verify`: whether each PDF is, byte for byte to the end of its record, what this
//! version of thidua makes from the sources the record names (the recorded commit, or the
//! working tree for a file made outside git or from uncommitted changes); or whose
//! certificate a check code is.
//!
//! The record's digest of the typeset bytes needs no secret: anyone can edit a file and
//! stamp it again. So nothing is taken on the record's word: the file is made again from
//! the sources and the whole of it compared.

mod code;
mod sources;

pub use code::code;

use crate::diagnostic::Failure;
use crate::provenance::{self, Provenance};
use anyhow::anyhow;
use sources::Rebuilds;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// What became of one file.
enum Verdict {
    /// It verifies.
    Ok,
    /// It does not: edited, stale, or not thidua's.
    Fails,
    /// It could not be checked (unreadable, another version, a commit not here, no
    /// project, sources with errors): never an OK.
    Error,
}

/// Verifies `files`, with sources from `project` (or the project the files lie in, or
/// the current folder's), each unit of a rebuild given `timeout`; `Ok(true)` when every
/// file verifies, an error when one could not be checked.
pub fn run(files: &[PathBuf], project: Option<&Path>, timeout: Duration) -> Result<bool, Failure> {
    // A rebuild that runs past its time limit means a file could not be checked; one
    // cut short by Ctrl-C leaves no checkout behind.
    crate::deadline::exit_with(2);
    let _ = ctrlc::set_handler(|| crate::deadline::abandon(130));
    let mut rebuilds = Rebuilds::new(timeout);
    let (mut failing, mut errors) = (0usize, 0usize);
    for file in files {
        let (verdict, line) = match read(file) {
            Err(e) => (Verdict::Error, t!("verify-unreadable", error = e)),
            Ok(bytes) => verify(&bytes, file, project, &mut rebuilds),
        };
        match verdict {
            Verdict::Ok => {}
            Verdict::Fails => failing += 1,
            Verdict::Error => errors += 1,
        }
        println!(
            "{}: {}",
            super::printable(&file.display().to_string()),
            super::printable(&line)
        );
    }
    if errors > 0 {
        return Err(Failure::Env(anyhow!(
            "{}",
            t!("verify-not-checked", count = errors)
        )));
    }
    Ok(failing == 0)
}

/// The largest file read: a print file of 100 000 certificates is about 300 MB.
const MAX_FILE: u64 = 4 << 30;

/// The bytes of `file`, when it is a file of a size a build makes (not a pipe, a
/// device, a folder).
fn read(file: &Path) -> Result<Vec<u8>, String> {
    let meta = std::fs::metadata(file).map_err(|e| e.to_string())?;
    if !meta.is_file() {
        return Err(t!("verify-not-file"));
    }
    if meta.len() > MAX_FILE {
        return Err(t!("verify-too-large", bytes = meta.len().to_string()));
    }
    std::fs::read(file).map_err(|e| e.to_string())
}

/// One file's verdict and what to say of it.
fn verify(
    bytes: &[u8],
    file: &Path,
    project: Option<&Path>,
    rebuilds: &mut Rebuilds,
) -> (Verdict, String) {
    let Some(found) = provenance::read(bytes) else {
        return (Verdict::Fails, t!("verify-not-thidua"));
    };
    let p = &found.provenance;
    let made = made_by(p);
    let ours = env!("CARGO_PKG_VERSION");
    if p.version != ours {
        let line = t!(
            "verify-other-version",
            version = &p.version,
            made = &made,
            ours = ours
        );
        return (Verdict::Error, line);
    }
    // Signatures after thidua's bytes (ký số) count only when each verifies and together
    // they hold every byte added; thidua's own bytes are then compared as any file's.
    let (bytes, signers) = match (found.intact, found.appended) {
        (true, _) => (bytes, None),
        (false, Some(n)) => match crate::signing::signed::check(bytes, n) {
            Ok(names) => (&bytes[..n], Some(names)),
            Err(why) => {
                let line = t!("verify-edited-signed", why = why.to_string(), made = &made);
                return (Verdict::Fails, line);
            }
        },
        (false, None) => {
            let line = t!("verify-edited-after", made = &made);
            return (Verdict::Fails, line);
        }
    };
    let Some(options) = provenance::Options::parse(&p.options) else {
        let line = t!("verify-record-unreadable", made = &made);
        return (Verdict::Error, line);
    };
    let root = project
        .map(Path::to_path_buf)
        .or_else(|| crate::load::project_root(file))
        .or_else(|| crate::load::find_project(Path::new(".")));
    let Some(root) = root else {
        let line = t!("verify-no-project", made = &made);
        return (Verdict::Error, line);
    };
    let sources = match rebuilds.sources(&root, p) {
        Ok(s) => s,
        Err(why) => {
            return (
                Verdict::Error,
                t!("verify-cannot-check", made = &made, why = why),
            )
        }
    };
    let again = match rebuilds.file(&sources, &options, p) {
        Ok(again) => again,
        Err(e) => {
            let line = t!(
                "verify-cannot-make",
                made = &made,
                said = &sources.said,
                error = e
            );
            return (Verdict::Error, line);
        }
    };
    let said = &sources.said;
    match again {
        None => (
            Verdict::Fails,
            t!("verify-stale", said = said, made = &made),
        ),
        Some(again) if again == bytes => {
            let signed = signers.as_ref().map_or(String::new(), signed_by);
            let line = t!("verify-ok", signed = signed, made = &made, said = said);
            (Verdict::Ok, line)
        }
        Some(again) if provenance::body(&again) == provenance::body(bytes) => {
            let fields = provenance::read(&again)
                .map(|a| differing(&a.provenance, p).join(", "))
                .unwrap_or_default();
            let line = t!("verify-edited-record", fields = fields, made = &made);
            (Verdict::Fails, line)
        }
        Some(_) => (
            Verdict::Fails,
            t!("verify-different", said = said, made = &made),
        ),
    }
}

/// `, signed by A (in “Chữ ký số của A”), then B (…); not signed yet: …` for a signed
/// electronic version, each name as its certificate gives it.
fn signed_by(s: &crate::signing::signed::Signatures) -> String {
    let signers: String = s
        .signed
        .iter()
        .enumerate()
        .map(|(i, (name, field))| match i {
            0 => t!("verify-signer", name = name, field = field),
            _ => t!("verify-signer-then", name = name, field = field),
        })
        .collect();
    let unsigned = match s.unsigned.is_empty() {
        true => String::new(),
        false => t!("verify-unsigned", fields = s.unsigned.join("”, “")),
    };
    t!("verify-signed-by", signers = signers, unsigned = unsigned)
}

/// The fields of record `a` that `b` does not have alike.
fn differing(a: &Provenance, b: &Provenance) -> Vec<String> {
    let dirty = t!("verify-field-dirty");
    let fields = [
        ("commit", a.commit == b.commit),
        (dirty.as_str(), a.dirty == b.dirty),
        ("dossier", a.dossier == b.dossier),
        ("file", a.file == b.file),
        ("unit", a.unit == b.unit),
        ("inputs", a.inputs == b.inputs),
        ("options", a.options == b.options),
    ];
    fields
        .into_iter()
        .filter(|(_, same)| !same)
        .map(|(f, _)| f.to_string())
        .collect()
}

/// `content/x.yaml at commit 1a2b3c4d5e6f with uncommitted changes, thidua 0.1.0`.
fn made_by(p: &Provenance) -> String {
    let short = crate::git::short;
    let (dossier, version) = (&p.dossier, &p.version);
    // Printed through `printable` with the rest of its line.
    match &p.commit {
        Some(c) if p.dirty => t!(
            "verify-made-dirty",
            dossier = dossier,
            commit = short(c),
            version = version
        ),
        Some(c) => t!(
            "verify-made-commit",
            dossier = dossier,
            commit = short(c),
            version = version
        ),
        None if p.dirty => t!(
            "verify-made-before-commit",
            dossier = dossier,
            version = version
        ),
        None => t!(
            "verify-made-outside-git",
            dossier = dossier,
            version = version
        ),
    }
}

#[cfg(test)]
mod tests;
