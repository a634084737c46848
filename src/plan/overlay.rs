//! Certificate pages as data: for overlay mode, each variable field's text at the
//! position configured for the blank stock; and the blank's calibration page.

use crate::derive::{AwardFacts, RecipientFacts};
use crate::model::{default_fields, CertificateMode, Field, FIELD_NAMES};
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// The blank stock: paper, whether only fields are printed, and where each goes.
pub struct Sheet {
    /// Overlay mode.
    pub overlay: bool,
    /// Paper size in mm, landscape.
    size: (u32, u32),
    /// Field positions by name, in drawing order.
    fields: Vec<(&'static str, Field)>,
}

impl Sheet {
    /// The sheet of `cfg`: built-in positions for its paper, replaced field by field.
    pub fn new(cfg: &crate::model::CertificateConfig) -> Sheet {
        let paper = cfg.paper.as_deref().unwrap_or("A4");
        let mut all: BTreeMap<String, Field> = default_fields(paper);
        all.extend(cfg.fields.clone());
        let fields = FIELD_NAMES
            .iter()
            .filter_map(|n| all.get(*n).map(|f| (*n, *f)))
            .collect();
        let size = if paper.eq_ignore_ascii_case("A3") {
            (420, 297)
        } else {
            (297, 210)
        };
        Sheet {
            overlay: cfg.mode == CertificateMode::Overlay,
            size,
            fields,
        }
    }

    /// A recipient's page data: the recipient's facts, plus each field's text in overlay mode.
    pub fn recipient(&self, a: &AwardFacts, r: &RecipientFacts) -> Value {
        let mut v = json!(r);
        if self.overlay {
            let fields: Vec<Value> = self
                .fields
                .iter()
                .filter_map(|(name, f)| {
                    let text = text(name, a, r);
                    (!text.is_empty()).then(|| field(f, json!({ "text": text })))
                })
                .collect();
            v["fields"] = json!(fields);
        }
        v
    }

    /// The calibration page's data.
    pub fn calibration(&self) -> Value {
        let fields: Vec<Value> = self
            .fields
            .iter()
            .map(|(name, f)| field(f, json!({ "name": name })))
            .collect();
        json!({ "calibration": true, "recipients": [], "fields": fields, "sheet": { "width": self.size.0, "height": self.size.1 } })
    }
}

fn field(f: &Field, extra: Value) -> Value {
    super::merge(&json!(f), extra)
}

/// The text of field `name` for recipient `r` of award `a`.
fn text(name: &str, a: &AwardFacts, r: &RecipientFacts) -> String {
    let signer = a.signer.as_ref();
    match name {
        "authority" => a.authority.clone(),
        "verb" => a.verb_upper.clone(),
        "heading" => a.heading.clone(),
        "name" => r.display.clone(),
        "detail" => r.detail.clone(),
        "reason" => a.reason.clone(),
        "reference" => format!("Quyết định số {} ngày {}", a.symbol, a.date_short),
        "register" => r.register.clone(),
        "place_date" => a.place_date.clone(),
        "signer_authority" => signer.and_then(|s| s.authority.clone()).unwrap_or_default(),
        "signer_position" => signer.map(|s| s.position.clone()).unwrap_or_default(),
        "signer_name" => signer.map(|s| s.name.clone()).unwrap_or_default(),
        _ => String::new(),
    }
}
