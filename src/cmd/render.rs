//! `thidua render FILE`: the Typst source of a dossier's documents, for inspection.

use crate::diagnostic::Failure;
use crate::engine;
use anyhow::{anyhow, Context};
use std::path::Path;

/// Prints the Typst source of each document of the dossier `file` (or only `doc`).
pub fn run(file: &Path, doc: Option<&str>) -> Result<(), Failure> {
    let abs = std::path::absolute(file)
        .with_context(|| t!("render-cmd-unreadable", file = file.display().to_string()))?;
    let root = crate::load::project_root(&abs).ok_or_else(|| {
        anyhow!(
            "{}",
            t!("render-cmd-no-project", file = file.display().to_string())
        )
    })?;
    let rel = abs.strip_prefix(&root).unwrap_or(&abs).to_path_buf();
    let prepared = engine::prepare(&root, &engine::Options::check())?;
    let index = prepared
        .project
        .dossiers
        .iter()
        .position(|d| d.file == rel)
        .ok_or_else(|| {
            anyhow!(
                "{}",
                t!("render-cmd-not-dossier", file = file.display().to_string())
            )
        })?;
    let docs: Vec<_> = prepared
        .docs
        .iter()
        .filter(|d| d.dossier == index)
        .collect();
    let chosen: Vec<_> = docs
        .iter()
        .filter(|d| doc.is_none_or(|s| d.stem == s))
        .collect();
    if chosen.is_empty() {
        let names: Vec<String> = docs
            .iter()
            .map(|d| format!("{} ({})", d.stem, d.kind.name))
            .collect();
        let names = names.join(", ");
        let wanted = doc.unwrap_or("");
        return Err(anyhow!(
            "{}",
            t!("render-cmd-no-document", doc = wanted, names = names)
        )
        .into());
    }
    for d in chosen {
        let src = engine::source(&prepared, d).map_err(|e| Failure::Input(vec![e]))?;
        if doc.is_none() {
            println!("// ===== {} =====", d.stem);
        }
        println!("{src}");
    }
    Ok(())
}
