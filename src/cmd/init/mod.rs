//! `thidua init DIR`: a new project with a worked example that builds at once; never
//! overwrites a file.

use crate::output;
use crate::render;
use anyhow::Result;
use std::path::{Path, PathBuf};

/// The example project, embedded so that `init` needs nothing but the binary.
const EXAMPLE: &[(&str, &str)] = &[
    ("thidua.yaml", include_str!("thidua.yaml")),
    ("content/2025/tong-ket.yaml", include_str!("tong-ket.yaml")),
    (
        "content/2025/danh-sach-giay-khen.csv",
        include_str!("danh-sach-giay-khen.csv"),
    ),
    (".gitignore", "/out\n"),
];

/// Writes the example (and with `templates`, the built-in templates) into `dir`.
pub fn run(dir: &Path, templates: bool) -> Result<()> {
    let mut files: Vec<(PathBuf, &str)> = EXAMPLE
        .iter()
        .map(|(p, t)| (PathBuf::from(p), *t))
        .collect();
    if templates {
        files.extend(
            render::builtin()
                .into_iter()
                .map(|(name, t)| (Path::new("templates").join(name), t)),
        );
    }
    let (mut written, mut skipped) = (0, Vec::new());
    for (rel, text) in files {
        if output::create_new(&dir.join(&rel), text.as_bytes())? {
            written += 1;
        } else {
            skipped.push(rel);
        }
    }
    for s in &skipped {
        eprintln!(
            "skipped {} (it exists; thidua never overwrites)",
            s.display()
        );
    }
    eprintln!(
        "wrote {written} files into {}; now run `thidua build {}`",
        dir.display(),
        dir.display()
    );
    Ok(())
}
