//! `thidua diff [OLD] [NEW]`: what a change does to the documents, between two git
//! revisions or a revision and the working tree, read without touching either.

use crate::cli::DiffFormat;
use crate::diagnostic::Failure;
use crate::engine::{self, Prepared};
use crate::git::Repo;
use crate::review::{self, Review};
use anyhow::anyhow;
use std::path::Path;

/// Prints the review of the change from `old` (default `HEAD`) to `new` (default the
/// working tree) of the project at `dir`; `Ok(true)` when the documents are the same.
pub fn run(
    old: Option<&str>,
    new: Option<&str>,
    dir: &Path,
    format: DiffFormat,
) -> Result<bool, Failure> {
    // The project this folder is in (a diff run elsewhere would compare nothing).
    let dir = &crate::load::find_project(dir).ok_or_else(|| {
        Failure::Env(anyhow!(
            "{}",
            t!("diff-no-project", dir = dir.display().to_string())
        ))
    })?;
    let repo = Repo::of(dir).map_err(Failure::Env)?;
    // JSON is read by scripts: its values (labels, `3 entries`) are English in every
    // language; what is said to the user on the way stays in theirs.
    let scripts = match format {
        DiffFormat::Json => crate::lang::Lang::En,
        _ => crate::lang::current(),
    };
    let old_rev = old.unwrap_or("HEAD");
    let (old_project, old_label, _old_dir) = at(&repo, old_rev, scripts)?;
    let (new_project, new_label, _new_dir) = match new {
        Some(rev) => at(&repo, rev, scripts)?,
        None => {
            let said = t!("diff-working-tree");
            let label = crate::lang::with(scripts, || t!("diff-working-tree"));
            (Some(load(dir, &said)?), label, None)
        }
    };
    let labels = (old_label, new_label);
    let review = crate::lang::with(scripts, || {
        Review::of(old_project.as_ref(), new_project.as_ref(), labels)
    });
    let shown = match format {
        DiffFormat::Text => review::text(&review),
        DiffFormat::Markdown => review::markdown(&review),
        DiffFormat::Json => review::json(&review),
    };
    super::show(&shown);
    Ok(!review.differs())
}

/// A version of the project: `None` where it had no files yet.
type Version = (Option<Prepared>, String, Option<tempfile::TempDir>);

/// The project as it was at `rev`: loaded from a temporary copy (kept while in use), and
/// its label (`HEAD~1 (1a2b3c4d5e6f)`).
fn at(repo: &Repo, rev: &str, scripts: crate::lang::Lang) -> Result<Version, Failure> {
    let commit = repo.commit(rev).map_err(Failure::Env)?;
    let label = format!("{rev} ({})", crate::git::short(&commit));
    let copy = tempfile::tempdir()
        .map_err(|e| Failure::Env(anyhow!("{}", t!("diff-temporary", error = e.to_string()))))?;
    let Some(root) = repo.export(&commit, copy.path()).map_err(Failure::Env)? else {
        let label = crate::lang::with(scripts, || t!("diff-without-project", label = &label));
        return Ok((None, label, Some(copy)));
    };
    let prepared = load(&root, &label)?;
    Ok((Some(prepared), label, Some(copy)))
}

/// The project at `root` planned, its problems printed as those of `label`.
fn load(root: &Path, label: &str) -> Result<Prepared, Failure> {
    engine::prepare(root, &engine::Options::check()).map_err(|f| match f {
        Failure::Input(diags) => {
            super::say(&t!("diff-has-errors", label = label));
            super::report(root, diags);
            Failure::Env(anyhow!("{}", t!("diff-cannot-compare", label = label)))
        }
        Failure::Env(e) => {
            let error = format!("{e:#}");
            Failure::Env(anyhow!("{}", t!("diff-at", label = label, error = error)))
        }
    })
}
