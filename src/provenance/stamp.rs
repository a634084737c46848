//! The record appended to a PDF as an incremental update: a new XMP stream (typst's
//! packet with the record added) and the catalog again, pointing to it. Only the
//! trailer, the cross-reference table, the catalog and the old packet are read; a file
//! on disk is stamped from them and copied as a stream (a print file of 100 000 pages is
//! never held whole).

use super::xmp::Record;
use super::Provenance;
use std::cell::RefCell;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;

/// The comment that starts the update; what comes before it is what typst wrote.
const MARK: &[u8] = b"\n%thidua-provenance\n";

/// How far from the end the update may start (its packet is a few kilobytes).
const REACH: usize = 1 << 18;

/// `bytes` cut where thidua's update starts: what typst wrote, and the update. The mark
/// counts only right after the end of a PDF (`%%EOF`): text of the data that reads like
/// it (in an XMP title) is not taken for it.
pub(super) fn split(bytes: &[u8]) -> Option<(&[u8], &[u8])> {
    let from = bytes.len().saturating_sub(REACH);
    let mut end = bytes.len();
    while let Some(at) = bytes[from..end]
        .windows(MARK.len())
        .rposition(|w| w == MARK)
    {
        let at = from + at;
        let before = &bytes[..at];
        let before = before.strip_suffix(b"\n").unwrap_or(before);
        if before.ends_with(b"%%EOF") {
            return Some(bytes.split_at(at));
        }
        end = at + MARK.len() - 1;
    }
    None
}

/// The bytes typst wrote: `bytes` without thidua's update, when it has one.
pub fn body(bytes: &[u8]) -> &[u8] {
    split(bytes).map_or(bytes, |(body, _)| body)
}

/// The length of the bytes typst wrote of the file at `path` (its tail alone is read).
pub fn body_len(path: &Path) -> Option<u64> {
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

/// `bytes` (a PDF as typst or the joiner wrote it, or one stamped before) with the
/// record of `provenance` appended in place of any earlier one.
pub fn stamp(bytes: &[u8], provenance: &Provenance) -> Result<Vec<u8>, String> {
    let body = body(bytes);
    let update = update(&Memory(body), crate::digest::of(body), provenance)?;
    Ok([body, &update].concat())
}

/// Appends the record of `provenance` to the file at `path`, which holds what the joiner
/// wrote alone, of digest `digest`: only its tail is read again.
pub fn append(path: &Path, digest: String, provenance: &Provenance) -> Result<(), String> {
    let failed = |e: std::io::Error| e.to_string();
    let mut file = std::fs::OpenOptions::new()
        .read(true)
        .append(true)
        .open(path)
        .map_err(failed)?;
    let len = file.metadata().map_err(failed)?.len() as usize;
    let disk = OnDisk {
        file: RefCell::new(file.try_clone().map_err(failed)?),
        len,
    };
    let update = update(&disk, digest, provenance)?;
    file.write_all(&update).map_err(failed)
}

/// The file at `path` stamped with `provenance` (in place of any earlier record), written
/// to `into`: what typst wrote is copied as it is read, never held whole.
pub fn stamp_file(path: &Path, into: &mut File, provenance: &Provenance) -> Result<(), String> {
    let failed = |e: std::io::Error| e.to_string();
    let len = body_len(path).ok_or("it cannot be read")?;
    let digest = crate::digest::file_prefix(path, len).ok_or("it cannot be read")?;
    let disk = OnDisk {
        file: RefCell::new(File::open(path).map_err(failed)?),
        len: len as usize,
    };
    let update = update(&disk, digest, provenance)?;
    let mut body = File::open(path).map_err(failed)?.take(len);
    std::io::copy(&mut body, into).map_err(failed)?;
    into.write_all(&update).map_err(failed)
}

/// The update that records `provenance` in the PDF `pdf`, whose bytes hash to `digest`.
fn update(pdf: &dyn Bytes, digest: String, provenance: &Provenance) -> Result<Vec<u8>, String> {
    let parsed = Parsed::of(pdf)
        .ok_or("its cross-reference table or catalog is not as typst writes them")?;
    let record = Record {
        provenance: provenance.clone(),
        body: digest,
    };
    let packet = record
        .added_to(&parsed.packet)
        .ok_or("its XMP metadata has no RDF")?;
    let n = parsed.size;
    let mut out = MARK.to_vec();
    // Offsets count from the start of the file.
    let at = |out: &Vec<u8>| pdf.len() + out.len();
    let meta_at = at(&out);
    out.extend_from_slice(
        format!(
            "{n} 0 obj\n<</Type/Metadata/Subtype/XML/Length {}>>\nstream\n",
            packet.len()
        )
        .as_bytes(),
    );
    out.extend_from_slice(packet.as_bytes());
    out.extend_from_slice(b"\nendstream\nendobj\n");
    let root_at = at(&out);
    let (root, generation) = parsed.root;
    let catalog = parsed.catalog_with(n);
    out.extend_from_slice(format!("{root} {generation} obj\n{catalog}\nendobj\n").as_bytes());
    let xref = at(&out);
    let entry = |at: usize, g: u32| format!("{at:010} {g:05} n \n");
    out.extend_from_slice(
        format!(
            "xref\n{root} 1\n{}{n} 1\n{}trailer\n<</Size {}/Root {root} {generation} R{}/Prev {}>>\nstartxref\n{xref}\n%%EOF\n",
            entry(root_at, generation),
            entry(meta_at, 0),
            n + 1,
            parsed.rest,
            parsed.xref
        )
        .as_bytes(),
    );
    Ok(out)
}

/// Random access to the bytes typst wrote: in memory, or in a file on disk.
trait Bytes {
    fn len(&self) -> usize;
    /// Up to `n` bytes from `at`.
    fn at(&self, at: usize, n: usize) -> Option<Vec<u8>>;
}

struct Memory<'a>(&'a [u8]);

