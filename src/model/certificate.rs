//! Certificate settings: paper, full design or overlay on pre-printed blanks, and the
//! position of each variable field on a blank.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How certificates are printed (`certificate:` in thidua.yaml).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CertificateConfig {
    /// Full design or overlay on pre-printed blanks.
    #[serde(default)]
    pub mode: CertificateMode,
    /// Paper size: `A4` or `A3`, landscape.
    #[serde(default)]
    pub paper: Option<String>,
    /// Overlay mode: field positions replacing the defaults, by field name.
    #[serde(default)]
    pub fields: BTreeMap<String, Field>,
    /// Print a check code and its QR code on each certificate (`thidua verify --code`).
    #[serde(default)]
    pub code: bool,
}

/// Whether certificates carry the whole design or only the variable fields.
#[derive(Debug, Clone, Copy, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum CertificateMode {
    /// Border, emblem, headings and fields.
    #[default]
    Full,
    /// Only the variable fields, for pre-printed blanks.
    Overlay,
}

/// Horizontal alignment of a field in its box.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Align {
    /// Flush left.
    Left,
    /// Centred.
    Center,
    /// Flush right.
    Right,
}

/// Where one variable field goes on a blank: its box's top-left corner and width in mm.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Field {
    /// From the paper's left edge, mm.
    pub x: f64,
    /// From the paper's top edge to the top of the box, mm.
    pub y: f64,
    /// Width of the box, mm; longer text shrinks, then wraps.
    pub width: f64,
    /// Font size in points.
    #[serde(default = "default_size")]
    pub size: f64,
    /// Alignment in the box.
    #[serde(default = "default_align")]
    pub align: Align,
    /// Bold.
    #[serde(default)]
    pub bold: bool,
    /// Italic.
    #[serde(default)]
    pub italic: bool,
    /// Lines the text may take before it shrinks (down to 60 % of its size).
    #[serde(default = "default_lines")]
    pub lines: u32,
}

fn default_lines() -> u32 {
    1
}

fn default_size() -> f64 {
    14.0
}

fn default_align() -> Align {
    Align::Center
}

/// The fields thidua can print on a blank, in the order they are drawn.
pub const FIELD_NAMES: [&str; 13] = [
    "authority",
    "verb",
    "heading",
    "name",
    "detail",
    "reason",
    "reference",
    "register",
    "place_date",
    "signer_authority",
    "signer_position",
    "signer_name",
    "code",
];

/// Default positions for an A4 landscape blank whose border, emblem, Quốc hiệu and form
/// name are pre-printed; A3 scales them by √2.
pub fn default_fields(paper: &str) -> BTreeMap<String, Field> {
    let f = |x, y, width, size, align, bold, italic| Field {
        x,
        y,
        width,
        size,
        align,
        bold,
        italic,
        lines: 1,
    };
    let (c, l) = (Align::Center, Align::Left);
    let a4 = [
        ("name", f(38.5, 92.0, 220.0, 22.0, c, true, false)),
        (
            "detail",
            Field {
                lines: 2,
                ..f(38.5, 104.0, 220.0, 15.0, c, false, true)
            },
        ),
        (
            "reason",
            Field {
                lines: 3,
                ..f(38.5, 116.0, 220.0, 15.0, c, false, false)
            },
        ),
        ("place_date", f(160.0, 140.0, 110.0, 14.0, c, false, true)),
        (
            "signer_authority",
            f(160.0, 147.0, 110.0, 14.0, c, true, false),
        ),
        (
            "signer_position",
            f(160.0, 153.0, 110.0, 14.0, c, true, false),
        ),
        ("signer_name", f(160.0, 182.0, 110.0, 14.0, c, true, false)),
        ("reference", f(25.0, 178.0, 120.0, 13.0, l, false, false)),
        ("register", f(25.0, 185.0, 120.0, 13.0, l, false, false)),
        // The check code's QR code (15 mm) and the code beside it (`code: true`).
        ("code", f(25.0, 150.0, 60.0, 9.0, l, false, false)),
    ];
    let k = if paper.eq_ignore_ascii_case("A3") {
        std::f64::consts::SQRT_2
    } else {
        1.0
    };
    a4.into_iter()
        .map(|(n, v)| {
            (
                n.to_string(),
                Field {
                    x: v.x * k,
                    y: v.y * k,
                    width: v.width * k,
                    size: v.size * k,
                    ..v
                },
            )
        })
        .collect()
}
