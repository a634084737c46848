//! What a dossier's conference adds: the invitation and its invitees, the programme.

use super::Clock;
use super::Date;
use serde::Deserialize;

/// The Giấy mời sent to every invitee.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Invitation {
    /// Document number (`88` → `Số: 88/GM-…`).
    pub number: u32,
    /// Date of signature.
    pub date: Date,
    /// Key of the signer.
    pub signer: String,
    /// Notes printed after the place (`Đề nghị đại biểu có mặt trước 15 phút.`).
    #[serde(default)]
    pub notes: Vec<String>,
    /// Nơi nhận; defaults to `Như trên` and `Lưu: VT, TĐKT`.
    #[serde(default)]
    pub recipients: Vec<String>,
}

/// Someone invited: a person (`name`, with `gender` and `position`) or a collective.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Invitee {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub gender: Option<String>,
    #[serde(default)]
    pub position: Option<String>,
    #[serde(default)]
    pub collective: Option<String>,
}

/// One item of the programme.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgrammeItem {
    /// When it begins.
    pub time: Clock,
    /// What happens (`Báo cáo tổng kết`).
    pub item: String,
    /// Who: a key of `people` (a single word such as `huong`), or free text (`Đại diện
    /// Công đoàn Sở`: anything with a space).
    #[serde(default)]
    pub by: Option<String>,
    /// Whether the awards are handed out here.
    #[serde(default)]
    pub awards: bool,
}

/// Whether `by` is written as a key of `people` rather than as free text: one word of
/// letters, digits, `-` and `_`.
pub fn is_key(by: &str) -> bool {
    !by.is_empty()
        && by
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
}
