//! Where a recipient was written, for the messages that point at it or at one of its
//! fields.

use crate::diagnostic::Diagnostic;
use std::path::PathBuf;

/// Where a recipient was written: for messages that point at it.
#[derive(Debug, Clone)]
pub struct Origin {
    /// File, relative to the project root.
    pub file: PathBuf,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// Field path or CSV row description.
    pub path: String,
    /// Where its fields are written, when that is known (a CSV row's cells): the field,
    /// its line and column.
    pub cells: Vec<(&'static str, usize, usize)>,
}

impl Origin {
    /// A problem with the recipient written here.
    pub fn diagnostic(&self, message: impl Into<String>) -> Diagnostic {
        Diagnostic::file(&self.file, message)
            .at(self.line, self.column)
            .field(&self.path)
    }

    /// A problem with its `field`, at that field when its place is known.
    pub fn diagnostic_at(&self, field: &str, message: impl Into<String>) -> Diagnostic {
        let d = self.diagnostic(message);
        match self.cells.iter().find(|(f, ..)| *f == field) {
            Some((_, line, column)) => d.at(*line, *column),
            None => d,
        }
    }
}
