//! The columns of a recipients list (a CSV file or a spreadsheet) as offices write them:
//! each field by its key or its Vietnamese names, case and spaces folded; `STT` and `Ghi
//! chú` read as nothing; the header row found below any title rows.

use crate::diagnostic::Diagnostic;

/// Each field a list may fill, with the names an office's header gives it.
pub const COLUMNS: [(&str, &[&str]); 15] = [
    ("name", &["họ và tên", "họ tên"]),
    ("gender", &["giới tính"]),
    ("position", &["chức vụ", "chức vụ, đơn vị", "chức danh"]),
    ("unit", &["đơn vị", "đơn vị công tác"]),
    ("collective", &["tập thể", "tên tập thể"]),
    ("household", &["hộ gia đình"]),
    ("class", &["lớp"]),
    ("id", &["mã", "mã số"]),
    ("born", &["ngày sinh"]),
    ("hometown", &["quê quán"]),
    ("residence", &["trú quán", "nơi ở"]),
    (
        "qualification",
        &[
            "trình độ chuyên môn",
            "trình độ chuyên môn, nghiệp vụ",
            "trình độ",
        ],
    ),
    (
        "honours",
        &["học hàm, học vị, danh hiệu, giải thưởng", "học hàm, học vị"],
    ),
    ("votes", &["số phiếu"]),
    ("achievement", &["tóm tắt thành tích", "thành tích"]),
];

/// Headers of columns a list may have that hold nothing to read.
const IGNORED: [&str; 4] = ["stt", "tt", "số tt", "ghi chú"];

/// How many rows above the header (a sheet's title) are looked through.
const TITLE_ROWS: usize = 10;

/// What a column is: a field's key, or nothing to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Field(&'static str),
    Ignored,
}

/// The column a header names, folded (`Họ và Tên`, `HỌ VÀ TÊN`, ` họ  và tên `).
pub fn column(header: &str) -> Option<Column> {
    let h = crate::model::fold::fold(header);
    if IGNORED.contains(&h.as_str()) {
        return Some(Column::Ignored);
    }
    COLUMNS
        .iter()
        .find(|(key, names)| *key == h || names.contains(&h.as_str()))
        .map(|(key, _)| Column::Field(key))
}

/// The header among the first rows (`rows`: each row's cells, `""` for an empty one): the
/// first row whose cells name columns, every one of them; its index and its columns.
/// Rows of a title above it are skipped.
pub fn header<'a>(
    rows: impl Iterator<Item = Vec<&'a str>>,
) -> Option<(usize, Vec<Option<Column>>)> {
    for (i, cells) in rows.take(TITLE_ROWS).enumerate() {
        // An empty cell names nothing; every other cell must name a column.
        let columns: Vec<Option<Column>> = cells.iter().map(|c| column(c)).collect();
        let unnamed = cells
            .iter()
            .zip(&columns)
            .any(|(c, col)| !c.trim().is_empty() && col.is_none());
        let fields = columns.iter().any(|c| matches!(c, Some(Column::Field(_))));
        if fields && !unnamed {
            return Some((i, columns));
        }
    }
    None
}

/// A row's cells as text, for [`header`].
fn texts(row: &[String]) -> Vec<&str> {
    row.iter().map(String::as_str).collect()
}

/// The header among `firsts` (the first rows, each row's cells as text): its index and
/// columns; or the error of a list whose header names columns no list has (at `place`,
/// where its first row is).
pub fn find(
    file: &std::path::Path,
    firsts: &[Vec<String>],
    place: String,
) -> Result<(usize, Vec<Option<Column>>), Diagnostic> {
    if let Some(found) = header(firsts.iter().map(|r| texts(r))) {
        return Ok(found);
    }
    let named = firsts
        .iter()
        .find(|r| r.iter().any(|c| column(c).is_some()));
    let first = named
        .or(firsts.first())
        .map(|r| texts(r))
        .unwrap_or_default();
    Err(unknown(file, &first, place))
}

/// Puts `value` (trimmed; empty is nothing) into the field `key` of `r`; a vote written
/// with anything but digits (`0x3`, `9 phiếu`) is an error.
pub fn set(r: &mut crate::model::Recipient, key: &str, value: &str) -> Result<(), String> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(());
    }
    let slot = match key {
        "votes" => {
            let digits = value.chars().all(|c| c.is_ascii_digit());
            let votes = value.parse().ok().filter(|_| digits);
            r.votes = Some(votes.ok_or_else(|| t!("columns-votes", value = value))?);
            return Ok(());
        }
        "name" => &mut r.name,
        "gender" => &mut r.gender,
        "position" => &mut r.position,
        "unit" => &mut r.unit,
        "collective" => &mut r.collective,
        "household" => &mut r.household,
        "class" => &mut r.class,
        "id" => &mut r.id,
        "born" => &mut r.born,
        "hometown" => &mut r.hometown,
        "residence" => &mut r.residence,
        "qualification" => &mut r.qualification,
        "honours" => &mut r.honours,
        _ => &mut r.achievement,
    };
    *slot = Some(value.to_string());
    Ok(())
}

/// The error of a list whose header names columns no list has: every unknown one at once,
/// with the known names in order.
fn unknown(file: &std::path::Path, first: &[&str], place: String) -> Diagnostic {
    let unknown: Vec<String> = first
        .iter()
        .filter(|c| !c.trim().is_empty() && column(c).is_none())
        .map(|c| format!("`{}`", c.trim()))
        .collect();
    let msg = match unknown.as_slice() {
        [] => t!("columns-none"),
        [one] => t!("columns-unknown-one", column = one),
        many => t!("columns-unknown-many", columns = many.join(", ")),
    };
    let known: Vec<String> = COLUMNS
        .iter()
        .map(|(key, names)| {
            names
                .first()
                .map_or(key.to_string(), |n| format!("{key} ({n})"))
        })
        .collect();
    let names = COLUMNS
        .iter()
        .flat_map(|(key, names)| std::iter::once(*key).chain(names.iter().copied()));
    let names: Vec<&str> = names.collect();
    let near = match unknown.as_slice() {
        [one] => crate::diagnostic::suggest(one.trim_matches('`'), names.iter().copied()),
        _ => None,
    };
    let known = known.join(", ");
    let hint = match near {
        Some(near) => t!("columns-known-near", suggestion = near, known = known),
        None => t!("columns-known", known = known),
    };
    Diagnostic::file(file, msg).field(place).hint(hint)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_as_offices_write_them() {
        for (h, want) in [
            ("name", Some(Column::Field("name"))),
            ("Họ và tên", Some(Column::Field("name"))),
            ("HỌ VÀ TÊN", Some(Column::Field("name"))),
            (" Giới  tính ", Some(Column::Field("gender"))),
            ("Chức vụ, đơn vị", Some(Column::Field("position"))),
            ("Số phiếu", Some(Column::Field("votes"))),
            ("STT", Some(Column::Ignored)),
            ("Ghi chú", Some(Column::Ignored)),
            ("Điện thoại", None),
        ] {
            assert_eq!(column(h), want, "{h}");
        }
        let rows = [
            vec!["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", "", ""],
            vec!["", "", ""],
            vec!["STT", "Họ và tên", "Giới tính"],
            vec!["1", "Nguyễn Văn An", "Nam"],
        ];
        let (at, columns) = header(rows.iter().cloned()).unwrap();
        assert_eq!(at, 2);
        assert_eq!(
            columns,
            [
                Some(Column::Ignored),
                Some(Column::Field("name")),
                Some(Column::Field("gender"))
            ]
        );
    }
}
