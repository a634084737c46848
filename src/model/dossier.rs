//! A dossier (`content/**/*.yaml`): one piece of work with its report and awards.

use super::{Award, Date, Invitation, Invitee, Meeting, ProgrammeItem};
use schemars::JsonSchema;
use serde::Deserialize;

/// One dossier file (`content/**/*.yaml`): one piece of work with its report and awards.
///
/// Một tệp hồ sơ (`content/**/*.yaml`): một đợt công tác cùng báo cáo và các khen thưởng
/// của đợt đó.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dossier {
    /// What the dossier is about; also the report's summary line unless it has its own.
    ///
    /// Tên hồ sơ (nội dung đợt công tác); cũng là trích yếu của báo cáo nếu báo cáo không
    /// ghi trích yếu riêng.
    pub title: String,
    /// The year of the work, as the Tờ trình, the minutes and the report name it.
    /// Default: the year of each document's date.
    ///
    /// Năm của đợt công tác: năm ghi trong Tờ trình, Biên bản hoặc Báo cáo. Mặc định: năm
    /// của ngày ký từng văn bản.
    #[serde(default)]
    pub year: Option<i32>,
    /// A school's year (`2025-2026`), said where a year would be (`năm học 2025-2026`).
    ///
    /// Năm học của nhà trường (`2025-2026`), dùng ở nơi ghi năm (`năm học 2025-2026`).
    #[serde(default)]
    pub school_year: Option<String>,
    /// Final or draft: `final` (the default) or `draft`.
    ///
    /// Bản chính thức hay bản dự thảo: `final` (mặc định) hoặc `draft`.
    #[serde(default)]
    pub status: Status,
    /// Whether this dossier's văn bản also get their electronic versions for ký số
    /// (`…-dien-tu.pdf`). Default: as `electronic` in thidua.yaml.
    ///
    /// Các văn bản của hồ sơ này có lập thêm bản điện tử để ký số (`…-dien-tu.pdf`) hay
    /// không. Mặc định: theo `electronic` trong thidua.yaml.
    #[serde(default)]
    pub electronic: Option<bool>,
    /// The conference (hội nghị), if any.
    ///
    /// Hội nghị, nếu có.
    #[serde(default)]
    pub conference: Option<Conference>,
    /// The council meeting that voted on this dossier's nominees (needs `council` in
    /// thidua.yaml).
    ///
    /// Cuộc họp Hội đồng Thi đua - Khen thưởng đã bỏ phiếu xét các trường hợp đề nghị
    /// khen thưởng của hồ sơ này (cần có `council` trong thidua.yaml).
    #[serde(default)]
    pub meeting: Option<Meeting>,
    /// Targets and results.
    ///
    /// Các chỉ tiêu và kết quả thực hiện.
    #[serde(default)]
    pub achievements: Vec<Achievement>,
    /// The summary report.
    ///
    /// Báo cáo tổng kết.
    #[serde(default)]
    pub report: Option<Report>,
    /// Awards given by the agency's own decisions, or received by others' decisions.
    ///
    /// Các khen thưởng do chính cơ quan quyết định tặng, hoặc do cấp khác quyết định.
    #[serde(default)]
    pub awards: Vec<Award>,
}

impl Dossier {
    /// Its first document's date (report, decisions and proposals, meeting, invitation,
    /// conference): the day whose name of the agency it prints under.
    pub fn first_date(&self) -> Option<Date> {
        self.dates().min()
    }

    /// Its last document's date.
    pub fn last_date(&self) -> Option<Date> {
        self.dates().max()
    }

    /// The dates of its documents.
    fn dates(&self) -> impl Iterator<Item = Date> + '_ {
        let report = self.report.as_ref().map(|r| r.date);
        let awards = self.awards.iter().filter_map(|a| {
            let proposed = a.proposal.as_ref().map(|p| p.date);
            [a.decision.as_ref().map(|d| d.date), proposed]
                .into_iter()
                .flatten()
                .min()
        });
        let meeting = self.meeting.as_ref().map(|m| m.date);
        let conference = self.conference.as_ref().map(|c| {
            let invited = c.invitation.as_ref().map(|i| i.date);
            invited.map_or(c.date, |i| i.min(c.date))
        });
        let all = [report, meeting, conference].into_iter().flatten();
        all.chain(awards)
    }
}

