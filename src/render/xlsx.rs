//! A document's table as a spreadsheet (`.xlsx`): numbers kept numbers with `.` groups,
//! the total a `SUM` formula whose cached value is the document's own total, the header
//! row frozen and repeated on every printed page, printed one page wide.

use crate::kinds::{Cell, Table};
use crate::render::escape;
use rust_xlsxwriter::{
    DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Formula, Workbook, Worksheet,
    XlsxError,
};

/// The workbook of `tables`, one sheet each, dated `date` (year, month, day): the same
/// tables give the same bytes.
pub fn workbook(tables: &[Table], date: (i32, u8, u8)) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let year = u16::try_from(date.0).unwrap_or(2000);
    let created = ExcelDateTime::from_ymd(year, date.1, date.2)?;
    book.set_properties(&DocProperties::new().set_creation_datetime(&created));
    for table in tables {
        sheet(book.add_worksheet_with_constant_memory()?, table)?;
    }
    book.save_to_buffer()
}

/// One table on its sheet.
fn sheet(sheet: &mut Worksheet, table: &Table) -> Result<(), XlsxError> {
    sheet.set_name(&table.sheet)?;
    let width = table.head.len().max(2) as u16;
    let last = width - 1;
    let formats = Formats::new();
    // Rows are written in order, straight to a temporary file: the widths come first.
    let widths = column_widths(sheet, table, width)?;
    let header = above(sheet, table, last, &formats)?;
    let row = rows(sheet, table, (header, last), &widths, &formats)?;
    below(sheet, table, (header + 1, row), width, &formats)?;
    sheet.set_freeze_panes(header + 1, 0)?;
    sheet.set_repeat_rows(header, header)?;
    sheet.set_paper_size(9);
    sheet.set_print_fit_to_pages(1, 0);
    Ok(())
}

/// `f` in the sheet's font: Times New Roman, 12 points.
fn font(f: Format) -> Format {
    f.set_font_name("Times New Roman").set_font_size(12)
}

/// `f` for a cell of the table: in the font, boxed, its text wrapped.
fn boxed(f: Format) -> Format {
    font(f.set_border(FormatBorder::Thin).set_text_wrap())
}

/// The formats of a sheet's cells.
struct Formats {
    /// The lines above the table, but the last: bold, centred.
    title: Format,
    /// The last line above the table: italic, centred.
    line: Format,
    /// A field's label.
    label: Format,
    /// A field's value.
    plain: Format,
    /// A date field's value.
    plain_day: Format,
    /// The table's header cells.
    head: Format,
    /// A cell of text (and an empty one).
    text: Format,
    /// A number, `.` grouped.
    number: Format,
    /// A number in the first column (the row's index): centred.
    index: Format,
    /// A section heading, and the total's label.
    section: Format,
    /// The total.
    total: Format,
    /// A date.
    day: Format,
}

impl Formats {
    /// Every format, in the sheet's font; the table's cells boxed.
    fn new() -> Formats {
        Formats {
            title: font(Format::new().set_bold().set_align(FormatAlign::Center)),
            line: font(Format::new().set_italic().set_align(FormatAlign::Center)),
            label: font(Format::new().set_bold()),
            plain: font(Format::new()),
            plain_day: font(
                Format::new()
                    .set_num_format("dd/mm/yyyy")
                    .set_align(FormatAlign::Left),
            ),
            head: boxed(Format::new().set_bold().set_align(FormatAlign::Center)),
            text: boxed(Format::new()),
            number: boxed(Format::new().set_num_format("#,##0")),
            index: boxed(Format::new().set_align(FormatAlign::Center)),
            section: boxed(Format::new().set_bold()),
            total: boxed(Format::new().set_bold().set_num_format("#,##0")),
            day: boxed(
                Format::new()
                    .set_num_format("dd/mm/yyyy")
                    .set_align(FormatAlign::Left),
            ),
        }
    }
}

/// Sets the width of each of the `width` columns from the most characters its cells show
/// (at most 60), and returns the widths.
fn column_widths(sheet: &mut Worksheet, table: &Table, width: u16) -> Result<Vec<f64>, XlsxError> {
    let mut widths = Vec::new();
    for c in 0..width {
        let chars = table
            .rows
            .iter()
            .filter(|r| r.len() > 1)
            .filter_map(|r| r.get(c as usize).map(chars))
            .chain(table.head.get(c as usize).map(|h| h.chars().count()))
            .chain(table.fields.iter().map(|(l, v)| match c {
                0 => l.chars().count().min(12),
                1 => chars(v),
                _ => 0,
            }))
            .max()
            .unwrap_or(8);
        let w = (chars as f64 + 2.0).min(60.0);
        sheet.set_column_width(c, w)?;
        widths.push(w);
    }
    Ok(widths)
}

/// Writes what comes above the table, across its columns up to `last`: the draft mark,
/// the lines, the labelled fields; returns the row of the table's header.
fn above(sheet: &mut Worksheet, table: &Table, last: u16, f: &Formats) -> Result<u32, XlsxError> {
    let mut row = 0u32;
    if table.draft {
        let mark = font(Format::new().set_bold().set_font_color(0xC8102E));
        sheet.merge_range(
            row,
            0,
            row,
            last,
            "DỰ THẢO",
            &mark.set_align(FormatAlign::Right),
        )?;
        row += 1;
    }
    for (i, above) in table.above.iter().enumerate() {
        let format = if i + 1 == table.above.len() {
            &f.line
        } else {
            &f.title
        };
        sheet.merge_range(row, 0, row, last, &quotes(above), format)?;
        row += 1;
    }
    if !table.fields.is_empty() {
        row += 1;
    }
    for (name, value) in &table.fields {
        sheet.write_string_with_format(row, 0, name, &f.label)?;
        write(sheet, row, 1, value, [&f.plain, &f.plain, &f.plain_day])?;
        row += 1;
    }
    Ok(row + 1)
}

