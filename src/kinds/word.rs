//! A document as its Word copy lays it out (`--format docx`): parts of paragraphs and
//! tables in the official layout, built from the same facts as the PDF. Each part starts
//! a page and numbers its pages from 1, the number shown from its second page on, as the
//! PDF numbers a decision and its annex.

use crate::model::Margins;
use serde::Serialize;

/// A Word copy: its parts in order.
#[derive(Debug, Clone, Serialize)]
pub struct Word {
    /// The document's title, in its properties (`Quyết định 1520/QĐ-SNV`).
    pub title: String,
    /// The agency, as author.
    pub author: String,
    /// Marked `DỰ THẢO` in its page header.
    pub draft: bool,
    pub margins: Margins,
    pub parts: Vec<Part>,
}

impl Word {
    /// The copy titled `title` of a document of `base`, by its agency.
    pub fn of(base: &super::Base, title: String, parts: Vec<Part>) -> Word {
        Word {
            title,
            author: base.org.name.clone(),
            draft: base.draft,
            margins: base.margins,
            parts,
        }
    }
}

/// Pages numbered on their own: a document's body, an annex, one invitation.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Part {
    pub blocks: Vec<Block>,
}

/// One block of a part, in the Decree's layout.
#[derive(Debug, Clone, Serialize)]
pub enum Block {
    /// The two-column header: agency and number left, Quốc hiệu, Tiêu ngữ and the
    /// place-and-date line right; short rules under the agency and the Tiêu ngữ.
    Header(Header),
    /// Centred lines and a short rule under them: a document's title and summary, or
    /// an annex's title, subtitle and reference.
    Title(Vec<Line>),
    /// A centred line in bold (`QUYẾT ĐỊNH:`, the authority, an invitee).
    Centred(String),
    /// A justified paragraph with its first line indented.
    Para(Vec<Line>),
    /// `Điều N.` in bold, then its text.
    Article(u32, String),
    /// A bold line flush left (`I. TẬP THỂ (03)`, a report's section).
    Heading(String),
    /// `Kính gửi:` and one addressee, or several, each on its line.
    Addressees(Vec<String>),
    /// Text in the Markdown subset of report sections.
    Markdown(String),
    Table(Grid),
    /// Nơi nhận left, the signature block right.
    Closing(Closing),
}

/// Text of one style.
#[derive(Debug, Clone, Serialize)]
pub struct Line {
    pub text: String,
    pub bold: bool,
    pub italic: bool,
}

impl Line {
    pub fn plain(text: impl Into<String>) -> Line {
        Line {
            text: text.into(),
            bold: false,
            italic: false,
        }
    }

    pub fn bold(text: impl Into<String>) -> Line {
        Line {
            bold: true,
            ..Line::plain(text)
        }
    }

    pub fn italic(text: impl Into<String>) -> Line {
        Line {
            italic: true,
            ..Line::plain(text)
        }
    }
}

/// The two-column header's text.
#[derive(Debug, Clone, Serialize)]
pub struct Header {
    pub parent: Option<String>,
    pub name: String,
    /// `1520/QĐ-SNV`, after `Số: `.
    pub number: String,
    pub place_date: String,
}

/// Nơi nhận and the signature block.
#[derive(Debug, Clone, Serialize)]
pub struct Closing {
    pub recipients: Vec<String>,
    /// A signature of its own on the left instead of Nơi nhận (a báo cáo thành tích's
    /// `THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ`), its lines in bold, then `(Ký, đóng dấu)`.
    pub confirm: Vec<String>,
    pub authority: Option<String>,
    pub position: String,
    pub name: String,
}

/// How a column's cells align.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Align {
    Left,
    Center,
    Right,
}

/// A column: its header, alignment and width (`None`: as wide as its widest cell, up
/// to 40 % of the line; `Some(share)`: a share of what the others leave).
#[derive(Debug, Clone, Serialize)]
pub struct Column {
    pub head: String,
    pub align: Align,
    pub share: Option<f32>,
}

impl Column {
    pub fn new(head: &str, align: Align, share: Option<f32>) -> Column {
        Column {
            head: head.to_string(),
            align,
            share,
        }
    }
}

/// A table with its header row repeated on every page; no row is split across pages.
#[derive(Debug, Clone, Serialize)]
pub struct Grid {
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
}

/// A row: its cells; the first spans `span` columns (a total row), and `bold` rows
/// are totals.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub cells: Vec<String>,
    pub span: usize,
    pub bold: bool,
}

impl Row {
    pub fn new(cells: Vec<String>) -> Row {
        Row {
            cells,
            span: 1,
            bold: false,
        }
    }
}
