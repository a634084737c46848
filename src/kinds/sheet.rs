//! Certificate pages on the blank stock: for overlay mode, each variable field's text at
//! the position configured for the blank; and the blank's calibration page.

use crate::derive::{AwardHead, RecipientFacts};
use crate::model::{default_fields, CertificateMode, Field, FIELD_NAMES};
use serde::Serialize;
use std::collections::BTreeMap;

/// The blank stock: paper, whether only fields are printed, and where each goes.
#[derive(Debug)]
pub struct Sheet {
    /// Overlay mode.
    pub overlay: bool,
    /// Paper size in mm, landscape.
    size: (u32, u32),
    /// Field positions by name, in drawing order.
    fields: Vec<(&'static str, Field)>,
    /// Whether each certificate carries its check code.
    code: bool,
}

/// A field of the blank with what it shows: a recipient's text, or its name on the
/// calibration page.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct Placed {
    #[serde(flatten)]
    field: Field,
    text: Option<String>,
    name: Option<&'static str>,
}

/// One certificate page: its recipient, and in overlay mode each field's text. What it
/// lacks is there as null: a template's `#if` may ask of it.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct Page<'a> {
    #[serde(flatten)]
    recipient: &'a RecipientFacts,
    fields: Option<Vec<Placed>>,
    /// Its check code and the code's QR code as SVG, when certificates carry one.
    code: Option<String>,
    qr: Option<String>,
    /// Where the code goes on a blank (overlay mode).
    code_at: Option<Field>,
}

/// The calibration page: every field, named, on a sheet of this size.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct Calibration {
    fields: Vec<Placed>,
    sheet: Size,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
struct Size {
    width: u32,
    height: u32,
}

impl Sheet {
    /// The sheet of `cfg`: built-in positions for its paper, replaced field by field.
    pub fn new(cfg: &crate::model::CertificateConfig) -> Sheet {
        let paper = cfg.paper.as_deref().unwrap_or("A4");
        let mut all: BTreeMap<String, Field> = default_fields(paper);
        all.extend(cfg.fields.clone());
        let fields = FIELD_NAMES
            .iter()
            .filter(|n| cfg.code || **n != "code")
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
            code: cfg.code,
        }
    }

    /// A recipient's page: the recipient's facts, its check code (when certificates
    /// carry one) and each field's text in overlay mode.
    pub fn page<'a>(
        &self,
        a: &AwardHead,
        r: &'a RecipientFacts,
        code: Option<&String>,
    ) -> Page<'a> {
        let fields = self.overlay.then(|| {
            self.fields
                .iter()
                .filter_map(|(name, f)| {
                    let text = text(name, a, r);
                    (!text.is_empty()).then_some(Placed {
                        field: *f,
                        text: Some(text),
                        name: None,
                    })
                })
                .collect()
        });
        let code = code.filter(|_| self.code).cloned();
        let qr = code.as_ref().and_then(|c| super::code::qr(c, a, r));
        let code_at = (self.overlay && code.is_some())
            .then(|| {
                self.fields
                    .iter()
                    .find(|(n, _)| *n == "code")
                    .map(|(_, f)| *f)
            })
            .flatten();
        Page {
            recipient: r,
            fields,
            code,
            qr,
            code_at,
        }
    }

    /// The calibration page.
    pub fn calibration(&self) -> Calibration {
        let fields = self.fields.iter().map(|(name, f)| Placed {
            field: *f,
            text: None,
            name: Some(name),
        });
        Calibration {
            fields: fields.collect(),
            sheet: Size {
                width: self.size.0,
                height: self.size.1,
            },
        }
    }
}

/// The text of field `name` for recipient `r` of award `a`.
fn text(name: &str, a: &AwardHead, r: &RecipientFacts) -> String {
    let signer = a.signer.as_ref();
    match name {
        "authority" => a.authority.clone(),
        "verb" => a.verb_upper.clone(),
        "heading" => a.heading.clone(),
        "name" => r.on_certificate.clone(),
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
