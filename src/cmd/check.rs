//! `thidua check`: everything a build does but writing.

use crate::diagnostic::Failure;
use crate::pipeline::{self, Export, Preview};
use std::path::Path;

/// Loads, renders and typesets every document; reports all problems.
pub fn run(dir: &Path) -> Result<(), Failure> {
    let prepared = pipeline::prepare(dir, false, &Default::default())?;
    super::warn(&prepared.project.warnings);
    let jobs = pipeline::all_cores();
    let problems: Vec<_> = pipeline::produce_all(
        &prepared,
        &Export {
            write: false,
            preview: Preview::None,
            standards: Vec::new(),
        },
        jobs,
        &|| {},
    )
    .into_iter()
    .filter_map(Result::err)
    .flatten()
    .collect();
    if problems.is_empty() {
        eprintln!(
            "ok: {} dossiers, {} documents",
            prepared.project.dossiers.len(),
            prepared.docs.len()
        );
        Ok(())
    } else {
        Err(Failure::Input(problems))
    }
}
