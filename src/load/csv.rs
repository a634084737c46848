//! Recipient lists: inline ones with their YAML positions, and the rows of a
//! `recipients_file` (CSV here, spreadsheets in `xlsx`), located by file and row.

use super::{columns, locate, Glyphs, Locations, Origin};
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
    /// Per award: whether its file could not be read (its error said; nothing follows).
    pub unread: Vec<bool>,
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
    let mut unread = vec![false; dossier.awards.len()];
    for (i, award) in dossier.awards.iter().enumerate() {
        let mut list = Vec::new();
        for (j, r) in award.recipients.iter().enumerate() {
            let path = format!("awards[{i}].recipients[{j}]");
            let (line, column) = loc.find(&path).unwrap_or((1, 1));
            // Where a field is written, for a message about it (a missing one: its recipient).
            let at = |field: &'static str| {
                let (l, c) = loc
                    .find(&format!("{path}.{field}"))
                    .unwrap_or((line, column));
                (field, l, c)
            };
            let cells = vec![at("gender")];
            list.push((
                tidy(r.clone()),
                Origin {
                    file: file.to_path_buf(),
                    line,
                    column,
                    path,
                    cells,
                },
            ));
        }
        if let Some(name) = &award.recipients_file {
            let field = format!("awards[{i}].recipients_file");
            match resolve(root, file, name) {
                Ok(rel) => {
                    let rows = if super::xlsx::is_spreadsheet(&rel) {
                        let sheet = award.sheet.as_deref();
                        super::xlsx::read(root, &rel, sheet, glyphs, diags)
                    } else {
                        read(root, &rel, glyphs, diags)
                    };
                    unread[i] = rows.is_none();
                    list.extend(rows.unwrap_or_default());
                    files.push(rel);
                }
                Err(msg) => {
                    unread[i] = true;
                    diags.push(locate(Diagnostic::file(file, msg), loc, &field));
                }
            }
        }
        all.push(list);
    }
    Gathered {
        recipients: all,
        files,
        unread,
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
            _ => return Err(t!("csv-outside", name = name)),
        }
    }
    let full = root.join(&clean);
    if !full.is_file() {
        return Err(t!("csv-not-found", file = clean.display().to_string()));
    }
    let (Ok(canon), Ok(canon_root)) = (full.canonicalize(), root.canonicalize()) else {
        return Err(t!("csv-unreadable", file = clean.display().to_string()));
    };
    if !canon.starts_with(&canon_root) {
        return Err(t!("csv-leads-outside", name = name));
    }
    Ok(clean)
}

/// Reads the rows of a CSV recipients file; each bad row becomes a diagnostic.
fn read(
    root: &Path,
    rel: &Path,
    glyphs: &mut Glyphs,
    diags: &mut Vec<Diagnostic>,
) -> Option<Vec<(Recipient, Origin)>> {
    let text = text(root, rel, diags)?;
    if text.bytes().all(|b| b.is_ascii_whitespace()) {
        let hint = t!("csv-empty-hint");
        diags.push(Diagnostic::file(rel, t!("csv-empty")).hint(hint));
        return None;
    }
    let (delimiter, mut reader) = reader(&text);
    let mut records = Vec::new();
    for result in reader.records() {
        match result {
            Ok(r) => records.push(r),
            Err(e) => {
                let line = e.position().map_or(1, |p| line_at(&text, p.byte()));
                let msg = e.to_string();
                let msg = msg.rsplit(": ").next().unwrap_or(&msg).to_string();
                diags.push(
                    Diagnostic::file(rel, msg)
                        .at(line, 1)
                        .field(t!("csv-row", line = line)),
                );
                return None;
            }
        }
    }
    // The header: the first row that names the list's columns, below any title rows.
    let cells = |r: &csv::StringRecord| r.iter().map(str::to_string).collect::<Vec<_>>();
    let firsts: Vec<Vec<String>> = records.iter().take(10).map(cells).collect();
    let line = records
        .first()
        .and_then(|r| r.position())
        .map_or(1, |p| line_at(&text, p.byte()));
    let (at, columns) = match columns::find(rel, &firsts, t!("csv-header-row", line = line)) {
        Ok(found) => found,
        Err(d) => {
            diags.push(d.at(line, 1));
            return None;
        }
    };
    glyphs.csv(rel, &text, &firsts[at], delimiter);
    let rows = records
        .iter()
        .skip(at + 1)
        .filter(|r| r.iter().any(|c| !c.is_empty()));
    let mut lines = Lines::new(&text);
    let mut at_line = |r: &csv::StringRecord| r.position().map_or(1, |p| lines.at(p.byte()));
    let place = |r: &csv::StringRecord, line: usize| {
        let start = r.position().map_or(0, |p| p.byte() as usize);
        let columns = cell_columns(&text, start, delimiter as char, r.len());
        (line, columns)
    };
    Some(
        rows.filter_map(|r| row(rel, (r, place(r, at_line(r))), &columns, diags))
            .collect(),
    )
}

