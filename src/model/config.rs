//! `thidua.yaml`: the agency, the people who sign, and settings.

use super::agency::Role;
use super::certificate::CertificateConfig;
use super::council::Council;
use super::forms::{FormOverride, Regime, SalaryStep};
use super::organization::Organizations;
use schemars::JsonSchema;
use serde::Deserialize;
use std::collections::BTreeMap;

/// The whole of `thidua.yaml`: the issuing agency, the people who sign, and settings.
///
/// Toàn bộ tệp `thidua.yaml`: cơ quan ban hành, những người ký và các thiết lập chung.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The issuing agency; or, for an agency renamed over the years, a list of its
    /// names and details, each with the day it holds `from`.
    ///
    /// Cơ quan ban hành văn bản; hoặc, với cơ quan đã đổi tên qua các năm, danh sách các
    /// tên gọi và thông tin, mỗi mục kèm ngày bắt đầu áp dụng (`from`).
    pub organization: Organizations,
    /// People who sign or chair, each under a short key (`huong`, `dan`) by which the
    /// rest of the project names them (`signer: huong`).
    ///
    /// Những người ký văn bản hoặc chủ trì, mỗi người có một mã ngắn (`huong`, `dan`)
    /// để các mục khác gọi đến (`signer: huong`).
    #[serde(default)]
    pub people: BTreeMap<String, Person>,
    /// Base salary (đồng) overriding the built-in table for every date.
    ///
    /// Mức lương cơ sở (đồng) dùng cho mọi ngày, thay cho bảng mức lương cơ sở có sẵn.
    #[serde(default)]
    pub base_salary: Option<u64>,
    /// The Hội đồng Thi đua - Khen thưởng (emulation and commendation council), whose
    /// meetings vote on nominees.
    ///
    /// Hội đồng Thi đua - Khen thưởng, nơi họp và bỏ phiếu xét các trường hợp đề nghị
    /// khen thưởng.
    #[serde(default)]
    pub council: Option<Council>,
    /// Dated base-salary steps added to the built-in table.
    ///
    /// Các mức lương cơ sở kèm ngày áp dụng, bổ sung vào bảng có sẵn.
    #[serde(default)]
    pub base_salaries: Vec<SalaryStep>,
    /// Changes to the built-in award forms, and new forms, by form key (`giay-khen`): a
    /// built-in key changes that form, a new key adds a form (it needs a `name`).
    ///
    /// Sửa các hình thức khen thưởng có sẵn hoặc thêm hình thức mới, theo mã hình thức
    /// (`giay-khen`): mã có sẵn thì sửa hình thức đó, mã mới thì thêm một hình thức
    /// (phải có `name`).
    #[serde(default)]
    pub forms: BTreeMap<String, FormOverride>,
    /// Legal regimes added to the built-in ones (`A`, `B`, `C`); one with a built-in
    /// key replaces that one.
    ///
    /// Các chế độ pháp lý bổ sung vào các chế độ có sẵn (`A`, `B`, `C`); chế độ trùng
    /// mã với một chế độ có sẵn sẽ thay thế chế độ đó.
    #[serde(default)]
    pub regimes: Vec<Regime>,
    /// How amounts are spelled out in words. Default: the northern forms.
    ///
    /// Cách đọc số tiền bằng chữ. Mặc định: cách đọc miền Bắc.
    #[serde(default)]
    pub words: WordOptions,
    /// How certificates (Giấy khen, Bằng khen) are printed.
    ///
    /// Cách in Giấy khen, Bằng khen và các giấy chứng nhận.
    #[serde(default)]
    pub certificate: CertificateConfig,
    /// Page margins of reports and decisions, in mm. Default: top 20, bottom 20,
    /// left 30, right 15.
    ///
    /// Lề trang của báo cáo và quyết định, tính bằng mm. Mặc định: trên 20, dưới 20,
    /// trái 30, phải 15.
    #[serde(default)]
    pub margins: Margins,
    /// Whether each of the agency's own decisions with award money gets its payment list
    /// (danh sách chi tiền), as PDF and spreadsheet. Default: true.
    ///
    /// Có lập danh sách chi tiền (bản PDF và bảng tính) cho mỗi quyết định khen thưởng có
    /// tiền thưởng do cơ quan ban hành hay không. Mặc định: có.
    #[serde(default = "yes")]
    pub payment_list: bool,
    /// Whether each văn bản also gets its electronic version for ký số (`…-dien-tu.pdf`):
    /// room and unsigned signature fields for the signers and the agency. Default: false
    /// (`thidua build --electronic` asks it for one build).
    ///
    /// Có lập thêm bản điện tử của mỗi văn bản để ký số (`…-dien-tu.pdf`) hay không: chừa
    /// chỗ và trường chữ ký chưa ký cho người ký và cơ quan. Mặc định: không (`thidua
    /// build --electronic` lập cho một lần chạy).
    #[serde(default)]
    pub electronic: bool,
    /// On the electronic versions, the date after the place: `printed` (the default) or
    /// `blank`, left for the văn thư's system to give at issuance.
    ///
    /// Trên bản điện tử, ngày tháng sau địa danh: `printed` (in ra, mặc định) hoặc `blank`
    /// (để trống cho hệ thống của văn thư điền khi phát hành).
    #[serde(default)]
    pub electronic_date: ElectronicDate,
}