impl Bytes for Memory<'_> {
    fn len(&self) -> usize {
        self.0.len()
    }
    fn at(&self, at: usize, n: usize) -> Option<Vec<u8>> {
        let end = at.checked_add(n)?.min(self.0.len());
        self.0.get(at..end).map(<[u8]>::to_vec)
    }
}

struct OnDisk {
    file: RefCell<File>,
    /// The length of the bytes typst wrote (the file may hold a record after them).
    len: usize,
}

impl Bytes for OnDisk {
    fn len(&self) -> usize {
        self.len
    }
    fn at(&self, at: usize, n: usize) -> Option<Vec<u8>> {
        let n = n.min(self.len.checked_sub(at)?);
        let mut file = self.file.borrow_mut();
        file.seek(SeekFrom::Start(at as u64)).ok()?;
        let mut bytes = vec![0; n];
        file.read_exact(&mut bytes).ok()?;
        Some(bytes)
    }
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
    fn of(pdf: &dyn Bytes) -> Option<Parsed> {
        let tail_at = pdf.len().saturating_sub(4096);
        let tail = pdf.at(tail_at, 4096)?;
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
        let table = Table::read(&pdf.at(xref, pdf.len().checked_sub(xref)?)?)?;
        let catalog = object(&pdf.at(table.offset(root.0)?, OBJECT)?)?;
        let catalog = catalog[catalog.find("<<")?..catalog.rfind(">>")? + 2].to_string();
        let packet = match after(&catalog, "/Metadata").and_then(reference) {
            Some((m, _)) => stream(&pdf.at(table.offset(m)?, PACKET)?)?,
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
struct Table {
    sections: Vec<(u32, Vec<u8>)>,
}

impl Table {
    /// The table at the start of `bytes`.
    fn read(bytes: &[u8]) -> Option<Table> {
        let mut rest = bytes.strip_prefix(b"xref")?;
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
            sections.push((first, entries.to_vec()));
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

/// How much is read for the catalog, and for the XMP packet.
const OBJECT: usize = 1 << 16;
const PACKET: usize = 1 << 20;

/// The text of the object at the start of `text`, from its number to `endobj`.
fn object(text: &[u8]) -> Option<String> {
    let end = text.windows(6).position(|w| w == b"endobj")?;
    Some(String::from_utf8_lossy(&text[..end]).into_owned())
}

/// The content of the unfiltered stream at the start of `text`.
fn stream(text: &[u8]) -> Option<String> {
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