/// Whether documents are final or carry a draft mark: `final` or `draft`.
///
/// Văn bản là bản chính thức hay bản dự thảo: `final` hoặc `draft`.
#[derive(Debug, Clone, Copy, Default, Deserialize, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Ready to sign. The default.
    ///
    /// Bản chính thức, sẵn sàng để ký. Mặc định.
    #[default]
    Final,
    /// Every page marked `DỰ THẢO`.
    ///
    /// Mọi trang đều mang chữ `DỰ THẢO`.
    Draft,
}

/// The conference (hội nghị).
///
/// Hội nghị.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Conference {
    /// Its full name.
    ///
    /// Tên đầy đủ của hội nghị.
    pub name: String,
    /// When it takes place.
    ///
    /// Ngày tổ chức hội nghị.
    pub date: Date,
    /// When it begins (the hour on invitations and slides).
    ///
    /// Giờ bắt đầu (in trên giấy mời và trình chiếu).
    #[serde(default)]
    pub start: Option<super::Clock>,
    /// Where it takes place.
    ///
    /// Địa điểm tổ chức.
    #[serde(default)]
    pub venue: Option<String>,
    /// Key of the person who chairs (in `people` of thidua.yaml).
    ///
    /// Mã người chủ trì (trong `people` của thidua.yaml).
    #[serde(default)]
    pub chair: Option<String>,
    /// The invitation (Giấy mời) sent to every invitee.
    ///
    /// Giấy mời gửi đến từng đại biểu được mời.
    #[serde(default)]
    pub invitation: Option<Invitation>,
    /// Who is invited, one invitation each.
    ///
    /// Danh sách đại biểu được mời, mỗi đại biểu một giấy mời.
    #[serde(default)]
    pub invitees: Vec<Invitee>,
    /// The programme, in order.
    ///
    /// Chương trình hội nghị, theo thứ tự.
    #[serde(default)]
    pub programme: Vec<ProgrammeItem>,
    /// At most this many recipients on stage at once. Default: 10.
    ///
    /// Số người nhận khen thưởng tối đa lên sân khấu trong một lượt. Mặc định: 10.
    #[serde(default)]
    #[schemars(range(min = 1, max = 30))]
    pub stage: Option<usize>,
    /// Guests of honour without an invitation of their own (`Ông Trần Văn B, Bí thư Đảng
    /// ủy`), introduced by the script after the invitees, in the order written.
    ///
    /// Khách mời không có giấy mời riêng (`Ông Trần Văn B, Bí thư Đảng ủy`): kịch bản giới
    /// thiệu sau các đại biểu được mời, theo thứ tự ghi.
    #[serde(default)]
    pub guests: Vec<String>,
}

/// A target (chỉ tiêu) and its result.
///
/// Một chỉ tiêu và kết quả thực hiện.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Achievement {
    /// A short name to refer to it in a section's text (`{{achievements.KEY.percent}}`).
    ///
    /// Tên ngắn để dẫn chỉ tiêu này trong nội dung một phần của báo cáo
    /// (`{{achievements.KEY.percent}}`).
    #[serde(default)]
    pub key: Option<String>,
    /// What is measured.
    ///
    /// Tên chỉ tiêu (nội dung được đo).
    pub name: String,
    /// Unit of measure.
    ///
    /// Đơn vị tính.
    #[serde(default)]
    pub unit: Option<String>,
    /// The plan: the figure set as the target (`1200`, `94.5`: up to four decimals,
    /// printed as written).
    ///
    /// Kế hoạch: con số chỉ tiêu đề ra (`1200`, `94.5`: tối đa bốn chữ số thập phân, in
    /// như đã ghi).
    pub target: super::Figure,
    /// The result.
    ///
    /// Kết quả thực hiện.
    pub actual: super::Figure,
    /// `higher` (the default: a result above the plan exceeds it) or `lower` (the plan
    /// is a ceiling, `không quá`: met at or below it, as the poor households' rate).
    ///
    /// `higher` (mặc định: kết quả cao hơn kế hoạch là vượt) hoặc `lower` (kế hoạch là mức
    /// trần, "không quá": đạt khi bằng hoặc thấp hơn, như tỷ lệ hộ nghèo).
    #[serde(default)]
    pub better: Better,
}

