//! Which of thidua's signature fields a signed file fills, and with which signature (by
//! the start of the gap its byte range leaves), read with lopdf: what `verify` names.

/// Each field of `widgets` (thidua's) in `doc`, the signed file: its label (`/TU`, else
/// its name), and the second number of its signature's `/ByteRange` when it is signed.
pub fn fields(doc: &lopdf::Document, widgets: &[lopdf::ObjectId]) -> Vec<(String, Option<usize>)> {
    widgets
        .iter()
        .filter_map(|id| {
            let field = doc.get_dictionary(*id).ok()?;
            let label = ["TU", "T"]
                .iter()
                .find_map(|k| field.get(k.as_bytes()).ok().and_then(text))
                .unwrap_or_default();
            let range = field
                .get(b"V")
                .ok()
                .and_then(|v| v.as_reference().ok())
                .and_then(|v| doc.get_dictionary(v).ok())
                .and_then(|sig| sig.get(b"ByteRange").ok()?.as_array().ok().cloned())
                .and_then(|r| r.get(1)?.as_i64().ok())
                .and_then(|b| usize::try_from(b).ok());
            Some((label, range))
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
