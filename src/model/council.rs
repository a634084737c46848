//! The award cycle around a decision: the council (`thidua.yaml`), the meeting that votes
//! on a dossier's nominees, and the proposal (Tờ trình) that asks for an award.

use super::Date;
use schemars::JsonSchema;
use serde::{de, Deserialize, Deserializer};
use std::fmt;

/// The agency's Hội đồng Thi đua - Khen thưởng (emulation and commendation council).
///
/// Hội đồng Thi đua - Khen thưởng của cơ quan.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Council {
    /// Its name (`Hội đồng Thi đua - Khen thưởng Sở`).
    ///
    /// Tên Hội đồng (`Hội đồng Thi đua - Khen thưởng Sở`).
    pub name: String,
    /// Its short name in the symbols of the documents it issues (`HĐTĐKT` in
    /// `245/TTr-HĐTĐKT`). Default: `HĐTĐKT`.
    ///
    /// Tên viết tắt trong ký hiệu các văn bản do Hội đồng ban hành (`HĐTĐKT` trong
    /// `245/TTr-HĐTĐKT`). Mặc định: `HĐTĐKT`.
    #[serde(default)]
    pub short: Option<String>,
    /// Keys of people (in `people`): every member, present or not; the share of votes a
    /// nominee needs is counted against all of them.
    ///
    /// Mã các thành viên (trong `people`): tất cả thành viên, dù có mặt hay không;
    /// tỷ lệ phiếu cần đạt được tính trên tổng số thành viên.
    pub members: Vec<String>,
    /// Key of the chair (Chủ tịch Hội đồng).
    ///
    /// Mã Chủ tịch Hội đồng.
    pub chair: String,
    /// Keys of the vice-chairs (Phó Chủ tịch Hội đồng), members who sign the council's
    /// Tờ trình for the chair (`KT. CHỦ TỊCH`).
    ///
    /// Mã các Phó Chủ tịch Hội đồng, thành viên ký Tờ trình của Hội đồng thay Chủ tịch
    /// (`KT. CHỦ TỊCH`).
    #[serde(default)]
    pub vice_chairs: Vec<String>,
    /// Key of the secretary (Thư ký), who writes the minutes.
    ///
    /// Mã Thư ký Hội đồng, người lập Biên bản.
    pub secretary: String,
}

impl Council {
    /// The short name in document symbols (`HĐTĐKT` unless set).
    pub fn short(&self) -> &str {
        self.short.as_deref().unwrap_or("HĐTĐKT")
    }
}

/// The council meeting that reviewed a dossier's nominees.
///
/// Cuộc họp Hội đồng Thi đua - Khen thưởng xét các trường hợp đề nghị khen thưởng
/// của một hồ sơ.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    /// Number of its minutes (`15` → `Số: 15/BB-…`); leave it out to leave the number
    /// blank, to fill in by hand.
    ///
    /// Số Biên bản cuộc họp (`15` → `Số: 15/BB-…`); bỏ trống nếu chưa có số, để điền
    /// tay sau.
    #[serde(default)]
    #[schemars(range(min = 1))]
    pub number: Option<u32>,
    /// When it met.
    ///
    /// Ngày họp.
    pub date: Date,
    /// When it began.
    ///
    /// Giờ bắt đầu.
    pub start: Clock,
    /// When it ended.
    ///
    /// Giờ kết thúc.
    pub end: Clock,
    /// Where it met.
    ///
    /// Địa điểm họp.
    #[serde(default)]
    pub venue: Option<String>,
    /// Keys of the members not present (their written votes may still count).
    ///
    /// Mã các thành viên vắng mặt (phiếu bằng văn bản của họ vẫn có thể được tính).
    #[serde(default)]
    pub absent: Vec<String>,
    /// Key of who chaired, when not the council's chair.
    ///
    /// Mã người chủ trì, nếu không phải Chủ tịch Hội đồng.
    #[serde(default)]
    pub chair: Option<String>,
    /// The discussion, in the Markdown subset (paragraphs, **bold**, *italic*, lists).
    ///
    /// Nội dung thảo luận, viết bằng Markdown rút gọn (đoạn văn, **đậm**, *nghiêng*, danh
    /// sách).
    #[serde(default)]
    pub text: Option<String>,
}

