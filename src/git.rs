//! What git knows of a project: the commit its sources come from, whether they have
//! changes not committed, and the project as it was at a revision, read through the
//! `git` program (every clone has it; a library would add minutes to the build).

use anyhow::{anyhow, bail, Context, Result};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The repository a project is in, and where the project is inside it.
#[derive(Debug, Clone)]
pub struct Repo {
    /// The project folder.
    dir: PathBuf,
    /// The repository's top folder (where paths of a commit start).
    top: PathBuf,
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

/// A commit as people quote it: its first 12 digits (cut by characters: a record read
/// from a file that may have been edited can hold anything).
pub fn short(commit: &str) -> String {
    commit.chars().take(12).collect()
}

/// What a project's sources are, under its folder.
const SOURCES: [&str; 5] = ["thidua.yaml", "content", "templates", "assets", "fonts"];

/// `git ARGS` run in `dir`: its standard output, or its first line of complaint.
fn git(dir: &Path, args: &[&str]) -> Result<Vec<u8>> {
    let out = program(dir)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => {
                anyhow!(t!("git-not-installed"))
            }
            _ => anyhow!(t!("git-cannot-run", error = e.to_string())),
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

/// Whether a `.git` stands in `dir` or a folder above it.
fn in_a_repository(dir: &Path) -> bool {
    let dir = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
    dir.ancestors().any(|d| d.join(".git").exists())
}

/// The git program run in `dir`, whatever repository a calling hook or script named.
fn program(dir: &Path) -> Command {
    let mut git = Command::new("git");
    git.arg("-C").arg(dir);
    for var in ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_PREFIX"] {
        git.env_remove(var);
    }
    // A revision is the repository's own objects (no `git replace` stands in for one),
    // and reading it runs none of its hooks.
    git.env("GIT_NO_REPLACE_OBJECTS", "1");
    git.args([
        "-c",
        "core.hooksPath=/dev/null",
        "-c",
        "core.fsmonitor=false",
    ]);
    git
}

/// The project folder is in no git repository (matched on by type, not by its words).
#[derive(Debug)]
struct NotInRepository(PathBuf);

impl std::fmt::Display for NotInRepository {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let dir = self.0.display().to_string();
        f.write_str(&t!("git-not-in-repository", dir = dir))
    }
}

impl std::error::Error for NotInRepository {}

/// A line git printed, without its newline (a folder's name may end in spaces).
fn text(bytes: Vec<u8>) -> String {
    let s = String::from_utf8_lossy(&bytes);
    s.strip_suffix('\n').unwrap_or(&s).to_string()
}

/// Why git cannot read the repository the project at `dir` lies in, when one stands
/// there and git cannot (not installed, a folder it does not trust); its files then
/// record nothing as clean.
pub fn unreadable(dir: &Path) -> Option<String> {
    if !in_a_repository(dir) {
        return None;
    }
    match Repo::of(dir) {
        Err(e) if !e.is::<NotInRepository>() => Some(format!("{e:#}")),
        _ => None,
    }
}

impl Repo {
    /// The repository holding the project at `dir`, or why there is none (git's own
    /// words when it is something else than no repository: a folder it does not trust).
    pub fn of(dir: &Path) -> Result<Repo> {
        match git(dir, &["rev-parse", "--is-inside-work-tree"]) {
            Ok(inside) if inside == b"true\n" => {}
            Err(e) if !e.to_string().contains("not a git repository") => return Err(e),
            _ => return Err(NotInRepository(dir.to_path_buf()).into()),
        }
        let prefix = text(git(dir, &["rev-parse", "--show-prefix"])?);
        let top = PathBuf::from(text(git(dir, &["rev-parse", "--show-toplevel"])?));
        let shallow = text(git(dir, &["rev-parse", "--is-shallow-repository"])?) == "true";
        Ok(Repo {
            dir: dir.to_path_buf(),
            top,
            prefix,
            shallow,
        })
    }

