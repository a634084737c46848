//! The project's files read: the dossiers under `content/`, a file's text (refused when
//! too large or not UTF-8), and YAML parsed leniently, its syntax errors located.

use super::{lenient, Glyphs, Locations};
use crate::diagnostic::{Diagnostic, Failure};
use anyhow::Context;
use serde::de::DeserializeOwned;
use std::path::{Path, PathBuf};
use unicode_normalization::UnicodeNormalization;

/// Every `*.yaml`/`*.yml` under `content/`, sorted, hidden entries skipped.
pub fn dossier_files(root: &Path) -> Result<Vec<PathBuf>, Failure> {
    let content = root.join("content");
    if !content.is_dir() {
        return Ok(Vec::new());
    }
    let mut files = Vec::new();
    let walk = walkdir::WalkDir::new(&content)
        .sort_by_file_name()
        .into_iter();
    for entry in
        walk.filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'))
    {
        let entry =
            entry.with_context(|| t!("files-read-failed", file = content.display().to_string()))?;
        let is_yaml = matches!(
            entry.path().extension().and_then(|e| e.to_str()),
            Some("yaml" | "yml")
        );
        if entry.file_type().is_file() && is_yaml {
            files.push(
                entry
                    .path()
                    .strip_prefix(root)
                    .unwrap_or(entry.path())
                    .to_path_buf(),
            );
        }
    }
    Ok(files)
}

/// The largest YAML file read; a larger one is refused rather than parsed.
const MAX_YAML: u64 = 16 * 1024 * 1024;

/// Reads a UTF-8 text file under the root, normalised to NFC, without a byte-order mark.
pub fn read_text(root: &Path, rel: &Path) -> Result<String, Failure> {
    let size = std::fs::metadata(root.join(rel))
        .map(|m| m.len())
        .unwrap_or(0);
    if size > MAX_YAML {
        let msg = t!(
            "files-too-large",
            size = size / 1_000_000,
            most = MAX_YAML / 1024 / 1024
        );
        return Err(Failure::Input(vec![
            Diagnostic::file(rel, msg).hint(t!("files-too-large-hint"))
        ]));
    }
    if !crate::inside::inside(root, &root.join(rel)) {
        let d = Diagnostic::file(rel, crate::inside::outside(rel));
        return Err(Failure::Input(vec![d]));
    }
    let bytes = std::fs::read(root.join(rel))
        .with_context(|| t!("files-read-failed", file = rel.display().to_string()))?;
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s.trim_start_matches('\u{feff}').nfc().collect()),
        Err(e) => {
            let line = 1 + e.as_bytes()[..e.utf8_error().valid_up_to()]
                .iter()
                .filter(|b| **b == b'\n')
                .count();
            let d = Diagnostic::file(rel, t!("files-not-utf8"))
                .at(line, 1)
                .hint(t!("files-not-utf8-hint"));
            Err(Failure::Input(vec![d]))
        }
    }
}

/// Parses YAML into `T` with every type error located (bad values replaced by stand-ins,
/// so the rest is still checked), its text's characters checked for printing; also
/// returns the field locations. A syntax error stops the file.
pub fn parse<T: DeserializeOwned>(
    text: &str,
    file: &Path,
    glyphs: &mut Glyphs,
) -> Result<(lenient::Read<T>, Locations), Diagnostic> {
    let loc = Locations::scan_values(text, &mut |path, start, value| {
        glyphs.yaml(file, text, path, start, value)
    });
    let value = match serde_yaml::from_str::<serde_yaml::Value>(text) {
        Ok(v) => v,
        Err(e) => return Err(syntax_error(&e, file, text, &loc)),
    };
    let read = lenient::read(text, value, file, &loc);
    Ok((read, loc))
}

