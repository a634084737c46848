//! Recipient lists: inline ones with their YAML positions, and the rows of a
//! `recipients_file` (CSV here, spreadsheets in `xlsx`), located by file and row.

use super::{locate, Glyphs, Locations, Origin};
use crate::diagnostic::Diagnostic;
use crate::model::{Dossier, Recipient};
use std::path::{Component, Path, PathBuf};
use unicode_normalization::UnicodeNormalization;

/// The recipients of a dossier's awards and the data files they were read from.
pub struct Gathered {
    /// Per award: its inline recipients with their YAML positions, then its file's rows.
    pub recipients: Vec<Vec<(Recipient, Origin)>>,
    /// The recipient files read, relative to the project root.
    pub files: Vec<PathBuf>,
}

/// Per award: its inline recipients with their YAML positions, then its file's rows
/// (their characters checked for printing).
pub fn gather(
    root: &Path,
    (file, dossier, loc): (&Path, &Dossier, &Locations),
    glyphs: &mut Glyphs,
    diags: &mut Vec<Diagnostic>,
) -> Gathered {
    let mut all = Vec::new();
    let mut files = Vec::new();
    for (i, award) in dossier.awards.iter().enumerate() {
        let mut list = Vec::new();
        for (j, r) in award.recipients.iter().enumerate() {
            let path = format!("awards[{i}].recipients[{j}]");
            let (line, column) = loc.find(&path).unwrap_or((1, 1));
            list.push((
                tidy(r.clone()),
                Origin {
                    file: file.to_path_buf(),
                    line,
                    column,
                    path,
                },
            ));
        }
        if let Some(name) = &award.recipients_file {
            let field = format!("awards[{i}].recipients_file");
            match resolve(root, file, name) {
                Ok(rel) => {
                    if super::xlsx::is_spreadsheet(&rel) {
                        let sheet = award.sheet.as_deref();
                        list.extend(super::xlsx::read(root, &rel, sheet, glyphs, diags));
                    } else {
                        list.extend(read(root, &rel, glyphs, diags));
                    }
                    files.push(rel);
                }
                Err(msg) => diags.push(locate(Diagnostic::file(file, msg), loc, &field)),
            }
        }
        all.push(list);
    }
    Gathered {
        recipients: all,
        files,
    }
}

/// Resolves `name` relative to the dossier's folder, refusing anything outside the project.
fn resolve(root: &Path, dossier: &Path, name: &str) -> Result<PathBuf, String> {
    let rel = dossier.parent().unwrap_or(Path::new("")).join(name);
    let mut clean = PathBuf::new();
    for c in rel.components() {
        match c {
            Component::Normal(p) => clean.push(p),
            Component::CurDir => {}
            Component::ParentDir if clean.pop() => {}
            _ => return Err(format!("`{name}` is outside the project folder")),
        }
    }
    let full = root.join(&clean);
    if !full.is_file() {
        return Err(format!("file `{}` not found", clean.display()));
    }
    let (Ok(canon), Ok(canon_root)) = (full.canonicalize(), root.canonicalize()) else {
        return Err(format!("cannot read `{}`", clean.display()));
    };
    if !canon.starts_with(&canon_root) {
        return Err(format!("`{name}` leads outside the project folder"));
    }
    Ok(clean)
}

