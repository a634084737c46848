//! Where an electronic version's signatures go: the zones its template marks
//! (`metadata(..)<thidua-sign>`, see `signature-room` in the style library), read off the
//! laid-out document.

use typst_layout::PagedDocument;

/// A zone for one signature field, in PDF points from the page's top left.
#[derive(Debug, Clone, PartialEq)]
pub struct Zone {
    /// The page, from 1.
    pub page: usize,
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    /// Whose: the signer's (`signer`) or the agency's (`agency`).
    pub field: String,
    /// The signer's name (or role) as the template gives it.
    pub name: String,
}

/// Every signature zone of `doc`, in the order laid out, and how many marks were none
/// (not a dictionary of `field` signer or agency, `name`, `w` and `h`).
pub fn zones(doc: &PagedDocument) -> (Vec<Zone>, usize) {
    use typst::foundations::{Label, Selector, Value};
    use typst::introspection::{Introspector, MetadataElem};
    use typst::utils::PicoStr;
    let introspector = doc.introspector();
    let found = Label::new(PicoStr::intern("thidua-sign"))
        .map(|l| introspector.query(&Selector::Label(l)))
        .unwrap_or_default();
    let mm = 72.0 / 25.4;
    let marks = found.len();
    let zones: Vec<Zone> = found
        .into_iter()
        .filter_map(|element| {
            let at = introspector.position(element.location()?)?;
            let Value::Dict(d) = &element.to_packed::<MetadataElem>()?.value else {
                return None;
            };
            let text = |k: &str| match d.get(k) {
                Ok(Value::Str(s)) => Some(s.to_string()),
                _ => None,
            };
            let number = |k: &str| match d.get(k) {
                Ok(Value::Float(f)) => Some(*f),
                Ok(Value::Int(i)) => Some(*i as f64),
                _ => None,
            };
            Some(Zone {
                page: at.page.get(),
                x: at.point.x.to_pt(),
                y: at.point.y.to_pt(),
                w: number("w")? * mm,
                h: number("h")? * mm,
                field: text("field").filter(|f| f == "signer" || f == "agency")?,
                name: text("name")?,
            })
        })
        .collect();
    let unread = marks - zones.len();
    (zones, unread)
}
