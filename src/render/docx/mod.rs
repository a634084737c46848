//! The Word copy of a document (`--format docx`), written with docx-rs from a
//! [`Word`]: A4, the configured margins, Times New Roman (Tinos has its metrics: the
//! lines break alike), each part a section whose pages are numbered from 1 and show
//! the number, centred at the top, from their second page on.

mod blocks;
mod markdown;
mod table;

use crate::kinds::word::Word;
use docx_rs::{
    AlignmentType, Docx, Header, LineSpacing, PageMargin, PageNum, PageNumType, Paragraph, Run,
    RunFonts, Section,
};

/// The font every run names; Word and LibreOffice show Tinos (metric-compatible) or
/// Liberation Serif where it is missing.
pub const FONT: &str = "Times New Roman";

/// Twentieths of a point in a millimetre.
const TWIPS_PER_MM: f64 = 56.692_913;

/// A4 in twips.
const A4: (u32, u32) = (11_906, 16_838);

/// What `docx` needs: the copy, and the date it carries as created and modified (the
/// same copy gives the same bytes).
pub fn docx(word: &Word, date: (i32, u8, u8)) -> Result<Vec<u8>, String> {
    let stamp = format!("{:04}-{:02}-{:02}T00:00:00Z", date.0, date.1, date.2);
    let margins = page_margin(word);
    let width = text_width(word);
    let mut doc = Docx::new()
        .default_fonts(fonts())
        .default_size(28)
        .default_line_spacing(LineSpacing::new().after(120))
        .created_at(&stamp)
        .updated_at(&stamp);
    let n = word.parts.len();
    for (i, part) in word.parts.iter().enumerate() {
        let paragraphs = blocks::part(part, width, word.draft);
        if i + 1 < n {
            let mut section = Section::new()
                .page_size(docx_rs::PageSize::new().size(A4.0, A4.1))
                .page_margin(margins.clone())
                .title_pg()
                .page_num_type(PageNumType::new().start(1))
                .header(number_header(word.draft));
            for child in paragraphs {
                section = match child {
                    blocks::Child::Paragraph(p) => section.add_paragraph(p),
                    blocks::Child::Table(t) => section.add_table(t),
                };
            }
            doc = doc.add_section(section);
        } else {
            for child in paragraphs {
                doc = match child {
                    blocks::Child::Paragraph(p) => doc.add_paragraph(p),
                    blocks::Child::Table(t) => doc.add_table(t),
                };
            }
        }
    }
    if n == 0 {
        doc = doc.add_paragraph(Paragraph::new());
    }
    let doc = doc
        .page_size(A4.0, A4.1)
        .page_margin(margins)
        .title_pg()
        .page_num_type(PageNumType::new().start(1))
        .header(number_header(word.draft));
    let mut xml = doc.build();
    let mut id = 1;
    let document = String::from_utf8_lossy(&xml.document);
    let document = table::repeat_header_rows(&table::renumber_paragraphs(&document, &mut id));
    xml.document = document.into_bytes();
    for header in &mut xml.headers {
        *header =
            table::renumber_paragraphs(&String::from_utf8_lossy(header), &mut id).into_bytes();
    }
    // docx-rs names no author nor title: the agency and the document's, as the PDF's.
    let core = String::from_utf8_lossy(&xml.doc_props.core).replace(
        "<dc:creator>unknown</dc:creator><cp:lastModifiedBy>unknown</cp:lastModifiedBy>",
        &format!(
            "<dc:creator>{0}</dc:creator><cp:lastModifiedBy>{0}</cp:lastModifiedBy><dc:title>{1}</dc:title>",
            xml_text(&word.author.replace('\n', " ")),
            xml_text(&word.title)
        ),
    );
    xml.doc_props.core = core.into_bytes();
    let mut bytes = std::io::Cursor::new(Vec::new());
    xml.pack(&mut bytes).map_err(|e| e.to_string())?;
    deflated(&bytes.into_inner()).map_err(|e| e.to_string())
}

/// The package `stored` (docx-rs stores its parts uncompressed: a 1000-row annex made
/// 1.3 MB) with every part deflated, dated as docx-rs dates them (1980-01-01), in the
/// same order: the same copy gives the same bytes.
fn deflated(stored: &[u8]) -> zip::result::ZipResult<Vec<u8>> {
    use std::io::{Read, Write};
    let mut from = zip::ZipArchive::new(std::io::Cursor::new(stored))?;
    let mut to = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    for i in 0..from.len() {
        let mut part = from.by_index(i)?;
        if part.is_dir() {
            continue;
        }
        let mut data = Vec::with_capacity(part.size() as usize);
        part.read_to_end(&mut data)?;
        to.start_file(part.name()?.to_string(), options)?;
        to.write_all(&data)?;
    }
    Ok(to.finish()?.into_inner())
}

/// `text` as XML character data.
fn xml_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Every run's font, for Latin and Vietnamese alike.
fn fonts() -> RunFonts {
    RunFonts::new()
        .ascii(FONT)
        .hi_ansi(FONT)
        .cs(FONT)
        .east_asia(FONT)
}

fn twips(mm: f64) -> i32 {
    (mm * TWIPS_PER_MM).round() as i32
}

fn page_margin(word: &Word) -> PageMargin {
    let m = word.margins;
    PageMargin::new()
        .top(twips(m.top))
        .bottom(twips(m.bottom))
        .left(twips(m.left))
        .right(twips(m.right))
        .header(twips(m.top * 0.4))
        .footer(twips(m.bottom * 0.4))
        .gutter(0)
}

/// The width of the text between the margins, in twips.
fn text_width(word: &Word) -> u32 {
    let m = word.margins;
    (A4.0 as i32 - twips(m.left) - twips(m.right)).max(2000) as u32
}

/// The header of pages after a part's first: the page number, centred, 13 pt; on a
/// draft, `DỰ THẢO` on a line of its own above it, at the right.
fn number_header(draft: bool) -> Header {
    let number = Paragraph::new()
        .align(AlignmentType::Center)
        .add_page_num(PageNum::new())
        .size(26);
    let header = Header::new();
    let header = match draft {
        true => header.add_paragraph(
            Paragraph::new()
                .align(AlignmentType::Right)
                .add_run(Run::new().add_text("DỰ THẢO").bold().color("C8102E")),
        ),
        false => header,
    };
    header.add_paragraph(number)
}
