//! Recipient files from spreadsheets (`.xlsx`, `.xls`, `.ods`), read with calamine: the
//! first sheet or a named one, columns found by their header, cells turned into text the
//! way a Vietnamese office reads them.

use super::columns;
use super::{Glyphs, Origin};
use crate::diagnostic::Diagnostic;
use crate::model::Recipient;
use calamine::{open_workbook_auto, Data, Reader, Sheets};
use std::collections::BTreeMap;
use std::path::Path;
use unicode_normalization::UnicodeNormalization;

/// Whether `path` names a spreadsheet rather than a CSV file.
pub fn is_spreadsheet(path: &Path) -> bool {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    matches!(ext.as_deref(), Some("xlsx" | "xlsm" | "xls" | "ods"))
}

/// The recipients on `sheet` (or the first sheet) of the workbook `rel` under `root`.
pub fn read(
    root: &Path,
    rel: &Path,
    sheet: Option<&str>,
    glyphs: &mut Glyphs,
    diags: &mut Vec<Diagnostic>,
) -> Option<Vec<(Recipient, Origin)>> {
    let (name, rows) = open(root, rel, sheet, diags)?;
    // The header: the first row that names the list's columns, below any title rows.
    let firsts: Vec<Vec<String>> = rows.iter().take(10).map(|(_, r)| dense(r)).collect();
    let row = rows.first().map_or(1, |(r, _)| r + 1);
    let place = t!("xlsx-sheet-row", name = &name, row = row);
    let (at, columns) = match columns::find(rel, &firsts, place) {
        Ok(found) => found,
        Err(d) => {
            diags.push(d);
            return None;
        }
    };
    let sheet = Sheet {
        rel,
        name: &name,
        columns,
    };
    let mut out = Vec::new();
    for (r, row) in rows.iter().skip(at + 1) {
        if let Some(found) = sheet.recipient(*r, row, glyphs, diags) {
            out.push(found);
        }
    }
    Some(out)
}

/// The rows of the first sheet of the workbook `rel`, as text, each with the row number
/// a spreadsheet shows (a history list).
pub fn rows(
    root: &Path,
    rel: &Path,
    diags: &mut Vec<Diagnostic>,
) -> Option<Vec<(usize, Vec<String>)>> {
    let (_, rows) = open(root, rel, None, diags)?;
    Some(
        rows.iter()
            .map(|(r, row)| (*r as usize + 1, dense(row)))
            .collect(),
    )
}

/// The name and the non-empty cells of the sheet to read; `None` (its error pushed) when
/// the workbook is too large or unreadable, or lacks the sheet.
fn open(
    root: &Path,
    rel: &Path,
    sheet: Option<&str>,
    diags: &mut Vec<Diagnostic>,
) -> Option<(String, Rows)> {
    let fail = |msg: String| Diagnostic::file(rel, msg);
    if let Err(msg) = unpacked_size(&root.join(rel)) {
        diags.push(fail(msg).hint(t!("xlsx-too-large-hint")));
        return None;
    }
    let mut book = match open_workbook_auto(root.join(rel)) {
        Ok(b) => b,
        Err(e) => {
            diags.push(
                fail(t!("xlsx-unreadable", error = e.to_string())).hint(t!("xlsx-unreadable-hint")),
            );
            return None;
        }
    };
    let name = sheet_name(&book.sheet_names(), sheet, rel, diags)?;
    match cells(&mut book, &name) {
        Ok(rows) => Some((name, rows)),
        Err(msg) => {
            diags.push(fail(msg));
            None
        }
    }
}

/// The sheet to read among the workbook's `names`: the one named, or else the first;
/// `None` (its error pushed) when there is no such sheet.
fn sheet_name(
    names: &[String],
    sheet: Option<&str>,
    rel: &Path,
    diags: &mut Vec<Diagnostic>,
) -> Option<String> {
    match sheet {
        Some(s) if names.iter().any(|n| n == s) => Some(s.to_string()),
        Some(s) => {
            let hint =
                crate::diagnostic::suggest(s, names.iter().map(String::as_str)).unwrap_or_default();
            diags.push(Diagnostic::file(rel, t!("xlsx-no-sheet", sheet = s)).hint(hint));
            None
        }
        None => match names.first() {
            Some(n) => Some(n.clone()),
            None => {
                diags.push(Diagnostic::file(rel, t!("xlsx-no-sheets")));
                None
            }
        },
    }
}

