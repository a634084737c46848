//! What a dossier's conference adds: the invitation and its invitees, the programme.

use super::Clock;
use super::Date;
use schemars::JsonSchema;
use serde::Deserialize;

/// The Giấy mời (invitation) sent to every invitee.
///
/// Giấy mời gửi đến từng đại biểu được mời.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Invitation {
    /// Document number (`88` → `Số: 88/GM-…`).
    ///
    /// Số văn bản (`88` → `Số: 88/GM-…`).
    #[schemars(range(min = 1))]
    pub number: u32,
    /// Date of signature.
    ///
    /// Ngày ký.
    pub date: Date,
    /// Key of the signer (in `people` of thidua.yaml).
    ///
    /// Mã người ký (trong `people` của thidua.yaml).
    pub signer: super::SignedBy,
    /// Notes printed after the place (`Đề nghị đại biểu có mặt trước 15 phút.`).
    ///
    /// Các lưu ý in sau địa điểm (`Đề nghị đại biểu có mặt trước 15 phút.`).
    #[serde(default)]
    pub notes: Vec<String>,
    /// Nơi nhận (distribution list). Default: `Như trên` and `Lưu: VT, ` with the
    /// agency's drafting office (`TĐKT`; a commune's `VHXH`).
    ///
    /// Nơi nhận. Mặc định: `Như trên` và `Lưu: VT, ` và đơn vị soạn thảo (`TĐKT`; ở xã:
    /// `VHXH`).
    #[serde(default)]
    pub recipients: Vec<String>,
}

/// Someone invited: a person (`name`, with `gender` and `position`) or a collective
/// (`collective`).
///
/// Một đại biểu được mời: cá nhân (`name`, kèm `gender` và `position`) hoặc tập thể
/// (`collective`).
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Invitee {
    /// A person's full name (not together with `collective`).
    ///
    /// Họ và tên người được mời (không ghi cùng với `collective`).
    #[serde(default)]
    pub name: Option<String>,
    /// A person's gender, `male` or `female` (also `nam`, `nữ`, `ông`, `bà`, `m`, `f`, in
    /// any case): the invitation says `Ông` or `Bà`.
    ///
    /// Giới tính: `male` hoặc `female` (hoặc `nam`, `nữ`, `ông`, `bà`, `m`, `f`, chữ hoa
    /// hay thường đều được); giấy mời ghi `Ông` hoặc `Bà`.
    #[serde(default)]
    pub gender: Option<String>,
    /// A person's position, printed after the name.
    ///
    /// Chức vụ của người được mời, in sau họ tên.
    #[serde(default)]
    pub position: Option<String>,
    /// A collective invited, printed as written (`Lãnh đạo các phòng, đơn vị thuộc Sở`);
    /// not together with `name`.
    ///
    /// Tập thể được mời, in đúng như đã ghi (`Lãnh đạo các phòng, đơn vị thuộc Sở`);
    /// không ghi cùng với `name`.
    #[serde(default)]
    pub collective: Option<String>,
}

/// One item of the programme.
///
/// Một mục trong chương trình hội nghị.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProgrammeItem {
    /// When it begins.
    ///
    /// Giờ bắt đầu.
    pub time: Clock,
    /// What happens (`Báo cáo tổng kết`).
    ///
    /// Nội dung (`Báo cáo tổng kết`).
    pub item: String,
    /// Who: a key of `people` (a single word such as `huong`), or free text
    /// (`Đại diện Công đoàn Sở`: anything with a space).
    ///
    /// Người thực hiện: một mã trong `people` (một từ duy nhất, như `huong`), hoặc ghi
    /// bằng lời (`Đại diện Công đoàn Sở`: có dấu cách).
    #[serde(default)]
    pub by: Option<String>,
    /// Whether the awards are handed out here. Default: false.
    ///
    /// Có trao khen thưởng ở mục này hay không. Mặc định: không.
    #[serde(default)]
    pub awards: bool,
    /// Whether the master of ceremonies introduces the guests here (the script names
    /// them). Default: when the item says `giới thiệu đại biểu`; with no such item, the
    /// script names them before the programme.
    ///
    /// Người dẫn chương trình giới thiệu đại biểu ở mục này (kịch bản ghi tên từng đại
    /// biểu). Mặc định: mục có chữ `giới thiệu đại biểu`; nếu không có mục nào như vậy,
    /// kịch bản giới thiệu đại biểu trước chương trình.
    #[serde(default)]
    pub guests: Option<bool>,
}

impl ProgrammeItem {
    /// Whether the guests are introduced here: `guests: true`, or (unless `guests:
    /// false`) an item that says it introduces them (`Tuyên bố lý do, giới thiệu đại
    /// biểu`, `giới thiệu thành phần đại biểu`).
    pub fn introduces_guests(&self) -> bool {
        let text = self.item.to_lowercase();
        self.guests
            .unwrap_or_else(|| text.contains("giới thiệu") && text.contains("đại biểu"))
    }
}

/// Whether `by` is written as a key of `people` rather than as free text: one word of
/// letters, digits, `-` and `_`.
pub fn is_key(by: &str) -> bool {
    !by.is_empty()
        && by
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
}
