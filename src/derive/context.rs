//! The facts of one dossier, as the templates see them.

use super::ceremony::{self, CeremonyFacts};
use super::minutes::{self, MinutesFacts};
use super::proposal::{self, ProposalFacts};
use super::{award, report, upper, AwardFacts, Ballot, ReportFacts};
use crate::load::{LoadedDossier, Project};
use crate::model::{AgencyKind, Lines, Organization, Person, Role, SignedBy, Status};
use serde::Serialize;
use std::sync::Arc;

/// The issuing agency, as printed in headers.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Org {
    /// Its kind, which decides the marks of its signatures and its defaults.
    #[serde(skip)]
    pub kind: AgencyKind,
    /// Parent body, upper case.
    pub parent: Option<String>,
    /// Issuing body, upper case; its header's lines one under the other.
    pub name: String,
    /// Short name used in symbols.
    pub short: String,
    /// Place name of the date line.
    pub place: String,
    /// Who awards, as written (`Giám đốc Sở …`).
    pub head: String,
    /// Who awards, upper case.
    pub head_upper: String,
    /// Its name in running text (`Ủy ban nhân dân xã Hòa Vang`).
    pub in_text: String,
    /// The drafting unit of `Lưu: VT, …`, and its full name when known.
    #[serde(skip)]
    pub office: String,
    #[serde(skip)]
    pub office_name: Option<String>,
    /// Where its award money comes from.
    #[serde(skip)]
    pub money_source: String,
    /// Who signs the payment list: who draws it up, keeps the accounts, approves.
    pub payment_signers: [&'static str; 3],
    /// `Căn cứ` lines of its own, before and after the regime's.
    #[serde(skip)]
    pub bases_first: Vec<String>,
    #[serde(skip)]
    pub bases: Vec<String>,
    /// Who invites, in an invitation's sentence: its name in running text (a Sở that
    /// names no `in_text` keeps its name as written, as its invitations always had it).
    #[serde(skip)]
    pub inviter: String,
    /// The name it is under, for what the name gives (the province's awards).
    #[serde(skip)]
    source: Organization,
}

/// A signature block; empty (the default) for a signer the data does not name.
#[derive(Debug, Clone, Default, Serialize, schemars::JsonSchema)]
pub struct Signer {
    /// `KT. GIÁM ĐỐC`, when someone signs for the head.
    pub authority: Option<String>,
    /// The signer's position, upper case.
    pub position: String,
    /// The signer's name as written.
    pub name: String,
}

/// Whose paper a signature is on: the head's own (a decision), or the agency's as a
/// body (its report, an upward Tờ trình, its invitations), which an Ủy ban nhân dân signs
/// `TM. ỦY BAN NHÂN DÂN`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    Head,
    Body,
}

impl Signer {
    /// The block for `p` as written: their `authority`, their title.
    pub fn of(p: &Person) -> Signer {
        Signer {
            authority: p.authority.as_deref().map(upper),
            position: upper(p.title.as_deref().unwrap_or(&p.position)),
            name: p.name.clone(),
        }
    }

    /// The block for `p` signing a paper of `org`: their `authority` when they have one,
    /// else the marks their role gives on that paper (a role not written is told from
    /// the title, except in a Sở, whose papers stay as written).
    pub fn signing(p: &Person, org: &Org, paper: Paper) -> Signer {
        let plain = Signer::of(p);
        let row = org.kind.row();
        let role = p.role.or_else(|| inferred(p, org));
        let Some(role) = role.filter(|_| plain.authority.is_none()) else {
            return plain;
        };
        let body = row.body.filter(|_| paper == Paper::Body);
        let head = upper(row.head);
        let mut marks: Vec<String> = body.map(|b| format!("TM. {b}")).into_iter().collect();
        // The title line is the role's (`CHỦ TỊCH`, not the whole position) unless written.
        let titled = |t: &str| match p.title {
            Some(_) => plain.position.clone(),
            None => upper(t),
        };
        let position = match role {
            Role::Head => titled(row.head),
            Role::Deputy => {
                marks.push(format!("KT. {head}"));
                titled(row.deputy)
            }
            Role::Acting => format!("Q. {head}"),
            Role::Staff => {
                marks.push(format!("TL. {head}"));
                plain.position.clone()
            }
        };
        Signer {
            authority: (!marks.is_empty()).then(|| marks.join("\n")),
            position,
            name: plain.name,
        }
    }
}

