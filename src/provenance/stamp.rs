//! The record appended to a PDF as an incremental update: a new XMP stream (typst's
//! packet with the record added) and the catalog again, pointing to it. Only the
//! trailer, the cross-reference table, the catalog and the old packet are read; a file
//! on disk is stamped from them and copied as a stream (a print file of 100 000 pages is
//! never held whole).

use super::xmp::Record;
use super::Provenance;
use crate::pdf::{after, reference, stream, with_entry, Bytes, Memory, Tail};
use std::cell::RefCell;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;

/// The comment that starts the update; what comes before it is what typst wrote.
const MARK: &[u8] = b"\n%thidua-provenance\n";

/// How far from the end a build looks for the update (its packet is a few kilobytes);
/// `verify` looks through the whole file, as signatures may follow it.
const REACH: usize = 1 << 18;

/// `bytes` cut where thidua's update starts: what typst wrote, and the update. The mark
/// counts only right after the end of a PDF (`%%EOF`): text of the data that reads like
/// it (in an XMP title) is not taken for it.
pub(super) fn split(bytes: &[u8]) -> Option<(&[u8], &[u8])> {
    split_within(bytes, REACH)
}

/// The same, looking for the update in the last `reach` bytes.
pub(super) fn split_within(bytes: &[u8], reach: usize) -> Option<(&[u8], &[u8])> {
    let from = bytes.len().saturating_sub(reach);
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

/// The XMP packet of the record's own update (`update` from its mark on): what follows it
/// (a signing tool's metadata, say) is never taken for the record.
pub(super) fn packet(update: &[u8]) -> Option<&[u8]> {
    let head = update.get(..update.len().min(512))?;
    let at = head.windows(8).position(|w| w == b"/Length ")? + 8;
    let len = super::super::pdf::first_number(&head[at..])?;
    let start = at + head[at..].windows(7).position(|w| w == b"stream\n")? + 7;
    update.get(start..start.checked_add(len)?)
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
    let len = body_len(path).ok_or_else(|| t!("provenance-unreadable"))?;
    let digest =
        crate::digest::file_prefix(path, len).ok_or_else(|| t!("provenance-unreadable"))?;
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
    let parsed = Parsed::of(pdf).ok_or_else(|| t!("provenance-not-as-typst"))?;
    let record = Record {
        provenance: provenance.clone(),
        body: digest,
    };
    let packet = record
        .added_to(&parsed.packet)
        .ok_or_else(|| t!("provenance-no-rdf"))?;
    let n = parsed.tail.size;
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
    let (root, generation) = parsed.tail.root;
    let catalog = with_entry(&parsed.catalog, "/Metadata", &format!("/Metadata {n} 0 R"));
    out.extend_from_slice(format!("{root} {generation} obj\n{catalog}\nendobj\n").as_bytes());
    let xref = at(&out);
    let objects = [(root, generation, root_at), (n, 0, meta_at)];
    out.extend_from_slice(parsed.tail.update_end(&objects, n + 1, xref).as_bytes());
    Ok(out)
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
    tail: Tail,
    /// The catalog's dictionary as written.
    catalog: String,
    /// Its XMP packet (a bare one when it had none).
    packet: String,
}

/// How much is read for the XMP packet.
const PACKET: usize = 1 << 20;

impl Parsed {
    fn of(pdf: &dyn Bytes) -> Option<Parsed> {
        let tail = Tail::of(pdf)?;
        let catalog = tail.dictionary(pdf, tail.root.0)?;
        let packet = match after(&catalog, "/Metadata").and_then(reference) {
            Some((m, _)) => stream(&pdf.at(tail.offset(m)?, PACKET)?)?,
            None => BARE.to_string(),
        };
        Some(Parsed {
            tail,
            catalog,
            packet,
        })
    }
}

/// An XMP packet with nothing in it, for a PDF that had none.
const BARE: &str = "<?xpacket begin=\"\u{feff}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"></rdf:RDF></x:xmpmeta><?xpacket end=\"r\"?>";
