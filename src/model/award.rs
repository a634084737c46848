//! An award of a dossier: its form, proposal and decision (its recipients are
//! `recipient`'s).

use super::{Date, Proposal, Recipient};
use schemars::JsonSchema;
use serde::Deserialize;

/// One award: a form, its decision and its recipients.
///
/// Một khen thưởng: hình thức khen thưởng, quyết định và những người được khen thưởng.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Award {
    /// Key of the award form (`giay-khen`, `bang-khen-bo`, …, or one added under `forms`
    /// in thidua.yaml).
    ///
    /// Mã hình thức khen thưởng (`giay-khen`, `bang-khen-bo`, … hoặc hình thức được
    /// thêm trong `forms` của thidua.yaml).
    pub form: String,
    /// The proposal (Tờ trình) that asks for it.
    ///
    /// Tờ trình đề nghị khen thưởng.
    #[serde(default)]
    pub proposal: Option<Proposal>,
    /// Key of who hands it out at the conference. Default: the conference's chair.
    ///
    /// Mã người trao khen thưởng tại hội nghị. Mặc định: người chủ trì hội nghị.
    #[serde(default)]
    pub presenter: Option<String>,
    /// What it is given for (loại hình): `thuong-xuyen` (the default), `chuyen-de`,
    /// `dot-xuat`, `cong-hien`, `doi-ngoai`, `nien-han`. Awards `dot-xuat` and
    /// `chuyen-de` never count towards a higher award.
    ///
    /// Loại hình khen thưởng: `thuong-xuyen` (mặc định), `chuyen-de`, `dot-xuat`,
    /// `cong-hien`, `doi-ngoai`, `nien-han`. Khen thưởng `dot-xuat` và `chuyen-de` không
    /// dùng làm căn cứ đề nghị khen thưởng cao hơn.
    #[serde(default)]
    pub basis: super::Basis,
    /// The sổ vàng its certificates are numbered in (`register_from`), when not its
    /// form's own: numbers of one register and issuer run on across a year's decisions.
    ///
    /// Sổ vàng đánh số các bằng, giấy khen của khen thưởng này (`register_from`), nếu
    /// không phải sổ riêng của hình thức: số trong một sổ của một cơ quan nối tiếp nhau
    /// qua các quyết định trong năm.
    #[serde(default)]
    pub register: Option<String>,
    /// Whether its recipients are called to the stage at the conference. Default: yes,
    /// but for a title that prints no certificate (Lao động tiên tiến), which is
    /// announced only.
    ///
    /// Có mời người được khen thưởng lên sân khấu tại hội nghị hay không. Mặc định: có,
    /// trừ danh hiệu không in giấy chứng nhận (Lao động tiên tiến): chỉ công bố.
    #[serde(default)]
    pub on_stage: Option<bool>,
    /// The decision that grants it; leave it out while the award is only proposed.
    ///
    /// Quyết định khen thưởng; bỏ trống mục này khi mới chỉ đề nghị khen thưởng.
    #[serde(default)]
    pub decision: Option<Decision>,
    /// Order of the annex: `input` (as written, the default) or `name` (by given name).
    ///
    /// Thứ tự trong danh sách kèm theo quyết định: `input` (như đã nhập, mặc định) hoặc
    /// `name` (theo tên).
    #[serde(default)]
    pub sort: SortOrder,
    /// The achievement it rewards (`Đã có thành tích …`).
    ///
    /// Thành tích được khen thưởng (`Đã có thành tích …`).
    #[serde(default)]
    pub reason: Option<String>,
    /// The prize of each recipient in đồng, for a form whose prize the agency sets (a
    /// school's pupils' titles, Gia đình văn hóa); it replaces the catalogue's money.
    ///
    /// Tiền thưởng mỗi người (đồng), với hình thức do cơ quan tự quy định mức thưởng
    /// (danh hiệu của học sinh, Gia đình văn hóa); thay cho mức tiền trong danh mục.
    #[serde(default)]
    pub amount: Option<u64>,
    /// Recipients written here.
    ///
    /// Danh sách người được khen thưởng (cá nhân, tập thể) ghi trực tiếp tại đây.
    #[serde(default)]
    pub recipients: Vec<Recipient>,
    /// A CSV or spreadsheet file (.xlsx, .xls, .ods) with more recipients, its path
    /// relative to the dossier; columns `name`, `gender`, `position`, `unit`,
    /// `collective`, `household` (and `class`, `votes`, `achievement`).
    ///
    /// Tệp CSV hoặc bảng tính (.xlsx, .xls, .ods) chứa thêm người được khen thưởng, đường
    /// dẫn tính từ thư mục của hồ sơ; các cột `name`, `gender`, `position`, `unit`,
    /// `collective`, `household` (và `class`, `votes`, `achievement`).
    #[serde(default)]
    pub recipients_file: Option<String>,
    /// The sheet to read when `recipients_file` is a spreadsheet. Default: the first.
    ///
    /// Tên trang tính cần đọc khi `recipients_file` là bảng tính. Mặc định: trang đầu
    /// tiên.
    #[serde(default)]
    pub sheet: Option<String>,
}

/// Order of recipients in the annex: `input` or `name`.
///
/// Thứ tự người được khen thưởng trong danh sách kèm theo: `input` hoặc `name`.
#[derive(Debug, Clone, Copy, Default, Deserialize, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum SortOrder {
    /// As written. The default.
    ///
    /// Giữ nguyên thứ tự như đã nhập. Mặc định.
    #[default]
    Input,
    /// By given name, in Vietnamese alphabetical order.
    ///
    /// Theo tên (không theo họ), theo thứ tự bảng chữ cái tiếng Việt.
    Name,
}