/// The date on an electronic version: printed, or left blank for the văn thư's system.
///
/// Ngày tháng trên bản điện tử: in ra, hoặc để trống cho hệ thống của văn thư.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ElectronicDate {
    #[default]
    Printed,
    Blank,
}

fn yes() -> bool {
    true
}

/// Page margins in millimetres, within the ranges of Nghị định 30/2020/NĐ-CP.
///
/// Lề trang tính bằng milimét, trong khoảng Nghị định 30/2020/NĐ-CP quy định.
#[derive(Debug, Clone, Copy, Deserialize, serde::Serialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Margins {
    /// Top, 20–25 mm. Default: 20.
    ///
    /// Lề trên, 20–25 mm. Mặc định: 20.
    #[schemars(range(min = 20, max = 25))]
    pub top: f64,
    /// Bottom, 20–25 mm. Default: 20.
    ///
    /// Lề dưới, 20–25 mm. Mặc định: 20.
    #[schemars(range(min = 20, max = 25))]
    pub bottom: f64,
    /// Left, 30–35 mm. Default: 30.
    ///
    /// Lề trái, 30–35 mm. Mặc định: 30.
    #[schemars(range(min = 30, max = 35))]
    pub left: f64,
    /// Right, 15–20 mm. Default: 15.
    ///
    /// Lề phải, 15–20 mm. Mặc định: 15.
    #[schemars(range(min = 15, max = 20))]
    pub right: f64,
}

impl Default for Margins {
    fn default() -> Self {
        Margins {
            top: 20.0,
            bottom: 20.0,
            left: 30.0,
            right: 15.0,
        }
    }
}

impl Margins {
    /// Each margin outside the Decree's range, with its name and range.
    pub fn out_of_range(&self) -> Vec<(&'static str, f64, (f64, f64))> {
        [
            ("top", self.top, (20.0, 25.0)),
            ("bottom", self.bottom, (20.0, 25.0)),
            ("left", self.left, (30.0, 35.0)),
            ("right", self.right, (15.0, 20.0)),
        ]
        .into_iter()
        .filter(|(_, v, (lo, hi))| !(lo..=hi).contains(&v))
        .collect()
    }
}

/// Someone who signs or chairs.
///
/// Người ký văn bản hoặc chủ trì.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Full name.
    ///
    /// Họ và tên.
    pub name: String,
    /// Position (`Phó Giám đốc`).
    ///
    /// Chức vụ (`Phó Giám đốc`).
    pub position: String,
    /// The title on the signature's line (`Chủ tịch`). Default: for the head or a
    /// deputy (by `role`, or told from `position` outside a Sở), the kind's title (`Chủ
    /// tịch`, `Phó Chủ tịch`); else `position`.
    ///
    /// Chức danh in ở dòng chữ ký (`Chủ tịch`). Mặc định: với thủ trưởng, cấp phó (theo
    /// `role`, hoặc suy từ `position` nếu không phải sở), chức danh theo loại cơ quan
    /// (`Chủ tịch`, `Phó Chủ tịch`); còn lại là `position`.
    #[serde(default)]
    pub title: Option<String>,
    /// Who they are to the agency: `head`, `deputy`, `acting` or `staff`; with the
    /// agency's kind and the document, it decides the marks above the title (`TM.`,
    /// `KT.`, `Q.`, `TL.`). `authority`, when given, wins.
    ///
    /// Vai trò đối với cơ quan: `head` (thủ trưởng), `deputy` (cấp phó), `acting` (quyền),
    /// `staff` (thừa lệnh); cùng loại cơ quan và loại văn bản, quyết định các dòng `TM.`,
    /// `KT.`, `Q.`, `TL.` phía trên chức danh. Có `authority` thì dùng `authority`.
    #[serde(default)]
    pub role: Option<Role>,
    /// Authority line above the position (`KT. GIÁM ĐỐC`).
    ///
    /// Dòng thẩm quyền ký, in phía trên chức vụ (`KT. GIÁM ĐỐC`).
    #[serde(default)]
    pub authority: Option<String>,
}

