//! The signatures a signing tool appends after thidua's bytes, checked: each the value of
//! one of thidua's fields, a CMS signature (pkcs7.rs) over its `/ByteRange`, which must
//! cover every byte before it but its own `/Contents`; the last one reaching the end of
//! the file; the updates that carry them read strictly (tables.rs) and changing nothing
//! of thidua's but its fields' values and appearances, its form's flags, the document
//! information and metadata. The certificate chain is not checked: who signed is said as
//! the certificate says it.

use super::pkcs7;

/// What the signatures after thidua's bytes say: in the order signed, the name each
/// certificate gives and the field it fills; the fields not signed yet.
#[derive(Debug, Default)]
pub struct Signatures {
    pub signed: Vec<(String, String)>,
    pub unsigned: Vec<String>,
}

/// The signatures after thidua's `ours` bytes, when every byte after them is signed as
/// above; else what is wrong.
pub fn check(bytes: &[u8], ours: usize) -> Result<Signatures, String> {
    let fields = Fields::of(&bytes[..ours]).ok_or_else(|| t!("signing-no-field"))?;
    let mut signatures = ranges(bytes, ours)?;
    if signatures.is_empty() {
        return Err(t!("signing-unsigned-bytes"));
    }
    signatures.sort_by_key(|r| r[2] + r[3]);
    let mut names = Vec::new();
    let mut from = ours;
    for r in &signatures {
        let end = r[2] + r[3];
        if end <= from {
            return Err(t!("signing-same-end"));
        }
        super::tables::check(bytes, from..end, fields.size)?;
        unchanged(&bytes[..end], &fields)?;
        names.push(pkcs7::signer(bytes, r)?);
        from = end;
    }
    if from != bytes.len() {
        return Err(t!("signing-after-last"));
    }
    let doc = lopdf::Document::load_mem(bytes).map_err(|_| t!("signing-not-a-pdf"))?;
    let filled = super::filled::fields(&doc, &fields.widgets);
    // Every signature is the value of one of thidua's fields, of a kind that signs a
    // PDF: one a viewer does not show (in a stream, in no field) is no signature here.
    let mut signed = Vec::new();
    for (r, name) in signatures.iter().zip(names) {
        let Some(f) = filled.iter().find(|f| f.range == Some(r[1])) else {
            return Err(t!("signing-no-field-filled"));
        };
        let kinds = ["adbe.pkcs7.detached", "ETSI.CAdES.detached"];
        if !f.sub_filter.as_deref().is_some_and(|k| kinds.contains(&k)) {
            return Err(t!("signing-wrong-kind", field = &f.label));
        }
        signed.push((name, f.label.clone()));
    }
    if signed.len() != filled.iter().filter(|f| f.range.is_some()).count() {
        return Err(t!("signing-signs-nothing"));
    }
    let unsigned = filled.into_iter().filter(|f| f.range.is_none());
    Ok(Signatures {
        signed,
        unsigned: unsigned.map(|f| f.label).collect(),
    })
}

/// Every `/ByteRange [a b c d]` after `ours`, checked to be a signature's: from the
/// start, the gap between its two parts the hex string of its `/Contents` alone, its end
/// that of an update (`%%EOF`), all of thidua's bytes inside it.
fn ranges(bytes: &[u8], ours: usize) -> Result<Vec<[usize; 4]>, String> {
    let key = b"/ByteRange";
    let mut out = Vec::new();
    let tail = &bytes[ours..];
    let mut at = 0;
    while let Some(i) = tail[at..].windows(key.len()).position(|w| w == key) {
        let start = at + i + key.len();
        at = start;
        let text = String::from_utf8_lossy(&tail[start..(start + 200).min(tail.len())]);
        let inside = text
            .trim_start()
            .strip_prefix('[')
            .and_then(|t| t.split(']').next());
        let numbers: Vec<usize> = inside
            .unwrap_or_default()
            .split_whitespace()
            .filter_map(|n| n.parse().ok())
            .collect();
        let [a, b, c, d] = numbers[..] else {
            return Err(t!("signing-range-unreadable"));
        };
        let gap = b
            .checked_add(0)
            .filter(|_| a == 0)
            .and_then(|b| bytes.get(b..c));
        let hex = gap.is_some_and(|g| {
            g.len() >= 2
                && g[0] == b'<'
                && g[g.len() - 1] == b'>'
                && g[1..g.len() - 1].iter().all(u8::is_ascii_hexdigit)
        });
        let end = c.checked_add(d).filter(|e| *e <= bytes.len());
        let ends_update = end.is_some_and(|e| {
            let before = bytes[..e].trim_ascii_end();
            before.ends_with(b"%%EOF")
        });
        if !hex || !ends_update || b <= ours {
            return Err(t!("signing-range-leaves-out"));
        }
        out.push([a, b, c, d]);
    }
    Ok(out)
}

