//! Facts of the Biên bản of the council meeting that voted on a dossier's nominees: who
//! met, and per award with votes, every nominee's votes, share and verdict.

use super::context::described;
use super::proposal::Issuer;
use super::{dates, numbers, symbol, AwardFacts, BallotFacts, Org};
use crate::load::Project;
use crate::model::Dossier;
use serde::Serialize;
use std::sync::Arc;

/// Everything the minutes show.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct MinutesFacts {
    pub issuer: Issuer,
    /// `15/BB-HĐTĐKT`, or the blank to fill in (`     /BB-HĐTĐKT`).
    pub symbol: String,
    /// `Họp Hội đồng … xét đề nghị khen thưởng năm 2024`.
    pub summary: String,
    /// `08 giờ 00, ngày 10 tháng 10 năm 2024`.
    pub start: String,
    /// `10 giờ 30, ngày 10 tháng 10 năm 2024`.
    pub end: String,
    pub venue: String,
    /// Members present: `Bạch Liên Hương, Giám đốc - Chủ tịch Hội đồng`.
    pub present: Vec<String>,
    /// Members absent, as `present`.
    pub absent: Vec<String>,
    /// `08/10`.
    pub attendance: String,
    /// `Bạch Liên Hương, Giám đốc`.
    pub chair: String,
    pub secretary: String,
    /// Names under the signatures.
    pub chair_name: String,
    pub secretary_name: String,
    /// The discussion (Markdown subset), or empty.
    pub text: String,
    /// Per award with votes, its vote.
    pub votes: Vec<BallotFacts>,
    /// Members of the council: the base of every share.
    pub members: usize,
    /// Proposals the council agreed without a ballot: `Tặng Giấy khen cho 02 tập thể
    /// (Tờ trình số 58/TTr-HĐTĐKT)`.
    pub agreed: Vec<String>,
    /// The number of the part after the ballots (`2` after one ballot).
    pub agreed_number: usize,
    /// `bien-ban-15`.
    pub stem: String,
}

/// The minutes of `d`'s meeting, when it has one and the project a council.
pub fn build(
    project: &Project,
    org: &Org,
    d: &Dossier,
    awards: &[Arc<AwardFacts>],
) -> Option<MinutesFacts> {
    let m = d.meeting.as_ref()?;
    let council = project.config.council.as_ref()?;
    let people = &project.config.people;
    let line = |key: &str| people.get(key).map(described).unwrap_or_default();
    let role = |key: &str| {
        if key == council.chair {
            " - Chủ tịch Hội đồng"
        } else if council.vice_chairs.iter().any(|v| v == key) {
            " - Phó Chủ tịch Hội đồng"
        } else if key == council.secretary {
            " - Ủy viên, Thư ký Hội đồng"
        } else {
            " - Ủy viên Hội đồng"
        }
    };
    let (absent, present): (Vec<&String>, Vec<&String>) =
        council.members.iter().partition(|k| m.absent.contains(k));
    let chair = m.chair.as_deref().unwrap_or(&council.chair);
    let name = |key: &str| people.get(key).map(|p| p.name.clone()).unwrap_or_default();
    let issuer = Issuer::of(project, org, true, None);
    let number = m.number.map_or_else(
        || format!("{}/BB-{}", "\u{a0}".repeat(8), issuer.short),
        |n| symbol(n, &format!("BB-{}", issuer.short)),
    );
    let period = super::context::period(d).unwrap_or_else(|| format!("năm {}", m.date.year));
    let agreed: Vec<String> = awards
        .iter()
        .filter(|a| a.ballot.is_none() && a.head.total > 0)
        .filter_map(|a| {
            let h = &a.head;
            let symbol = h.proposal.as_ref()?;
            Some(format!(
                "{} {} cho {} (Tờ trình số {symbol})",
                h.verb, h.given, h.counts
            ))
        })
        .collect();
    Some(MinutesFacts {
        symbol: number,
        summary: format!("Họp {} xét đề nghị khen thưởng {period}", council.name),
        // Minutes give no weekday: `08 giờ 00, ngày 10 tháng 10 năm 2024`.
        start: format!("{}, {}", dates::hour(m.start), dates::long(m.date)),
        end: format!("{}, {}", dates::hour(m.end), dates::long(m.date)),
        venue: m.venue.clone().unwrap_or_default(),
        present: present
            .iter()
            .map(|k| format!("{}{}", line(k), role(k)))
            .collect(),
        absent: absent.iter().map(|k| line(k)).collect(),
        attendance: format!(
            "{}/{}",
            numbers::pad2(present.len()),
            numbers::pad2(council.members.len())
        ),
        chair: line(chair),
        secretary: line(&council.secretary),
        chair_name: name(chair),
        secretary_name: name(&council.secretary),
        text: m.text.clone().unwrap_or_default(),
        votes: awards
            .iter()
            .filter_map(|a| a.ballot.clone())
            .enumerate()
            .map(|(i, b)| BallotFacts { number: i + 1, ..b })
            .collect(),
        members: council.members.len(),
        agreed: agreed.clone(),
        agreed_number: awards.iter().filter(|a| a.ballot.is_some()).count() + 1,
        stem: m
            .number
            .map_or("bien-ban".into(), |n| format!("bien-ban-{n}")),
        issuer,
    })
}