/// A decision (quyết định): the agency's own, or another authority's when `issuer` is
/// given (counted in the report, not printed).
///
/// Quyết định khen thưởng: của chính cơ quan, hoặc của cơ quan khác khi có `issuer` (chỉ
/// được tính vào báo cáo, không in ra).
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// Document number (`1520` → `Số: 1520/QĐ-…`). Leave it out where the văn thư's
    /// system gives it at issuance (an electronic decision): `Số:` is printed blank.
    ///
    /// Số văn bản (`1520` → `Số: 1520/QĐ-…`). Bỏ trống khi hệ thống của văn thư cấp số lúc
    /// phát hành (văn bản điện tử): `Số:` để trống.
    #[serde(default)]
    #[schemars(range(min = 1))]
    pub number: Option<u32>,
    /// Date of signature; it picks the legal regime (the `Căn cứ` lines and the award
    /// money).
    ///
    /// Ngày ký; ngày này quyết định chế độ pháp lý áp dụng (các dòng `Căn cứ` và mức tiền
    /// thưởng).
    pub date: Date,
    /// Key of the signer (in `people` of thidua.yaml), for the agency's own decisions.
    ///
    /// Mã người ký (trong `people` của thidua.yaml), với quyết định của chính cơ
    /// quan.
    #[serde(default)]
    pub signer: Option<super::SignedBy>,
    /// Who proposed it (`Theo đề nghị của …`).
    ///
    /// Người hoặc đơn vị đề nghị (dòng `Theo đề nghị của …`).
    #[serde(default)]
    pub proposer: Option<String>,
    /// Số sổ vàng (register number) of the first certificate; the next ones count up
    /// from it.
    ///
    /// Số sổ vàng của bằng, giấy khen đầu tiên; các bằng, giấy khen sau tăng dần từ số
    /// này.
    #[serde(default, deserialize_with = "register_number")]
    #[schemars(range(min = 1, max = 99_999_999))]
    pub register_from: Option<u64>,
    /// Who issued another authority's decision (`Chủ tịch UBND Thành phố Hà Nội`); leave
    /// it out for the agency's own.
    ///
    /// Người hoặc cơ quan ban hành quyết định của cấp khác
    /// (`Chủ tịch UBND Thành phố Hà Nội`); bỏ trống với quyết định của chính cơ quan.
    #[serde(default)]
    pub issuer: Option<String>,
    /// Symbol of another authority's decision (`QĐ-UBND`).
    ///
    /// Ký hiệu của quyết định do cấp khác ban hành (`QĐ-UBND`).
    #[serde(default)]
    pub symbol: Option<String>,
    /// Nơi nhận (distribution list) of the agency's own decision. Default: `Như Điều N`
    /// and `Lưu: VT, ` with the agency's drafting office (`TĐKT`; a commune's
    /// `VHXH`).
    ///
    /// Nơi nhận của quyết định do cơ quan ban hành. Mặc định: `Như Điều N` và
    /// `Lưu: VT, ` và đơn vị soạn thảo (`TĐKT`; ở xã: `VHXH`).
    #[serde(default)]
    pub recipients: Vec<String>,
}

impl Award {
    /// Whether the agency decides it itself: its decision has no `issuer`; while only
    /// proposed, its Tờ trình is addressed to the agency's head (`organization.head`):
    /// the full names compared folded, never one a prefix of the other (the Chủ tịch of
    /// a commune is not the Chủ tịch of its city).
    pub fn own(&self, head: &str) -> bool {
        match (&self.decision, &self.proposal) {
            (Some(d), _) => d.issuer.is_none(),
            (None, Some(p)) => {
                p.to.all()
                    .first()
                    .is_some_and(|to| super::fold::same(to, head))
            }
            (None, None) => true,
        }
    }

    /// What tells this award apart in a year's count: its decision and its form (one
    /// decision may give two forms); none while it is only proposed.
    pub fn key(&self) -> Option<String> {
        Some(format!(
            "{} for {}",
            self.decision.as_ref()?.key(),
            self.form
        ))
    }

    /// The date that picks its regime and money: its decision's, else its proposal's.
    pub fn date(&self) -> Option<Date> {
        let proposed = self.proposal.as_ref().map(|p| p.date);
        self.decision.as_ref().map(|d| d.date).or(proposed)
    }
}

impl Decision {
    /// Its number as messages write it (`…` when it has none yet).
    pub fn shown(&self) -> String {
        self.number.map_or("…".to_string(), |n| n.to_string())
    }

    /// What tells this decision apart from every other: own ones by number and year,
    /// someone else's by issuer, symbol, number and date.
    pub fn key(&self) -> String {
        match (&self.issuer, &self.symbol) {
            (None, _) => format!("{}/QĐ of {}", self.shown(), self.date.year),
            (Some(i), s) => format!(
                "{}/{} of {i}, {}",
                self.shown(),
                s.as_deref().unwrap_or(""),
                self.date
            ),
        }
    }
}

/// A số sổ vàng: from 1 to 99 999 999 (a register's numbers never run past it; a number
/// near the largest integer would give every certificate the same).
fn register_number<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
    let n = <Option<u64> as serde::Deserialize>::deserialize(d)?;
    match n {
        Some(n) if !(1..=99_999_999).contains(&n) => Err(serde::de::Error::custom(t!(
            "model-register-number",
            n = n.to_string()
        ))),
        n => Ok(n),
    }
}
