//! One module per subcommand; each returns an outcome and prints its own report.

pub mod build;
pub mod check;
pub mod diff;
pub mod forms;
pub mod history;
pub mod init;
pub mod render;
pub mod schema;
pub mod serve;
pub mod verify;
pub mod watch;

use crate::diagnostic::Diagnostic;
use std::path::Path;

/// Prints every problem to standard error with its source line (files read from `root`),
/// then the count of errors (warnings carried with them are printed, not counted).
pub fn report(root: &Path, diags: Vec<Diagnostic>) {
    print(&shown(root, diags));
}

/// Prints problems as [`shown`] gives them, then the count of errors.
pub fn print(shown: &[Shown]) {
    for d in shown {
        let text = &d.text;
        match d.warning {
            true => eprintln!("{}", t!("label-warning", text = text)),
            false => eprintln!("{}", t!("label-error", text = text)),
        }
    }
    let n = shown.iter().filter(|d| !d.warning).count();
    eprintln!("{}", t!("errors-count", count = n));
}

/// A problem as the terminal shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    pub warning: bool,
    /// Located, with its source line and caret, and its hint.
    pub text: String,
}

/// Every problem with its source line (files read from `root`), in the order of the
/// files and their lines, each said once.
pub fn shown(root: &Path, mut diags: Vec<Diagnostic>) -> Vec<Shown> {
    // In the order of the files and their lines, as an editor shows them.
    diags.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
    // The same problem of a template met by each of its documents is said once.
    let mut said = std::collections::HashSet::new();
    diags.retain(|d| said.insert((d.warning, d.to_string())));
    let mut sources: std::collections::HashMap<&Path, Option<String>> = Default::default();
    let mut out = Vec::new();
    for d in &diags {
        let source = match d.line {
            Some(_) => sources
                .entry(&d.file)
                .or_insert_with(|| source(root, &d.file)),
            None => &None,
        };
        out.push(Shown {
            warning: d.warning,
            text: d.render(source.as_deref()),
        });
    }
    out
}

/// The text of `file`, for the lines messages show: read once per file, and only a
/// regular file of the project of a size a source has (a link to `/dev/zero` in a
/// project's lists is refused, never read to show its line).
fn source(root: &Path, file: &Path) -> Option<String> {
    let path = root.join(file);
    let meta = std::fs::symlink_metadata(&path).ok()?;
    if !meta.is_file() || meta.len() > 64 << 20 {
        return None;
    }
    std::fs::read_to_string(path).ok()
}

pub use crate::diagnostic::printable;

/// Prints a line to standard error as a terminal may show it: what it quotes (a folder's
/// name, a value) never steers the terminal (`diagnostic::said`).
pub fn say(line: &str) {
    eprintln!("{}", crate::diagnostic::said(line));
}

/// Prints `text` to standard output likewise.
pub fn show(text: &str) {
    print!("{}", crate::diagnostic::said(text));
}

/// Prints warnings to standard error; they do not change the exit status.
pub fn warn(warnings: &[Diagnostic]) {
    for w in warnings {
        eprintln!("{}", t!("label-warning", text = w.to_string()));
    }
}