/// The sheet being read: its file and name (for messages), and the recipient field of
/// each column its header names.
struct Sheet<'a> {
    rel: &'a Path,
    name: &'a str,
    columns: Vec<Option<columns::Column>>,
}

impl Sheet<'_> {
    /// The recipient on row `r` (0-based) with where it was written, its cells checked;
    /// `None` for a row with no value kept.
    fn recipient(
        &self,
        r: u32,
        row: &[(u32, Data)],
        glyphs: &mut Glyphs,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<(Recipient, Origin)> {
        let mut rec = Recipient::default();
        let mut empty = true;
        for (c, cell) in row {
            if self.cell((r, *c), cell, &mut rec, glyphs, diags) {
                empty = false;
            }
        }
        if empty {
            return None;
        }
        let line = r as usize + 1;
        let path = t!("xlsx-sheet-row", name = self.name, row = line);
        let origin = Origin {
            file: self.rel.to_path_buf(),
            line,
            column: 1,
            path,
            cells: Vec::new(),
        };
        Some((rec, origin))
    }

    /// Puts the cell at row `r`, column `c` into its field of `rec`, its characters
    /// checked for printing; whether it holds a value (a bad vote does, and is an error;
    /// an unknown gender does not).
    fn cell(
        &self,
        (r, c): (u32, u32),
        cell: &Data,
        rec: &mut Recipient,
        glyphs: &mut Glyphs,
        diags: &mut Vec<Diagnostic>,
    ) -> bool {
        let Some(Some(columns::Column::Field(col))) = self.columns.get(c as usize) else {
            return false;
        };
        let fail = |msg: String| Diagnostic::file(self.rel, msg).field(place(self.name, r, c));
        if let Data::Error(e) = cell {
            diags.push(fail(t!("xlsx-cell-error", error = e.to_string())));
            return false;
        }
        let value = text(cell);
        if value.is_empty() {
            return false;
        }
        glyphs.text(self.rel, &value, &|_, _| fail(String::new()));
        if *col == "gender" && crate::model::Gender::parse(&value).is_none() {
            let msg = t!("xlsx-gender", gender = &value);
            diags.push(fail(msg).hint(t!("xlsx-gender-hint")));
            return false;
        }
        if let Err(msg) = columns::set(rec, col, &value) {
            diags.push(fail(msg).hint(t!("csv-votes-hint")));
        }
        true
    }
}

/// `sheet "NAME", row 3, column B`: where a cell (0-based row and column) is, in a message.
fn place(name: &str, r: u32, c: u32) -> String {
    t!(
        "xlsx-cell",
        name = name,
        row = r as usize + 1,
        column = column_letter(c as usize)
    )
}

/// The most a spreadsheet may unpack to, and the most cells read from a sheet: a list
/// of recipients is far smaller, and a crafted file (a zip bomb, a cell at `XFD1048576`)
/// must not take the machine's memory.
const MAX_UNPACKED: u64 = 64 * 1024 * 1024;
const MAX_CELLS: usize = 5_000_000;

/// Refuses a zipped workbook (`.xlsx`, `.ods`) that would unpack to more than [`MAX_UNPACKED`].
fn unpacked_size(path: &Path) -> Result<(), String> {
    let Ok(file) = std::fs::File::open(path) else {
        return Ok(());
    };
    // Not a zip (an old `.xls`): calamine reads it as it is.
    let Ok(mut zip) = zip::ZipArchive::new(std::io::BufReader::new(file)) else {
        return Ok(());
    };
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let size = zip.by_index_raw(i).map(|f| f.size()).unwrap_or(0);
        total = total.saturating_add(size);
    }
    if total > MAX_UNPACKED {
        return Err(t!(
            "xlsx-too-large",
            size = total / 1_000_000,
            max = MAX_UNPACKED / 1024 / 1024
        ));
    }
    Ok(())
}

