//! One Diagnostic type for every problem in the user's input, located like a compiler's.

use std::fmt;
use std::path::PathBuf;

/// A problem in the input: where it is, which field, what is wrong, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file, relative to the project root.
    pub file: PathBuf,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column, when known.
    pub column: Option<usize>,
    /// The field path (`awards[0].recipients[2]`), when it concerns one field.
    pub path: Option<String>,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub hint: Option<String>,
}

impl Diagnostic {
    /// A problem with a whole file.
    pub fn file(file: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            file: file.into(),
            line: None,
            column: None,
            path: None,
            message: message.into(),
            hint: None,
        }
    }

    /// Sets the position.
    pub fn at(mut self, line: usize, column: usize) -> Self {
        self.line = Some(line);
        self.column = Some(column);
        self
    }

    /// Sets the field path.
    pub fn field(mut self, path: impl Into<String>) -> Self {
        self.path = Some(path.into());
        self
    }

    /// Adds a hint.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(col) = self.column {
                write!(f, ":{col}")?;
            }
        }
        write!(f, ": ")?;
        if let Some(path) = &self.path {
            write!(f, "{path}: ")?;
        }
        write!(f, "{}", self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
    }
}

/// Several problems, reported all at once.
#[derive(Debug, Default)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in &self.0 {
            writeln!(f, "error: {d}")?;
        }
        let n = self.0.len();
        write!(f, "{n} error{}", if n == 1 { "" } else { "s" })
    }
}

impl std::error::Error for Diagnostics {}

/// The closest names to `word` among `known`, for "did you mean" hints.
pub fn suggest<'a>(word: &str, known: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let mut best: Vec<(usize, &str)> = known
        .into_iter()
        .map(|k| (strsim::levenshtein(word, k), k))
        .collect();
    best.sort();
    let limit = (word.chars().count() / 3).max(2);
    let near: Vec<&str> = best
        .iter()
        .filter(|(d, _)| *d <= limit)
        .take(3)
        .map(|(_, k)| *k)
        .collect();
    if near.is_empty() {
        let all: Vec<&str> = best.iter().map(|(_, k)| *k).collect();
        return (!all.is_empty()).then(|| format!("known: {}", all.join(", ")));
    }
    Some(format!("did you mean `{}`?", near.join("`, `")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_like_a_compiler() {
        let d = Diagnostic::file("content/x.yaml", "expected a date")
            .at(14, 9)
            .field("awards[0].decision.date");
        assert_eq!(
            d.to_string(),
            "content/x.yaml:14:9: awards[0].decision.date: expected a date"
        );
    }

    #[test]
    fn suggests_near_names() {
        assert_eq!(
            suggest("giay-khn", ["giay-khen", "bang-khen-bo"]).unwrap(),
            "did you mean `giay-khen`?"
        );
        assert_eq!(
            suggest("zzzzzz", ["huong", "dan"]).unwrap(),
            "known: dan, huong"
        );
    }
}

/// Why a command failed: the user's input (all problems, located) or the environment.
#[derive(Debug)]
pub enum Failure {
    /// Problems in the project's files.
    Input(Vec<Diagnostic>),
    /// I/O and other failures outside the input; they stop the run.
    Env(anyhow::Error),
}

impl From<anyhow::Error> for Failure {
    fn from(e: anyhow::Error) -> Self {
        Failure::Env(e)
    }
}
