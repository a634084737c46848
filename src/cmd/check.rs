//! `thidua check`: everything a build does but writing.

use crate::diagnostic::Failure;
use crate::engine::{self, Options};
use std::path::Path;
use std::time::Duration;

/// Loads, renders and typesets every document with the build's engine, each unit given
/// `timeout`; reports all problems; with `registers`, the gaps in the sổ vàng too.
pub fn run(dir: &Path, timeout: Duration, registers: bool) -> Result<(), Failure> {
    let options = Options {
        timeout,
        ..Options::check()
    };
    let prepared = engine::prepare(dir, &options)?;
    super::warn(&prepared.project.warnings);
    if registers {
        super::warn(&prepared.register_gaps);
    }
    let ran = engine::run(&prepared, &options, &|| {})?;
    if ran.settled.problems.is_empty() {
        let (d, n) = (prepared.project.dossiers.len(), prepared.docs.len());
        eprintln!("{}", t!("check-ok", dossiers = d, documents = n));
        Ok(())
    } else {
        Err(Failure::Input(ran.settled.problems))
    }
}
