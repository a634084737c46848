//! Joins pages of finished PDFs into one PDF (the print file of a decision's certificates,
//! a decision typeset in pieces), copying their compressed objects as they are: nothing is
//! typeset or re-encoded again.
//!
//! The file is written piece by piece. Objects 1 (the page tree), 2 (the catalog) and 3
//! (the document information) have fixed numbers; each piece's objects are numbered on
//! from the last piece's, its pages first, and written together. So a piece's bytes depend
//! only on its pages and on its first number, never on where they came from: a piece of
//! the previous file whose first number has not moved is copied from it byte for byte,
//! without reading a single object. The catalog and the document information come from
//! the first piece and are written with it.

mod copy;
mod parts;
mod read;
mod write;

pub use parts::{join, JoinPart};
pub use read::{Previous, Source};

use copy::Numbering;
use lopdf::{Dictionary, Document, Object, ObjectId};
use std::collections::HashMap;
use std::io::Write;
use std::ops::Range;
use write::{indirect, io};

/// Page attributes a page may inherit from its parents in the page tree.
const INHERITED: [&[u8]; 4] = [b"Resources", b"MediaBox", b"CropBox", b"Rotate"];

/// Document-level entries of the first piece's catalog that carry over (metadata and
/// PDF/A output intents; a joined file is not tagged).
const CATALOG_KEYS: [&[u8]; 3] = [b"Metadata", b"OutputIntents", b"Lang"];

/// The fixed objects.
const PAGES: u32 = 1;
const CATALOG: u32 = 2;
const INFO: u32 = 3;
/// The first number of the first piece.
const FIRST: u32 = 4;

/// The comment after the version, of bytes above 127, that marks the file as binary.
const BINARY: &[u8] = b"%\x80\x80\x80\x80\n";
/// The end of each object.
const ENDOBJ: &[u8] = b"\nendobj\n";

/// A piece of a previous file: the hash of its inputs, its pages and objects.
#[derive(Debug, Clone, Copy)]
pub struct Old {
    pub inputs: u128,
    pub pages: usize,
    pub objects: u32,
}

/// A joined PDF: its bytes (none when written to a file) and the number of objects of
/// each piece.
pub struct Joined {
    /// Only the tests join in memory; thidua writes every joined file as it goes.
    #[cfg_attr(not(test), allow(dead_code))]
    pub pdf: Vec<u8>,
    pub objects: Vec<u32>,
    /// Its number of pages, counted in its page tree.
    pub pages: usize,
}

/// A PDF being put together from pages of others, one piece at a time.
pub struct Joiner {
    out: Vec<u8>,
    /// Where the bytes go once a piece is written, when the joined file is written to a
    /// file (a print file of 100 000 pages is never held whole); `None`: kept in `out`.
    sink: Option<std::fs::File>,
    /// The bytes already written to the sink.
    flushed: usize,
    /// Where each object starts in `out`, by number (0 for object 0 and those to come).
    offsets: Vec<usize>,
    kids: Vec<u32>,
    /// The number of objects of each piece.
    objects: Vec<u32>,
}

impl Default for Joiner {
    fn default() -> Self {
        Joiner::new()
    }
}

impl Joiner {
    /// An empty PDF.
    pub fn new() -> Joiner {
        Joiner {
            out: Vec::new(),
            sink: None,
            flushed: 0,
            offsets: vec![0; FIRST as usize],
            kids: Vec::new(),
            objects: Vec::new(),
        }
    }

    /// An empty PDF written to `file` piece by piece.
    pub fn into_file(file: std::fs::File) -> Joiner {
        Joiner {
            sink: Some(file),
            ..Joiner::new()
        }
    }

    /// Where the next byte goes in the joined file.
    fn pos(&self) -> usize {
        self.flushed + self.out.len()
    }

    /// Writes what the pieces so far made to the sink, if there is one.
    fn spill(&mut self) -> Result<(), String> {
        if let Some(file) = &mut self.sink {
            file.write_all(&self.out).map_err(io)?;
            self.flushed += self.out.len();
            self.out.clear();
        }
        Ok(())
    }

    fn next(&self) -> u32 {
        self.offsets.len() as u32
    }

