//! The sources a record names, and the files they make: a commit's checked out into a
//! temporary folder (once per commit), or the working tree; each document made once into
//! a temporary output folder, stamped as the record says it was, for every file of it
//! that is verified (a print file and its thousand certificates make one rebuild).

use crate::engine::{self, Export, Recorded};
use crate::git::{self, Origin, Repo};
use crate::kinds::Selection;
use crate::provenance::{self, Provenance};
use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};
use std::time::Duration;

/// Sources a record names, ready to build from.
pub struct Sources {
    /// The project's folder.
    pub root: PathBuf,
    /// What they are, in a verdict: `the sources at commit 1a2b3c4d5e6f`, `the sources in
    /// the working tree`.
    pub said: String,
    /// What their files record of them.
    origin: Option<Origin>,
}

/// The commits checked out and the documents made so far.
pub struct Rebuilds {
    timeout: Duration,
    /// Each commit's checkout of a project (by its folder and the commit): its temporary
    /// folder and the project's folder in it.
    commits: HashMap<(PathBuf, String), (tempfile::TempDir, Option<PathBuf>)>,
    /// Each document made: its output folder (`None`: the sources no longer make it).
    made: HashMap<String, Result<Option<tempfile::TempDir>, String>>,
}

impl Rebuilds {
    pub fn new(timeout: Duration) -> Rebuilds {
        Rebuilds {
            timeout,
            commits: HashMap::new(),
            made: HashMap::new(),
        }
    }

    /// The sources record `p` names for the project at `root`: its commit's, when it was
    /// made from a commit alone; the working tree's when made outside git, or from
    /// uncommitted changes on the commit checked out now. Why it cannot be checked here
    /// otherwise (a commit not in this repository, changes no longer there).
    pub fn sources(&mut self, root: &Path, p: &Provenance) -> Result<Sources, String> {
        let tree = |origin| Sources {
            root: root.to_path_buf(),
            said: t!("verify-sources-tree"),
            origin,
        };
        match (&p.commit, p.dirty) {
            // Made outside git: the sources are where it says, if they still are.
            (None, false) => match Repo::origin(root, &[]) {
                None => Ok(tree(None)),
                Some(_) => Err(t!("verify-no-repository")),
            },
            (Some(commit), false) => self.checkout(root, commit),
            (claimed, true) => {
                // What git cannot read (a folder it does not trust) says nothing of changes.
                Repo::of(root)
                    .map_err(|e| t!("verify-git-unreadable", error = format!("{e:#}")))?;
                let now = Repo::origin(root, &[]).ok_or_else(|| t!("verify-not-in-git"))?;
                if now.commit != *claimed {
                    let at = match now.commit.as_deref() {
                        Some(c) => t!("verify-other-commit", commit = git::short(c)),
                        None => t!("verify-other-no-commit"),
                    };
                    return Err(at);
                }
                if !now.dirty {
                    return Err(t!("verify-changes-gone"));
                }
                Ok(tree(Some(now)))
            }
        }
    }

    /// The project at `commit`, checked out once.
    fn checkout(&mut self, root: &Path, commit: &str) -> Result<Sources, String> {
        let short = git::short(commit);
        let key = (root.to_path_buf(), commit.to_string());
        if !self.commits.contains_key(&key) {
            let repo = Repo::of(root).map_err(|e| {
                t!(
                    "verify-names-commit",
                    commit = &short,
                    error = format!("{e:#}")
                )
            })?;
            // The record names a whole commit id; an abbreviation or a branch is no record's.
            let found = repo.commit(commit).ok().filter(|id| id == commit);
            if found.is_none() {
                return Err(t!("verify-commit-missing", commit = &short));
            }
            let copy =
                tempfile::tempdir().map_err(|e| t!("verify-temporary", error = e.to_string()))?;
            // Known before anything is written into it: Ctrl-C during the checkout too.
            crate::deadline::remove_on_give_up(copy.path());
            let project = repo
                .export(commit, copy.path())
                .map_err(|e| format!("{e:#}"))?;
            self.commits.insert(key.clone(), (copy, project));
        }
        let (_, project) = &self.commits[&key];
        let root = project
            .clone()
            .ok_or_else(|| t!("verify-no-project-at", commit = &short))?;
        Ok(Sources {
            root,
            said: t!("verify-sources-commit", commit = &short),
            origin: Some(Origin {
                commit: Some(commit.to_string()),
                dirty: false,
            }),
        })
    }

    /// The bytes `sources` make of the file record `p` names, built with `options` and
    /// recorded as made from them; `None` when they make no such file.
    pub fn file(
        &mut self,
        sources: &Sources,
        options: &provenance::Options,
        p: &Provenance,
    ) -> Result<Option<Vec<u8>>, String> {
        // Only a path inside the output folder is a file of a build.
        let inside = Path::new(&p.file)
            .components()
            .all(|c| matches!(c, Component::Normal(_)));
        if !inside || p.file.is_empty() {
            return Ok(None);
        }
        let document = p.unit.split('#').next().unwrap_or_default().to_string();
        let key = format!(
            "{}\n{:?}\n{}\n{}\n{document}",
            sources.root.display(),
            sources.origin,
            options.line(),
            p.dossier
        );
        let timeout = self.timeout;
        let made = self
            .made
            .entry(key)
            .or_insert_with(|| build(sources, options, (&p.dossier, &document), timeout));
        match made {
            Err(e) => Err(e.clone()),
            Ok(None) => Ok(None),
            Ok(Some(out)) => Ok(std::fs::read(out.path().join(&p.file)).ok()),
        }
    }
}

/// Document `document` of `dossier` made from `sources` with `options`, into an output
/// folder of its own; `None` when the sources do not make it.
fn build(
    sources: &Sources,
    options: &provenance::Options,
    (dossier, document): (&str, &str),
    timeout: Duration,
) -> Result<Option<tempfile::TempDir>, String> {
    let out = tempfile::tempdir().map_err(|e| t!("verify-temporary", error = e.to_string()))?;
    crate::deadline::remove_on_give_up(out.path());
    let options = engine::Options {
        draft: options.draft,
        // Every electronic version planned: the file may be one.
        electronic: true,
        selection: Selection {
            pattern: glob::Pattern::new(&glob::Pattern::escape(dossier)).ok(),
            changed: None,
        },
        out: Some(out.path().to_path_buf()),
        // The previews too, as they shape what the record says of the inputs (a preview's
        // size was checked when the record was read); the record written as a build
        // writes it, so that one written otherwise is found.
        export: Export::recorded_in(options),
        reuse: false,
        timeout,
        origin: Recorded::As(sources.origin.clone()),
        ..engine::Options::check()
    };
    let mut prepared = engine::prepare(&sources.root, &options).map_err(|f| match f {
        crate::diagnostic::Failure::Input(d) => {
            t!("verify-problems", count = d.len())
        }
        crate::diagnostic::Failure::Env(e) => format!("{e:#}"),
    })?;
    prepared.docs.retain(|d| d.key == document);
    if prepared.docs.is_empty() {
        return Ok(None);
    }
    let ran = engine::run(&prepared, &options, &|| {}).map_err(|f| match f {
        crate::diagnostic::Failure::Input(d) => d
            .first()
            .map_or_else(|| t!("verify-fails"), |d| d.message.clone()),
        crate::diagnostic::Failure::Env(e) => format!("{e:#}"),
    })?;
    if let Some(problem) = ran.settled.problems.first() {
        return Err(problem.message.clone());
    }
    Ok(Some(out))
}
