//! The only code that writes files: atomic writes under the output folder.

use anyhow::{bail, Context, Result};
use std::io::Write;
use std::path::{Component, Path, PathBuf};

/// An absolute path with `.` and `..` resolved lexically (links are not followed).
fn normal(p: &Path) -> PathBuf {
    let abs = std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let mut out = PathBuf::new();
    for c in abs.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            c => out.push(c),
        }
    }
    out
}

/// An output folder; every write stays inside it.
pub struct OutDir {
    root: PathBuf,
}

impl OutDir {
    /// The output folder `out` of the project at `project`, refused when it would hold
    /// the project's own sources.
    pub fn new(project: &Path, out: &Path) -> Result<OutDir> {
        let (proj, o) = (normal(project), normal(out));
        let sources = ["content", "templates", "fonts", "assets"].map(|d| proj.join(d));
        for protected in std::iter::once(proj.clone()).chain(sources) {
            let inside = protected != proj && o.starts_with(&protected);
            if o == protected || protected.starts_with(&o) || inside {
                bail!(t!("output-holds-sources", path = out.display().to_string()));
            }
        }
        Ok(OutDir {
            root: out.to_path_buf(),
        })
    }

    /// The folder itself.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Marks a build under way; when the last one did not end (killed), first removes the
    /// temporary files it left. The mark is written in place (a kill while it is written
    /// leaves it, or nothing), before any temporary file can exist.
    pub fn begin(&self) -> Result<()> {
        let marker = self.root.join(BUILDING);
        if std::fs::symlink_metadata(&marker).is_ok() {
            let walk = walkdir::WalkDir::new(&self.root)
                .into_iter()
                .filter_map(Result::ok);
            for e in walk.filter(|e| e.file_type().is_file() || e.file_type().is_symlink()) {
                let name = e.file_name().to_string_lossy();
                if is_temporary(&name) && !of_a_running_build(&name) {
                    let _ = std::fs::remove_file(e.path());
                }
            }
            // Never written through: a link there is replaced.
            let _ = std::fs::remove_file(&marker);
        }
        std::fs::create_dir_all(&self.root).with_context(|| {
            t!(
                "output-cannot-create",
                path = self.root.display().to_string()
            )
        })?;
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&marker)
            .map(drop)
            .with_context(|| t!("output-cannot-write", path = marker.display().to_string()))
    }

    /// Marks the build ended.
    pub fn end(&self) {
        let _ = std::fs::remove_file(self.root.join(BUILDING));
    }

    /// Removes the file `rel` that thidua made earlier (gone already is fine), then the
    /// folders it leaves empty, up to the output folder. A link on the way is not
    /// followed: the file is left alone.
    pub fn remove(&self, rel: &Path) -> Result<()> {
        let path = self.inside(rel)?;
        if self.links(rel).any(|at| at != path) {
            return Ok(());
        }
        match std::fs::remove_file(&path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                return Err(e)
                    .with_context(|| t!("output-cannot-remove", path = path.display().to_string()))
            }
        }
        let mut dir = path.parent();
        while let Some(d) = dir.filter(|d| *d != self.root && d.starts_with(&self.root)) {
            if std::fs::remove_dir(d).is_err() {
                break;
            }
            dir = d.parent();
        }
        Ok(())
    }

    /// `rel` under the folder, refused when it would leave it.
    fn inside(&self, rel: &Path) -> Result<PathBuf> {
        if !rel.components().all(|c| matches!(c, Component::Normal(_))) {
            bail!(t!("output-outside", path = rel.display().to_string()));
        }
        Ok(self.root.join(rel))
    }

    /// The symbolic links on the way from the folder to `rel`, `rel` included.
    fn links<'a>(&'a self, rel: &'a Path) -> impl Iterator<Item = PathBuf> + 'a {
        let mut at = self.root.clone();
        rel.components()
            .map(move |c| {
                at.push(c);
                at.clone()
            })
            .map_while(|at| Some((std::fs::symlink_metadata(&at).ok()?, at)))
            .filter(|(m, _)| m.file_type().is_symlink())
            .map(|(_, at)| at)
    }

    /// Writes `bytes` to `rel` under the folder at once (see [`OutDir::stage`]).
    pub fn write(&self, rel: &Path, bytes: &[u8]) -> Result<()> {
        match self.stage(rel, bytes)? {
            Some(staged) => staged.commit(),
            None => Ok(()),
        }
    }

    /// Prepares writing `bytes` to `rel`, to be put in place by [`Staged::commit`]: a
    /// document that fails leaves its old files intact. The bytes go to a temporary file
    /// beside their place (created anew, never through a link), then a rename puts them
    /// in place, so a reader never sees a file half written and a killed build leaves
    /// only temporary files, which the next build removes. A link planted in the folder
    /// is removed, never followed. `None` when the file already holds these bytes (it is
    /// left alone, mtime and all).
    pub fn stage(&self, rel: &Path, bytes: &[u8]) -> Result<Option<Staged>> {
        let path = self.place(rel)?;
        if std::fs::read(&path).is_ok_and(|old| old == bytes) {
            return Ok(None);
        }
        let (mut file, staged) = self.temporary(rel)?;
        // No fsync: the rename keeps readers and interrupted builds safe; durability
        // against power loss is left to the system, as for any file written by a tool.
        file.write_all(bytes).with_context(|| {
            t!(
                "output-cannot-write",
                path = staged.path.display().to_string()
            )
        })?;
        Ok(Some(staged))
    }

    /// A temporary file beside `rel`'s place, created anew, to be written and then put in
    /// place by [`Staged::commit`] (also for a file too large to hold in memory).
    pub fn temporary(&self, rel: &Path) -> Result<(std::fs::File, Staged)> {
        let path = self.place(rel)?;
        let staged = Staged {
            number: temporary_number(),
            path,
            committed: false,
        };
        let file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(staged.temporary())
            .with_context(|| {
                t!(
                    "output-cannot-write",
                    path = staged.path.display().to_string()
                )
            })?;
        Ok((file, staged))
    }

    /// The place of `rel`, ready to take a file: the links on the way removed (never
    /// followed), its folder made.
    fn place(&self, rel: &Path) -> Result<PathBuf> {
        let path = self.inside(rel)?;
        let links: Vec<PathBuf> = self.links(rel).collect();
        for link in links {
            std::fs::remove_file(&link).with_context(|| {
                t!(
                    "output-cannot-remove-link",
                    path = link.display().to_string()
                )
            })?;
        }
        let dir = path.parent().unwrap_or(&self.root);
        std::fs::create_dir_all(dir)
            .with_context(|| t!("output-cannot-create", path = dir.display().to_string()))?;
        Ok(path)
    }
}

