//! `thidua check`: everything a build does but writing.

use crate::diagnostic::Failure;
use crate::engine::{self, Export, Options, Preview};
use std::path::Path;

/// Loads, renders and typesets every document with the build's engine; reports all
/// problems.
pub fn run(dir: &Path) -> Result<(), Failure> {
    let prepared = engine::prepare(dir, false, &Default::default())?;
    super::warn(&prepared.project.warnings);
    let options = Options {
        out: None,
        export: Export {
            write: false,
            preview: Preview::None,
            copies: crate::kinds::Copies::NONE,
            standards: Vec::new(),
        },
        jobs: engine::all_cores(),
        reuse: false,
    };
    let ran = engine::run(&prepared, &options, &Default::default(), &|| {})?;
    if ran.settled.problems.is_empty() {
        let (d, n) = (prepared.project.dossiers.len(), prepared.docs.len());
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        eprintln!("ok: {d} dossier{}, {n} document{}", plural(d), plural(n));
        Ok(())
    } else {
        Err(Failure::Input(ran.settled.problems))
    }
}
