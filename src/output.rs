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
                bail!(
                    "refusing to write output to `{}`: it holds the project's sources",
                    out.display()
                );
            }
        }
        Ok(OutDir {
            root: out.to_path_buf(),
        })
    }

    /// Removes from the folder `rel` the numbered certificate files thidua names
    /// (`07-nguyen-van-a.pdf`) that are not in `keep`: a recipient taken off the list must not
    /// leave its old certificate, or a shifted number, beside the new ones.
    pub fn prune(&self, rel: &Path, keep: &[PathBuf]) -> Result<usize> {
        let dir = self.root.join(rel);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            return Ok(0);
        };
        let mut removed = 0;
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let (stem, ext) = name.rsplit_once('.').unwrap_or((&name, ""));
            let numbered = stem.split_once('-').is_some_and(|(n, rest)| {
                !n.is_empty()
                    && n.bytes().all(|b| b.is_ascii_digit())
                    && rest
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            });
            if numbered && matches!(ext, "pdf" | "png" | "svg") && !keep.contains(&rel.join(&name))
            {
                std::fs::remove_file(entry.path())
                    .with_context(|| format!("failed to remove `{}`", entry.path().display()))?;
                removed += 1;
            }
        }
        Ok(removed)
    }

    /// Writes `bytes` to `rel` under the folder through a temporary file and a rename, so
    /// a reader never sees a half-written file and a failure leaves the old one intact.
    pub fn write(&self, rel: &Path, bytes: &[u8]) -> Result<()> {
        if !rel.components().all(|c| matches!(c, Component::Normal(_))) {
            bail!(
                "refusing to write `{}` outside the output folder",
                rel.display()
            );
        }
        let path = self.root.join(rel);
        let dir = path.parent().unwrap_or(&self.root);
        std::fs::create_dir_all(dir)
            .with_context(|| format!("failed to create `{}`", dir.display()))?;
        if std::fs::read(&path).is_ok_and(|old| old == bytes) {
            return Ok(());
        }
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
        let result = (|| {
            let mut f = std::fs::File::create(&tmp)?;
            f.write_all(bytes)?;
            f.sync_all()?;
            std::fs::rename(&tmp, &path)
        })();
        if let Err(e) = result {
            let _ = std::fs::remove_file(&tmp);
            return Err(e).with_context(|| format!("failed to write `{}`", path.display()));
        }
        Ok(())
    }
}

/// Creates `path` with `bytes` unless it exists; returns whether it wrote. For `init`,
/// the one command that writes outside `out/`, and never over an existing file.
pub fn create_new(path: &Path, bytes: &[u8]) -> Result<bool> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("failed to create `{}`", dir.display()))?;
    }
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
    {
        Ok(mut f) => {
            f.write_all(bytes)
                .with_context(|| format!("failed to write `{}`", path.display()))?;
            Ok(true)
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
        Err(e) => Err(e).with_context(|| format!("failed to create `{}`", path.display())),
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
}
