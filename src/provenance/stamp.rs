//! The record appended to a PDF as an incremental update: a new XMP stream (typst's
//! packet with the record added) and the catalog again, pointing to it. Only the
//! trailer, the catalog and the old packet are read, so a print file of 10 000 pages
//! is stamped as fast as a certificate.

use super::xmp::Record;
use super::Provenance;

/// The comment that starts the update; what comes before it is what typst wrote.
const MARK: &[u8] = b"\n%thidua-provenance\n";

/// How far from the end the update may start (its packet is a few kilobytes).
const REACH: usize = 1 << 18;

/// `bytes` cut where thidua's update starts: what typst wrote, and the update.
pub(super) fn split(bytes: &[u8]) -> Option<(&[u8], &[u8])> {
    let from = bytes.len().saturating_sub(REACH);
    let at = from + bytes[from..].windows(MARK.len()).rposition(|w| w == MARK)?;
    Some(bytes.split_at(at))
}

/// The bytes typst wrote: `bytes` without thidua's update, when it has one.
pub fn body(bytes: &[u8]) -> &[u8] {
    split(bytes).map_or(bytes, |(body, _)| body)
}

/// The length of the bytes typst wrote of the file at `path` (its tail alone is read).
pub fn body_len(path: &std::path::Path) -> Option<u64> {
    use std::io::{Read, Seek, SeekFrom};
    let mut file = std::fs::File::open(path).ok()?;
    let len = file.metadata().ok()?.len();
    let from = len.saturating_sub(REACH as u64);
    file.seek(SeekFrom::Start(from)).ok()?;
    let mut tail = Vec::new();
    file.read_to_end(&mut tail).ok()?;
    Some(match split(&tail) {
        Some((body, _)) => from + body.len() as u64,
        None => len,
    })
}

/// The hash of `bytes` as the build manifest writes it.
pub(super) fn digest(bytes: &[u8]) -> String {
    format!("{:032x}", typst::utils::hash128(bytes))
}

/// `bytes` (a PDF as typst or the joiner wrote it, or one stamped before) with the
/// record of `provenance` appended in place of any earlier one.
pub fn stamp(bytes: &[u8], provenance: &Provenance) -> Result<Vec<u8>, String> {
    let body = body(bytes);
    let pdf = Parsed::of(body)
        .ok_or("its cross-reference table or catalog is not as typst writes them")?;
    let record = Record {
        provenance: provenance.clone(),
        body: digest(body),
    };
    let packet = record
        .added_to(&pdf.packet)
        .ok_or("its XMP metadata has no RDF")?;
    let n = pdf.size;
    let mut out = body.to_vec();
    out.extend_from_slice(MARK);
    let meta_at = out.len();
    out.extend_from_slice(
        format!(
            "{n} 0 obj\n<</Type/Metadata/Subtype/XML/Length {}>>\nstream\n",
            packet.len()
        )
        .as_bytes(),
    );
    out.extend_from_slice(packet.as_bytes());
    out.extend_from_slice(b"\nendstream\nendobj\n");
    let root_at = out.len();
    let (root, generation) = pdf.root;
    let catalog = pdf.catalog_with(n);
    out.extend_from_slice(format!("{root} {generation} obj\n{catalog}\nendobj\n").as_bytes());
    let xref = out.len();
    let entry = |at: usize, g: u32| format!("{at:010} {g:05} n \n");
    out.extend_from_slice(
        format!(
            "xref\n{root} 1\n{}{n} 1\n{}trailer\n<</Size {}/Root {root} {generation} R{}/Prev {}>>\nstartxref\n{xref}\n%%EOF\n",
            entry(root_at, generation),
            entry(meta_at, 0),
            n + 1,
            pdf.rest,
            pdf.xref
        )
        .as_bytes(),
    );
    Ok(out)
}

/// What the update needs of the file it is appended to.
struct Parsed {
    /// The trailer's `/Size`: the number the new stream takes.
    size: u32,
    /// The catalog's number and generation.
    root: (u32, u32),
    /// The catalog's dictionary as written.
    catalog: String,
    /// The trailer's `/Info` and `/ID`, as written.
    rest: String,
    /// Where its cross-reference table starts.
    xref: usize,
    /// Its XMP packet (a bare one when it had none).
    packet: String,
}