impl Signer {
    /// The block of `by` on a paper of `org`, when it names someone under `people`: the
    /// lines it gives above their title win over their own marks.
    pub fn by(
        people: &std::collections::BTreeMap<String, Person>,
        by: &SignedBy,
        org: &Org,
        paper: Paper,
    ) -> Option<Signer> {
        let signer = Signer::signing(people.get(by.key())?, org, paper);
        Some(signer.marked(by))
    }

    /// The block of `by` as the person is written (their `authority` and title, no
    /// marks of the agency's kind): on a paper that is not the agency's, as the
    /// council's or an office's.
    pub fn as_written(
        people: &std::collections::BTreeMap<String, Person>,
        by: &SignedBy,
    ) -> Option<Signer> {
        Some(Signer::of(people.get(by.key())?).marked(by))
    }

    /// With the lines `by` writes above the title, which win.
    fn marked(mut self, by: &SignedBy) -> Signer {
        if let Some(lines) = by.authority() {
            let lines: Vec<String> = lines.iter().map(|l| upper(l.trim())).collect();
            self.authority = Some(lines.join("\n"));
        }
        self
    }
}

/// The role a title tells, outside a Sở: the head's title (`Chủ tịch`, `Chủ tịch Ủy ban
/// nhân dân xã`) or the deputy's.
fn inferred(p: &Person, org: &Org) -> Option<Role> {
    if org.kind == AgencyKind::So {
        return None;
    }
    let row = org.kind.row();
    let title = crate::model::provinces::fold(p.title.as_deref().unwrap_or(&p.position));
    let is = |t: &str| {
        let t = crate::model::provinces::fold(t);
        title == t || title.starts_with(&format!("{t} "))
    };
    // The deputy's title holds the head's (`Phó Chủ tịch`): asked first.
    if is(row.deputy) {
        Some(Role::Deputy)
    } else if is(&format!("Quyền {}", row.head)) {
        Some(Role::Acting)
    } else if is(row.head) {
        Some(Role::Head)
    } else {
        None
    }
}

/// A person as the minutes and the programme name them: `Bạch Liên Hương, Giám đốc`.
pub fn described(p: &Person) -> String {
    format!("{}, {}", p.name, p.position)
}

impl Org {
    /// The agency `o` as its documents print it.
    pub fn of(o: &Organization) -> Org {
        let head = o.head();
        Org {
            kind: o.kind,
            parent: o.parent.as_deref().map(upper),
            name: o.lines().join("\n"),
            short: o.short.clone(),
            place: o.place.clone(),
            head_upper: upper(&head),
            head,
            in_text: o.in_text(),
            office: o.office(),
            office_name: o.office_name(),
            money_source: o
                .money_source
                .clone()
                .unwrap_or_else(|| o.kind.row().money_source.to_string()),
            payment_signers: o.kind.row().payment_signers,
            bases_first: o.bases_first.clone(),
            bases: o.bases.clone(),
            inviter: match (&o.in_text, o.kind, &o.name) {
                (None, AgencyKind::So, Lines::One(name)) => name.clone(),
                _ => o.in_text(),
            },
            source: o.clone(),
        }
    }

    /// A form's name under this name of the agency (`{tỉnh}`: the province it is in).
    pub fn form_name(&self, form: &crate::model::Form) -> String {
        self.source.form_name(&form.pattern)
    }

    /// The header's lines: the parent's, then each of the issuing body's (a sheet's
    /// rows above its table).
    pub fn header_lines(&self) -> Vec<String> {
        let parent = self.parent.iter().map(String::as_str);
        parent.chain(self.name.lines()).map(String::from).collect()
    }

