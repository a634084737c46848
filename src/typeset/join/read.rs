//! Reading PDFs back: a fresh one to take its pages, and a file joined here before, whose
//! layout (where each object starts, its pages) is read from its cross-reference table.

use super::{FIRST, PAGES};
use lopdf::{Document, ObjectId};

/// A PDF whose pages are taken: the document and its pages in order.
pub struct Source {
    pub(super) doc: Document,
    pub(super) pages: Vec<ObjectId>,
}

impl Source {
    /// The PDF in `bytes`.
    pub fn parse(bytes: &[u8]) -> Result<Source, String> {
        let doc =
            Document::load_mem(bytes).map_err(|e| t!("join-cannot-read", error = e.to_string()))?;
        let pages = doc.get_pages().into_values().collect();
        Ok(Source { doc, pages })
    }
}

/// A file this module wrote: its bytes, where each object starts and its pages, read from
/// its cross-reference table and page tree (`None` when they are not as written here);
/// the whole file is parsed only when a piece must be renumbered.
pub struct Previous {
    pub(super) bytes: Vec<u8>,
    pub(super) layout: Option<(Vec<usize>, Vec<u32>)>,
    parsed: std::sync::OnceLock<Result<Source, String>>,
}

impl Previous {
    pub fn new(bytes: Vec<u8>) -> Previous {
        let layout = layout(&bytes);
        Previous {
            bytes,
            layout,
            parsed: std::sync::OnceLock::new(),
        }
    }

    /// Its number of pages.
    pub fn pages(&self) -> Result<usize, String> {
        match &self.layout {
            Some((_, kids)) => Ok(kids.len()),
            None => Ok(self.parsed()?.pages.len()),
        }
    }

    /// The file parsed (once).
    pub(super) fn parsed(&self) -> Result<&Source, String> {
        self.parsed
            .get_or_init(|| Source::parse(&self.bytes))
            .as_ref()
            .map_err(Clone::clone)
    }
}

/// Where each object of a file written here starts (by number), and its pages: read from
/// its cross-reference table and its page tree, `None` when they are not as written here.
fn layout(bytes: &[u8]) -> Option<(Vec<usize>, Vec<u32>)> {
    let tail = &bytes[bytes.len().saturating_sub(64)..];
    let at = tail.windows(9).rposition(|w| w == b"startxref")?;
    let xref: usize = number(
        tail[at + 9..]
            .trim_ascii_start()
            .split(|b| !b.is_ascii_digit())
            .next()?,
    )?;
    let rest = bytes.get(xref..)?.strip_prefix(b"xref\n0 ")?;
    let line = rest.iter().position(|&b| b == b'\n')?;
    let size: usize = number(&rest[..line])?;
    let entries = rest.get(line + 1..line + 1 + 20 * size)?;
    let mut offsets = Vec::with_capacity(size);
    for (n, entry) in entries.chunks_exact(20).enumerate() {
        let offset = if n == 0 { 0 } else { number(&entry[..10])? };
        if n > 0 && (&entry[10..18] != b" 00000 n" || offset >= xref) {
            return None;
        }
        offsets.push(offset);
    }
    if size <= FIRST as usize {
        return None;
    }
    let tree =
        bytes[offsets[PAGES as usize]..xref].strip_prefix(b"1 0 obj\n<</Type/Pages/Kids[")?;
    let list = &tree[..tree.iter().position(|&b| b == b']')?];
    let words: Vec<&[u8]> = list.split(|&b| b == b' ').collect();
    let kids = words
        .chunks(3)
        .map(|w| match w {
            [n, b"0", b"R"] => number(n).map(|n| n as u32),
            _ => None,
        })
        .collect::<Option<_>>()?;
    Some((offsets, kids))
}

fn number(digits: &[u8]) -> Option<usize> {
    if digits.is_empty() || digits.len() > 12 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    std::str::from_utf8(digits).ok()?.parse().ok()
}
