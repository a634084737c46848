//! One module per subcommand; each returns an outcome and prints its own report.

pub mod build;
pub mod check;
pub mod diff;
pub mod forms;
pub mod history;
pub mod init;
pub mod render;
pub mod schema;
pub mod verify;
pub mod watch;

use crate::diagnostic::Diagnostic;
use std::path::Path;

/// Prints every problem to standard error with its source line (files read from `root`),
/// then the count of errors (warnings carried with them are printed, not counted).
pub fn report(root: &Path, mut diags: Vec<Diagnostic>) {
    // In the order of the files and their lines, as an editor shows them.
    diags.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
    // The same problem of a template met by each of its documents is said once.
    let mut said = std::collections::HashSet::new();
    diags.retain(|d| said.insert((d.warning, d.to_string())));
    for d in &diags {
        let source = std::fs::read_to_string(root.join(&d.file)).ok();
        let what = if d.warning { "warning" } else { "error" };
        eprintln!("{what}: {}", d.render(source.as_deref()));
    }
    let n = diags.iter().filter(|d| !d.warning).count();
    eprintln!("{n} error{}", if n == 1 { "" } else { "s" });
}

/// Prints warnings to standard error; they do not change the exit status.
pub fn warn(warnings: &[Diagnostic]) {
    for w in warnings {
        eprintln!("warning: {w}");
    }
}
