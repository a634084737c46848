//! What git knows of a project: the commit its sources come from, whether they have
//! changes not committed, and the project as it was at a revision, read through the
//! `git` program (every clone has it; a library would add minutes to the build).

use anyhow::{anyhow, bail, Context, Result};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The repository a project is in, and where the project is inside it.
#[derive(Debug, Clone)]
pub struct Repo {
    /// The project folder.
    dir: PathBuf,
    /// The project's folder relative to the repository's top (`""` at the top, else `a/b/`).
    pub prefix: String,
    /// A clone with part of the history only.
    pub shallow: bool,
}

/// Where a build's sources come from, as the PDFs record it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Origin {
    /// The commit checked out (40 hex digits), when the project is in git.
    pub commit: Option<String>,
    /// Whether the project's files differ from that commit (changed, added, removed).
    pub dirty: bool,
}

/// `git ARGS` run in `dir`: its standard output, or its first line of complaint.
fn git(dir: &Path, args: &[&str]) -> Result<Vec<u8>> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => {
                anyhow!("the `git` program is not installed (it is needed to read revisions)")
            }
            _ => anyhow!("could not run git: {e}"),
        })?;
    if out.status.success() {
        return Ok(out.stdout);
    }
    let said = String::from_utf8_lossy(&out.stderr);
    let first = said.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    bail!(
        "git {}: {}",
        args.join(" "),
        first.trim_start_matches("fatal: ")
    )
}

fn text(bytes: Vec<u8>) -> String {
    String::from_utf8_lossy(&bytes).trim().to_string()
}

impl Repo {
    /// The repository holding the project at `dir`, or why there is none.
    pub fn of(dir: &Path) -> Result<Repo> {
        let inside = git(dir, &["rev-parse", "--is-inside-work-tree"]);
        if !matches!(inside.as_deref(), Ok(b"true\n")) {
            if let Err(e) = &inside {
                if e.to_string().contains("not installed") {
                    return Err(inside.unwrap_err());
                }
            }
            bail!(
                "`{}` is not inside a git repository: `git init` and commit the project to compare versions of it",
                dir.display()
            );
        }
        let prefix = text(git(dir, &["rev-parse", "--show-prefix"])?);
        let shallow = text(git(dir, &["rev-parse", "--is-shallow-repository"])?) == "true";
        Ok(Repo {
            dir: dir.to_path_buf(),
            prefix,
            shallow,
        })
    }

    /// The commit `rev` names (40 hex digits), or a message that says why not.
    pub fn commit(&self, rev: &str) -> Result<String> {
        if rev.starts_with('-') {
            bail!("`{rev}` is not a revision");
        }
        let spec = format!("{rev}^{{commit}}");
        match git(&self.dir, &["rev-parse", "--verify", "--quiet", &spec]) {
            Ok(id) if !id.is_empty() => Ok(text(id)),
            _ if self.shallow => bail!(
                "there is no revision `{rev}` in this shallow clone (only part of the history was fetched): fetch more of it (`git fetch --unshallow`, or `fetch-depth: 0` in CI)"
            ),
            _ => bail!("there is no revision `{rev}` in this repository (see `git log --oneline`)"),
        }
    }

    /// Where the sources at `dir` come from: the commit checked out and whether the
    /// project's files, but for the output folder `out`, have changes not committed.
    /// `None` outside git (or without git).
    pub fn origin(dir: &Path, out: &Path) -> Option<Origin> {
        let repo = Repo::of(dir).ok()?;
        let commit = repo.commit("HEAD").ok();
        // Untracked files count: a new dossier is a change; what thidua writes does not.
        let mut args = vec!["status", "--porcelain", "--untracked-files=all", "--", "."];
        let abs = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
        let skip = abs(out)
            .strip_prefix(abs(dir))
            .ok()
            .map(|rel| format!(":(exclude){}", rel.to_string_lossy()));
        if let Some(skip) = skip.as_deref().filter(|s| s.len() > ":(exclude)".len()) {
            args.push(skip);
        }
        let status = git(dir, &args);
        let dirty = status.map(|s| !s.is_empty()).unwrap_or(true);
        Some(Origin { commit, dirty })
    }