    /// The commit `rev` names (40 hex digits), or a message that says why not.
    pub fn commit(&self, rev: &str) -> Result<String> {
        if rev.starts_with('-') {
            bail!(t!("git-not-a-revision", rev = rev));
        }
        let spec = format!("{rev}^{{commit}}");
        match git(&self.dir, &["rev-parse", "--verify", "--quiet", &spec]) {
            Ok(id) if !id.is_empty() => Ok(text(id)),
            _ if self.shallow => bail!(t!("git-no-revision-shallow", rev = rev)),
            _ => bail!(t!("git-no-revision", rev = rev)),
        }
    }

    /// Where the sources at `dir` come from: the commit checked out and whether the
    /// project's sources (thidua.yaml, content, templates, assets, fonts, and the lists
    /// `more` its dossiers read wherever they lie) have changes not committed, new files
    /// among them; other files, and what thidua writes, do not count. `None` outside git
    /// (or without git).
    pub fn origin(dir: &Path, more: &[PathBuf]) -> Option<Origin> {
        let repo = match Repo::of(dir) {
            Ok(repo) => repo,
            // In no repository, or git missing where no `.git` is found above: not in git.
            Err(e) if e.is::<NotInRepository>() => return None,
            Err(_) if !in_a_repository(dir) => return None,
            // A repository git cannot read (not installed, a folder it does not trust):
            // nothing is known of it, so nothing is claimed clean.
            Err(_) => {
                return Some(Origin {
                    commit: None,
                    dirty: true,
                })
            }
        };
        let commit = repo.commit("HEAD").ok();
        let mut args = vec!["status", "--porcelain", "--untracked-files=all", "--"];
        args.extend(SOURCES);
        let more: Vec<String> = more
            .iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect();
        args.extend(more.iter().map(String::as_str));
        let status = git(dir, &args);
        let dirty = status.map(|s| !s.is_empty()).unwrap_or(true);
        Some(Origin { commit, dirty })
    }

    /// Writes the project's files as they were at `commit` under `dest`, as a checkout
    /// would (through git's filters: line ends, Git LFS; links as links), without
    /// touching the working tree, the index or `out/`: the repository's files are read
    /// into an index of `dest`'s own, and the project's alone written out. The project's
    /// folder in the copy, or `None` when it had no project then (added or moved since).
    pub fn export(&self, commit: &str, dest: &Path) -> Result<Option<PathBuf>> {
        let prefix = self.prefix.trim_end_matches('/');
        let mut args = vec!["ls-tree", "-r", "-z", "--full-tree", "--name-only", commit];
        if !prefix.is_empty() {
            args.extend(["--", prefix]);
        }
        let listing = git(&self.dir, &args)?;
        let config = if prefix.is_empty() {
            "thidua.yaml".to_string()
        } else {
            format!("{prefix}/thidua.yaml")
        };
        if !listing.split(|&b| b == 0).any(|p| p == config.as_bytes()) {
            return Ok(None);
        }
        let index = dest.join("index");
        let tree = dest.join("tree");
        let indexed = program(&self.top)
            .env("GIT_INDEX_FILE", &index)
            .args(["read-tree", commit])
            .output()?;
        if !indexed.status.success() {
            bail!(
                "git read-tree: {}",
                String::from_utf8_lossy(&indexed.stderr).trim()
            );
        }
        // From the top: the paths given are the commit's, not the project folder's.
        let mut checkout = program(&self.top)
            .env("GIT_INDEX_FILE", &index)
            .arg("checkout-index")
            .arg(format!("--prefix={}/", tree.display()))
            .args(["-z", "--stdin"])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .with_context(|| t!("git-cannot-run-checkout"))?;
        let mut input = checkout.stdin.take().with_context(|| t!("git-input"))?;
        // Submodules are listed but have no files: git says so and goes on.
        let writer = std::thread::spawn(move || input.write_all(&listing));
        let done = checkout.wait_with_output()?;
        let _ = writer.join();
        if !done.status.success() {
            bail!(
                "git checkout-index: {}",
                String::from_utf8_lossy(&done.stderr).trim()
            );
        }
        Ok(Some(tree.join(prefix)))
    }
}
