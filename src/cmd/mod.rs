//! One module per subcommand; each returns an outcome and prints its own report.

pub mod build;
pub mod check;
pub mod init;
pub mod render;
pub mod watch;

use crate::diagnostic::Diagnostic;
use std::path::Path;

/// Prints every problem to standard error with its source line (files read from `root`),
/// then a count.
pub fn report(root: &Path, diags: Vec<Diagnostic>) {
    for d in &diags {
        let source = std::fs::read_to_string(root.join(&d.file)).ok();
        eprintln!("error: {}", d.render(source.as_deref()));
    }
    let n = diags.len();
    eprintln!("{n} error{}", if n == 1 { "" } else { "s" });
}

/// Prints warnings to standard error; they do not change the exit status.
pub fn warn(warnings: &[Diagnostic]) {
    for w in warnings {
        eprintln!("warning: {w}");
    }
}
