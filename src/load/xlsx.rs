//! Recipient files from spreadsheets (`.xlsx`, `.xls`, `.ods`), read with calamine: the
//! first sheet or a named one, columns found by their header, cells turned into text the
//! way a Vietnamese office reads them.

use super::Origin;
use crate::diagnostic::Diagnostic;
use crate::model::Recipient;
use calamine::{open_workbook_auto, Data, Reader};
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
    diags: &mut Vec<Diagnostic>,
) -> Vec<(Recipient, Origin)> {
    let fail = |msg: String| Diagnostic::file(rel, msg);
    let mut book = match open_workbook_auto(root.join(rel)) {
        Ok(b) => b,
        Err(e) => {
            diags.push(
                fail(format!("cannot read the spreadsheet: {e}"))
                    .hint("save it again from Excel as .xlsx"),
            );
            return Vec::new();
        }
    };
    let names = book.sheet_names();
    let name = match sheet {
        Some(s) if names.iter().any(|n| n == s) => s.to_string(),
        Some(s) => {
            let hint =
                crate::diagnostic::suggest(s, names.iter().map(String::as_str)).unwrap_or_default();
            diags.push(fail(format!("no sheet named `{s}`")).hint(hint));
            return Vec::new();
        }
        None => match names.first() {
            Some(n) => n.clone(),
            None => {
                diags.push(fail("the workbook has no sheet".into()));
                return Vec::new();
            }
        },
    };
    let range = match book.worksheet_range(&name) {
        Ok(r) => r,
        Err(e) => {
            diags.push(fail(format!("cannot read sheet `{name}`: {e}")));
            return Vec::new();
        }
    };
    let (row0, col0) = range.start().unwrap_or((0, 0));
    let at = |r: usize, c: usize| {
        format!(
            "sheet \"{name}\", row {}, column {}",
            row0 as usize + r + 1,
            column_letter(col0 as usize + c)
        )
    };
    let mut rows = range.rows();
    let Some(header) = rows.next() else {
        return Vec::new();
    };
    let mut columns = Vec::new();
    for (c, cell) in header.iter().enumerate() {
        let h = text(cell).to_lowercase();
        match h.as_str() {
            "" => columns.push(None),
            "name" | "gender" | "position" | "unit" | "collective" => columns.push(Some(h)),
            _ => {
                let known = ["name", "gender", "position", "unit", "collective"];
                let hint = crate::diagnostic::suggest(&h, known).unwrap_or_default();
                diags.push(
                    fail(format!("unknown column `{h}`"))
                        .field(at(0, c))
                        .hint(hint),
                );
                return Vec::new();
            }
        }
    }
    let mut out = Vec::new();
    for (i, row) in rows.enumerate() {
        let r = i + 1;
        let mut rec = Recipient::default();
        let mut empty = true;
        for (c, cell) in row.iter().enumerate() {
            let Some(Some(col)) = columns.get(c) else {
                continue;
            };
            if let Data::Error(e) = cell {
                diags.push(fail(format!("the cell holds the error {e}")).field(at(r, c)));
                continue;
            }
            let value = text(cell);
            if value.is_empty() {
                continue;
            }
            if col == "gender" && super::is_female(&value).is_none() {
                diags.push(
                    fail(format!("unknown gender `{value}`"))
                        .field(at(r, c))
                        .hint("write `male` or `female`"),
                );
                continue;
            }
            empty = false;
            let slot = match col.as_str() {
                "name" => &mut rec.name,
                "gender" => &mut rec.gender,
                "position" => &mut rec.position,
                "unit" => &mut rec.unit,
                _ => &mut rec.collective,
            };
            *slot = Some(value);
        }
        if !empty {
            let line = row0 as usize + r + 1;
            let path = format!("sheet \"{name}\", row {line}");
            out.push((
                rec,
                Origin {
                    file: rel.to_path_buf(),
                    line,
                    column: 1,
                    path,
                },
            ));
        }
    }
    out
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
