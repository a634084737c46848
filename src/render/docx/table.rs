//! Data tables of a Word copy: columns sized as the PDF sizes them (from their widest
//! cells), 0.5 pt lines, 13 pt text, a bold header row that repeats on every page.

use super::blocks::say;
use crate::kinds::word::{Align, Column, Grid, Row};
use docx_rs::{
    AlignmentType, BorderType, HeightRule, LineSpacing, Paragraph, Table, TableBorder,
    TableBorderPosition, TableBorders, TableCell, TableLayoutType, TableRow, VAlignType, WidthType,
};

/// The height a header row is marked with, replaced by `w:tblHeader` (docx-rs has no
/// setter for it): no other row asks for this height.
const HEADER_MARK: &str = r#"<w:trHeight w:val="1" w:hRule="atLeast" />"#;

/// The width in twips of `text` at `size` points, estimated from its letters (Times
/// averages half an em a letter, capitals more): rules are sized from it.
pub fn text_twips(text: &str, size: f32, bold: bool) -> u32 {
    let em = size * 20.0;
    let wide = |c: char| c.is_uppercase() || c == 'm' || c == 'w';
    let ems: f32 = text
        .chars()
        .map(|c| match c {
            ' ' | '.' | ',' | ':' | ';' => 0.27,
            '%' => 0.83,
            c if c.is_ascii_digit() => 0.5,
            c if wide(c) => 0.7,
            _ => 0.47,
        })
        .sum();
    // A little more than the estimate: a column a little wide beats a number wrapped.
    (ems * em * if bold { 1.1 } else { 1.04 }) as u32
}

/// The widths of `columns` in twips: a column sized to its content gets the width of
/// its widest cell or header word (13 pt, with the cell's margins), at most 40 % of the
/// line; the
/// columns with a share divide what is left, at least a quarter of the line, the others
/// narrowing for it.
pub fn widths(columns: &[Column], rows: &[Row], width: u32) -> Vec<u32> {
    // Word's cell margins (0,19 cm each side) and a little room: `116,4%` on one line.
    let margins = 2 * 108 + 60;
    let mut out: Vec<u32> = columns
        .iter()
        .enumerate()
        .map(|(i, c)| match c.share {
            Some(_) => 0,
            None => {
                let widest = rows
                    .iter()
                    .filter(|r| r.span == 1)
                    .filter_map(|r| r.cells.get(i))
                    .map(|t| text_twips(t, 13.0, false))
                    // A header wraps between its words (`Số phiếu` / `(tỷ lệ)`), as the
                    // PDF's does: its longest word sizes the column, not the whole of it.
                    .chain(c.head.split_whitespace().map(|w| text_twips(w, 13.0, true)))
                    .max()
                    .unwrap_or(0);
                (widest + margins).min(width * 2 / 5)
            }
        })
        .collect();
    let shares: f32 = columns.iter().filter_map(|c| c.share).sum();
    let room = if shares > 0.0 { width * 3 / 4 } else { width };
    let fixed: u32 = out.iter().sum();
    if fixed > room {
        for w in &mut out {
            *w = (*w as u64 * room as u64 / fixed as u64) as u32;
        }
    }
    let left = width.saturating_sub(out.iter().sum());
    for (w, c) in out.iter_mut().zip(columns) {
        if let Some(share) = c.share {
            *w = (left as f32 * share / shares) as u32;
        }
    }
    // What rounding left goes to the widest column, so that the table fills the line.
    let sum: u32 = out.iter().sum();
    if let Some(widest) = out.iter_mut().max() {
        *widest = (*widest + width).saturating_sub(sum);
    }
    out
}