    /// Writes the project's files as they were at `commit` under `dest` (the project's
    /// own folder only), without touching the working tree, the index or `out/`.
    pub fn export(&self, commit: &str, dest: &Path) -> Result<()> {
        let prefix = self.prefix.trim_end_matches('/');
        let mut args = vec!["ls-tree", "-r", "-z", "--full-tree", commit];
        if !prefix.is_empty() {
            args.extend(["--", prefix]);
        }
        let listing = git(&self.dir, &args)?;
        let mut files = Vec::new();
        for entry in listing.split(|&b| b == 0).filter(|e| !e.is_empty()) {
            let entry = String::from_utf8_lossy(entry);
            let (head, path) = entry
                .split_once('\t')
                .context("unexpected `git ls-tree` output")?;
            let mut words = head.split(' ');
            let (mode, kind, id) = (words.next(), words.next(), words.next());
            let (Some(mode), Some("blob"), Some(id)) = (mode, kind, id) else {
                continue; // a submodule: not part of the project's sources
            };
            let rel = path
                .strip_prefix(prefix)
                .unwrap_or(path)
                .trim_start_matches('/');
            files.push((mode.to_string(), id.to_string(), rel.to_string()));
        }
        if files.is_empty() {
            bail!(
                "the project folder `{prefix}` is not in commit {}",
                &commit[..12.min(commit.len())]
            );
        }
        self.write_blobs(&files, dest)
    }

    /// Streams the blobs `files` (mode, id, relative path) out of `git cat-file --batch`.
    fn write_blobs(&self, files: &[(String, String, String)], dest: &Path) -> Result<()> {
        let mut child = Command::new("git")
            .arg("-C")
            .arg(&self.dir)
            .args(["cat-file", "--batch"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .context("could not run `git cat-file`")?;
        let mut input = child.stdin.take().context("git's input")?;
        let ids: Vec<String> = files.iter().map(|(_, id, _)| format!("{id}\n")).collect();
        // Written from a thread: git answers while it reads, and its pipe would fill.
        let writer = std::thread::spawn(move || {
            for id in ids {
                if input.write_all(id.as_bytes()).is_err() {
                    break;
                }
            }
        });
        let mut output = BufReader::new(child.stdout.take().context("git's output")?);
        for (mode, _, rel) in files {
            let mut header = String::new();
            output.read_line(&mut header)?;
            let size: usize = header
                .split(' ')
                .nth(2)
                .and_then(|s| s.trim().parse().ok())
                .with_context(|| format!("git could not read `{rel}`: {}", header.trim()))?;
            let mut bytes = vec![0; size + 1];
            output.read_exact(&mut bytes)?;
            bytes.pop();
            let path = safe_join(dest, rel)?;
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            place(&path, mode, bytes)?;
        }
        let _ = writer.join();
        let _ = child.wait();
        Ok(())
    }
}

/// `dest/rel`, refused when `rel` would lead outside `dest`.
fn safe_join(dest: &Path, rel: &str) -> Result<PathBuf> {
    let rel = Path::new(rel);
    let plain = rel
        .components()
        .all(|c| matches!(c, std::path::Component::Normal(_)));
    if !plain {
        bail!("unexpected path `{}` in the repository", rel.display());
    }
    Ok(dest.join(rel))
}

/// Writes one file of a commit: a link as a link (on Unix), else its bytes.
fn place(path: &Path, mode: &str, bytes: Vec<u8>) -> Result<()> {
    #[cfg(unix)]
    if mode == "120000" {
        let target = String::from_utf8_lossy(&bytes).to_string();
        return std::os::unix::fs::symlink(target, path)
            .with_context(|| format!("failed to write `{}`", path.display()));
    }
    let _ = mode;
    std::fs::write(path, bytes).with_context(|| format!("failed to write `{}`", path.display()))
}
