//! `thidua check`: everything a build does but writing.

use crate::diagnostic::Failure;
use crate::pipeline::{self, Export, Preview};
use std::path::Path;

/// Loads, renders and typesets every document; reports all problems.
pub fn run(dir: &Path) -> Result<(), Failure> {
    let prepared = pipeline::prepare(dir, false, &Default::default())?;
    super::warn(&prepared.project.warnings);
    let export = Export {
        write: false,
        preview: Preview::None,
        standards: Vec::new(),
    };
    let mut problems = Vec::new();
    let mut units = Vec::new();
    for planned in pipeline::units(&prepared, &export) {
        match planned {
            Ok(u) => units.extend(u),
            Err(d) => problems.extend(d),
        }
    }
    let results = pipeline::run(units.len(), pipeline::all_cores(), |i| {
        pipeline::produce(&prepared, &units[i], &export).err()
    });
    problems.extend(results.into_iter().flatten().flatten());
    if problems.is_empty() {
        let (d, n) = (prepared.project.dossiers.len(), prepared.docs.len());
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        eprintln!("ok: {d} dossier{}, {n} document{}", plural(d), plural(n));
        Ok(())
    } else {
        Err(Failure::Input(problems))
    }
}
