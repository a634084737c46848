//! Facts of a Tờ trình đề nghị khen thưởng: one per proposal number of a dossier, with
//! the list of every award it proposes — the same lists their decisions annex.

use super::{
    dates, lower_first, punctuate, sent_to, symbol, upper, AwardFacts, Org, Paper, Signer,
};
use crate::load::Project;
use crate::model::{fold, Award, Dossier, ProposedBy, SignedBy};
use serde::Serialize;
use std::sync::Arc;

/// Who issues a document of the award cycle: the council for the agency's own awards
/// (and always for its minutes), the agency when it asks a higher authority.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Issuer {
    /// The header's first line (regular).
    pub parent: Option<String>,
    /// The header's second line (bold).
    pub name: String,
    /// In symbols (`TTr-HĐTĐKT`).
    pub short: String,
    /// As a sentence names it (`Hội đồng Thi đua - Khen thưởng Sở`), when known.
    pub named: Option<String>,
    /// Whether it is the council.
    pub council: bool,
    /// Who proposes in a decision's `Theo đề nghị của …` (`Chủ tịch Hội đồng …`,
    /// `Trưởng phòng Văn hóa - Xã hội`), when its head does; `None` for the agency.
    #[serde(skip)]
    pub proposer: Option<String>,
}

impl Issuer {
    /// For the agency's own awards (`own`), its drafting unit when `from` says so, else
    /// the council when the project has one; else (and asking a higher authority) the
    /// agency.
    pub fn of(project: &Project, org: &Org, own: bool, from: Option<ProposedBy>) -> Issuer {
        match (&project.config.council, from) {
            (_, Some(ProposedBy::Office)) if own => {
                let office = org.office_name.clone().unwrap_or_default();
                Issuer {
                    parent: Some(org.name.clone()),
                    name: upper(&office),
                    short: org.office.clone(),
                    proposer: Some(office_head(&office).1),
                    named: Some(office),
                    council: false,
                }
            }
            (Some(c), _) if own => Issuer {
                parent: Some(org.name.clone()),
                name: upper(&c.name),
                short: c.short().to_string(),
                named: Some(c.name.clone()),
                council: true,
                proposer: Some(format!("Chủ tịch {}", c.name)),
            },
            _ => Issuer {
                parent: org.parent.clone(),
                name: org.name.clone(),
                short: org.short.clone(),
                named: None,
                council: false,
                proposer: None,
            },
        }
    }

    /// The issuer of `award`'s Tờ trình.
    pub fn of_award(project: &Project, org: &Org, award: &Award) -> Issuer {
        let from = award.proposal.as_ref().and_then(|p| p.from);
        Issuer::of(project, org, award.own(&org.head), from)
    }
}

/// The head of an office, as a signature's title and in a sentence: a Phòng's `Trưởng
/// phòng` (`Trưởng phòng Văn hóa - Xã hội`), a Ban's `Trưởng ban`, a Văn phòng's `Chánh
/// Văn phòng`.
pub fn office_head(office: &str) -> (String, String) {
    let lower = crate::model::fold::fold(office);
    if lower.starts_with("văn phòng") {
        ("Chánh Văn phòng".into(), format!("Chánh {office}"))
    } else {
        let unit = lower.split(' ').next().unwrap_or_default().to_string();
        (
            format!("Trưởng {unit}"),
            format!("Trưởng {}", lower_first(office)),
        )
    }
}

/// The symbol of `award`'s proposal (`245/TTr-HĐTĐKT`), when it has one.
pub fn symbol_of(project: &Project, org: &Org, award: &Award) -> Option<String> {
    let p = award.proposal.as_ref()?;
    let issuer = Issuer::of_award(project, org, award);
    Some(symbol(p.number, &format!("TTr-{}", issuer.short)))
}

/// One award's part of a proposal: what it asks for and the list it annexes.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Proposed {
    /// `Tặng Giấy khen cho 09 tập thể và 23 cá nhân`.
    pub request: String,
    /// `DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG` (the subtitle names the form).
    pub title: String,
    /// The list's subtitle: `Tập thể, cá nhân được đề nghị tặng Giấy khen`.
    pub listed: String,
    /// The award with its lists (those the vote kept).
    pub award: Arc<AwardFacts>,
    /// Whether any nominee has a summary of achievement, or votes: the columns shown.
    pub has_achievement: bool,
    pub has_votes: bool,
    /// The headings of the list's sections, when it has two or more (`I. TẬP THỂ (09)`).
    pub headings: Option<[String; 3]>,
}

