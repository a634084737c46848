//! The only code that writes files: atomic writes under the output folder.

use anyhow::{bail, Context, Result};
use std::io::Write;
use std::path::{Component, Path, PathBuf};

/// An output folder; every write stays inside it.
pub struct OutDir {
    root: PathBuf,
}

impl OutDir {
    /// The output folder `out` of the project at `project`, refused when it would hold
    /// the project's own sources.
    pub fn new(project: &Path, out: &Path) -> Result<OutDir> {
        let abs = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
        let (proj, o) = (abs(project), abs(out));
        for protected in [
            proj.clone(),
            proj.join("content"),
            proj.join("templates"),
            proj.join("fonts"),
        ] {
            if o == protected || protected.starts_with(&o) {
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
        assert!(OutDir::new(p, &p.join("out")).is_ok());
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
