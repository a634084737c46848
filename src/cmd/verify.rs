//! `thidua verify`: which dossier and commit made each PDF, whether it was edited since,
//! and whether the current sources make the same bytes; or whose certificate a check
//! code is.

use crate::diagnostic::Failure;
use crate::engine::{self, remake, Export, Prepared, Remade};
use crate::kinds::{code, Selection};
use crate::provenance::{self, Options, Provenance};
use anyhow::anyhow;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// What became of one file.
enum Verdict {
    /// It verifies.
    Ok,
    /// It does not: edited, stale, or not thidua's.
    Fails,
    /// It could not be checked (unreadable, no project, sources with errors).
    Error,
}

/// Verifies `files`, with sources from `project` (or the project the files lie in, or
/// the current folder's); `Ok(true)` when every file verifies, an error when one could
/// not be checked.
pub fn run(files: &[PathBuf], project: Option<&Path>) -> Result<bool, Failure> {
    let mut prepared: HashMap<Key, Result<Prepared, String>> = HashMap::new();
    let (mut failing, mut errors) = (0, 0);
    for file in files {
        let (verdict, line) = match std::fs::read(file) {
            Err(e) => (Verdict::Error, format!("cannot be read: {e}")),
            Ok(bytes) => verify(&bytes, file, project, &mut prepared),
        };
        match verdict {
            Verdict::Ok => {}
            Verdict::Fails => failing += 1,
            Verdict::Error => errors += 1,
        }
        println!("{}: {line}", file.display());
    }
    if errors > 0 {
        let s = if errors == 1 { "" } else { "s" };
        return Err(Failure::Env(anyhow!(
            "{errors} file{s} could not be checked (above)"
        )));
    }
    Ok(failing == 0)
}

/// A prepared project: its folder, whether its pages are drafts, the dossier built.
type Key = (PathBuf, bool, String);

/// One file's verdict and what to say of it.
fn verify(
    bytes: &[u8],
    file: &Path,
    project: Option<&Path>,
    prepared: &mut HashMap<Key, Result<Prepared, String>>,
) -> (Verdict, String) {
    let Some(found) = provenance::read(bytes) else {
        let line = "not made by thidua (it records no provenance)";
        return (Verdict::Fails, line.into());
    };
    let p = &found.provenance;
    let made = made_by(p);
    if !found.intact {
        return (
            Verdict::Fails,
            format!("EDITED after thidua made it ({made})"),
        );
    }
    let Some(options) = Options::parse(&p.options) else {
        return (
            Verdict::Error,
            format!("its record cannot be read ({made})"),
        );
    };
    let root = project
        .map(Path::to_path_buf)
        .or_else(|| crate::load::project_root(file))
        .or_else(|| crate::load::find_project(Path::new(".")));
    let Some(root) = root else {
        let line =
            format!("made from {made}; no project found to compare with (use --project DIR)");
        return (Verdict::Error, line);
    };
    // The file was made with these options, and dated as that build was.
    let options = engine::Options {
        draft: options.draft,
        selection: Selection {
            pattern: glob::Pattern::new(&glob::Pattern::escape(&p.dossier)).ok(),
            changed: None,
        },
        export: Export::recorded_in(&options),
        ..engine::Options::check()
    };
    let key = (root.clone(), options.draft, p.dossier.clone());
    let ready = prepared.entry(key).or_insert_with(|| {
        engine::prepare(&root, &options).map_err(|f| match f {
            Failure::Input(d) => {
                format!("{} problem(s) in the sources (see `thidua check`)", d.len())
            }
            Failure::Env(e) => format!("{e:#}"),
        })
    });
    let ready = match ready {
        Ok(p) => p,
        Err(e) => {
            let line = format!("made from {made}; the sources cannot be read: {e}");
            return (Verdict::Error, line);
        }
    };
    match remake(ready, &options.export, &p.unit, &p.file) {
        Remade::Gone => {
            let line = format!("STALE: the sources no longer make this file ({made})");
            (Verdict::Fails, line)
        }
        Remade::Failed(d) => {
            let line = format!(
                "made from {made}; the sources fail to make it now: {}",
                d[0].message
            );
            (Verdict::Error, line)
        }
        // Rebuilt bytes are typst's, before any record: compared with the file's.
        Remade::Made {
            bytes: Some(rebuilt),
            ..
        } if rebuilt == provenance::body(bytes) => (
            Verdict::Ok,
            format!("OK: {made}; the sources make the same bytes"),
        ),
        // A joined file (print file, long decision) is compared by what it is made of.
        Remade::Made {
            inputs,
            bytes: None,
        } if inputs == p.inputs => (
            Verdict::Ok,
            format!("OK: {made}; the sources make it from the same inputs"),
        ),
        Remade::Made { .. } => {
            let line = format!("STALE: the sources now make a different file ({made})");
            (Verdict::Fails, line)
        }
    }
}

/// `content/x.yaml at commit 1a2b3c4d5e6f with uncommitted changes, thidua 0.1.0`.
fn made_by(p: &Provenance) -> String {
    let short = crate::git::short;
    let at = match &p.commit {
        Some(c) if p.dirty => format!("at commit {} with uncommitted changes", short(c)),
        Some(c) => format!("at commit {}", short(c)),
        None if p.dirty => "(in git, before its first commit)".to_string(),
        None => "(not in git)".to_string(),
    };
    format!("{} {at}, thidua {}", p.dossier, p.version)
}

/// Finds the certificate whose check code is `typed` in the project at `root`; `Ok(true)`
/// when there is one.
pub fn code(typed: &str, root: &Path) -> Result<bool, Failure> {
    let wanted = code::normal(typed).ok_or_else(|| {
        Failure::Env(anyhow!(
            "`{typed}` is not a check code: eight letters and digits, as `7KQ2-M9XD`"
        ))
    })?;
    let p = engine::prepare(root, &engine::Options::check())?;
    let found = p
        .docs
        .iter()
        .find_map(|doc| Some((doc, doc.facts.owner(&wanted)?)));
    if let Some((doc, owner)) = found {
        let (r, award) = (owner.recipient, owner.award);
        println!("{wanted}: {}", r.display);
        if !r.detail.is_empty() {
            println!("  {}", r.detail);
        }
        println!(
            "  {} — Quyết định số {} ngày {}",
            award.form_name, award.symbol, award.date_short
        );
        let register = match r.register.as_str() {
            "" => "—",
            register => register,
        };
        println!("  Số sổ vàng: {register}");
        println!(
            "  dossier {}, certificate {}",
            doc.dossier_file.display(),
            doc.page_file(owner.page, "pdf").display()
        );
        return Ok(true);
    }
    println!(
        "{wanted}: no certificate the current sources make has this check code (a code \
         changes with what its certificate prints: for one printed from an earlier version, \
         run this in a checkout of that commit)"
    );
    Ok(false)
}
