//! Which of thidua's signature fields a signed file fills, and with which signature (by
//! the start of the gap its byte range leaves), read with lopdf: what `verify` names.

/// One of thidua's fields in a signed file.
pub struct Filled {
    /// Its label (`/TU`, else its name).
    pub label: String,
    /// When it is signed, the second number of its signature's `/ByteRange` (where the
    /// signature's contents start), and the signature's kind (`/SubFilter`).
    pub range: Option<usize>,
    pub sub_filter: Option<String>,
}

/// Each field of `widgets` (thidua's) in `doc`, the signed file.
pub fn fields(doc: &lopdf::Document, widgets: &[lopdf::ObjectId]) -> Vec<Filled> {
    widgets
        .iter()
        .filter_map(|id| {
            let field = doc.get_dictionary(*id).ok()?;
            let label = ["TU", "T"]
                .iter()
                .find_map(|k| field.get(k.as_bytes()).ok().and_then(text))
                .unwrap_or_default();
            let sig = field
                .get(b"V")
                .ok()
                .and_then(|v| v.as_reference().ok())
                .and_then(|v| doc.get_dictionary(v).ok());
            let range = sig
                .and_then(|sig| sig.get(b"ByteRange").ok()?.as_array().ok().cloned())
                .and_then(|r| r.get(1)?.as_i64().ok())
                .and_then(|b| usize::try_from(b).ok());
            let sub_filter = sig
                .and_then(|sig| sig.get(b"SubFilter").ok()?.as_name().ok())
                .map(|n| String::from_utf8_lossy(n).to_string());
            Some(Filled {
                label,
                range,
                sub_filter,
            })
        })
        .collect()
}

/// A PDF text string: UTF-16 with its byte-order mark, else PDFDocEncoding's ASCII part.
fn text(object: &lopdf::Object) -> Option<String> {
    let bytes = object.as_str().ok()?;
    match bytes.strip_prefix(&[0xfe, 0xff]) {
        Some(utf16) => {
            let units: Vec<u16> = utf16
                .chunks(2)
                .map(|p| u16::from_be_bytes([p[0], *p.get(1).unwrap_or(&0)]))
                .collect();
            Some(String::from_utf16_lossy(&units))
        }
        None => Some(bytes.iter().map(|b| *b as char).collect()),
    }
}