    /// Appends pages `pages` (0-based) of `src` as the next piece. The first piece also
    /// gives the version, the catalog's metadata and the document information.
    pub fn add(&mut self, src: &Source, pages: Range<usize>) -> Result<(), String> {
        let pdf = &src.doc;
        let range = src.pages.get(pages.clone()).ok_or_else(|| {
            let (asked, total) = (format!("{pages:?}"), src.pages.len());
            t!("join-pages-out-of-range", pages = asked, total = total)
        })?;
        let first = self.kids.is_empty();
        let mut piece = Numbering {
            base: self.next(),
            objects: Vec::new(),
            map: HashMap::new(),
        };
        // Its pages first, so that the pages of a piece are numbered from its first number.
        for &page in range {
            piece.reserve(page);
        }
        let mut fixed = Vec::new();
        if first {
            let mut catalog = Dictionary::new();
            catalog.set("Type", Object::Name(b"Catalog".to_vec()));
            catalog.set("Pages", Object::Reference((PAGES, 0)));
            let source_catalog = pdf.catalog().map_err(err)?;
            for key in CATALOG_KEYS {
                if let Ok(v) = source_catalog.get(key) {
                    catalog.set(key, piece.copy(pdf, v)?);
                }
            }
            let info = match pdf.trailer.get(b"Info").and_then(|i| pdf.dereference(i)) {
                Ok((_, Object::Dictionary(d))) => piece.copy_dict(pdf, d)?,
                _ => Dictionary::new(),
            };
            fixed.push((CATALOG, Object::Dictionary(catalog)));
            fixed.push((INFO, Object::Dictionary(info)));
        }
        for (i, &page) in range.iter().enumerate() {
            let mut dict = pdf.get_dictionary(page).map_err(err)?.clone();
            for key in INHERITED {
                if !dict.has(key) {
                    if let Some(v) = inherited(pdf, page, key) {
                        dict.set(key, v);
                    }
                }
            }
            let mut copied = piece.copy_dict(pdf, &dict)?;
            copied.set("Parent", Object::Reference((PAGES, 0)));
            piece.objects[i] = Some(Object::Dictionary(copied));
        }

        if first {
            writeln!(self.out, "%PDF-{}", pdf.version).map_err(io)?;
            self.out.extend_from_slice(BINARY);
            for (n, object) in &fixed {
                self.offsets[*n as usize] = self.pos();
                indirect(&mut self.out, *n, object);
            }
        }
        let base = piece.base;
        for (i, object) in piece.objects.into_iter().enumerate() {
            let n = base + i as u32;
            self.offsets.push(self.pos());
            let object = object.ok_or_else(|| t!("join-object-not-copied"))?;
            indirect(&mut self.out, n, &object);
        }
        self.kids.extend(base..base + range.len() as u32);
        self.objects.push(self.next() - base);
        self.spill()
    }

    /// Appends piece `at` of `old` (the previous file, whose pieces were `parts`) as the
    /// next piece: copied as bytes when its numbers have not moved (then `true`), else
    /// renumbered.
    pub fn take(&mut self, old: &Previous, at: usize, parts: &[Old]) -> Result<bool, String> {
        let pages = parts.get(at).ok_or_else(|| t!("join-no-such-piece"))?.pages;
        if self.copy(old, at, parts).is_some() {
            self.spill()?;
            return Ok(true);
        }
        let first = parts[..at]
            .iter()
            .fold(0usize, |a, p| a.saturating_add(p.pages));
        let src = old.parsed()?;
        self.add(src, first..first.saturating_add(pages))?;
        Ok(false)
    }