/// Everything a Tờ trình shows.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct ProposalFacts {
    pub issuer: Issuer,
    /// `245/TTr-HĐTĐKT`.
    pub symbol: String,
    /// `Hà Nội, ngày 12 tháng 10 năm 2024`.
    pub place_date: String,
    /// `Về việc đề nghị tặng Giấy khen cho 09 tập thể và 23 cá nhân`.
    pub summary: String,
    /// `Kính gửi:` — each addressee, punctuated when there are several.
    pub to: Vec<String>,
    /// The `Căn cứ …;` lines of the regime in force on its date.
    pub bases: Vec<String>,
    /// The body as written (Markdown subset), replacing the one below; or empty.
    pub text: String,
    /// The body written from the data: why, and who the council voted for.
    pub lead: String,
    /// What the body is made of, once its awards are all known.
    #[serde(skip)]
    opening: Opening,
    /// `Kính trình … xem xét, quyết định./.`
    pub closing: String,
    /// The awards it proposes, each with its list.
    pub awards: Vec<Proposed>,
    /// `(Kèm theo Tờ trình số … ngày … của …)`.
    pub reference: String,
    /// The same with its number and date unfilled, on the electronic version.
    pub reference_blank: String,
    pub signer: Signer,
    /// Nơi nhận, punctuated.
    pub recipients: Vec<String>,
    /// `to-trinh-245`.
    pub stem: String,
    /// The year it proposes awards for: the dossier's, or its own date's.
    pub year: i32,
    /// Its date, which dates its PDF.
    #[serde(skip)]
    pub date: crate::model::Date,
}

/// The proposals of dossier `d`, one per number, from its awards' facts.
pub fn build(
    project: &Project,
    org: &Org,
    d: &Dossier,
    awards: &[Arc<AwardFacts>],
) -> Vec<ProposalFacts> {
    let mut out: Vec<(u32, ProposalFacts)> = Vec::new();
    for (given, facts) in d.awards.iter().zip(awards) {
        let Some(p) = &given.proposal else {
            continue;
        };
        if facts.head.total == 0 {
            continue;
        }
        let part = proposed(facts);
        match out.iter_mut().find(|(n, _)| *n == p.number) {
            Some((_, doc)) => doc.awards.push(part),
            None => {
                let doc = first(project, org, d, given, part);
                out.push((p.number, doc));
            }
        }
    }
    out.into_iter()
        .map(|(_, mut doc)| {
            doc.summary = summary(&doc.awards, &doc.opening.period);
            doc.lead = doc.opening.lead(&doc.awards);
            doc
        })
        .collect()
}

fn proposed(a: &Arc<AwardFacts>) -> Proposed {
    let h = &a.head;
    let all = || a.everyone();
    Proposed {
        request: format!("{} {} cho {}", h.verb, h.given, h.counts),
        title: "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG".to_string(),
        listed: super::wording::listed(
            &super::wording::whom(a.sections().map(|s| !s.is_empty()), h.pupils),
            true,
            &h.verb,
            &h.given,
        ),
        has_achievement: all().any(|r| !r.achievement.is_empty()),
        has_votes: all().any(|r| !r.votes.is_empty()),
        headings: a.numbered().then(|| [0, 1, 2].map(|k| a.heading(k))),
        award: a.clone(),
    }
}

