//! A recipient of an award — an individual, a collective or a household — and what is
//! read of it: which it is, its name, a household's head, a person's gender.

use schemars::JsonSchema;
use serde::Deserialize;

/// A recipient: an individual (`name`), a collective (`collective`) or a household
/// (`household`).
///
/// Một đối tượng được khen thưởng: cá nhân (`name`), tập thể (`collective`) hoặc hộ gia
/// đình (`household`).
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq, JsonSchema)]
#[serde(deny_unknown_fields)]
// Exactly one of the three names it, as the loader requires.
#[schemars(extend("oneOf" = [
    { "required": ["name"] },
    { "required": ["collective"] },
    { "required": ["household"] }
]))]
pub struct Recipient {
    /// An individual's full name.
    ///
    /// Họ và tên của cá nhân.
    #[serde(default)]
    pub name: Option<String>,
    /// `male` or `female` (also `nam`, `nữ`, `ông`, `bà`, `m`, `f`, in any case); it
    /// decides `Ông` or `Bà`.
    ///
    /// Giới tính: `male` hoặc `female` (hoặc `nam`, `nữ`, `ông`, `bà`, `m`, `f`, chữ hoa
    /// hay thường đều được); dùng để ghi `Ông` hoặc `Bà`.
    #[serde(default)]
    #[schemars(regex(
        pattern = r"^([Mm][Aa][Ll][Ee]|[Ff][Ee][Mm][Aa][Ll][Ee]|[Nn][Aa][Mm]|[Nn][Ữữ]|[Nn][Uu]|[Ôô][Nn][Gg]|[Bb][Àà]|[MmFf])$"
    ))]
    pub gender: Option<String>,
    /// An individual's position.
    ///
    /// Chức vụ của cá nhân.
    #[serde(default)]
    pub position: Option<String>,
    /// The unit an individual works in, or a collective's parent.
    ///
    /// Đơn vị công tác của cá nhân, hoặc đơn vị cấp trên của tập thể.
    #[serde(default)]
    pub unit: Option<String>,
    /// A collective's name.
    ///
    /// Tên tập thể.
    #[serde(default)]
    pub collective: Option<String>,
    /// A household, by its head: `Hộ ông Nguyễn Văn An` (or `Gia đình bà …`, or the name
    /// alone with `gender`); its place (thôn, tổ dân phố) in `unit`.
    ///
    /// Hộ gia đình, ghi theo chủ hộ: `Hộ ông Nguyễn Văn An` (hoặc `Gia đình bà …`, hoặc
    /// chỉ ghi tên kèm `gender`); nơi ở (thôn, tổ dân phố) ghi ở `unit`.
    #[serde(default)]
    pub household: Option<String>,
    /// Votes in favour at the council meeting.
    ///
    /// Số phiếu đồng ý tại cuộc họp Hội đồng Thi đua - Khen thưởng.
    #[serde(default)]
    pub votes: Option<u32>,
    /// The summary of achievement in the Tờ trình's list.
    ///
    /// Tóm tắt thành tích, ghi trong danh sách kèm theo Tờ trình.
    #[serde(default)]
    pub achievement: Option<String>,
    /// A pupil's class (`9A`): the pupil is `Em …, Học sinh lớp 9A`.
    ///
    /// Lớp của học sinh (`9A`): ghi là `Em …, Học sinh lớp 9A`.
    #[serde(default)]
    pub class: Option<String>,
    /// The recipient's code in the agency's records (`Mã`): who they are across the
    /// years (not printed).
    ///
    /// Mã của đối tượng trong hồ sơ của cơ quan (`Mã`): xác định một người qua các năm
    /// (không in ra).
    #[serde(default)]
    pub id: Option<String>,
    /// Date of birth as written (`Ngày sinh`): tells namesakes apart; printed in a báo
    /// cáo thành tích.
    ///
    /// Ngày sinh như đã ghi (`Ngày sinh`): phân biệt người trùng tên; in trong báo cáo
    /// thành tích.
    #[serde(default)]
    pub born: Option<String>,
    /// Hometown (`Quê quán`), printed in a báo cáo thành tích.
    ///
    /// Quê quán (`Quê quán`), in trong báo cáo thành tích.
    #[serde(default)]
    pub hometown: Option<String>,
    /// Where they live (`Trú quán`), printed in a báo cáo thành tích.
    ///
    /// Trú quán, in trong báo cáo thành tích.
    #[serde(default)]
    pub residence: Option<String>,
    /// Their training (`Trình độ chuyên môn, nghiệp vụ`), for a báo cáo thành tích.
    ///
    /// Trình độ chuyên môn, nghiệp vụ, in trong báo cáo thành tích.
    #[serde(default)]
    pub qualification: Option<String>,
    /// Academic titles, degrees, titles and prizes (`Học hàm, học vị, danh hiệu, giải
    /// thưởng`), for a báo cáo thành tích.
    ///
    /// Học hàm, học vị, danh hiệu, giải thưởng, in trong báo cáo thành tích.
    #[serde(default)]
    pub honours: Option<String>,
    /// The achievements of a báo cáo thành tích (its part II), in Markdown: the tasks
    /// held, then what was achieved.
    ///
    /// Thành tích đạt được (phần II của báo cáo thành tích), viết bằng Markdown: quyền
    /// hạn, nhiệm vụ được giao, rồi thành tích đạt được.
    #[serde(default)]
    pub achievement_report: Option<String>,
}

