//! Certificate settings: paper, full design or overlay on pre-printed blanks, and the
//! position of each variable field on a blank.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How certificates (Giấy khen, Bằng khen) are printed (`certificate:` in thidua.yaml).
///
/// Cách in Giấy khen, Bằng khen và các giấy chứng nhận (mục `certificate:` trong
/// thidua.yaml).
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CertificateConfig {
    /// Full design (`full`, the default) or overlay on pre-printed blanks (`overlay`).
    ///
    /// In toàn bộ mẫu (`full`, mặc định) hoặc chỉ in phần nội dung lên phôi in sẵn
    /// (`overlay`).
    #[serde(default)]
    pub mode: CertificateMode,
    /// Paper size: `A4` or `A3`, landscape. Default: `A4`.
    ///
    /// Khổ giấy: `A4` hoặc `A3`, in ngang. Mặc định: `A4`.
    #[serde(default)]
    #[schemars(regex(pattern = r"^[aA][34]$"))]
    pub paper: Option<String>,
    /// Overlay mode: field positions replacing the defaults, by field name (`name`,
    /// `detail`, `reason`, `authority`, `verb`, `heading`, `reference`, `register`,
    /// `place_date`, `signer_authority`, `signer_position`, `signer_name`, `code`).
    ///
    /// Dùng khi in lên phôi (`overlay`): vị trí của từng trường, theo tên trường, thay
    /// cho vị trí mặc định (`name`, `detail`, `reason`, `authority`, `verb`, `heading`,
    /// `reference`, `register`, `place_date`, `signer_authority`, `signer_position`,
    /// `signer_name`, `code`).
    #[serde(default)]
    pub fields: BTreeMap<String, Field>,
    /// Print a check code and its QR code on each certificate (checked with
    /// `thidua verify --code`). Default: false.
    ///
    /// In mã kiểm tra và mã QR tương ứng trên mỗi bằng, giấy khen (tra cứu bằng
    /// `thidua verify --code`). Mặc định: không.
    #[serde(default)]
    pub code: bool,
}

/// Whether certificates carry the whole design or only the variable fields: `full` or
/// `overlay`.
///
/// In toàn bộ mẫu bằng, giấy khen hay chỉ in các trường nội dung: `full` hoặc `overlay`.
#[derive(Debug, Clone, Copy, Default, Deserialize, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum CertificateMode {
    /// Border, emblem, headings and fields. The default.
    ///
    /// In cả khung viền, biểu trưng, tiêu đề và các trường nội dung. Mặc định.
    #[default]
    Full,
    /// Only the variable fields, for pre-printed blanks.
    ///
    /// Chỉ in các trường nội dung, để in lên phôi in sẵn.
    Overlay,
}

/// Horizontal alignment of a field in its box: `left`, `center` or `right`.
///
/// Căn lề ngang của trường trong khung: `left`, `center` hoặc `right`.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Align {
    /// Flush left.
    ///
    /// Căn trái.
    Left,
    /// Centred.
    ///
    /// Căn giữa.
    Center,
    /// Flush right.
    ///
    /// Căn phải.
    Right,
}

/// Where one variable field goes on a blank: its box's top-left corner and width in mm.
///
/// Vị trí một trường nội dung trên phôi: góc trên bên trái và chiều rộng của khung, tính
/// bằng mm.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Field {
    /// From the paper's left edge to the left of the box, mm.
    ///
    /// Khoảng cách từ mép trái tờ giấy đến cạnh trái của khung, mm.
    pub x: f64,
    /// From the paper's top edge to the top of the box, mm.
    ///
    /// Khoảng cách từ mép trên tờ giấy đến cạnh trên của khung, mm.
    pub y: f64,
    /// Width of the box, mm; longer text shrinks, then wraps.
    ///
    /// Chiều rộng của khung, mm; chữ dài hơn khung sẽ được thu nhỏ, rồi xuống dòng.
    pub width: f64,
    /// Font size in points. Default: 14.
    ///
    /// Cỡ chữ, tính bằng pt. Mặc định: 14.
    #[serde(default = "default_size")]
    pub size: f64,
    /// Alignment in the box: `left`, `center` or `right`. Default: `center`.
    ///
    /// Căn lề trong khung: `left` (trái), `center` (giữa) hoặc `right` (phải).
    /// Mặc định: `center`.
    #[serde(default = "default_align")]
    pub align: Align,
    /// Bold. Default: false.
    ///
    /// Chữ đậm. Mặc định: không.
    #[serde(default)]
    pub bold: bool,
    /// Italic. Default: false.
    ///
    /// Chữ nghiêng. Mặc định: không.
    #[serde(default)]
    pub italic: bool,
    /// Lines the text may take before it shrinks (down to 60 % of its size). Default: 1.
    ///
    /// Số dòng chữ tối đa trước khi chữ được thu nhỏ (nhỏ nhất còn 60 % cỡ chữ).
    /// Mặc định: 1.
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
