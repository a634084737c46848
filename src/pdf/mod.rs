//! The little of PDF's file structure that thidua writes after typst: the last trailer,
//! the cross-reference tables it chains (`/Prev`), an object's text, and a new section of
//! the table. Incremental updates (a record, signature fields) are appended with these,
//! so that the bytes before them stay as they were.

#[cfg(test)]
mod tests;

/// Random access to a PDF's bytes: in memory, or in a file on disk.
pub trait Bytes {
    fn len(&self) -> usize;
    /// Up to `n` bytes from `at`.
    fn at(&self, at: usize, n: usize) -> Option<Vec<u8>>;
}

/// A PDF in memory.
pub struct Memory<'a>(pub &'a [u8]);

impl Bytes for Memory<'_> {
    fn len(&self) -> usize {
        self.0.len()
    }
    fn at(&self, at: usize, n: usize) -> Option<Vec<u8>> {
        let end = at.checked_add(n)?.min(self.0.len());
        self.0.get(at..end).map(<[u8]>::to_vec)
    }
}

/// What an update needs of the file it is appended to: its last trailer and the
/// cross-reference tables, newest first.
pub struct Tail {
    /// The trailer's `/Size`: the first number a new object takes.
    pub size: u32,
    /// The catalog's number and generation.
    pub root: (u32, u32),
    /// The trailer's `/Info` and `/ID`, as written.
    pub rest: String,
    /// Where the last cross-reference table starts.
    pub xref: usize,
    tables: Vec<Table>,
}

/// How much is read for one object.
pub const OBJECT: usize = 1 << 16;

impl Tail {
    /// The tail of `pdf`, when its tables are classic ones, as typst and thidua write them.
    pub fn of(pdf: &dyn Bytes) -> Option<Tail> {
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
        // The tables, following `/Prev` (a bounded number: a loop is no file).
        let mut tables = Vec::new();
        let mut next = Some(xref);
        while let Some(at) = next.filter(|_| tables.len() < 64) {
            let (table, prev) = Table::read(&pdf.at(at, pdf.len().checked_sub(at)?)?)?;
            tables.push(table);
            next = prev.filter(|p| *p < at);
        }
        Some(Tail {
            size,
            root,
            rest,
            xref,
            tables,
        })
    }

    /// Where object `n` starts, by the newest table that has it.
    pub fn offset(&self, n: u32) -> Option<usize> {
        self.tables.iter().find_map(|t| t.offset(n))
    }

    /// The dictionary of object `n` as written (`<<…>>`), when it is one.
    pub fn dictionary(&self, pdf: &dyn Bytes, n: u32) -> Option<String> {
        let text = object(&pdf.at(self.offset(n)?, OBJECT)?)?;
        Some(text[text.find("<<")?..text.rfind(">>")? + 2].to_string())
    }

    /// The cross-reference section and trailer of an update whose objects (number,
    /// generation, offset from the start of the file) start at `xref`, with `size` objects
    /// in all and this file's root and `/Info`, `/ID`.
    pub fn update_end(&self, objects: &[(u32, u32, usize)], size: u32, xref: usize) -> String {
        let mut sorted = objects.to_vec();
        sorted.sort_unstable();
        let mut out = String::from("xref\n");
        for (n, g, at) in sorted {
            out.push_str(&format!("{n} 1\n{at:010} {g:05} n \n"));
        }
        let (root, generation) = self.root;
        out.push_str(&format!(
            "trailer\n<</Size {size}/Root {root} {generation} R{}/Prev {}>>\nstartxref\n{xref}\n%%EOF\n",
            self.rest, self.xref
        ));
        out
    }
}

/// A classic cross-reference table: its subsections (first number, entries).
struct Table {
    sections: Vec<(u32, Vec<u8>)>,
}

impl Table {
    /// The table at the start of `bytes`, and its trailer's `/Prev`.
    fn read(bytes: &[u8]) -> Option<(Table, Option<usize>)> {
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
            let entries = rest.get(line + 1..line + 1 + 20 * count.min(1 << 24))?;
            sections.push((first, entries.to_vec()));
            rest = &rest[line + 1 + 20 * count..];
        }
        let end = rest.windows(9).position(|w| w == b"startxref")?;
        let trailer = String::from_utf8_lossy(&rest[..end]);
        let prev = after(&trailer, "/Prev").and_then(|p| first_number(p.as_bytes()));
        Some((Table { sections }, prev))
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

/// The text of the object at the start of `text`, from its number to `endobj`.
pub fn object(text: &[u8]) -> Option<String> {
    let end = text.windows(6).position(|w| w == b"endobj")?;
    Some(String::from_utf8_lossy(&text[..end]).into_owned())
}

/// The content of the unfiltered stream at the start of `text`.
pub fn stream(text: &[u8]) -> Option<String> {
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
pub fn after<'a>(dict: &'a str, key: &str) -> Option<&'a str> {
    let at = dict.find(key)? + key.len();
    Some(&dict[at..])
}

/// `n g R` at the start of `text`.
pub fn reference(text: &str) -> Option<(u32, u32)> {
    let mut words = text.trim_start().splitn(3, |c: char| c.is_whitespace());
    let n = words.next()?.parse().ok()?;
    let g = words.next()?.parse().ok()?;
    words.next()?.starts_with('R').then_some((n, g))
}

/// The whole number at the start of `bytes`, after white space.
pub fn first_number(bytes: &[u8]) -> Option<usize> {
    let digits: Vec<u8> = bytes
        .trim_ascii_start()
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .copied()
        .collect();
    std::str::from_utf8(&digits).ok()?.parse().ok()
}

/// A dictionary `dict` (`<<…>>`) with `entry` (`/Key value`) in place of its key's
/// entry, or added at its end. The value replaced runs to the next key at this level.
pub fn with_entry(dict: &str, key: &str, entry: &str) -> String {
    let inner = &dict[2..dict.len() - 2];
    match inner.find(key) {
        Some(start) => {
            let value_end = next_key(&inner[start + key.len()..]) + start + key.len();
            format!("<<{}{entry}{}>>", &inner[..start], &inner[value_end..])
        }
        None => format!("<<{inner}{entry}>>"),
    }
}

/// Where the next key at the top level of dictionary text `text` starts (its length when
/// none): past nested dictionaries, arrays and strings.
fn next_key(text: &str) -> usize {
    let (mut depth, mut string) = (0i32, 0i32);
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if string > 0 => i += 1,
            b'(' => string += 1,
            b')' if string > 0 => string -= 1,
            _ if string > 0 => {}
            b'<' if bytes.get(i + 1) == Some(&b'<') => {
                depth += 1;
                i += 1;
            }
            b'>' if bytes.get(i + 1) == Some(&b'>') => {
                depth -= 1;
                i += 1;
            }
            b'[' => depth += 1,
            b']' => depth -= 1,
            b'/' if depth == 0 && i > 0 => return i,
            _ => {}
        }
        i += 1;
    }
    bytes.len()
}