/// Reads the rows of a CSV recipients file; each bad row becomes a diagnostic.
fn read(
    root: &Path,
    rel: &Path,
    glyphs: &mut Glyphs,
    diags: &mut Vec<Diagnostic>,
) -> Vec<(Recipient, Origin)> {
    let Some(text) = contents(root, rel, diags) else {
        return Vec::new();
    };
    let delimiter = sniff_delimiter(&text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let headers = reader.headers().cloned().unwrap_or_default();
    let names: Vec<String> = headers.iter().map(str::to_string).collect();
    glyphs.csv(rel, &text, &names, delimiter);
    // A wrong column is the header's fault, not each row's.
    if !known_columns(rel, &names, diags) {
        return Vec::new();
    }
    for (n, result) in reader.records().enumerate() {
        if let Some(found) = row(rel, n, result, &headers, diags) {
            rows.push(found);
        }
    }
    rows
}

/// The text of a recipients file (NFC, without a byte-order mark); `None` (its error
/// pushed) for a file too large, unreadable, empty or not UTF-8.
fn contents(root: &Path, rel: &Path, diags: &mut Vec<Diagnostic>) -> Option<String> {
    let size = std::fs::metadata(root.join(rel)).map_or(0, |m| m.len());
    if size > MAX_CSV {
        let msg = format!(
            "file is {} MB; lists over {} MB are refused",
            size / 1_000_000,
            MAX_CSV / 1024 / 1024
        );
        diags.push(Diagnostic::file(rel, msg));
        return None;
    }
    let bytes = match std::fs::read(root.join(rel)) {
        Ok(b) => b,
        Err(e) => {
            diags.push(Diagnostic::file(rel, format!("cannot read: {e}")));
            return None;
        }
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        let hint = "export the list again, or remove `recipients_file`";
        diags.push(Diagnostic::file(rel, "the file is empty: no header, no recipients").hint(hint));
        return None;
    }
    match String::from_utf8(bytes) {
        Ok(t) => Some(t.trim_start_matches('\u{feff}').nfc().collect::<String>()),
        Err(_) => {
            let hint = "in Excel choose File › Save As › \"CSV UTF-8 (Comma delimited)\"";
            diags.push(Diagnostic::file(rel, "not UTF-8 text").hint(hint));
            None
        }
    }
}

/// Whether every column of the header is one a recipients list has; false (the first
/// wrong one's error pushed) when one is not, or has no name.
fn known_columns(rel: &Path, names: &[String], diags: &mut Vec<Diagnostic>) -> bool {
    for (c, name) in names.iter().enumerate() {
        if !COLUMNS.contains(&name.as_str()) {
            let (msg, hint) = if name.is_empty() {
                (
                    "a column without a name".to_string(),
                    "name it or delete it".to_string(),
                )
            } else {
                let hint = crate::diagnostic::suggest(name, COLUMNS).unwrap_or_default();
                (format!("unknown column `{name}`"), hint)
            };
            let d = Diagnostic::file(rel, msg)
                .at(1, 1)
                .field(format!("header, column {}", c + 1))
                .hint(hint);
            diags.push(d);
            return false;
        }
    }
    true
}

/// Row `n` (from 0, after the header) as a recipient with where it was written; `None`
/// (its error pushed) when it cannot be read.
fn row(
    rel: &Path,
    n: usize,
    result: csv::Result<csv::StringRecord>,
    headers: &csv::StringRecord,
    diags: &mut Vec<Diagnostic>,
) -> Option<(Recipient, Origin)> {
    let line = result
        .as_ref()
        .ok()
        .and_then(|r| r.position())
        .map(|p| p.line() as usize)
        .unwrap_or(n + 2);
    let origin = Origin {
        file: rel.to_path_buf(),
        line,
        column: 1,
        path: format!("row {}", n + 1),
    };
    let record = result.as_ref().ok().cloned();
    let e = match result.and_then(|r| r.deserialize::<Recipient>(Some(headers))) {
        // The reader takes `0x3` for 3: a count is written in digits alone.
        Ok(r) => match not_digits(headers, record.as_ref()) {
            None => return Some((tidy(r), origin)),
            Some(vote) => {
                let msg = format!("votes `{}` is not a whole number", vote.1);
                let at = format!("{}, column {}", origin.path, vote.0 + 1);
                let d = Diagnostic::file(rel, msg).at(line, 1).field(at);
                diags.push(d.hint("write the number of votes in favour, e.g. 9"));
                return None;
            }
        },
        Err(e) => e,
    };
    // A vote that is not a count is named with its column and value.
    if let Some((f, value)) = bad_vote(&e, headers, record.as_ref()) {
        let msg = format!("votes `{value}` is not a whole number");
        let d = Diagnostic::file(rel, msg)
            .at(line, 1)
            .field(format!("{}, column {}", origin.path, f + 1))
            .hint("write the number of votes in favour, e.g. 9");
        diags.push(d);
        return None;
    }
    let msg = match e.kind() {
        csv::ErrorKind::UnequalLengths {
            len, expected_len, ..
        } => format!("this row has {len} fields where the header has {expected_len}"),
        _ => {
            let msg = e.to_string();
            msg.rsplit(": ").next().unwrap_or(&msg).to_string()
        }
    };
    diags.push(Diagnostic::file(rel, msg).at(line, 1).field(origin.path));
    None
}

/// The column (from 0) and value of a vote written with more than digits (`0x3`), which
/// the reader would take for a number.
fn not_digits(
    headers: &csv::StringRecord,
    record: Option<&csv::StringRecord>,
) -> Option<(usize, String)> {
    let f = headers.iter().position(|h| h == "votes")?;
    let value = record?.get(f)?.trim();
    let digits = value.chars().all(|c| c.is_ascii_digit());
    (!value.is_empty() && !digits).then(|| (f, value.to_string()))
}

/// The column (from 0) and value of a vote that is not a count, when `e` is about one.
fn bad_vote(
    e: &csv::Error,
    headers: &csv::StringRecord,
    record: Option<&csv::StringRecord>,
) -> Option<(usize, String)> {
    match e.kind() {
        csv::ErrorKind::Deserialize { err, .. } => err
            .field()
            .and_then(|f| Some((f as usize, headers.get(f as usize)?)))
            .filter(|(_, h)| *h == "votes")
            .and_then(|(f, _)| Some((f, record?.get(f)?.to_string()))),
        _ => None,
    }
}

/// The largest recipients list read; a larger one is refused rather than read.
const MAX_CSV: u64 = 64 * 1024 * 1024;

/// The columns a recipients list may have (a CSV file or a spreadsheet).
pub(super) const COLUMNS: [&str; 9] = [
    "name",
    "gender",
    "position",
    "unit",
    "collective",
    "household",
    "votes",
    "achievement",
    "class",
];

/// Excel in Vietnamese locales writes `;`-separated files: pick whichever the header uses.
fn sniff_delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or_default();
    if header.matches(';').count() > header.matches(',').count() {
        b';'
    } else {
        b','
    }
}

/// Trims every field and turns empty ones into absent ones.
fn tidy(r: Recipient) -> Recipient {
    let t = |v: Option<String>| v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    Recipient {
        name: t(r.name),
        gender: t(r.gender),
        position: t(r.position),
        unit: t(r.unit),
        collective: t(r.collective),
        household: t(r.household),
        votes: r.votes,
        achievement: t(r.achievement),
        class: t(r.class),
    }
}