/// A reader of the rows of CSV `text` as written (no header row taken, cells trimmed,
/// rows of any length), by the delimiter it uses, which it gives too.
pub(super) fn reader(text: &str) -> (u8, csv::Reader<&[u8]>) {
    let delimiter = sniff_delimiter(text);
    let reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .trim(csv::Trim::All)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    (delimiter, reader)
}

/// The text of list `rel` (a CSV of recipients or of `history/`): refused over 64 MB
/// before it is read, and when it is not UTF-8; without its byte-order mark, composed.
pub(super) fn text(root: &Path, rel: &Path, diags: &mut Vec<Diagnostic>) -> Option<String> {
    let size = std::fs::metadata(root.join(rel)).map_or(0, |m| m.len());
    if size > MAX_CSV {
        let msg = t!(
            "csv-too-large",
            size = size / 1_000_000,
            max = MAX_CSV / 1024 / 1024
        );
        diags.push(Diagnostic::file(rel, msg));
        return None;
    }
    let bytes = match std::fs::read(root.join(rel)) {
        Ok(b) => b,
        Err(e) => {
            diags.push(Diagnostic::file(
                rel,
                t!("csv-read-failed", error = e.to_string()),
            ));
            return None;
        }
    };
    match String::from_utf8(bytes) {
        Ok(t) => Some(t.trim_start_matches('\u{feff}').nfc().collect::<String>()),
        Err(_) => {
            let hint = t!("csv-not-utf8-hint");
            diags.push(Diagnostic::file(rel, t!("csv-not-utf8")).hint(hint));
            None
        }
    }
}

/// A row of the list as a recipient with where it was written (its line, as a
/// spreadsheet shows the row); `None` (its error pushed) when it cannot be read.
fn row(
    rel: &Path,
    (record, (line, starts)): (&csv::StringRecord, (usize, Vec<usize>)),
    columns: &[Option<columns::Column>],
    diags: &mut Vec<Diagnostic>,
) -> Option<(Recipient, Origin)> {
    let cells = columns.iter().zip(&starts);
    let origin = Origin {
        file: rel.to_path_buf(),
        line,
        column: 1,
        path: t!("csv-row", line = line),
        cells: cells
            .filter_map(|(c, at)| match c {
                Some(columns::Column::Field(key)) => Some((*key, line, *at)),
                _ => None,
            })
            .collect(),
    };
    let fail = |msg: String, c: Option<usize>| {
        let at = c.map_or(origin.path.clone(), |c| {
            t!("csv-row-column", row = &origin.path, column = c + 1)
        });
        let column = c.and_then(|c| starts.get(c)).copied().unwrap_or(1);
        Diagnostic::file(rel, msg).at(line, column).field(at)
    };
    // A row of another width than the header's is a list cut or shifted.
    if record.len() != columns.len() {
        let msg = t!(
            "csv-row-width",
            fields = record.len(),
            header = columns.len()
        );
        diags.push(fail(msg, None));
        return None;
    }
    let mut r = Recipient::default();
    for (c, value) in record.iter().enumerate() {
        let Some(Some(columns::Column::Field(key))) = columns.get(c) else {
            continue;
        };
        if let Err(msg) = columns::set(&mut r, key, value) {
            diags.push(fail(msg, Some(c)).hint(t!("csv-votes-hint")));
            return None;
        }
    }
    Some((r, origin))
}