    /// `Lưu: VT, TĐKT`: the archive's line of a Nơi nhận, naming the drafting unit.
    pub fn kept(&self) -> String {
        format!("Lưu: VT, {}", self.office)
    }

    /// The place-and-date line of a document dated `date` (`Hà Nội, ngày 15 tháng 10 năm 2024`).
    pub fn place_date(&self, date: crate::model::Date) -> String {
        format!("{}, {}", self.place, super::dates::long(date))
    }
}

/// Everything the documents of one dossier show.
#[derive(Debug, Clone)]
pub struct DossierFacts {
    /// The dossier's title.
    pub title: String,
    /// Whether every page carries the draft mark.
    pub draft: bool,
    /// The issuing agency.
    pub org: Org,
    /// The report, if the dossier has one.
    pub report: Option<ReportFacts>,
    /// Every award, own or external, in the dossier's order.
    /// Shared by the documents of each award (its decision, its certificates).
    pub awards: Vec<Arc<AwardFacts>>,
    /// Its Tờ trình, one per proposal number.
    pub proposals: Vec<ProposalFacts>,
    /// The minutes of its council meeting.
    pub minutes: Option<MinutesFacts>,
    /// Its conference's invitations, programme and turns on stage.
    pub ceremony: Option<CeremonyFacts>,
}

/// Builds the facts of `d`.
pub fn build(project: &Project, d: &LoadedDossier, draft: bool) -> DossierFacts {
    let org = Org::of(project.config.organization.at(d.dossier.first_date()));
    let awards = awards_of(project, &org, d);
    // The year's report counts the awards of the dossiers it names too, each decision once.
    // An award is its decision and form: one decision may give two forms.
    let mut counted: std::collections::HashSet<String> =
        d.dossier.awards.iter().filter_map(|a| a.key()).collect();
    let mut others = Vec::new();
    for &j in &d.awards_from {
        let other = &project.dossiers[j];
        for (given, facts) in other
            .dossier
            .awards
            .iter()
            .zip(awards_of(project, &org, other))
        {
            if given.key().is_some_and(|k| counted.insert(k)) {
                others.push(facts);
            }
        }
    }
    let proposals = proposal::build(project, &org, &d.dossier, &awards);
    let minutes = minutes::build(project, &org, &d.dossier, &awards);
    let ceremony = d
        .dossier
        .conference
        .as_ref()
        .map(|c| ceremony::build(project, &org, c, (&d.dossier.awards, &awards)));
    let report = d
        .dossier
        .report
        .as_ref()
        .map(|r| report::build(project, &org, &d.dossier, r, (&awards, &others)));
    DossierFacts {
        title: d.dossier.title.clone(),
        draft: draft || d.dossier.status == Status::Draft,
        org,
        report,
        awards,
        proposals,
        minutes,
        ceremony,
    }
}

/// The year of a dossier's work as its documents say it: `năm học 2025-2026`, `năm 2026`;
/// `None` when it gives none (each document then says its own date's).
pub fn period(d: &crate::model::Dossier) -> Option<String> {
    match (&d.school_year, d.year) {
        (Some(y), _) => Some(format!("năm học {}", y.trim())),
        (None, Some(y)) => Some(format!("năm {y}")),
        (None, None) => None,
    }
}

/// The awards of `d`, each keeping the nominees its council's vote kept.
fn awards_of(project: &Project, org: &Org, d: &LoadedDossier) -> Vec<Arc<AwardFacts>> {
    // The council's vote, on the meeting's date, decides who each award keeps.
    let ballot = |form: &str| Ballot::of(project, &d.dossier, form);
    // The year a title is of, when the dossier says it (else its decision's year).
    let period = period(&d.dossier);
    let period = period.as_deref();
    d.dossier
        .awards
        .iter()
        .zip(&d.recipients)
        .map(|(a, r)| {
            let proposal = proposal::symbol_of(project, org, a);
            let b = ballot(&a.form);
            Arc::new(award::build(
                project,
                org,
                (a, proposal, period),
                r,
                b.as_ref(),
            ))
        })
        .collect()
}