/// Non-empty cells by row (0-based), each row's by column.
type Rows = Vec<(u32, Vec<(u32, Data)>)>;

/// The non-empty cells of sheet `name`. An `.xlsx` sheet is read cell by cell, so a
/// far-away cell costs nothing; other formats as a whole range.
fn cells<RS: std::io::Read + std::io::Seek>(
    book: &mut Sheets<RS>,
    name: &str,
) -> Result<Rows, String> {
    let too_many = || t!("xlsx-too-many-cells", sheet = name, max = MAX_CELLS);
    let mut rows: BTreeMap<u32, Vec<(u32, Data)>> = BTreeMap::new();
    let mut count = 0;
    let mut add = |(r, c): (u32, u32), value: Data| {
        if !matches!(value, Data::Empty) {
            rows.entry(r).or_default().push((c, value));
        }
    };
    match book {
        Sheets::Xlsx(x) => {
            let read = |e: calamine::XlsxError| {
                t!("xlsx-sheet-unreadable", sheet = name, error = e.to_string())
            };
            let mut reader = x.worksheet_cells_reader(name).map_err(read)?;
            while let Some(cell) = reader.next_cell().map_err(read)? {
                count += 1;
                if count > MAX_CELLS {
                    return Err(too_many());
                }
                add(cell.get_position(), Data::from(cell.get_value().clone()));
            }
        }
        other => {
            let range = other
                .worksheet_range(name)
                .map_err(|e| t!("xlsx-sheet-unreadable", sheet = name, error = e.to_string()))?;
            if range.get_size().0.saturating_mul(range.get_size().1) > MAX_CELLS {
                return Err(too_many());
            }
            for (r, c, value) in range.used_cells() {
                let (r0, c0) = range.start().unwrap_or((0, 0));
                add((r0 + r as u32, c0 + c as u32), value.clone());
            }
        }
    }
    let mut rows: Rows = rows.into_iter().collect();
    for (_, row) in &mut rows {
        row.sort_by_key(|(c, _)| *c);
    }
    Ok(rows)
}

/// A row's cells as text, each at its column (a blank where the sheet has none).
fn dense(row: &[(u32, Data)]) -> Vec<String> {
    let width = row.iter().map(|(c, _)| *c as usize + 1).max().unwrap_or(0);
    let mut cells = vec![String::new(); width];
    for (c, cell) in row {
        cells[*c as usize] = text(cell);
    }
    cells
}

/// A cell as text: text as written (leading zeros kept), whole numbers without a decimal
/// part, other numbers with a decimal comma, dates as `05/03/2024`.
fn text(cell: &Data) -> String {
    let s = match cell {
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string().replace('.', ","),
        Data::Bool(b) => if *b { "có" } else { "không" }.to_string(),
        Data::DateTime(d) => {
            let (y, m, day, ..) = d.to_ymd_hms_milli();
            format!("{day:02}/{m:02}/{y}")
        }
        Data::Error(_) | Data::Empty => String::new(),
    };
    s.trim().nfc().collect()
}

/// `A`, `B`, …, `Z`, `AA`, … for a 0-based column.
fn column_letter(mut c: usize) -> String {
    let mut s = String::new();
    loop {
        s.insert(0, (b'A' + (c % 26) as u8) as char);
        if c < 26 {
            break;
        }
        c = c / 26 - 1;
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters() {
        let got: Vec<String> = [0, 1, 25, 26, 27, 51, 52, 701, 702]
            .map(column_letter)
            .to_vec();
        assert_eq!(got, ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
    }

    #[test]
    fn cells_as_text() {
        assert_eq!(text(&Data::String(" 0012 ".into())), "0012");
        assert_eq!(text(&Data::Float(2024.0)), "2024");
        assert_eq!(text(&Data::Float(12.5)), "12,5");
        assert_eq!(text(&Data::Int(7)), "7");
    }
}