/// The column (in characters, from 1) where each of the first `n` cells of the row that
/// starts at byte `start` of `text` begins: the csv crate tells where a row starts, not
/// its cells. A row that goes on over a line (a quoted cell with a line break) has its
/// later cells unplaced.
fn cell_columns(text: &str, start: usize, delimiter: char, n: usize) -> Vec<usize> {
    let mut starts = vec![1];
    let mut quoted = false;
    for (col, c) in text.get(start..).unwrap_or("").chars().enumerate() {
        if starts.len() >= n {
            break;
        }
        match c {
            '"' => quoted = !quoted,
            '\n' | '\r' => break,
            c if c == delimiter && !quoted => starts.push(col + 2),
            _ => {}
        }
    }
    starts
}

/// The largest recipients list read; a larger one is refused rather than read.
const MAX_CSV: u64 = 64 * 1024 * 1024;

/// The line (from 1) of byte `at` of `text`, as a spreadsheet numbers its rows: lines end
/// in `\n`, `\r\n` (as Excel saves) or `\r` alone.
pub(super) fn line_at(text: &str, at: u64) -> usize {
    let before = &text.as_bytes()[..(at as usize).min(text.len())];
    let crlf = before.windows(2).filter(|w| w == b"\r\n").count();
    let ends = before
        .iter()
        .filter(|b| **b == b'\n' || **b == b'\r')
        .count();
    1 + ends - crlf
}

/// The lines of bytes asked for in order, counted on from the last (as `line_at` counts
/// them): a list of 100 000 rows is read once, not once a row.
pub(super) struct Lines<'t> {
    text: &'t [u8],
    at: usize,
    line: usize,
    after_cr: bool,
}

impl<'t> Lines<'t> {
    pub(super) fn new(text: &'t str) -> Lines<'t> {
        Lines {
            text: text.as_bytes(),
            at: 0,
            line: 1,
            after_cr: false,
        }
    }

    /// The line of byte `byte`; a byte before the last asked counts from the start again.
    pub(super) fn at(&mut self, byte: u64) -> usize {
        let to = (byte as usize).min(self.text.len());
        if to < self.at {
            *self = Lines {
                text: self.text,
                at: 0,
                line: 1,
                after_cr: false,
            };
        }
        for &b in &self.text[self.at..to] {
            if b == b'\r' || (b == b'\n' && !self.after_cr) {
                self.line += 1;
            }
            self.after_cr = b == b'\r';
        }
        self.at = to;
        self.line
    }
}

/// Excel in Vietnamese locales writes `;`-separated files: pick whichever the first
/// lines (a title's, the header's) use more.
fn sniff_delimiter(text: &str) -> u8 {
    let header: String = text.lines().take(10).collect();
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
        id: t(r.id),
        born: t(r.born),
        hometown: t(r.hometown),
        residence: t(r.residence),
        qualification: t(r.qualification),
        honours: t(r.honours),
        achievement_report: t(r.achievement_report),
    }
}

#[cfg(test)]
mod tests {
    use super::{line_at, Lines};

    #[test]
    fn lines_counted_on_are_lines_counted_again() {
        let text = "a\r\nb\nc\rd\r\n\r\ne\n";
        let mut lines = Lines::new(text);
        for at in 0..=text.len() as u64 {
            assert_eq!(lines.at(at), line_at(text, at), "{at}");
        }
        assert_eq!(lines.at(2), line_at(text, 2), "asked again from before");
    }
}
