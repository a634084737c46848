//! Facts of a conference's ceremony: the invitations, the programme, and the turns in
//! which the master of ceremonies calls every recipient to the stage — from the same
//! lists the decisions annex, the highest authority's awards first.

use super::context::described;
use super::{
    dates, lower_first, sent_to, slug, symbol, AwardFacts, Org, Paper, RecipientFacts, Signer,
};
use crate::load::Project;
use crate::model::{Award, Conference, Gender, Invitee, Person};
use serde::Serialize;
use std::sync::Arc;

/// How many recipients go on stage at once unless `conference.stage` says.
const STAGE: usize = 10;

/// One invitee's page.
#[derive(Debug, Clone, Serialize)]
pub struct Guest {
    /// `Bà Nguyễn Thị Hà, Thứ trưởng …` or the collective's name.
    pub line: String,
    /// How the closing line addresses them: `Bà`, `Ông`, `Quý vị`.
    pub address: String,
    /// File stem of its own PDF (`01-nguyen-thi-ha`).
    pub file: String,
}

/// The Giấy mời, one page per invitee.
#[derive(Debug, Clone, Serialize)]
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
#[derive(Debug, Clone, Serialize)]
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
}

/// One recipient called to the stage.
#[derive(Debug, Clone, Serialize)]
pub struct Called {
    /// Its number within the turn, from 1.
    pub index: usize,
    pub display: String,
    pub detail: String,
}

/// One turn on stage: at most `stage` recipients of one award.
#[derive(Debug, Clone, Serialize)]
pub struct Turn {
    /// From 1 across the ceremony.
    pub number: usize,
    pub form_name: String,
    /// The award's announcement, on its first turn only.
    pub announcement: String,
    /// `Trân trọng kính mời đại diện các tập thể và các cá nhân sau lên nhận Giấy khen:`.
    pub call: String,
    pub names: Vec<Called>,
    /// `Trân trọng kính mời đồng chí …, … lên trao …`, or empty with no presenter.
    pub presenter: String,
}

/// Everything the programme, script and slides show of the conference.
#[derive(Debug, Clone, Serialize)]
pub struct CeremonyFacts {
    pub name: String,
    /// `08 giờ 00, thứ Ba, ngày 22 tháng 10 năm 2024` (without the hour when none is set).
    pub when: String,
    pub venue: String,
    /// `Bạch Liên Hương, Giám đốc`, or empty.
    pub chair: String,
    pub programme: Vec<ProgrammeRow>,
    /// The turns, when the programme has an awards item.
    pub turns: Vec<Turn>,
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
    let programme = c
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
            }
        })
        .collect::<Vec<_>>();
    let turns = if programme.iter().any(|p| p.awards) {
        turns(project, (c, chair), awards)
    } else {
        Vec::new()
    };
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
        programme,
        turns,
        invitation,
        date: c.date,
    }
}

/// `list` in as few turns of at most `stage` as it takes, their sizes as equal as can
/// be (25 in turns of 8: 7, 6, 6, 6 — not 8, 8, 8 and one alone on stage).
fn balanced<T>(list: &[T], stage: usize) -> Vec<&[T]> {
    let turns = list.len().div_ceil(stage.max(1));
    let mut out = Vec::with_capacity(turns);
    let mut rest = list;
    for t in 0..turns {
        let size = rest.len().div_ceil(turns - t);
        let (turn, after) = rest.split_at(size);
        out.push(turn);
        rest = after;
    }
    out
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

/// Every decided award with recipients, highest authority first (the dossier's order
/// among equals), in turns of at most `stage` recipients in the annex's order.
fn turns(
    project: &Project,
    (c, chair): (&Conference, Option<&Person>),
    (given, facts): (&[Award], &[Arc<AwardFacts>]),
) -> Vec<Turn> {
    let cat = &project.catalogue;
    let people = &project.config.people;
    let stage = c.stage.unwrap_or(STAGE).max(1);
    let mut awards: Vec<(&Award, &Arc<AwardFacts>)> = given
        .iter()
        .zip(facts)
        .filter(|(_, f)| f.head.decided && f.head.total > 0)
        .collect();
    awards.sort_by_key(|(a, _)| cat.forms.get(&a.form).map_or(u32::MAX, |f| f.rank));
    let mut out = Vec::new();
    for (a, f) in awards {
        let h = &f.head;
        let presenter = a.presenter.as_deref().and_then(|k| people.get(k)).or(chair);
        let all: Vec<_> = f.everyone().collect();
        // A title is received as `danh hiệu …`.
        let prize = if h.title {
            format!("danh hiệu {}", h.form_name)
        } else {
            h.form_name.clone()
        };
        for (t, chunk) in balanced(&all, stage).into_iter().enumerate() {
            let (who, to) = called(chunk);
            out.push(Turn {
                number: out.len() + 1,
                form_name: h.form_name.clone(),
                announcement: if t == 0 {
                    format!(
                        "Quyết định số {} {} của {} về việc {} {} cho {}",
                        h.symbol,
                        h.date_long,
                        h.issuer,
                        lower_first(&h.verb),
                        h.form_name,
                        h.counts
                    )
                } else {
                    String::new()
                },
                call: format!("Trân trọng kính mời {who} sau lên nhận {prize}:"),
                names: chunk
                    .iter()
                    .enumerate()
                    .map(|(i, r)| Called {
                        index: i + 1,
                        display: r.on_certificate.clone(),
                        detail: r.detail.clone(),
                    })
                    .collect(),
                presenter: presenter
                    .map(|p| {
                        format!(
                            "Trân trọng kính mời đồng chí {}, {} lên trao {prize} cho {to}.",
                            p.name, p.position
                        )
                    })
                    .unwrap_or_default(),
            });
        }
    }
    out
}

/// Who a turn calls up (`đại diện các tập thể và cá nhân`) and who is handed the award
/// (`các tập thể, cá nhân`): collectives and households send a representative.
fn called(chunk: &[&RecipientFacts]) -> (String, String) {
    let households = chunk.iter().filter(|r| r.household).count();
    let collectives = chunk.iter().filter(|r| r.collective).count();
    let individuals = chunk.len() - collectives - households;
    let named = [
        (collectives, "tập thể", "các tập thể"),
        (individuals, "cá nhân", "các cá nhân"),
        (households, "hộ gia đình", "các hộ gia đình"),
    ];
    let parts: Vec<&str> = named
        .iter()
        .filter(|(n, _, _)| *n > 0)
        .map(|&(n, one, many)| if n > 1 { many } else { one })
        .collect();
    let to = parts.join(", ");
    let who = match parts.split_last() {
        Some((last, [])) => last.to_string(),
        Some((last, first)) => format!("{} và {last}", first.join(", ")),
        None => String::new(),
    };
    match collectives + households > 0 {
        true => (format!("đại diện {who}"), to),
        false => (who, to),
    }
}

#[cfg(test)]
mod tests {
    use super::balanced;

    #[test]
    fn turns_are_balanced() {
        let sizes = |n: usize, stage| {
            let list: Vec<usize> = (0..n).collect();
            balanced(&list, stage)
                .iter()
                .map(|t| t.len())
                .collect::<Vec<_>>()
        };
        assert_eq!(sizes(25, 8), [7, 6, 6, 6]);
        assert_eq!(sizes(9, 8), [5, 4]);
        assert_eq!(sizes(200, 10), [10; 20]);
        assert_eq!(sizes(8, 8), [8]);
        assert_eq!(sizes(1, 10), [1]);
        assert_eq!(sizes(0, 10), Vec::<usize>::new());
        assert_eq!(sizes(31, 30), [16, 15]);
    }
}
