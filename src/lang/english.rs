//! Finds English words left in a Vietnamese message: the tests of the Vietnamese
//! catalogue and of the bad-input suite run in Vietnamese (tests/it includes this file).
//! What a message quotes — code spans, quoted text, paths, field paths, the source line
//! under a message — is the user's, not thidua's, and is skipped.

use std::collections::BTreeSet;

/// Words thidua's Vietnamese keeps as they are: names of formats and tools, and the
/// verdict words scripts read.
#[rustfmt::skip]
const KEPT: &[&str] = &[
    "yaml", "csv", "pdf", "xlsx", "docx", "json", "svg", "png", "typst", "git", "thidua",
    "word", "excel", "id", "url", "http", "html", "utf", "ok", "edited", "stale", "head",
    "commit", "schema", "template", "markdown", "glob", "alias", "tab", "cpu", "xmp", "cms",
    "rsa", "sha", "ppi", "inch", "pull", "request", "key", "tag", "byte", "bytes", "web",
    "unicode", "nfc", "ascii", "iso", "xml", "zip", "ui", "dir", "lang", "en", "vi", "true",
    "false", "null", "dom", "sse", "api", "nfd", "libreoffice", "handlebars", "fluent",
    "revision", "hex", "font", "serve", "build", "check", "watch", "init", "diff", "verify",
    "history", "forms", "render", "help", "out", "content", "templates", "fonts", "mb",
    "kb", "gb", "kib", "mib", "gib", "ms", "a4", "pdfa", "ua", "mm", "pt", "ttf", "otf",
    "jpg", "localhost", "checkout",
];

/// Short English words that are also shaped as Vietnamese syllables without their marks
/// (not `in`, `so`, `do`, `an`: Vietnamese words too — in, so sánh, do, An).
#[rustfmt::skip]
const ENGLISH: &[&str] = &[
    "the", "to", "on", "no", "not", "at", "can", "man", "be", "he", "me", "we", "go", "up",
    "it", "but", "out", "team", "each", "than", "then", "them", "been", "seen", "keep",
    "need", "mean", "see", "use", "top", "tip", "pick", "may", "one", "or", "if", "is",
    "as", "of", "by", "and", "has", "had", "its", "this", "that", "into", "from", "at",
    "any", "all", "none", "some", "too", "new", "old",
];

const ONSETS: &[&str] = &[
    "ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr", "b", "c", "d", "g", "h",
    "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
];
const CODAS: &[&str] = &["ch", "ng", "nh", "c", "m", "n", "p", "t", ""];

/// Whether `word` (lowercase ASCII) is shaped as a Vietnamese syllable written without its
/// marks: an onset, one to three vowels, a coda.
fn syllable(word: &str) -> bool {
    ONSETS.iter().any(|o| {
        let Some(rest) = word.strip_prefix(o) else {
            return false;
        };
        CODAS.iter().any(|c| {
            rest.strip_suffix(c).is_some_and(|v| {
                (1..=3).contains(&v.len()) && v.chars().all(|ch| "aeiouy".contains(ch))
            })
        })
    })
}

/// `text` without what it quotes: code spans, quoted text, and the source lines and
/// carets a message shows under it.
fn own_words(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let t = line.trim_start();
        let shown = t
            .split_once('|')
            .is_some_and(|(n, _)| n.trim().chars().all(|c| c.is_ascii_digit()));
        if shown {
            continue;
        }
        out.push_str(&unquoted(line));
        out.push('\n');
    }
    out
}

fn unquoted(line: &str) -> String {
    let mut out = String::new();
    let mut open: Option<char> = None;
    let mut prev = ' ';
    for c in line.chars() {
        match open {
            Some(q) if c == q => open = None,
            Some(_) => {}
            // An apostrophe inside a word (`văn bản's`) opens nothing.
            None if c == '`' || c == '"' || c == '“' || (c == '\'' && !prev.is_alphanumeric()) => {
                open = Some(if c == '“' { '”' } else { c });
            }
            None => out.push(c),
        }
        prev = c;
    }
    out
}

/// The English words of `text`, a message in Vietnamese; `allowed` holds the project's
/// words (YAML keys, values) that a message may name without quotes.
pub fn english_words(text: &str, allowed: &BTreeSet<String>) -> Vec<String> {
    let text = own_words(text);
    let mut found = Vec::new();
    for token in text.split(|c: char| c.is_whitespace() || ",;(){}!?«»…—–".contains(c)) {
        let token = token.trim_matches(|c: char| ":.[]".contains(c));
        // A path, a field path, a file name, a number, a flag: the user's, or code.
        let coded = token
            .chars()
            .any(|c| "/\\._-[]=<>*#@$%&+0123456789".contains(c));
        if token.is_empty() || coded || !token.is_ascii() {
            continue;
        }
        let word = token.to_ascii_lowercase();
        let kept =
            KEPT.contains(&word.as_str()) || allowed.contains(&word) || allowed.contains(token);
        // Capitals alone: a name of a standard (CMS), a placeholder (DIR), a regime or a
        // spreadsheet's column (B).
        let acronym = token.chars().all(|c| c.is_ascii_uppercase());
        if kept || acronym {
            continue;
        }
        if ENGLISH.contains(&word.as_str()) || !syllable(&word) {
            found.push(token.to_string());
        }
    }
    found
}

/// Every key and value name of a JSON Schema, into `out`: what a message may name
/// unquoted, as `(gender)` after the Vietnamese words for it.
pub fn schema_words(schema: &serde_json::Value, out: &mut BTreeSet<String>) {
    use serde_json::Value;
    match schema {
        Value::Object(map) => {
            for (k, v) in map {
                if k == "properties" {
                    out.extend(v.as_object().into_iter().flatten().map(|(k, _)| k.clone()));
                }
                if k == "enum" {
                    let names = v.as_array().into_iter().flatten();
                    out.extend(names.filter_map(|n| n.as_str()).map(str::to_string));
                }
                schema_words(v, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|i| schema_words(i, out)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_is_found_and_vietnamese_and_quotes_are_not() {
        let none = BTreeSet::new();
        let said = |t: &str| english_words(t, &none);
        assert_eq!(
            said("thiếu giới tính (gender) của `Phạm Văn A`"),
            ["gender"]
        );
        assert_eq!(said("missing field `title`"), ["missing", "field"]);
        assert_eq!(
            said("the file could not be read"),
            ["the", "file", "could", "not", "be", "read"]
        );
        assert!(said("content/a.yaml:3:5: awards[0].form: không có hình thức `x`").is_empty());
        assert!(said("hãy ghi ngày theo dạng 2024-10-01, trong tệp YAML").is_empty());
        assert!(said("  |\n3 | the source line is the user's\n  |   ^").is_empty());
        assert!(said("cho theo khi trong tin sinh nam kinh phi tinh").is_empty());
    }
}