/// serde_yaml's error for a file that is not YAML (or has a key twice), located.
fn syntax_error(e: &serde_yaml::Error, file: &Path, text: &str, loc: &Locations) -> Diagnostic {
    let msg = e.to_string();
    let msg = msg.split(" at line ").next().unwrap_or(&msg).to_string();
    // The reader's errors (a control character) say a byte's position, not a line.
    let (msg, at) = match msg.split_once(" at position ") {
        Some((m, n)) => (m.to_string(), n.trim().parse::<usize>().ok()),
        None => (msg, None),
    };
    let (path, msg) = match msg.split_once(": ") {
        Some((p, m)) if !p.contains(' ') && !p.is_empty() => (Some(p.to_string()), m.to_string()),
        _ => (None, msg),
    };
    // serde_yaml's own words say which error it is.
    let duplicate = msg.starts_with("duplicate");
    let mut d = Diagnostic::file(file, crate::lang::serde::said(&msg));
    if let Some(place) = at.map(|n| line_and_column(text, n)) {
        d = d.at(place.0, place.1);
    } else if let Some(l) = e.location() {
        // An error at the end of the file is shown on its last line.
        let last = text.lines().count().max(1);
        d = if l.line() > last {
            d.at(last, 1)
        } else {
            d.at(l.line(), l.column())
        };
    }
    if let Some(p) = path {
        d = d.field(p);
    }
    if let Some(open) = d.line.and_then(|l| unclosed_quote(text, l)) {
        d = d.hint(t!("files-open-quote", line = open));
    } else if let Some(tab) = d.line.and_then(|l| tab_indent(text, l)) {
        d = d.hint(t!("files-tab-indent", line = tab));
    }
    if duplicate {
        if let Some((path, (line, col))) = &loc.duplicate {
            d = Diagnostic::file(file, t!("files-written-twice", path = path))
                .at(*line, *col)
                .field(path)
                .hint(t!("files-written-twice-hint"));
        }
    }
    d
}

/// The line and column (1-based, in characters) of the byte at `offset` of `text`.
fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let mut end = offset.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let before = &text[..end];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, column)
}

/// `line`, or the line before it, when a tab indents it: a tab is invisible, and the
/// parser's words for it (a character that cannot start a token) do not say so.
fn tab_indent(text: &str, line: usize) -> Option<usize> {
    let lines: Vec<&str> = text.lines().collect();
    [line, line.saturating_sub(1)].into_iter().find(|&n| {
        let Some(l) = n.checked_sub(1).and_then(|i| lines.get(i)) else {
            return false;
        };
        let indent: String = l.chars().take_while(|c| c.is_whitespace()).collect();
        indent.contains('\t')
    })
}

/// The line before `line` that opens a double quote it does not close, the nearest one:
/// a YAML string left open reads on over the lines after it, and the parser stops only
/// where the text no longer makes sense.
fn unclosed_quote(text: &str, line: usize) -> Option<usize> {
    let quotes = |l: &str| {
        // What follows ` #` is a comment; `\"` is a quote inside the string.
        let l = l.split(" #").next().unwrap_or(l);
        l.replace("\\\"", "").matches('"').count()
    };
    // The line a string opened on, while it is open: a string over two lines closes.
    let mut open = None;
    for (i, l) in text.lines().take(line.saturating_sub(1)).enumerate() {
        if quotes(l) % 2 == 1 {
            open = if open.is_some() { None } else { Some(i + 1) };
        }
    }
    open
}

#[cfg(test)]
mod tests {
    use super::unclosed_quote;

    #[test]
    fn a_quote_left_open_is_found_above_the_error() {
        let text = "a: 1\nstart: \"08:00\nvenue: Hội trường\nlist:\n  - { x: \"y\" }\n";
        assert_eq!(unclosed_quote(text, 5), Some(2));
        let closed = "a: \"1\"\nb: \"say \\\"hi\\\"\"  # a \" in a comment\nc: [\n";
        assert_eq!(unclosed_quote(closed, 3), None);
        // A string written over two lines is closed.
        let two = "a: \"one\n  two\"\nb: [\n";
        assert_eq!(unclosed_quote(two, 3), None);
    }
}