/// Who signs a document: the key of someone under `people` (`huong`), or that key with
/// the lines above their title on this document alone (`{ person: tam, authority: [TM.
/// ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH] }`), which win over their `authority` and role.
///
/// Người ký văn bản: mã của một người trong `people` (`huong`), hoặc mã đó kèm các dòng
/// ghi phía trên chức danh chỉ cho văn bản này (`{ person: tam, authority: [TM. ỦY BAN
/// NHÂN DÂN, KT. CHỦ TỊCH] }`), thay cho `authority` và vai trò của người đó.
#[derive(Debug, Clone, PartialEq, Eq, JsonSchema)]
#[serde(untagged)]
pub enum SignedBy {
    /// The key of someone under `people`.
    ///
    /// Mã của một người trong `people`.
    Key(String),
    /// Their key, and the lines above their title on this document.
    ///
    /// Mã người ký và các dòng phía trên chức danh trên văn bản này.
    With {
        /// The key of someone under `people`.
        ///
        /// Mã của một người trong `people`.
        person: String,
        /// The lines above the title, in order (`TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`).
        ///
        /// Các dòng phía trên chức danh, theo thứ tự (`TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`).
        #[serde(default)]
        authority: Vec<String>,
    },
}

impl<'de> Deserialize<'de> for SignedBy {
    /// A key, or a map of `person` and `authority`; `~` reads as no one (said where it is
    /// checked), anything else as what to write instead.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct With {
            person: String,
            #[serde(default)]
            authority: Vec<String>,
        }
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = SignedBy;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(&t!("model-signer-expected"))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<SignedBy, E> {
                Ok(SignedBy::Key(v.to_string()))
            }
            // A key YAML reads as a number or a truth value (`signer: 12`) is still a key.
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<SignedBy, E> {
                Ok(SignedBy::Key(v.to_string()))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<SignedBy, E> {
                Ok(SignedBy::Key(v.to_string()))
            }
            fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<SignedBy, E> {
                Ok(SignedBy::Key(v.to_string()))
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<SignedBy, E> {
                Ok(SignedBy::Key(String::new()))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<SignedBy, A::Error> {
                let map = serde::de::value::MapAccessDeserializer::new(map);
                let With { person, authority } = With::deserialize(map)?;
                Ok(SignedBy::With { person, authority })
            }
        }
        d.deserialize_any(Visitor)
    }
}

impl SignedBy {
    /// The key of the person who signs.
    pub fn key(&self) -> &str {
        match self {
            SignedBy::Key(k) => k,
            SignedBy::With { person, .. } => person,
        }
    }

    /// The lines above their title on this document, when given.
    pub fn authority(&self) -> Option<&[String]> {
        match self {
            SignedBy::With { authority, .. } if !authority.is_empty() => Some(authority),
            _ => None,
        }
    }
}

/// Regional spelling choices for numbers in words; the defaults are the northern forms.
///
/// Cách đọc số bằng chữ theo vùng miền; mặc định là cách đọc miền Bắc.
#[derive(Debug, Clone, Copy, Default, Deserialize, PartialEq, Eq, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct WordOptions {
    /// `lẻ` instead of `linh` for an empty tens digit (`một trăm lẻ năm`).
    /// Default: false.
    ///
    /// Dùng `lẻ` thay cho `linh` khi hàng chục là 0 (`một trăm lẻ năm`). Mặc định: không.
    pub le: bool,
    /// `ngàn` instead of `nghìn`. Default: false.
    ///
    /// Dùng `ngàn` thay cho `nghìn`. Mặc định: không.
    pub ngan: bool,
    /// `tư` instead of `bốn` for a 4 after a tens digit ≥ 2 (`hai mươi tư`).
    /// Default: false.
    ///
    /// Dùng `tư` thay cho `bốn` khi chữ số 4 đứng sau hàng chục từ 2 trở lên
    /// (`hai mươi tư`). Mặc định: không.
    pub tu: bool,
}
