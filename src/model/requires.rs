//! What a form asks of a nominee's earlier years (Luật Thi đua, khen thưởng 2022: three
//! consecutive Chiến sĩ thi đua cơ sở before Chiến sĩ thi đua cấp tỉnh, …), as dated
//! data per regime like the money; and what an award and a year's rating are.

use schemars::JsonSchema;
use serde::Deserialize;

/// The routes to a form: one is enough.
///
/// Các điều kiện về những năm trước để được đề nghị hình thức này: đáp ứng một trong các
/// điều kiện là đủ.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Requires {
    /// The routes, any one of which is enough.
    ///
    /// Các điều kiện, chỉ cần đáp ứng một.
    pub any: Vec<Route>,
}

/// One route: `consecutive` years up to the proposing year, each with one of the forms
/// `of`, or each rated `rating` or better (with `initiatives` over them); with `after`,
/// the years are counted from the last of those awards, and `with` asks a count of forms
/// within them.
///
/// Một điều kiện: `consecutive` năm liên tục tính đến năm đề nghị, mỗi năm có một trong
/// các hình thức `of`, hoặc mỗi năm được xếp loại `rating` trở lên (cùng `initiatives`
/// sáng kiến trong các năm đó); với `after`, các năm tính từ sau lần gần nhất nhận một
/// trong các hình thức đó, và `with` đòi số lần nhận hình thức trong các năm đó.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Route {
    /// How many consecutive years, up to and including the proposing year.
    ///
    /// Số năm liên tục, tính đến hết năm đề nghị.
    pub consecutive: u32,
    /// Each of those years with one of these forms (keys of the catalogue).
    ///
    /// Mỗi năm có một trong các hình thức này (mã hình thức).
    #[serde(default)]
    pub of: Vec<String>,
    /// Each of those years rated this or better.
    ///
    /// Mỗi năm được xếp loại từ mức này trở lên.
    #[serde(default)]
    pub rating: Option<Rating>,
    /// Recognised initiatives (sáng kiến) over those years, at least.
    ///
    /// Tổng số sáng kiến được công nhận trong các năm đó, tối thiểu.
    #[serde(default)]
    pub initiatives: Option<u32>,
    /// The years are counted after the last of these awards, which must have been given.
    ///
    /// Các năm được tính từ sau lần gần nhất nhận một trong các hình thức này (phải đã
    /// nhận).
    #[serde(default)]
    pub after: Vec<String>,
    /// Within those years, at least `count` of the forms `of`.
    ///
    /// Trong các năm đó, nhận ít nhất `count` lần một trong các hình thức `of`.
    #[serde(default)]
    pub with: Option<Within>,
    /// Only for these recipients (`individuals`, `collectives`); not given, for all.
    ///
    /// Chỉ áp dụng cho đối tượng này (`individuals`: cá nhân, `collectives`: tập thể);
    /// không ghi: cho mọi đối tượng.
    #[serde(default)]
    pub who: Option<super::Who>,
}

/// A count of awards within a route's years.
///
/// Số lần nhận hình thức trong các năm của một điều kiện.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Within {
    /// How many, at least.
    ///
    /// Số lần tối thiểu.
    pub count: u32,
    /// Of these forms.
    ///
    /// Của các hình thức này.
    pub of: Vec<String>,
}

/// A cap on a form's share of a year: its awards at most `max` per cent of those of
/// form `of` (Chiến sĩ thi đua cơ sở at most 15 % of Lao động tiên tiến, as a province
/// may set).
///
/// Giới hạn tỷ lệ của một hình thức trong năm: số được tặng không quá `max` phần trăm số
/// được tặng hình thức `of` (Chiến sĩ thi đua cơ sở không quá 15% số Lao động tiên tiến).
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Ratio {
    /// The form whose awards the share is of.
    ///
    /// Hình thức làm cơ sở tính tỷ lệ.
    pub of: String,
    /// The highest share, per cent.
    ///
    /// Tỷ lệ tối đa, tính bằng phần trăm.
    pub max: u32,
}