/// thidua's file as parsed, and what of it a signing tool may write again: its
/// signature fields, their form, and the document's information and metadata (a tool
/// dates them); the pages and all they show stay thidua's.
struct Fields {
    ours: lopdf::Document,
    /// The number of thidua's objects (its trailer's `/Size`).
    size: u32,
    /// The signature fields, and the form listing them.
    widgets: Vec<lopdf::ObjectId>,
    form: Option<lopdf::ObjectId>,
    /// The document information and metadata, which a tool may write anew.
    allowed: Vec<lopdf::ObjectId>,
}

impl Fields {
    fn of(ours: &[u8]) -> Option<Fields> {
        let doc = lopdf::Document::load_mem(ours).ok()?;
        let form = doc
            .catalog()
            .ok()?
            .get(b"AcroForm")
            .ok()?
            .as_reference()
            .ok()?;
        let fields = doc
            .get_dictionary(form)
            .ok()?
            .get(b"Fields")
            .ok()?
            .as_array()
            .ok()?;
        let widgets: Vec<lopdf::ObjectId> = fields
            .iter()
            .filter_map(|f| f.as_reference().ok())
            .collect();
        let mut allowed = Vec::new();
        if let Ok(info) = doc.trailer.get(b"Info").and_then(|i| i.as_reference()) {
            allowed.push(info);
        }
        if let Ok(meta) = doc
            .catalog()
            .ok()?
            .get(b"Metadata")
            .and_then(|m| m.as_reference())
        {
            allowed.push(meta);
        }
        let size = u32::try_from(doc.trailer.get(b"Size").ok()?.as_i64().ok()?).ok()?;
        Some(Fields {
            size,
            ours: doc,
            widgets,
            form: Some(form),
            allowed,
        })
    }
}

/// Whether two objects are one as a reader takes them: a string written in hex or in
/// parentheses is the same string.
fn same(a: &lopdf::Object, b: &lopdf::Object) -> bool {
    use lopdf::Object as O;
    match (a, b) {
        (O::String(a, _), O::String(b, _)) => a == b,
        (O::Array(a), O::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same(a, b))
        }
        (O::Dictionary(a), O::Dictionary(b)) => dicts(a, b),
        (O::Stream(a), O::Stream(b)) => dicts(&a.dict, &b.dict) && a.content == b.content,
        _ => a == b,
    }
}

fn dicts(a: &lopdf::Dictionary, b: &lopdf::Dictionary) -> bool {
    a.len() == b.len() && a.iter().all(|(k, v)| b.get(k).is_ok_and(|w| same(v, w)))
}

/// Whether `now` is the dictionary `was` with at most the keys `may` added or changed.
fn grown(was: &lopdf::Object, now: Option<&lopdf::Object>, may: &[&[u8]]) -> bool {
    let (Ok(was), Some(Ok(now))) = (was.as_dict(), now.map(|n| n.as_dict())) else {
        return false;
    };
    let kept = was
        .iter()
        .all(|(k, v)| may.contains(&k.as_slice()) || now.get(k).is_ok_and(|n| same(n, v)));
    let added = now
        .iter()
        .all(|(k, _)| was.has(k) || may.contains(&k.as_slice()));
    kept && added
}

/// Whether the revision `revision` (the file up to a signature's end) leaves every object
/// of thidua's as it was, but those a signing tool may write again; a tool may write an
/// object anew in its own way (the same dictionary, spaced otherwise).
fn unchanged(revision: &[u8], fields: &Fields) -> Result<(), String> {
    let doc = lopdf::Document::load_mem(revision).map_err(|_| t!("signing-revision-not-a-pdf"))?;
    for (id, object) in &fields.ours.objects {
        let now = doc.objects.get(id);
        if fields.widgets.contains(id) || Some(*id) == fields.form {
            // A field gains its value and appearance (the form its flags), nothing else:
            // not a place, a kind, an action, another widget.
            let may = [b"V".as_slice(), b"AP", b"SigFlags"];
            if !grown(object, now, &may) {
                return Err(t!("signing-field-changed", object = id.0));
            }
            continue;
        }
        if fields.allowed.contains(id) {
            continue;
        }
        if !now.is_some_and(|n| same(n, object)) {
            return Err(t!("signing-object-changed", object = id.0));
        }
    }
    let root = |d: &lopdf::Document| d.trailer.get(b"Root").ok().cloned();
    if root(&doc) != root(&fields.ours) {
        return Err(t!("signing-other-catalog"));
    }
    Ok(())
}