/// A data table: 0.5 pt lines, 13 pt text, a bold header row that repeats on every
/// page, no row split across pages.
pub fn table(grid: &Grid, width: u32) -> Table {
    let widths = widths(&grid.columns, &grid.rows, width);
    let cell = |text: &str, align: Align, bold: bool, w: u32| {
        let mut r = say(text).size(26);
        if bold {
            r = r.bold();
        }
        let p = Paragraph::new()
            .align(alignment(align))
            .line_spacing(LineSpacing::new().before(0).after(0))
            .add_run(r);
        TableCell::new()
            .add_paragraph(p)
            .width(w as usize, WidthType::Dxa)
            .vertical_align(VAlignType::Center)
    };
    let head = grid
        .columns
        .iter()
        .zip(&widths)
        .map(|(c, w)| cell(&c.head, Align::Center, true, *w))
        .collect();
    let mut rows = vec![TableRow::new(head)
        .cant_split()
        .row_height(1.0)
        .height_rule(HeightRule::AtLeast)];
    for row in &grid.rows {
        let mut cells = Vec::new();
        let mut col = 0;
        for (i, text) in row.cells.iter().enumerate() {
            let span = if i == 0 { row.span.max(1) } else { 1 };
            let Some(column) = grid.columns.get(col) else {
                break;
            };
            let w: u32 = widths[col..(col + span).min(widths.len())].iter().sum();
            let align = if span > 1 {
                Align::Center
            } else {
                column.align
            };
            let mut c = cell(text, align, row.bold, w);
            if span > 1 {
                c = c.grid_span(span);
            }
            cells.push(c);
            col += span;
        }
        rows.push(TableRow::new(cells).cant_split());
    }
    let line = |p| TableBorder::new(p).size(4).border_type(BorderType::Single);
    let borders = [
        TableBorderPosition::Top,
        TableBorderPosition::Left,
        TableBorderPosition::Bottom,
        TableBorderPosition::Right,
        TableBorderPosition::InsideH,
        TableBorderPosition::InsideV,
    ]
    .into_iter()
    .fold(TableBorders::new(), |b, p| b.set(line(p)));
    Table::new(rows)
        .set_grid(widths.iter().map(|w| *w as usize).collect())
        .width(width as usize, WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
        .set_borders(borders)
        .margins(docx_rs::TableCellMargins::new().margin(50, 80, 50, 80))
}

fn alignment(a: Align) -> AlignmentType {
    match a {
        Align::Left => AlignmentType::Left,
        Align::Center => AlignmentType::Center,
        Align::Right => AlignmentType::Right,
    }
}

/// `document.xml` with each header row marked to repeat on every page.
pub fn repeat_header_rows(document: &str) -> String {
    document.replace(HEADER_MARK, "<w:tblHeader />")
}

/// `xml` with its paragraphs' ids renumbered from `next` in order: docx-rs counts them
/// per thread across documents, and the same copy must give the same bytes whichever
/// worker wrote it.
pub fn renumber_paragraphs(xml: &str, next: &mut u32) -> String {
    const ID: &str = "w14:paraId=\"";
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(i) = rest.find(ID) {
        let (head, tail) = rest.split_at(i + ID.len());
        out.push_str(head);
        let end = tail.find('"').unwrap_or(tail.len());
        out.push_str(&format!("{:08X}", *next));
        *next += 1;
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_of_text_in_twips() {
        let cases = [
            ("", 13.0, false, 0),
            ("100,0%", 13.0, false, 838),
            ("STT", 13.0, true, 600),
            ("710.000", 13.0, false, 884),
            ("Số tiền (đồng)", 13.0, true, 1833),
            // The Tiêu ngữ at 14 pt bold: 65 mm, as long as the PDF's rule under it.
            ("Độc lập - Tự do - Hạnh phúc", 14.0, true, 3689),
        ];
        for (text, size, bold, want) in cases {
            assert_eq!(text_twips(text, size, bold), want, "{text}");
        }
    }

    #[test]
    fn columns_share_the_line() {
        let col = |h: &str, share| Column::new(h, Align::Left, share);
        let row = |cells: &[&str]| Row::new(cells.iter().map(|c| c.to_string()).collect());
        let long = "x".repeat(200);
        let cases: Vec<(Vec<Column>, Vec<Row>, Vec<u32>)> = vec![
            // Sized to the widest cell or header word (with 276 twips of margins), the
            // rest to the name: `Số tiền` / `(đồng)` wraps rather than squeeze it.
            (
                vec![
                    col("STT", None),
                    col("Tên", Some(1.0)),
                    col("Số tiền (đồng)", None),
                ],
                vec![row(&["1", "Phòng A", "710.000"])],
                vec![876, 6964, 1160],
            ),
            // Too wide together: each column loses its part.
            (
                vec![col("a", None), col("b", None), col("c", None)],
                vec![row(&[&long, &long, &long])],
                vec![3000, 3000, 3000],
            ),
            // A column with a share keeps a quarter of the line.
            (
                vec![col("a", None), col("b", Some(1.0)), col("c", None)],
                vec![row(&[&long, "", &long])],
                vec![3375, 2250, 3375],
            ),
        ];
        for (columns, rows, want) in cases {
            let got = widths(&columns, &rows, 9000);
            assert_eq!(got, want);
            assert_eq!(got.iter().sum::<u32>(), 9000);
        }
    }

    #[test]
    fn paragraph_ids_count_from_one_in_order() {
        let xml = r#"<w:p w14:paraId="0000000A"/><w:p w14:paraId="00000003"/>"#;
        let mut next = 1;
        let got = renumber_paragraphs(xml, &mut next);
        assert_eq!(
            got,
            r#"<w:p w14:paraId="00000001"/><w:p w14:paraId="00000002"/>"#
        );
        assert_eq!(next, 3);
        let header = format!("<w:trPr><w:cantSplit />{HEADER_MARK}</w:trPr>");
        assert_eq!(
            repeat_header_rows(&header),
            "<w:trPr><w:cantSplit /><w:tblHeader /></w:trPr>"
        );
    }
}