/// A year's rating (đánh giá, xếp loại), best first.
///
/// Kết quả đánh giá, xếp loại của một năm, từ cao xuống thấp.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Rating {
    /// Hoàn thành xuất sắc nhiệm vụ.
    XuatSac,
    /// Hoàn thành tốt nhiệm vụ.
    Tot,
    /// Hoàn thành nhiệm vụ.
    HoanThanh,
    /// Không hoàn thành nhiệm vụ.
    KhongHoanThanh,
}

impl Rating {
    /// As it is written in YAML and lists.
    pub const KEYS: [&str; 4] = ["xuat-sac", "tot", "hoan-thanh", "khong-hoan-thanh"];

    pub fn parse(s: &str) -> Option<Rating> {
        let all = [
            Rating::XuatSac,
            Rating::Tot,
            Rating::HoanThanh,
            Rating::KhongHoanThanh,
        ];
        Rating::KEYS
            .iter()
            .position(|k| *k == s.trim())
            .map(|i| all[i])
    }

    /// Its words in a sentence (`hoàn thành tốt nhiệm vụ`).
    pub fn words(self) -> &'static str {
        match self {
            Rating::XuatSac => "hoàn thành xuất sắc nhiệm vụ",
            Rating::Tot => "hoàn thành tốt nhiệm vụ",
            Rating::HoanThanh => "hoàn thành nhiệm vụ",
            Rating::KhongHoanThanh => "không hoàn thành nhiệm vụ",
        }
    }

    /// Whether it is `least` or better.
    pub fn meets(self, least: Rating) -> bool {
        self <= least
    }
}

/// What an award is given for (loại hình khen thưởng): awards for a sudden deed or a
/// themed movement never count towards a higher award.
///
/// Loại hình khen thưởng: khen thưởng đột xuất, theo chuyên đề không dùng làm căn cứ đề
/// nghị khen thưởng cao hơn.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Basis {
    /// The year's work (thường xuyên).
    ///
    /// Thường xuyên.
    #[default]
    ThuongXuyen,
    /// A themed movement (theo chuyên đề).
    ///
    /// Theo chuyên đề.
    ChuyenDe,
    /// A sudden deed (đột xuất).
    ///
    /// Đột xuất.
    DotXuat,
    /// Quá trình cống hiến.
    CongHien,
    /// Đối ngoại.
    DoiNgoai,
    /// Niên hạn.
    NienHan,
}

impl Basis {
    pub const KEYS: [&str; 6] = [
        "thuong-xuyen",
        "chuyen-de",
        "dot-xuat",
        "cong-hien",
        "doi-ngoai",
        "nien-han",
    ];

    pub fn parse(s: &str) -> Option<Basis> {
        let all = [
            Basis::ThuongXuyen,
            Basis::ChuyenDe,
            Basis::DotXuat,
            Basis::CongHien,
            Basis::DoiNgoai,
            Basis::NienHan,
        ];
        Basis::KEYS
            .iter()
            .position(|k| *k == s.trim())
            .map(|i| all[i])
    }

    /// Whether an award of this basis counts towards a higher one.
    pub fn counts(self) -> bool {
        !matches!(self, Basis::ChuyenDe | Basis::DotXuat)
    }
}

impl Requires {
    /// Every form key it names (`of`, `after`, `with.of`), with where it is named.
    pub fn forms(&self) -> Vec<(String, &str)> {
        let mut out = Vec::new();
        for (i, r) in self.any.iter().enumerate() {
            for (field, keys) in [("of", &r.of), ("after", &r.after)] {
                out.extend(
                    keys.iter()
                        .map(|k| (format!("any[{i}].{field}"), k.as_str())),
                );
            }
            if let Some(w) = &r.with {
                out.extend(
                    w.of.iter()
                        .map(|k| (format!("any[{i}].with.of"), k.as_str())),
                );
            }
        }
        out
    }
}
