//! A dossier (`content/**/*.yaml`): one piece of work with its report and awards.

use super::{Date, Invitation, Invitee, Meeting, ProgrammeItem, Proposal};
use serde::Deserialize;

/// One dossier file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dossier {
    /// What the dossier is about.
    pub title: String,
    /// The year of the work: the year a Tờ trình or the minutes name.
    #[serde(default)]
    pub year: Option<i32>,
    /// Final or draft.
    #[serde(default)]
    pub status: Status,
    /// The conference, if any.
    #[serde(default)]
    pub conference: Option<Conference>,
    /// The council meeting that voted on this dossier's nominees.
    #[serde(default)]
    pub meeting: Option<Meeting>,
    /// Targets and results.
    #[serde(default)]
    pub achievements: Vec<Achievement>,
    /// The summary report.
    #[serde(default)]
    pub report: Option<Report>,
    /// Awards given or received.
    #[serde(default)]
    pub awards: Vec<Award>,
}

/// Whether documents are final or carry a draft mark.
#[derive(Debug, Clone, Copy, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Ready to sign.
    #[default]
    Final,
    /// Every page marked `DỰ THẢO`.
    Draft,
}

/// The conference (hội nghị).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conference {
    /// Its full name.
    pub name: String,
    /// When it takes place.
    pub date: Date,
    /// When it begins.
    #[serde(default)]
    pub start: Option<super::Clock>,
    /// Where.
    #[serde(default)]
    pub venue: Option<String>,
    /// Key of the person who chairs.
    #[serde(default)]
    pub chair: Option<String>,
    /// The invitation (Giấy mời) sent to every invitee.
    #[serde(default)]
    pub invitation: Option<Invitation>,
    /// Who is invited, one invitation each.
    #[serde(default)]
    pub invitees: Vec<Invitee>,
    /// The programme, in order.
    #[serde(default)]
    pub programme: Vec<ProgrammeItem>,
    /// At most this many recipients on stage at once (10 unless set).
    #[serde(default)]
    pub stage: Option<usize>,
    /// Guests of honour (accepted per SPEC; no template prints them yet).
    #[serde(default)]
    #[allow(dead_code)]
    pub guests: Vec<String>,
}

/// A target (chỉ tiêu) and its result.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Achievement {
    /// A short name to refer to it in a section's text (`{{achievements.KEY.percent}}`).
    #[serde(default)]
    pub key: Option<String>,
    /// What is measured.
    pub name: String,
    /// Unit of measure.
    #[serde(default)]
    pub unit: Option<String>,
    /// The plan.
    pub target: u64,
    /// The result.
    pub actual: u64,
}

/// The summary report (báo cáo).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// Document number.
    pub number: u32,
    /// Date of signature.
    pub date: Date,
    /// Summary line; defaults to the dossier's title.
    #[serde(default)]
    pub title: Option<String>,
    /// Key of the signer.
    pub signer: String,
    /// Numbered sections.
    #[serde(default)]
    pub sections: Vec<Section>,
    /// Nơi nhận.
    #[serde(default)]
    pub recipients: Vec<String>,
    /// Other dossiers (globs relative to `content/`) whose awards the award table counts too.
    #[serde(default)]
    pub awards_from: Vec<String>,
}

/// One numbered section of a report.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Heading, printed in upper case after a Roman numeral.
    pub heading: String,
    /// Body in a Markdown subset.
    #[serde(default)]
    pub text: Option<String>,
    /// A computed table: `achievements` or `awards`.
    #[serde(default)]
    pub table: Option<String>,
}

/// One award: a form, its decision and its recipients.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Award {
    /// Key of the forms catalogue.
    pub form: String,
    /// The proposal (Tờ trình) that asks for it.
    #[serde(default)]
    pub proposal: Option<Proposal>,
    /// Key of who hands it out at the conference (the chair unless set).
    #[serde(default)]
    pub presenter: Option<String>,
    /// The decision that grants it; none while it is only proposed.
    #[serde(default)]
    pub decision: Option<Decision>,
    /// Order of the annex.
    #[serde(default)]
    pub sort: SortOrder,
    /// The achievement (`Đã có thành tích …`).
    #[serde(default)]
    pub reason: Option<String>,
    /// Inline recipients.
    #[serde(default)]
    pub recipients: Vec<Recipient>,
    /// CSV or spreadsheet with more recipients, relative to the dossier.
    #[serde(default)]
    pub recipients_file: Option<String>,
    /// The sheet of a spreadsheet `recipients_file` (default: the first).
    #[serde(default)]
    pub sheet: Option<String>,
}

/// Order of recipients in the annex.
#[derive(Debug, Clone, Copy, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum SortOrder {
    /// As written.
    #[default]
    Input,
    /// By given name, Vietnamese collation.
    Name,
}

/// A decision (quyết định), the agency's own or someone else's (`issuer`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// Document number.
    pub number: u32,
    /// Date of signature; it picks the legal regime.
    pub date: Date,
    /// Key of the signer (own decisions).
    #[serde(default)]
    pub signer: Option<String>,
    /// Who proposed it (`Theo đề nghị của …`).
    #[serde(default)]
    pub proposer: Option<String>,
    /// Số sổ vàng of the first certificate.
    #[serde(default)]
    pub register_from: Option<u64>,
    /// Who issued someone else's decision.
    #[serde(default)]
    pub issuer: Option<String>,
    /// Symbol of someone else's decision (`QĐ-UBND`).
    #[serde(default)]
    pub symbol: Option<String>,
    /// Nơi nhận of an own decision; defaults to `Như Điều N` and `Lưu: VT, TĐKT`.
    #[serde(default)]
    pub recipients: Vec<String>,
}

impl Award {
    /// Whether the agency decides it itself: its decision has no `issuer`; while only
    /// proposed, its Tờ trình is addressed to the agency's head (`organization.head`).
    pub fn own(&self, head: &str) -> bool {
        match (&self.decision, &self.proposal) {
            (Some(d), _) => d.issuer.is_none(),
            (None, Some(p)) => {
                let to =
                    p.to.all()
                        .first()
                        .map(|t| t.trim().to_lowercase())
                        .unwrap_or_default();
                let head = head.trim().to_lowercase();
                !to.is_empty() && (head.starts_with(&to) || to.starts_with(&head))
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
    /// What tells this decision apart from every other: own ones by number and year,
    /// someone else's by issuer, symbol, number and date.
    pub fn key(&self) -> String {
        match (&self.issuer, &self.symbol) {
            (None, _) => format!("{}/QĐ of {}", self.number, self.date.year),
            (Some(i), s) => format!(
                "{}/{} of {i}, {}",
                self.number,
                s.as_deref().unwrap_or(""),
                self.date
            ),
        }
    }
}

/// A recipient: an individual (`name`) or a collective (`collective`).
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Recipient {
    /// An individual's full name.
    #[serde(default)]
    pub name: Option<String>,
    /// `male` or `female`.
    #[serde(default)]
    pub gender: Option<String>,
    /// An individual's position.
    #[serde(default)]
    pub position: Option<String>,
    /// The unit an individual works in, or a collective's parent.
    #[serde(default)]
    pub unit: Option<String>,
    /// A collective's name.
    #[serde(default)]
    pub collective: Option<String>,
    /// Votes in favour at the council meeting.
    #[serde(default)]
    pub votes: Option<u32>,
    /// The summary of achievement in the proposal's list.
    #[serde(default)]
    pub achievement: Option<String>,
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