    /// Copies piece `at` of `old` byte for byte, when it starts where the next piece would
    /// and the file is laid out as `parts` say; `None` (and nothing written) otherwise.
    fn copy(&mut self, old: &Previous, at: usize, parts: &[Old]) -> Option<()> {
        let (offsets, kids) = old.layout.as_ref()?;
        let part = parts.get(at)?;
        // The parts must account for every object and page of the file (sums of at most
        // `offsets.len()`, so none overflows).
        let objects: usize = parts.iter().map(|p| p.objects as usize).sum();
        if parts.iter().any(|p| p.objects == 0 || p.pages > kids.len())
            || FIRST as usize + objects != offsets.len()
            || parts.iter().map(|p| p.pages).sum::<usize>() != kids.len()
        {
            return None;
        }
        let base = FIRST as usize
            + parts[..at]
                .iter()
                .map(|p| p.objects as usize)
                .sum::<usize>();
        let end = base + part.objects as usize;
        // Its numbers must not move, and the first piece alone has the header and the
        // fixed objects.
        if base != self.offsets.len() || (at == 0) != self.kids.is_empty() {
            return None;
        }
        let first: usize = parts[..at].iter().map(|p| p.pages).sum();
        let pages = &kids[first..first + part.pages];
        if !pages
            .iter()
            .map(|&k| k as usize)
            .eq(base..base + part.pages)
        {
            return None;
        }
        let start = if at == 0 { 0 } else { offsets[base] };
        let stop = if at + 1 == parts.len() {
            offsets[PAGES as usize]
        } else {
            offsets[end]
        };
        // The piece's bytes must be its objects in order and nothing else (after the header,
        // for the first).
        let fixed = if at == 0 {
            CATALOG as usize..FIRST as usize
        } else {
            0..0
        };
        let mut pos = start;
        if at == 0 {
            let line = old.bytes.iter().position(|&b| b == b'\n')? + 1;
            pos = line + BINARY.len();
            if !old.bytes.starts_with(b"%PDF-") || old.bytes.get(line..pos)? != BINARY {
                return None;
            }
        }
        let numbers: Vec<usize> = fixed.clone().chain(base..end).collect();
        for (i, &n) in numbers.iter().enumerate() {
            let next = numbers.get(i + 1).map_or(stop, |&m| offsets[m]);
            let object = old.bytes.get(pos..next)?;
            let head = format!("{n} 0 obj\n");
            if offsets[n] != pos
                || !object.starts_with(head.as_bytes())
                || !object.ends_with(ENDOBJ)
            {
                return None;
            }
            pos = next;
        }
        let shift = self.pos();
        for n in fixed {
            self.offsets[n] = offsets[n] - start + shift;
        }
        self.offsets
            .extend(offsets[base..end].iter().map(|o| o - start + shift));
        self.out.extend_from_slice(&old.bytes[start..stop]);
        self.kids.extend(base as u32..(base + part.pages) as u32);
        self.objects.push(part.objects);
        Some(())
    }

    /// The PDF, with the file identifier `id` (derived from the inputs).
    pub fn finish(mut self, id: u128) -> Result<Joined, String> {
        if self.kids.is_empty() {
            return Err(t!("join-nothing"));
        }
        let kids = Object::Array(
            self.kids
                .iter()
                .map(|&k| Object::Reference((k, 0)))
                .collect(),
        );
        let pages = Dictionary::from_iter([
            ("Type", Object::Name(b"Pages".to_vec())),
            ("Kids", kids),
            ("Count", Object::Integer(self.kids.len() as i64)),
        ]);
        self.offsets[PAGES as usize] = self.pos();
        indirect(&mut self.out, PAGES, &Object::Dictionary(pages));
        let xref = self.pos();
        let out = &mut self.out;
        let size = self.offsets.len();
        write!(out, "xref\n0 {size}\n0000000000 65535 f\r\n").map_err(io)?;
        for &offset in &self.offsets[1..] {
            write!(out, "{offset:010} 00000 n\r\n").map_err(io)?;
        }
        let id = format!("{id:032X}");
        write!(
            out,
            "trailer\n<</Size {size}/Root {CATALOG} 0 R/Info {INFO} 0 R/ID[<{id}><{id}>]>>\nstartxref\n{xref}\n%%EOF\n"
        )
        .map_err(io)?;
        self.spill()?;
        Ok(Joined {
            pages: self.kids.len(),
            pdf: self.out,
            objects: self.objects,
        })
    }
}

/// The value of `key` on the nearest ancestor of `page` that has it.
fn inherited(pdf: &Document, page: ObjectId, key: &[u8]) -> Option<Object> {
    let mut node = pdf.get_dictionary(page).ok()?;
    for _ in 0..64 {
        let parent = node.get(b"Parent").ok()?.as_reference().ok()?;
        node = pdf.get_dictionary(parent).ok()?;
        if let Ok(v) = node.get(key) {
            return Some(v.clone());
        }
    }
    None
}

fn err(e: lopdf::Error) -> String {
    t!("join-failed", error = e.to_string())
}

#[cfg(test)]
#[path = "../join_tests.rs"]
mod tests;