/// The file that marks a build under way in the output folder.
const BUILDING: &str = ".thidua-building";

/// The start of every temporary file's name, which tells them from anything else.
const TEMPORARY: &str = ".thidua-";

/// A new temporary file's number, which names it (see [`temporary_name`]).
fn temporary_number() -> u64 {
    static COUNT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    COUNT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// The temporary file name of number `n`, short whatever the final name's length: this
/// process's id and the number.
fn temporary_name(n: u64) -> String {
    format!("{TEMPORARY}{}-{n}.tmp", std::process::id())
}

/// Whether the temporary file `name` is another thidua's still running (on Linux, whose
/// `/proc` tells; elsewhere every one left is taken for a killed build's).
fn of_a_running_build(name: &str) -> bool {
    let pid = name
        .strip_prefix(TEMPORARY)
        .and_then(|rest| rest.split('-').next())
        .filter(|pid| *pid != std::process::id().to_string());
    pid.is_some_and(|pid| Path::new("/proc").join(pid).is_dir())
}

/// Whether `name` is a temporary file thidua writes before putting a file in place.
fn is_temporary(name: &str) -> bool {
    name.starts_with(TEMPORARY) && name.ends_with(".tmp")
}

/// A file written beside its place (or, when new, in it), waiting to be committed;
/// dropped uncommitted, what was written is removed.
#[derive(Debug)]
pub struct Staged {
    /// Its temporary file's number: the name is made when needed, since a build holds a
    /// staged file per certificate until it puts them in place.
    number: u64,
    path: PathBuf,
    committed: bool,
}

impl Staged {
    /// The temporary file, as written so far (beside its place).
    pub fn temporary(&self) -> PathBuf {
        let dir = self.path.parent().unwrap_or(Path::new(""));
        dir.join(temporary_name(self.number))
    }

    /// Puts the file in place.
    pub fn commit(mut self) -> Result<()> {
        std::fs::rename(self.temporary(), &self.path).with_context(|| {
            t!(
                "output-cannot-write",
                path = self.path.display().to_string()
            )
        })?;
        self.committed = true;
        Ok(())
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_file(self.temporary());
        }
    }
}

