//! Facts of a conference's ceremony: the invitations, the programme, and the turns in
//! which the master of ceremonies calls every recipient to the stage — from the same
//! lists the decisions annex, the highest authority's awards first.

use super::context::described;
use super::stage::Presented;
use super::{dates, sent_to, slug, symbol, AwardFacts, Org, Paper, Signer};
use crate::load::Project;
use crate::model::{Award, Conference, Gender, Invitee};
use serde::Serialize;
use std::sync::Arc;

/// How the master of ceremonies greets the hall.
const GREETING: &str =
    "Kính thưa các đồng chí lãnh đạo, các vị đại biểu, khách quý! Thưa toàn thể các đồng chí!";

/// One invitee's page.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Guest {
    /// `Bà Nguyễn Thị Hà, Thứ trưởng …` or the collective's name.
    pub line: String,
    /// How the closing line addresses them: `Bà`, `Ông`, `Quý vị`.
    pub address: String,
    /// File stem of its own PDF (`01-nguyen-thi-ha`).
    pub file: String,
}

/// The Giấy mời, one page per invitee.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct InvitationFacts {
    /// `88/GM-SLĐTBXH`.
    pub symbol: String,
    pub place_date: String,
    /// The agency as a sentence names it (as written in thidua.yaml).
    pub inviter: String,
    pub guests: Vec<Guest>,
    pub notes: Vec<String>,
    pub signer: Signer,
    pub recipients: Vec<String>,
    /// `giay-moi-88`.
    pub stem: String,
    /// Its date, which dates its PDFs.
    #[serde(skip)]
    pub date: crate::model::Date,
}

/// One line of the programme.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct ProgrammeRow {
    /// `08:30`.
    pub time: String,
    pub item: String,
    /// `Bạch Liên Hương, Giám đốc`, the text written, or empty.
    pub by: String,
    /// The person's name and position for an invitation to speak (`đồng chí …`), or empty.
    pub person: String,
    /// Whether the awards are handed out here.
    pub awards: bool,
    /// Whether the guests are introduced here.
    pub guests: bool,
}

/// Everything the programme, script and slides show of the conference.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct CeremonyFacts {
    pub name: String,
    /// `08 giờ 00, thứ Ba, ngày 22 tháng 10 năm 2024` (without the hour when none is set).
    pub when: String,
    pub venue: String,
    /// `Bạch Liên Hương, Giám đốc`, or empty.
    pub chair: String,
    pub programme: Vec<ProgrammeRow>,
    /// How the master of ceremonies opens: `Kính thưa …`.
    pub greeting: String,
    /// `Hôm nay, 08 giờ 00, …, tại …, Sở … tổ chức Hội nghị …`.
    pub opening: String,
    /// The invitees and guests of honour, in the order written, each with its position.
    pub guests: Vec<String>,
    /// Whether the guests are introduced before the programme (no item introduces them).
    pub guests_first: bool,
    /// The awards, when the programme has an awards item.
    pub awards: Vec<Presented>,
    pub invitation: Option<InvitationFacts>,
    /// The conference's date, which dates its documents.
    #[serde(skip)]
    pub date: crate::model::Date,
}

/// The ceremony of a dossier's conference, from its awards' facts.
pub fn build(
    project: &Project,
    org: &Org,
    c: &Conference,
    awards: (&[Award], &[Arc<AwardFacts>]),
) -> CeremonyFacts {
    let people = &project.config.people;
    let chair = c.chair.as_deref().and_then(|k| people.get(k));
    let when = match c.start {
        Some(t) => dates::at(t, c.date),
        None => format!("{}, {}", dates::weekday(c.date), dates::long(c.date)),
    };
    let mut programme = c
        .programme
        .iter()
        .map(|p| {
            let person = p.by.as_deref().and_then(|k| people.get(k));
            ProgrammeRow {
                time: p.time.to_string(),
                item: p.item.clone(),
                by: person.map(described).or(p.by.clone()).unwrap_or_default(),
                person: person.map(described).unwrap_or_default(),
                awards: p.awards,
                guests: p.introduces_guests(),
            }
        })
        .collect::<Vec<_>>();
    // The guests are introduced once, at the first item that introduces them.
    let mut introduced = false;
    for row in &mut programme {
        row.guests = row.guests && !introduced;
        introduced |= row.guests;
    }
    let presented = if programme.iter().any(|p| p.awards) {
        super::stage::presented(project, (c, chair), awards)
    } else {
        Vec::new()
    };
    let venue = c
        .venue
        .as_deref()
        .map(|v| format!(", tại {v}"))
        .unwrap_or_default();
    let opening = format!(
        "Hôm nay, {when}{venue}, {} tổ chức {}.",
        org.in_text, c.name
    );
    let guests: Vec<String> = c
        .invitees
        .iter()
        .map(invitee)
        .chain(c.guests.iter().cloned())
        .collect();
    let invitation = c
        .invitation
        .as_ref()
        .filter(|_| !c.invitees.is_empty())
        .map(|inv| {
            let n = c.invitees.len();
            let guests = c
                .invitees
                .iter()
                .enumerate()
                .map(|(i, v)| Guest {
                    line: invitee(v),
                    address: honorific(v).unwrap_or("Quý vị").to_string(),
                    file: slug::numbered(
                        i + 1,
                        n,
                        v.name.as_deref().or(v.collective.as_deref()).unwrap_or(""),
                    ),
                })
                .collect();
            InvitationFacts {
                symbol: symbol(inv.number, &format!("GM-{}", org.short)),
                place_date: org.place_date(inv.date),
                inviter: org.inviter.clone(),
                guests,
                notes: inv.notes.clone(),
                signer: Signer::by(people, &inv.signer, org, Paper::Body).unwrap_or_default(),
                recipients: sent_to(&inv.recipients, org),
                stem: format!("giay-moi-{}", inv.number),
                date: inv.date,
            }
        });
    CeremonyFacts {
        name: c.name.clone(),
        when,
        venue: c.venue.clone().unwrap_or_default(),
        chair: chair.map(described).unwrap_or_default(),
        greeting: GREETING.to_string(),
        opening,
        guests_first: !programme.iter().any(|p| p.guests),
        guests,
        programme,
        awards: presented,
        invitation,
        date: c.date,
    }
}

/// `Ông` or `Bà` for a person invited with a gender.
fn honorific(v: &Invitee) -> Option<&'static str> {
    let gender = v.gender.as_deref().and_then(Gender::parse);
    gender
        .filter(|_| v.collective.is_none())
        .map(Gender::honorific)
}

/// `Bà Nguyễn Thị Hà, Thứ trưởng …`; a collective as written.
fn invitee(v: &Invitee) -> String {
    if let Some(c) = &v.collective {
        return c.clone();
    }
    let honorific = honorific(v).map(|h| format!("{h} ")).unwrap_or_default();
    let name = v.name.as_deref().unwrap_or_default();
    match &v.position {
        Some(p) => format!("{honorific}{name}, {p}"),
        None => format!("{honorific}{name}"),
    }
}