/// A proposal (Tờ trình đề nghị khen thưởng) for one award.
///
/// Tờ trình đề nghị khen thưởng cho một hình thức khen thưởng.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Proposal {
    /// Document number (`245` → `Số: 245/TTr-…`); the awards of one dossier with the same
    /// number share one Tờ trình.
    ///
    /// Số văn bản (`245` → `Số: 245/TTr-…`); các khen thưởng trong cùng hồ sơ có cùng số
    /// thì dùng chung một Tờ trình.
    #[schemars(range(min = 1))]
    pub number: u32,
    /// Date of signature, not after the decision's; it picks the regime its `Căn cứ`
    /// lines cite.
    ///
    /// Ngày ký, không sau ngày của quyết định; ngày này quyết định chế độ pháp lý mà các
    /// dòng `Căn cứ` viện dẫn.
    pub date: Date,
    /// Key of the signer (in `people` of thidua.yaml).
    ///
    /// Mã người ký (trong `people` của thidua.yaml).
    pub signer: super::SignedBy,
    /// `Kính gửi:` — one addressee or several. Addressed to the agency's head
    /// (`organization.head`), it asks for an award the agency decides itself.
    ///
    /// `Kính gửi:` — một hoặc nhiều nơi. Nếu kính gửi thủ trưởng cơ quan
    /// (`organization.head`), đây là đề nghị khen thưởng do chính cơ quan quyết định.
    pub to: Addressees,
    /// The body in the Markdown subset, replacing the one written from the data.
    ///
    /// Nội dung Tờ trình, viết bằng Markdown rút gọn, thay cho nội dung tự soạn từ dữ
    /// liệu.
    #[serde(default)]
    pub text: Option<String>,
    /// Nơi nhận (distribution list). Default: `Như trên` and `Lưu: VT, ` with the
    /// agency's drafting office (`TĐKT`; a commune's `VHXH`).
    ///
    /// Nơi nhận. Mặc định: `Như trên` và `Lưu: VT, ` và đơn vị soạn thảo (`TĐKT`; ở xã:
    /// `VHXH`).
    #[serde(default)]
    pub recipients: Vec<String>,
    /// Who issues it, for an award the agency decides itself: `office`, its drafting
    /// unit (`organization.office_name`, as a commune's Phòng Văn hóa - Xã hội: TTr-VHXH,
    /// signed by its head). Default: the council when there is one, else the agency.
    ///
    /// Nơi trình, với khen thưởng do cơ quan tự quyết định: `office` là đơn vị tham mưu
    /// (`organization.office_name`, như Phòng Văn hóa - Xã hội của xã: TTr-VHXH, do
    /// trưởng phòng ký). Mặc định: Hội đồng Thi đua - Khen thưởng nếu có, nếu không là cơ
    /// quan.
    #[serde(default)]
    pub from: Option<ProposedBy>,
}

/// Who issues a Tờ trình for an award the agency decides itself.
///
/// Nơi trình Tờ trình đề nghị khen thưởng do cơ quan tự quyết định.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ProposedBy {
    /// The agency's drafting unit (`organization.office_name`).
    ///
    /// Đơn vị tham mưu của cơ quan (`organization.office_name`).
    Office,
}

/// One addressee or a list of them.
///
/// Một nơi kính gửi hoặc danh sách nhiều nơi.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Addressees {
    /// One addressee: `to: Giám đốc Sở …`.
    ///
    /// Một nơi: `to: Giám đốc Sở …`.
    One(String),
    /// Several: `to: [Chủ tịch UBND tỉnh, Ban Thi đua - Khen thưởng tỉnh]`.
    ///
    /// Nhiều nơi: `to: [Chủ tịch UBND tỉnh, Ban Thi đua - Khen thưởng tỉnh]`.
    Many(Vec<String>),
}

impl Addressees {
    /// Every addressee, in order.
    pub fn all(&self) -> Vec<&str> {
        match self {
            Addressees::One(s) => vec![s.as_str()],
            Addressees::Many(v) => v.iter().map(String::as_str).collect(),
        }
    }
}

/// A time of day as written (`08:00`); ordering is chronological.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Clock {
    /// Hour 0–23.
    pub hour: u8,
    /// Minute 0–59.
    pub minute: u8,
}

impl Clock {
    /// Parses `H:MM` or `HH:MM` (also `8h00`, as some offices write it).
    pub fn parse(s: &str) -> Option<Clock> {
        let (h, m) = s.split_once([':', 'h', 'g'])?;
        let digits =
            |p: &str| !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit());
        if !digits(h) || !digits(m) || m.len() != 2 {
            return None;
        }
        let (hour, minute) = (h.parse().ok()?, m.parse().ok()?);
        (hour < 24 && minute < 60).then_some(Clock { hour, minute })
    }
}

impl fmt::Display for Clock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

impl<'de> Deserialize<'de> for Clock {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = match serde_yaml::Value::deserialize(d)? {
            serde_yaml::Value::String(s) => s,
            // `start: 8` or `830` is no time of day to guess at.
            serde_yaml::Value::Number(n) => {
                return Err(de::Error::custom(t!(
                    "model-clock-number",
                    text = n.to_string()
                )))
            }
            _ => String::new(),
        };
        Clock::parse(s.trim())
            .ok_or_else(|| de::Error::custom(t!("model-clock-invalid", text = &s)))
    }
}

#[cfg(test)]
mod tests {
    use super::Clock;

    #[test]
    fn clocks() {
        let c = |h, minute| Some(Clock { hour: h, minute });
        let cases = [
            ("08:00", c(8, 0)),
            ("8:05", c(8, 5)),
            ("14h30", c(14, 30)),
            ("23:59", c(23, 59)),
            ("24:00", None),
            ("08:60", None),
            ("08:5", None),
            ("8", None),
            ("", None),
            ("ab:cd", None),
        ];
        for (text, want) in cases {
            assert_eq!(Clock::parse(text), want, "{text}");
        }
        assert_eq!(Clock { hour: 8, minute: 0 }.to_string(), "08:00");
        assert!(Clock::parse("08:00") < Clock::parse("10:30"));
    }

    #[test]
    fn times_from_yaml() {
        let c: Clock = serde_yaml::from_str("08:30").unwrap();
        assert_eq!((c.hour, c.minute), (8, 30));
        let c: Clock = serde_yaml::from_str("\"10:30\"").unwrap();
        assert_eq!((c.hour, c.minute), (10, 30));
        // A bare number is refused, not read as minutes.
        for n in ["14", "830", "8.5"] {
            let e = serde_yaml::from_str::<Clock>(n).unwrap_err().to_string();
            assert!(e.contains("is not a time of day"), "{n}: {e}");
        }
    }
}
