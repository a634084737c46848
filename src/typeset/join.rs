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

/// Pages `pages` (0-based) of the loaded PDF `pdf`.
pub struct Piece<'a> {
    /// The source.
    pub pdf: &'a Document,
    /// Its pages to take, in order.
    pub pages: Range<usize>,
}

/// Page attributes a page may inherit from its parents in the page tree.
const INHERITED: [&[u8]; 4] = [b"Resources", b"MediaBox", b"CropBox", b"Rotate"];

/// Document-level entries of the first piece's catalog that carry over (metadata and
/// PDF/A output intents; the print file is not tagged).
const CATALOG_KEYS: [&[u8]; 3] = [b"Metadata", b"OutputIntents", b"Lang"];

/// One PDF holding the pages of `pieces` in order, with the first piece's document
/// information and metadata, and the file identifier `id` (derived from the inputs).
pub fn join(pieces: &[Piece], id: u128) -> Result<Vec<u8>, String> {
    let first = pieces.first().ok_or("nothing to join")?.pdf;
    let mut out = Document::with_version(first.version.clone());
    out.binary_mark = first.binary_mark.clone();
    let pages_id = out.new_object_id();
    let mut kids = Vec::new();
    // Each source's objects are copied once, however many of its pages use them.
    let mut maps: HashMap<*const Document, HashMap<ObjectId, ObjectId>> = HashMap::new();
    for piece in pieces {
        let map = maps.entry(piece.pdf as *const _).or_default();
        let ids: Vec<ObjectId> = piece.pdf.get_pages().into_values().collect();
        let range = ids
            .get(piece.pages.clone())
            .ok_or_else(|| format!("a piece asks for pages {:?} of {}", piece.pages, ids.len()))?;
        for &page in range {
            let mut dict = piece.pdf.get_dictionary(page).map_err(err)?.clone();
            for key in INHERITED {
                if !dict.has(key) {
                    if let Some(v) = inherited(piece.pdf, page, key) {
                        dict.set(key, v);
                    }
                }
            }
            dict.remove(b"Parent");
            let mut copied = Dictionary::new();
            for (k, v) in dict.iter() {
                copied.set(k.clone(), copy(piece.pdf, v, &mut out, map)?);
            }
            copied.set("Parent", Object::Reference(pages_id));
            kids.push(Object::Reference(out.add_object(copied)));
        }
    }
    let count = kids.len() as i64;
    out.objects.insert(
        pages_id,
        Object::Dictionary(Dictionary::from_iter([
            ("Type", Object::Name(b"Pages".to_vec())),
            ("Kids", Object::Array(kids)),
            ("Count", Object::Integer(count)),
        ])),
    );
    let first_map = maps.entry(first as *const _).or_default();
    let mut catalog = Dictionary::from_iter([
        ("Type", Object::Name(b"Catalog".to_vec())),
        ("Pages", Object::Reference(pages_id)),
    ]);
    let source_catalog = first.catalog().map_err(err)?;
    for key in CATALOG_KEYS {
        if let Ok(v) = source_catalog.get(key) {
            catalog.set(key, copy(first, v, &mut out, first_map)?);
        }
    }
    let catalog_id = out.add_object(catalog);
    out.trailer.set("Root", Object::Reference(catalog_id));
    if let Ok(info) = first.trailer.get(b"Info") {
        let info = copy(first, info, &mut out, first_map)?;
        out.trailer.set("Info", info);
    }
    let id = Object::String(id.to_be_bytes().to_vec(), lopdf::StringFormat::Hexadecimal);
    out.trailer.set("ID", Object::Array(vec![id.clone(), id]));
    let mut bytes = Vec::new();
    out.save_to(&mut bytes)
        .map_err(|e| format!("writing the joined PDF: {e}"))?;
    Ok(bytes)
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
