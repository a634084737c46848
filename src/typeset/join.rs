//! Joins pages of finished PDFs into one PDF (the print file of a decision's certificates),
//! copying their compressed objects as they are: nothing is typeset or re-encoded again.
//!
//! The print file is made of certificates typeset in batches; each batch is one small PDF,
//! and the pages of a batch that did not change are taken from the previous print file.
//! Objects are numbered in the order the pages reach them, so the result depends only on
//! the pages and their order, never on where each page came from.

use lopdf::{Dictionary, Document, Object, ObjectId};
use std::collections::HashMap;
use std::ops::Range;

/// Page attributes a page may inherit from its parents in the page tree.
const INHERITED: [&[u8]; 4] = [b"Resources", b"MediaBox", b"CropBox", b"Rotate"];

/// Document-level entries of the first piece's catalog that carry over (metadata and
/// PDF/A output intents; the print file is not tagged).
const CATALOG_KEYS: [&[u8]; 3] = [b"Metadata", b"OutputIntents", b"Lang"];

/// A PDF being put together from pages of others, one source at a time, so that only
/// one source needs to be loaded at once.
pub struct Joiner {
    out: Document,
    pages_id: ObjectId,
    kids: Vec<Object>,
    catalog: Dictionary,
    /// Per source (by the caller's key): its objects already copied, by their new ids,
    /// and its pages in order.
    maps: HashMap<usize, (HashMap<ObjectId, ObjectId>, Vec<ObjectId>)>,
}

impl Joiner {
    /// An empty PDF.
    pub fn new() -> Joiner {
        let mut out = Document::with_version("1.7");
        let pages_id = out.new_object_id();
        Joiner {
            out,
            pages_id,
            kids: Vec::new(),
            catalog: Dictionary::new(),
            maps: HashMap::new(),
        }
    }

    /// Appends pages `pages` (0-based) of `pdf`; `source` names the PDF, so that objects
    /// its pages share are copied once. The first source also gives the document
    /// information, metadata and version.
    pub fn add(
        &mut self,
        pdf: &Document,
        source: usize,
        pages: Range<usize>,
    ) -> Result<(), String> {
        let (map, ids) = self
            .maps
            .entry(source)
            .or_insert_with(|| (HashMap::new(), pdf.get_pages().into_values().collect()));
        if self.kids.is_empty() && self.catalog.is_empty() {
            self.out.version = pdf.version.clone();
            self.out.binary_mark = pdf.binary_mark.clone();
            self.catalog.set("Type", Object::Name(b"Catalog".to_vec()));
            let source_catalog = pdf.catalog().map_err(err)?;
            for key in CATALOG_KEYS {
                if let Ok(v) = source_catalog.get(key) {
                    let v = copy(pdf, v, &mut self.out, map)?;
                    self.catalog.set(key, v);
                }
            }
            if let Ok(info) = pdf.trailer.get(b"Info") {
                let info = copy(pdf, info, &mut self.out, map)?;
                self.out.trailer.set("Info", info);
            }
        }
        let range = ids
            .get(pages.clone())
            .ok_or_else(|| format!("a piece asks for pages {pages:?} of {}", ids.len()))?;
        for &page in range {
            let mut dict = pdf.get_dictionary(page).map_err(err)?.clone();
            for key in INHERITED {
                if !dict.has(key) {
                    if let Some(v) = inherited(pdf, page, key) {
                        dict.set(key, v);
                    }
                }
            }
            let mut copied = copy_dict(pdf, &dict, &mut self.out, map)?;
            copied.set("Parent", Object::Reference(self.pages_id));
            self.kids
                .push(Object::Reference(self.out.add_object(copied)));
        }
        Ok(())
    }

    /// The PDF's bytes, with the file identifier `id` (derived from the inputs).
    pub fn finish(mut self, id: u128) -> Result<Vec<u8>, String> {
        if self.kids.is_empty() {
            return Err("nothing to join".into());
        }
        let count = self.kids.len() as i64;
        self.out.objects.insert(
            self.pages_id,
            Object::Dictionary(Dictionary::from_iter([
                ("Type", Object::Name(b"Pages".to_vec())),
                ("Kids", Object::Array(self.kids)),
                ("Count", Object::Integer(count)),
            ])),
        );
        self.catalog.set("Pages", Object::Reference(self.pages_id));
        let catalog_id = self.out.add_object(self.catalog);
        self.out.trailer.set("Root", Object::Reference(catalog_id));
        let id = Object::String(id.to_be_bytes().to_vec(), lopdf::StringFormat::Hexadecimal);
        self.out
            .trailer
            .set("ID", Object::Array(vec![id.clone(), id]));
        let mut bytes = Vec::new();
        self.out
            .save_to(&mut bytes)
            .map_err(|e| format!("writing the joined PDF: {e}"))?;
        Ok(bytes)
    }
}

/// `value` from `src` with every object it references copied into `out` (once, through `map`).
fn copy(
    src: &Document,
    value: &Object,
    out: &mut Document,
    map: &mut HashMap<ObjectId, ObjectId>,
) -> Result<Object, String> {
    Ok(match value {
        Object::Reference(id) => {
            if let Some(new) = map.get(id) {
                return Ok(Object::Reference(*new));
            }
            let new = out.new_object_id();
            map.insert(*id, new);
            let target = src.get_object(*id).map_err(err)?;
            let copied = copy(src, target, out, map)?;
            out.objects.insert(new, copied);
            Object::Reference(new)
        }
        Object::Array(items) => Object::Array(
            items
                .iter()
                .map(|v| copy(src, v, out, map))
                .collect::<Result<_, _>>()?,
        ),
        Object::Dictionary(d) => Object::Dictionary(copy_dict(src, d, out, map)?),
        Object::Stream(s) => {
            let mut s = s.clone();
            s.dict = copy_dict(src, &s.dict, out, map)?;
            Object::Stream(s)
        }
        other => other.clone(),
    })
}

fn copy_dict(
    src: &Document,
    d: &Dictionary,
    out: &mut Document,
    map: &mut HashMap<ObjectId, ObjectId>,
) -> Result<Dictionary, String> {
    let mut copied = Dictionary::new();
    // Back-links to a page or the page tree would drag the source's other pages along.
    for (k, v) in d
        .iter()
        .filter(|(k, _)| !matches!(k.as_slice(), b"Parent" | b"P"))
    {
        copied.set(k.clone(), copy(src, v, out, map)?);
    }
    Ok(copied)
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
    format!("joining PDFs: {e}")
}