impl Parsed {
    fn of(pdf: &[u8]) -> Option<Parsed> {
        let tail = &pdf[pdf.len().saturating_sub(4096)..];
        let at = tail.windows(9).rposition(|w| w == b"startxref")?;
        let xref: usize = first_number(&tail[at + 9..])?;
        let trailer_at = tail[..at].windows(7).rposition(|w| w == b"trailer")?;
        let trailer = std::str::from_utf8(&tail[trailer_at + 7..at]).ok()?;
        let size = first_number(after(trailer, "/Size")?.as_bytes())? as u32;
        let root = reference(after(trailer, "/Root")?)?;
        let mut rest = String::new();
        for key in ["/Info", "/ID"] {
            if let Some(start) = trailer.find(key) {
                let value = &trailer[start..];
                let end = if key == "/ID" {
                    value.find(']')? + 1
                } else {
                    value.find('R')? + 1
                };
                rest.push_str(&value[..end]);
            }
        }
        let table = Table::read(pdf, xref)?;
        let catalog = object(pdf, table.offset(root.0)?)?;
        let catalog = catalog[catalog.find("<<")?..catalog.rfind(">>")? + 2].to_string();
        let packet = match after(&catalog, "/Metadata").and_then(reference) {
            Some((m, _)) => stream(pdf, table.offset(m)?)?,
            None => BARE.to_string(),
        };
        Some(Parsed {
            size,
            root,
            catalog,
            rest,
            xref,
            packet,
        })
    }

    /// The catalog with its `/Metadata` pointing to object `n`.
    fn catalog_with(&self, n: u32) -> String {
        let c = &self.catalog;
        let new = format!("/Metadata {n} 0 R");
        match c.find("/Metadata") {
            Some(start) => {
                let end = start + c[start..].find('R').unwrap_or(0) + 1;
                format!("{}{new}{}", &c[..start], &c[end..])
            }
            None => format!("{}{new}>>", &c[..c.len() - 2]),
        }
    }
}

/// An XMP packet with nothing in it, for a PDF that had none.
const BARE: &str = "<?xpacket begin=\"\u{feff}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"></rdf:RDF></x:xmpmeta><?xpacket end=\"r\"?>";

/// A classic cross-reference table: its subsections (first number, entries).
struct Table<'a> {
    sections: Vec<(u32, &'a [u8])>,
}

impl<'a> Table<'a> {
    fn read(pdf: &'a [u8], at: usize) -> Option<Table<'a>> {
        let mut rest = pdf.get(at..)?.strip_prefix(b"xref")?;
        let mut sections = Vec::new();
        loop {
            rest = rest.trim_ascii_start();
            if rest.starts_with(b"trailer") || rest.is_empty() {
                break;
            }
            let line = rest.iter().position(|&b| b == b'\n')?;
            let head = std::str::from_utf8(&rest[..line]).ok()?;
            let mut words = head.split_whitespace();
            let first: u32 = words.next()?.parse().ok()?;
            let count: usize = words.next()?.parse().ok()?;
            let entries = rest.get(line + 1..line + 1 + 20 * count)?;
            sections.push((first, entries));
            rest = &rest[line + 1 + 20 * count..];
        }
        Some(Table { sections })
    }

    /// Where object `n` starts.
    fn offset(&self, n: u32) -> Option<usize> {
        let (first, entries) = self
            .sections
            .iter()
            .find(|(first, e)| n >= *first && ((n - first) as usize) < e.len() / 20)?;
        let entry = &entries[(n - first) as usize * 20..][..20];
        (entry[17] == b'n').then(|| first_number(&entry[..10]))?
    }
}

/// The text of the object at `at`, from its number to `endobj`.
fn object(pdf: &[u8], at: usize) -> Option<String> {
    let text = pdf.get(at..)?;
    let end = text.windows(6).position(|w| w == b"endobj")?;
    Some(String::from_utf8_lossy(&text[..end]).into_owned())
}

/// The content of the unfiltered stream at `at`.
fn stream(pdf: &[u8], at: usize) -> Option<String> {
    let text = pdf.get(at..)?;
    let start = text.windows(6).position(|w| w == b"stream")?;
    let head = std::str::from_utf8(&text[..start]).ok()?;
    if head.contains("/Filter") {
        return None;
    }
    let mut body = &text[start + 6..];
    body = body.strip_prefix(b"\r").unwrap_or(body);
    body = body.strip_prefix(b"\n").unwrap_or(body);
    let end = body.windows(9).position(|w| w == b"endstream")?;
    let content = std::str::from_utf8(&body[..end]).ok()?;
    Some(content.trim_end_matches(['\r', '\n']).to_string())
}

/// The text after the key `key` in a dictionary.
fn after<'a>(dict: &'a str, key: &str) -> Option<&'a str> {
    let at = dict.find(key)? + key.len();
    Some(&dict[at..])
}

/// `n g R` at the start of `text`.
fn reference(text: &str) -> Option<(u32, u32)> {
    let mut words = text.trim_start().splitn(3, |c: char| c.is_whitespace());
    let n = words.next()?.parse().ok()?;
    let g = words.next()?.parse().ok()?;
    words.next()?.starts_with('R').then_some((n, g))
}

/// The whole number at the start of `bytes`, after white space.
fn first_number(bytes: &[u8]) -> Option<usize> {
    let digits: Vec<u8> = bytes
        .trim_ascii_start()
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .copied()
        .collect();
    std::str::from_utf8(&digits).ok()?.parse().ok()
}
