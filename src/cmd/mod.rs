//! One module per subcommand; each returns an outcome and prints its own report.

pub mod build;
pub mod check;
pub mod render;

use crate::diagnostic::{Diagnostic, Diagnostics};

/// Prints every problem to standard error, then a count.
pub fn report(diags: Vec<Diagnostic>) {
    eprintln!("{}", Diagnostics(diags));
}

/// Prints warnings to standard error; they do not change the exit status.
pub fn warn(warnings: &[Diagnostic]) {
    for w in warnings {
        eprintln!("warning: {w}");
    }
}