/// The signature of the council's Tờ trình: its chair signs on behalf of the council
/// (`TM. HỘI ĐỒNG` / `CHỦ TỊCH`), a vice-chair for the chair (`KT. CHỦ TỊCH` / `PHÓ CHỦ
/// TỊCH`); `None` for anyone else, or a Tờ trình of the agency.
fn council_signer(project: &Project, issuer: &Issuer, by: &SignedBy) -> Option<Signer> {
    let council = project.config.council.as_ref().filter(|_| issuer.council)?;
    let person = project.config.people.get(by.key())?;
    let (authority, position) = if council.chair == by.key() {
        ("TM. HỘI ĐỒNG", "CHỦ TỊCH")
    } else if council.vice_chairs.iter().any(|v| v == by.key()) {
        ("TM. HỘI ĐỒNG\nKT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    } else {
        return None;
    };
    let lines = by
        .authority()
        .map(|l| l.iter().map(|l| upper(l.trim())).collect::<Vec<_>>());
    Some(Signer {
        authority: Some(lines.map_or(authority.to_string(), |l| l.join("\n"))),
        position: position.to_string(),
        name: person.name.clone(),
    })
}

/// What a Tờ trình's body says besides whom it proposes: the period of the achievements,
/// the council's meeting that voted (` và kết quả họp xét …`), and who is asked.
#[derive(Debug, Clone, Default)]
struct Opening {
    period: String,
    meeting: String,
    addressee: String,
}

impl Opening {
    /// The body's sentence for `awards`, naming whom they propose (`các tập thể, cá nhân`).
    fn lead(&self, awards: &[Proposed]) -> String {
        let has = [0, 1, 2].map(|k| awards.iter().any(|a| !a.award.sections()[k].is_empty()));
        let mut individuals = awards.iter().filter(|a| !a.award.individuals.is_empty());
        let pupils = individuals.clone().count() > 0 && individuals.all(|a| a.award.head.pupils);
        let whom = super::wording::whom(has, pupils);
        let Opening {
            period,
            meeting,
            addressee,
        } = self;
        format!(
            "Căn cứ thành tích đạt được {period} của các {whom}{meeting}, kính đề nghị {addressee} xem xét, khen thưởng như sau (có danh sách kèm theo):"
        )
    }
}

/// The proposal as its first award opens it; later awards of its number join its list.
fn first(project: &Project, org: &Org, d: &Dossier, a: &Award, part: Proposed) -> ProposalFacts {
    let p = a
        .proposal
        .as_ref()
        .expect("only awards with a proposal are proposed");
    let issuer = Issuer::of_award(project, org, a);
    // Kính gửi names a body in full, whatever the data abbreviates.
    let to: Vec<String> =
        p.to.all()
            .iter()
            .map(|s| fold::spelt_out(s.trim()))
            .collect();
    let addressee = to.first().cloned().unwrap_or_default();
    let cat = &project.catalogue;
    let bases = cat
        .regime_at(p.date)
        .map(|r| r.bases.clone())
        .unwrap_or_default();
    let people = &project.config.people;
    let signer = council_signer(project, &issuer, &p.signer)
        // The agency asking a higher authority signs as a body; on the council's or an
        // office's paper anyone else signs as they are written.
        .or_else(|| match (&issuer.proposer, issuer.council) {
            // The office's head signs with the title of its head when none is written.
            (Some(_), false) => {
                let signer = Signer::as_written(people, &p.signer)?;
                let titled = people
                    .get(p.signer.key())
                    .is_some_and(|p| p.title.is_some());
                let title = upper(&office_head(issuer.named.as_deref().unwrap_or("")).0);
                Some(match titled {
                    true => signer,
                    false => Signer {
                        position: title,
                        ..signer
                    },
                })
            }
            (Some(_), true) => Signer::as_written(people, &p.signer),
            (None, _) => Signer::by(people, &p.signer, org, Paper::Body),
        })
        .unwrap_or_default();
    let meeting = d.meeting.as_ref().and_then(|m| {
        let council = project.config.council.as_ref()?;
        let minutes = m
            .number
            .map(|n| {
                format!(
                    " (Biên bản số {})",
                    symbol(n, &format!("BB-{}", council.short()))
                )
            })
            .unwrap_or_default();
        Some(format!(
            " và kết quả họp xét của {} {}{minutes}",
            council.name,
            dates::long(m.date)
        ))
    });
    let symbol = symbol(p.number, &format!("TTr-{}", issuer.short));
    let of = issuer
        .named
        .as_deref()
        .map(|n| format!(" của {n}"))
        .unwrap_or_default();
    let kind = format!("TTr-{}", issuer.short);
    ProposalFacts {
        reference_blank: super::wording::annexed_blank("Tờ trình", &kind, &of),
        reference: format!(
            "(Kèm theo Tờ trình số {symbol} {}{of})",
            dates::long(p.date)
        ),
        place_date: org.place_date(p.date),
        summary: String::new(),
        to: if to.len() == 1 {
            to.clone()
        } else {
            punctuate(&to)
        },
        bases: super::bases(&bases),
        text: p.text.clone().unwrap_or_default(),
        lead: String::new(),
        opening: Opening {
            period: super::context::period(d).unwrap_or_else(|| format!("năm {}", p.date.year)),
            meeting: meeting.unwrap_or_default(),
            addressee: addressee.clone(),
        },
        closing: format!("Kính trình {addressee} xem xét, quyết định./."),
        awards: vec![part],
        signer,
        recipients: sent_to(&p.recipients, org),
        stem: format!("to-trinh-{}", p.number),
        year: d.year.unwrap_or(p.date.year),
        date: p.date,
        issuer,
        symbol,
    }
}

/// `Về việc đề nghị tặng Giấy khen cho 09 tập thể và 23 cá nhân`; for several awards,
/// `Về việc đề nghị khen thưởng năm 2024` (`năm học 2024-2025` in a school).
fn summary(awards: &[Proposed], period: &str) -> String {
    match awards {
        [one] => format!("Về việc đề nghị {}", lower_first(&one.request)),
        _ => format!("Về việc đề nghị khen thưởng {period}"),
    }
}
