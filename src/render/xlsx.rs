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
    let font = |f: Format| f.set_font_name("Times New Roman").set_font_size(12);
    let title = font(Format::new().set_bold().set_align(FormatAlign::Center));
    let line = font(Format::new().set_italic().set_align(FormatAlign::Center));
    let label = font(Format::new().set_bold());
    let boxed = |f: Format| font(f.set_border(FormatBorder::Thin).set_text_wrap());
    let head = boxed(Format::new().set_bold().set_align(FormatAlign::Center));
    let text = boxed(Format::new());
    let number = boxed(Format::new().set_num_format("#,##0"));
    let index = boxed(Format::new().set_align(FormatAlign::Center));
    let section = boxed(Format::new().set_bold());
    let total = boxed(Format::new().set_bold().set_num_format("#,##0"));
    let day = boxed(
        Format::new()
            .set_num_format("dd/mm/yyyy")
            .set_align(FormatAlign::Left),
    );
    let plain_day = font(
        Format::new()
            .set_num_format("dd/mm/yyyy")
            .set_align(FormatAlign::Left),
    );
    let plain = font(Format::new());

    // Rows are written in order, straight to a temporary file: the widths come first.
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
            &line
        } else {
            &title
        };
        sheet.merge_range(row, 0, row, last, &quotes(above), format)?;
        row += 1;
    }
    if !table.fields.is_empty() {
        row += 1;
    }
    for (name, value) in &table.fields {
        sheet.write_string_with_format(row, 0, name, &label)?;
        write(sheet, row, 1, value, [&plain, &plain, &plain_day])?;
        row += 1;
    }
    row += 1;
    let header = row;
    for (c, h) in table.head.iter().enumerate() {
        sheet.write_string_with_format(row, c as u16, h, &head)?;
    }
    let first = row + 1;
    for cells in &table.rows {
        row += 1;
        if let [Cell::Text(heading)] = cells.as_slice() {
            sheet.merge_range(row, 0, row, last, &quotes(heading), &section)?;
            continue;
        }
        // A long name wraps: the row is as tall as its longest cell's lines (a row's
        // height must come before its cells, which go straight to the file).
        let lines = cells
            .iter()
            .zip(&widths)
            .map(|(cell, w)| (chars(cell) as f64 / (w - 1.0).max(1.0)).ceil())
            .fold(1.0, f64::max);
        if lines > 1.0 {
            sheet.set_row_height(row, 15.75 * lines)?;
        }
        for (c, cell) in cells.iter().enumerate() {
            let c = c as u16;
            let numbers = if c == 0 { &index } else { &number };
            write(sheet, row, c, cell, [&text, numbers, &day])?;
        }
    }
    if let Some((column, label, sum)) = &table.total {
        let c = *column as u16;
        let (from, to) = (cell_name(first, c), cell_name(row, c));
        row += 1;
        sheet.merge_range(row, 0, row, c.saturating_sub(1), label, &section)?;
        let formula = Formula::new(format!("=SUM({from}:{to})")).set_result(sum.to_string());
        sheet.write_formula_with_format(row, c, formula, &total)?;
        for blank in c + 1..width {
            sheet.write_blank(row, blank, &text)?;
        }
    }
    for below in &table.below {
        row += 1;
        sheet.merge_range(row, 0, row, last, &quotes(below), &font(Format::new()))?;
    }
    sheet.set_freeze_panes(header + 1, 0)?;
    sheet.set_repeat_rows(header, header)?;
    sheet.set_paper_size(9);
    sheet.set_print_fit_to_pages(1, 0);
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
