//! A document's table as a spreadsheet takes it: lines above it, its header, its rows of
//! text and numbers, the column summed by a formula, and lines below.

/// One cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    /// A whole number (đồng, a count), kept a number in the spreadsheet.
    Number(u64),
    /// A number shown with an Excel number format (`#,##0.0`, `0.0%`): a figure with
    /// decimals, a share, points.
    Decimal(f64, String),
    /// A date, kept a date (shown `dd/mm/yyyy`).
    Date(crate::model::Date),
    Empty,
}

/// A table for a spreadsheet copy of a document.
#[derive(Debug, Clone, Default)]
pub struct Table {
    /// The sheet's name.
    pub sheet: String,
    /// Marked `DỰ THẢO` above all, as the PDF's pages are.
    pub draft: bool,
    /// Lines above the table, each across its width (title, reference).
    pub above: Vec<String>,
    /// Labelled values under those lines (`Ngày ký` and the date), one a row.
    pub fields: Vec<(String, Cell)>,
    /// The header row.
    pub head: Vec<String>,
    /// The rows; a row of one text cell is a section heading across the table.
    pub rows: Vec<Vec<Cell>>,
    /// The column whose numbers a total row sums with a formula, its label, and the sum
    /// the document prints (which the formula's cached value must equal).
    pub total: Option<(usize, String, u64)>,
    /// Lines below the table (the amount in words).
    pub below: Vec<String>,
}
