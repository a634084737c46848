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
    /// Worth a look, but no reason to fail: carried with the errors when the input fails.
    pub warning: bool,
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
            warning: false,
        }
    }

    /// The same problem as a warning.
    pub fn into_warning(mut self) -> Self {
        self.warning = true;
        self
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

    /// Replaces the message.
    pub fn with_message(mut self, message: impl Into<String>) -> Self {
        self.message = message.into();
        self
    }

    /// Adds a hint.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl Diagnostic {
    /// The message with the offending line of `source` under it and a caret at the
    /// column, like a compiler's; without a source or line, the one-line form.
    pub fn render(&self, source: Option<&str>) -> String {
        let head = Diagnostic {
            hint: None,
            ..self.clone()
        }
        .to_string();
        let mut out = head;
        let line_text = self
            .line
            .and_then(|l| source?.lines().nth(l.checked_sub(1)?));
        if let (Some(line), Some(text)) = (self.line, line_text) {
            let width = line.to_string().len();
            let col = self.column.unwrap_or(1).max(1);
            // A window around the column, so a very long line does not flood the terminal.
            let skip = col.saturating_sub(60);
            let chars: Vec<char> = text.chars().collect();
            let end = chars.len().min(skip + 100);
            // A control or direction character would act on the terminal: `said` shows a
            // mark instead, one character for one, so the caret stays under its column.
            let window: String = chars[skip.min(end)..end].iter().collect();
            let mut text = said(&window);
            let mut col = col - skip;
            if skip > 0 {
                text.insert(0, '…');
                col += 1;
            }
            if end < chars.len() {
                text.push('…');
            }
            let pad: String = text
                .chars()
                .take(col - 1)
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            out.push_str(&format!(
                "\n{:width$} |\n{line} | {text}\n{:width$} | {pad}^",
                "", ""
            ));
        }
        if let Some(hint) = &self.hint {
            out.push_str(&format!("\n  {}", t!("label-hint", hint = said(hint))));
        }
        out
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A file's name may hold what would steer the terminal.
        write!(f, "{}", printable(&self.file.display().to_string()))?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(col) = self.column {
                write!(f, ":{col}")?;
            }
        }
        write!(f, ": ")?;
        // The path, message and hint quote what the input holds (a key, a value).
        if let Some(path) = &self.path {
            write!(f, "{}: ", said(path))?;
        }
        write!(f, "{}", said(&self.message))?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  {}", t!("label-hint", hint = said(hint)))?;
        }
        Ok(())
    }
}

/// Text read from a file that may have been forged, a file's name or what a user typed,
/// as a message prints it: control characters shown as `�`, so that nothing in it
/// steers the terminal.
pub fn printable(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_control() || steers(c) {
                '\u{fffd}'
            } else {
                c
            }
        })
        .collect()
}

/// A character that changes how a terminal lays out what follows it: a direction mark,
/// embedding, override or isolate, or a line or paragraph separator.
fn steers(c: char) -> bool {
    matches!(
        c,
        '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{2028}' | '\u{2029}'
    ) || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

/// A message, which quotes what a file or a user wrote, as a terminal may show it: its
/// lines kept, every other control or direction character (an escape sequence that would
/// retitle the terminal, a right-to-left override) shown as `�`.
pub fn said(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\n' | '\t' => c,
            c if c.is_control() || steers(c) => '\u{fffd}',
            c => c,
        })
        .collect()
}

/// The closest names to `word` among `known`, for "did you mean" hints; else every
/// name known, in alphabetical order (by closeness, they would look shuffled).
pub fn suggest<'a>(word: &str, known: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let best = ranked(word, known);
    if let Some(near) = closest(word, &best) {
        return Some(near);
    }
    let mut all: Vec<&str> = best.iter().map(|(_, k)| *k).collect();
    all.sort_unstable();
    all.dedup();
    (!all.is_empty()).then(|| t!("suggest-known", names = all.join(", ")))
}

/// "did you mean" with the closest names to `word` among `known`, when any is close.
pub fn near<'a>(word: &str, known: impl IntoIterator<Item = &'a str>) -> Option<String> {
    closest(word, &ranked(word, known))
}

fn ranked<'a>(word: &str, known: impl IntoIterator<Item = &'a str>) -> Vec<(usize, &'a str)> {
    let mut best: Vec<(usize, &str)> = known
        .into_iter()
        .map(|k| (strsim::levenshtein(word, k), k))
        .collect();
    best.sort();
    best
}

fn closest(word: &str, best: &[(usize, &str)]) -> Option<String> {
    let limit = (word.chars().count() / 3).max(2);
    let near: Vec<&str> = best
        .iter()
        .filter(|(d, _)| *d <= limit)
        .take(3)
        .map(|(_, k)| *k)
        .collect();
    (!near.is_empty()).then(|| t!("suggest-near", names = near.join("`, `")))
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
    fn a_value_quoted_by_a_message_steers_no_terminal() {
        let d = Diagnostic::file("a.yaml", "unknown person `lan\u{1b}]0;PWN\u{7}\u{202e}x`")
            .field("report.signer\u{1b}")
            .hint("line one\nline\ttwo \u{1b}[2J");
        let want = "a.yaml: report.signer\u{fffd}: unknown person `lan\u{fffd}]0;PWN\u{fffd}\u{fffd}x`\n  hint: line one\nline\ttwo \u{fffd}[2J";
        assert_eq!(d.to_string(), want);
        assert_eq!(d.render(None), want);
    }

    #[test]
    fn a_files_name_steers_no_terminal() {
        let d = Diagnostic::file("content/e\u{1b}]0;PWN\u{7}.yaml", "bad");
        assert_eq!(d.to_string(), "content/e\u{fffd}]0;PWN\u{fffd}.yaml: bad");
    }

    #[test]
    fn renders_the_source_line_with_a_caret() {
        let d = Diagnostic::file("a.yaml", "unknown person `lna`")
            .at(2, 11)
            .field("report.signer")
            .hint("did you mean `lan`?");
        let want = "a.yaml:2:11: report.signer: unknown person `lna`\n  |\n2 |   signer: lna\n  |           ^\n  hint: did you mean `lan`?";
        assert_eq!(d.render(Some("report:\n  signer: lna\n")), want);
        assert_eq!(d.render(None), d.to_string());
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