/// Writes the header at row `header` and the table's rows under it (a section heading
/// across the columns up to `last`); returns the last row written.
fn rows(
    sheet: &mut Worksheet,
    table: &Table,
    (header, last): (u32, u16),
    widths: &[f64],
    f: &Formats,
) -> Result<u32, XlsxError> {
    let mut row = header;
    for (c, h) in table.head.iter().enumerate() {
        sheet.write_string_with_format(row, c as u16, h, &f.head)?;
    }
    for cells in &table.rows {
        row += 1;
        if let [Cell::Text(heading)] = cells.as_slice() {
            sheet.merge_range(row, 0, row, last, &quotes(heading), &f.section)?;
            continue;
        }
        // A long name wraps: the row is as tall as its longest cell's lines (a row's
        // height must come before its cells, which go straight to the file).
        let lines = cells
            .iter()
            .zip(widths)
            .map(|(cell, w)| (chars(cell) as f64 / (w - 1.0).max(1.0)).ceil())
            .fold(1.0, f64::max);
        if lines > 1.0 {
            sheet.set_row_height(row, 15.75 * lines)?;
        }
        for (c, cell) in cells.iter().enumerate() {
            let c = c as u16;
            let numbers = if c == 0 { &f.index } else { &f.number };
            write(sheet, row, c, cell, [&f.text, numbers, &f.day])?;
        }
    }
    Ok(row)
}

/// Writes what comes under the table's rows (`first` to `row`): the total, a `SUM` of its
/// column whose cached value is the document's own total, then the lines below.
fn below(
    sheet: &mut Worksheet,
    table: &Table,
    (first, mut row): (u32, u32),
    width: u16,
    f: &Formats,
) -> Result<(), XlsxError> {
    if let Some((column, label, sum)) = &table.total {
        let c = *column as u16;
        let (from, to) = (cell_name(first, c), cell_name(row, c));
        row += 1;
        sheet.merge_range(row, 0, row, c.saturating_sub(1), label, &f.section)?;
        let formula = Formula::new(format!("=SUM({from}:{to})")).set_result(sum.to_string());
        sheet.write_formula_with_format(row, c, formula, &f.total)?;
        for blank in c + 1..width {
            sheet.write_blank(row, blank, &f.text)?;
        }
    }
    for below in &table.below {
        row += 1;
        sheet.merge_range(row, 0, row, width - 1, &quotes(below), &font(Format::new()))?;
    }
    Ok(())
}

/// Writes one cell with the format of its type: `[text, number, date]`.
fn write(
    sheet: &mut Worksheet,
    row: u32,
    c: u16,
    cell: &Cell,
    [text, number, day]: [&Format; 3],
) -> Result<(), XlsxError> {
    match cell {
        Cell::Text(s) => sheet.write_string_with_format(row, c, quotes(s), text)?,
        Cell::Number(n) => sheet.write_number_with_format(row, c, *n as f64, number)?,
        Cell::Decimal(x, shown) => {
            let format = number.clone().set_num_format(shown);
            sheet.write_number_with_format(row, c, *x, &format)?
        }
        Cell::Date(d) => {
            let year = u16::try_from(d.year).unwrap_or(1900);
            let date = ExcelDateTime::from_ymd(year, d.month, d.day)?;
            sheet.write_datetime_with_format(row, c, &date, day)?
        }
        Cell::Empty => sheet.write_blank(row, c, text)?,
    };
    Ok(())
}

/// The characters a cell shows (a number with its `.` groups, a date as `dd/mm/yyyy`).
fn chars(cell: &Cell) -> usize {
    match cell {
        Cell::Text(s) => s.chars().count(),
        Cell::Number(n) => n.to_string().len() * 4 / 3,
        Cell::Decimal(x, shown) => format!("{x}").len().max(shown.len().min(12)),
        Cell::Date(_) => 10,
        Cell::Empty => 0,
    }
}

/// `s` with its quotes paired as the PDF prints them (“…”).
fn quotes(s: &str) -> String {
    escape::quotes(s).into_owned()
}

/// `D12`: the name of the cell at `row` and `column` (from 0).
fn cell_name(row: u32, column: u16) -> String {
    let mut letters = String::new();
    let mut n = column as u32 + 1;
    while n > 0 {
        let d = (n - 1) % 26;
        letters.insert(0, (b'A' + d as u8) as char);
        n = (n - 1) / 26;
    }
    format!("{letters}{}", row + 1)
}

#[cfg(test)]
mod tests {
    #[test]
    fn cell_names() {
        for (row, col, name) in [
            (0, 0, "A1"),
            (11, 3, "D12"),
            (0, 25, "Z1"),
            (4, 26, "AA5"),
            (0, 701, "ZZ1"),
            (0, 702, "AAA1"),
        ] {
            assert_eq!(super::cell_name(row, col), name);
        }
    }
}
