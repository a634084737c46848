//! Which dossiers a build makes: those matching `--only`, and under `watch` those an
//! edit touched.

use crate::load::LoadedDossier;
use std::path::{Path, PathBuf};

/// Which dossiers to build.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// A glob over the path under `content/` (or the file's path).
    pub pattern: Option<glob::Pattern>,
    /// Changed files, relative to the project root; `None` means everything changed.
    pub changed: Option<Vec<PathBuf>>,
}

impl Selection {
    /// Whether dossier `d` is built.
    pub fn selects(&self, d: &LoadedDossier) -> bool {
        self.selects_file(&d.file, &d.data_files)
    }

    /// Whether the dossier in `file` (relative to the project root, `content/…`), reading
    /// `data_files`, is built; also asked of dossiers that no longer exist.
    pub fn selects_file(&self, file: &Path, data_files: &[PathBuf]) -> bool {
        let under_content = file
            .strip_prefix("content")
            .unwrap_or(file)
            .with_extension("");
        let rel = under_content.to_string_lossy().replace('\\', "/");
        let matches = self
            .pattern
            .as_ref()
            .is_none_or(|p| p.matches(&rel) || p.matches(&file.to_string_lossy()));
        let touched = self
            .changed
            .as_ref()
            .is_none_or(|c| c.iter().any(|f| f == file || data_files.contains(f)));
        matches && touched
    }
}