/// Creates `path` with `bytes` unless it exists; returns whether it wrote. For `init`,
/// the one command that writes outside `out/`, and never over an existing file.
pub fn create_new(path: &Path, bytes: &[u8]) -> Result<bool> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)
            .with_context(|| t!("output-cannot-create", path = dir.display().to_string()))?;
    }
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
    {
        Ok(mut f) => {
            f.write_all(bytes)
                .with_context(|| t!("output-cannot-write", path = path.display().to_string()))?;
            Ok(true)
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
        Err(e) => {
            Err(e).with_context(|| t!("output-cannot-create", path = path.display().to_string()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_project_folders() {
        let p = Path::new("/tmp/proj");
        assert!(OutDir::new(p, p).is_err());
        assert!(OutDir::new(p, &p.join("content")).is_err());
        assert!(OutDir::new(p, &p.join("templates")).is_err());
        assert!(OutDir::new(p, Path::new("/tmp")).is_err());
        assert!(OutDir::new(p, &p.join("content/..")).is_err());
        assert!(OutDir::new(p, &p.join("content/x")).is_err());
        assert!(OutDir::new(p, &p.join("templates/out")).is_err());
        assert!(OutDir::new(p, &p.join("out")).is_ok());
        assert!(OutDir::new(p, &p.join("./out/../out")).is_ok());
        assert!(OutDir::new(p, Path::new("/tmp/elsewhere")).is_ok());
    }

    #[test]
    fn writes_atomically_inside_only() {
        let dir = std::env::temp_dir().join(format!("thidua-out-test-{}", std::process::id()));
        let out = OutDir { root: dir.clone() };
        out.write(Path::new("a/b.pdf"), b"x").unwrap();
        assert_eq!(std::fs::read(dir.join("a/b.pdf")).unwrap(), b"x");
        assert!(out.write(Path::new("../evil"), b"x").is_err());
        assert_eq!(
            std::fs::read_dir(dir.join("a")).unwrap().count(),
            1,
            "no temporary file left"
        );
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn staged_files_appear_only_when_committed() {
        let dir = std::env::temp_dir().join(format!("thidua-stage-test-{}", std::process::id()));
        let out = OutDir { root: dir.clone() };
        out.write(Path::new("old.pdf"), b"old").unwrap();
        // Dropped uncommitted: the old file keeps its bytes, a new one is gone.
        drop(out.stage(Path::new("old.pdf"), b"new").unwrap());
        drop(out.stage(Path::new("new.pdf"), b"new").unwrap());
        assert_eq!(std::fs::read(dir.join("old.pdf")).unwrap(), b"old");
        assert!(!dir.join("new.pdf").exists());
        assert_eq!(
            std::fs::read_dir(&dir).unwrap().count(),
            1,
            "no temporary file left"
        );
        // Committed: both hold the new bytes; unchanged bytes stage nothing.
        out.stage(Path::new("old.pdf"), b"new")
            .unwrap()
            .unwrap()
            .commit()
            .unwrap();
        out.stage(Path::new("new.pdf"), b"new")
            .unwrap()
            .unwrap()
            .commit()
            .unwrap();
        assert_eq!(std::fs::read(dir.join("old.pdf")).unwrap(), b"new");
        assert_eq!(std::fs::read(dir.join("new.pdf")).unwrap(), b"new");
        assert!(out.stage(Path::new("new.pdf"), b"new").unwrap().is_none());
        std::fs::remove_dir_all(dir).unwrap();
    }
}