/// What a recipient is; an award's list has a section of each, in this order.
///
/// Đối tượng được khen thưởng: tập thể, cá nhân hoặc hộ gia đình.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
pub enum Who {
    /// Tập thể.
    #[serde(rename = "collectives")]
    Collective,
    /// Cá nhân.
    #[serde(rename = "individuals")]
    Individual,
    /// Hộ gia đình.
    #[serde(rename = "households")]
    Household,
}

impl Who {
    /// Every kind, in the order of an award's sections (its list, files, số sổ vàng).
    pub const SECTIONS: [Who; 3] = [Who::Collective, Who::Individual, Who::Household];

    /// Its place in a regime's money, written `[individual, collective, household]`.
    pub fn in_money(self) -> usize {
        match self {
            Who::Individual => 0,
            Who::Collective => 1,
            Who::Household => 2,
        }
    }

    /// The section's heading word and the noun counted (`09 tập thể`).
    pub fn noun(self) -> &'static str {
        match self {
            Who::Collective => "tập thể",
            Who::Individual => "cá nhân",
            Who::Household => "hộ gia đình",
        }
    }

    /// The noun of an award whose individuals are all pupils (`06 học sinh`) when
    /// `pupils`, else [`Who::noun`].
    pub fn named(self, pupils: bool) -> &'static str {
        match (self, pupils) {
            (Who::Individual, true) => "học sinh",
            _ => self.noun(),
        }
    }
}

impl Recipient {
    /// What it is: a collective or a household when named so, else an individual.
    pub fn who(&self) -> Who {
        if self.collective.is_some() {
            Who::Collective
        } else if self.household.is_some() {
            Who::Household
        } else {
            Who::Individual
        }
    }

    /// Its name as written: the person's, the collective's or the household's.
    pub fn written_name(&self) -> &str {
        let named = self.collective.as_deref().or(self.household.as_deref());
        named.or(self.name.as_deref()).unwrap_or_default()
    }
}

/// A household's head as written after `Hộ`, `Hộ gia đình` or `Gia đình` (any case): the
/// honorific it is written with (`ông`, `bà`), if any, and the name (empty if none).
pub fn householder(text: &str) -> (Option<Gender>, &str) {
    let text = text.trim();
    let prefixes = ["hộ gia đình", "gia đình", "hộ"];
    let rest = prefixes
        .iter()
        .find_map(|w| strip_word(text, w))
        .unwrap_or(text);
    for (word, gender) in [("ông", Gender::Male), ("bà", Gender::Female)] {
        if let Some(name) = strip_word(rest, word) {
            return (Some(gender), name);
        }
    }
    (None, rest)
}

/// `text` after its first word(s) `word` (any case) and a space or its end, if it starts so.
fn strip_word<'a>(text: &'a str, word: &str) -> Option<&'a str> {
    let n = word.chars().count();
    let end = text.char_indices().nth(n).map_or(text.len(), |(i, _)| i);
    let (head, tail) = text.split_at(end);
    let spaced = tail.is_empty() || tail.starts_with(char::is_whitespace);
    (head.to_lowercase() == word && spaced).then(|| tail.trim_start())
}

/// An individual's gender, which decides `Ông` or `Bà`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// Ông.
    Male,
    /// Bà.
    Female,
}

impl Gender {
    /// How Vietnamese addresses them: `Ông` or `Bà`.
    pub fn honorific(self) -> &'static str {
        match self {
            Gender::Male => "Ông",
            Gender::Female => "Bà",
        }
    }

    /// The gender a word in the data names, English or Vietnamese (`female`, `nữ`, `Bà`, …).
    pub fn parse(word: &str) -> Option<Gender> {
        match word.to_lowercase().as_str() {
            "male" | "nam" | "m" | "ông" => Some(Gender::Male),
            "female" | "nữ" | "nu" | "f" | "bà" => Some(Gender::Female),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{householder, Gender};

    #[test]
    fn a_households_head_as_offices_write_it() {
        let (m, f) = (Some(Gender::Male), Some(Gender::Female));
        let table = [
            ("Hộ ông Nguyễn Văn An", (m, "Nguyễn Văn An")),
            ("hộ bà Lê Thị Bình", (f, "Lê Thị Bình")),
            ("Hộ gia đình ông Trần Văn Ba", (m, "Trần Văn Ba")),
            ("Gia đình Bà Võ Thị Tư", (f, "Võ Thị Tư")),
            ("  Ông Phan Văn Năm ", (m, "Phan Văn Năm")),
            ("Nguyễn Văn Sáu", (None, "Nguyễn Văn Sáu")),
            // A name that merely starts with the letters stays whole.
            ("Hồ Văn Bảy", (None, "Hồ Văn Bảy")),
            ("Hộc Văn Tám", (None, "Hộc Văn Tám")),
            ("Hộ", (None, "")),
            ("Hộ ông", (m, "")),
        ];
        for (text, want) in table {
            assert_eq!(householder(text), want, "{text}");
        }
    }
}