/// Which way an achievement is better: a result `higher` or `lower` than its plan.
///
/// Chiều tốt của chỉ tiêu: kết quả cao hơn (`higher`) hay thấp hơn (`lower`) kế hoạch.
#[derive(Debug, Clone, Copy, Default, Deserialize, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Better {
    /// Cao hơn là tốt (mặc định).
    #[default]
    Higher,
    /// Thấp hơn là tốt: kế hoạch là mức trần.
    Lower,
}

impl Achievement {
    /// Whether it is a rate (`unit: "%"`, also written `(%)` or `phần trăm`): judged in
    /// points.
    pub fn rate(&self) -> bool {
        let unit = self.unit.as_deref().unwrap_or_default();
        let unit = unit
            .trim()
            .trim_start_matches('(')
            .trim_end_matches(')')
            .trim();
        unit == "%" || unit.to_lowercase() == "phần trăm"
    }
}

/// The summary report (báo cáo).
///
/// Báo cáo tổng kết.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// Document number (`312` → `Số: 312/BC-…`).
    ///
    /// Số văn bản (`312` → `Số: 312/BC-…`).
    #[schemars(range(min = 1))]
    pub number: u32,
    /// Date of signature.
    ///
    /// Ngày ký.
    pub date: Date,
    /// Summary line. Default: the dossier's title.
    ///
    /// Trích yếu nội dung. Mặc định: tên hồ sơ (`title`).
    #[serde(default)]
    pub title: Option<String>,
    /// Key of the signer (in `people` of thidua.yaml).
    ///
    /// Mã người ký (trong `people` của thidua.yaml).
    pub signer: super::SignedBy,
    /// Numbered sections.
    ///
    /// Các phần được đánh số (I, II, …).
    #[serde(default)]
    pub sections: Vec<Section>,
    /// Nơi nhận (distribution list), one item per line.
    ///
    /// Nơi nhận, mỗi nơi một dòng.
    #[serde(default)]
    pub recipients: Vec<String>,
    /// Other dossiers (path patterns relative to `content/`, like `2024/*.yaml`) whose
    /// awards the award table counts too, each decision once.
    ///
    /// Các hồ sơ khác (mẫu đường dẫn tính từ thư mục `content/`, như `2024/*.yaml`) mà
    /// bảng khen thưởng của báo cáo cũng tính vào, mỗi quyết định chỉ tính một lần.
    #[serde(default)]
    pub awards_from: Vec<String>,
}

/// One numbered section of a report.
///
/// Một phần được đánh số của báo cáo.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Heading, printed in upper case after a Roman numeral.
    ///
    /// Tiêu đề của phần, in chữ hoa sau số La Mã.
    pub heading: String,
    /// Body in a Markdown subset (paragraphs, **bold**, *italic*, lists); it may name
    /// computed figures such as `{{achievements.KEY.percent}}`.
    ///
    /// Nội dung, viết bằng Markdown rút gọn (đoạn văn, **đậm**, *nghiêng*, danh sách); có
    /// thể chèn số liệu tự tính như `{{achievements.KEY.percent}}`.
    #[serde(default)]
    pub text: Option<String>,
    /// A computed table: `achievements` (targets) or `awards`.
    ///
    /// Bảng số liệu tự tính: `achievements` (chỉ tiêu) hoặc `awards` (khen thưởng).
    #[serde(default)]
    #[schemars(extend("enum" = ["achievements", "awards", null]))]
    pub table: Option<String>,
}
