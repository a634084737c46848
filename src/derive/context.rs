//! The facts of one dossier, as the templates see them.

use super::ceremony::{self, CeremonyFacts};
use super::minutes::{self, MinutesFacts};
use super::proposal::{self, ProposalFacts};
use super::{award, report, upper, AwardFacts, Ballot, ReportFacts};
use crate::load::{LoadedDossier, Project};
use crate::model::{Person, Status};
use serde::Serialize;
use std::sync::Arc;

/// The issuing agency, as printed in headers.
#[derive(Debug, Clone, Serialize)]
pub struct Org {
    /// Parent body, upper case.
    pub parent: Option<String>,
    /// Issuing body, upper case.
    pub name: String,
    /// Short name used in symbols.
    pub short: String,
    /// Place name of the date line.
    pub place: String,
    /// Who awards, as written (`Giám đốc Sở …`).
    pub head: String,
    /// Who awards, upper case.
    pub head_upper: String,
}

/// A signature block; empty (the default) for a signer the data does not name.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Signer {
    /// `KT. GIÁM ĐỐC`, when someone signs for the head.
    pub authority: Option<String>,
    /// The signer's position, upper case.
    pub position: String,
    /// The signer's name as written.
    pub name: String,
}

impl Signer {
    /// The block for `p`.
    pub fn of(p: &Person) -> Signer {
        Signer {
            authority: p.authority.as_deref().map(upper),
            position: upper(&p.position),
            name: p.name.clone(),
        }
    }
}

/// A person as the minutes and the programme name them: `Bạch Liên Hương, Giám đốc`.
pub fn described(p: &Person) -> String {
    format!("{}, {}", p.name, p.position)
}

impl Org {
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
    let o = &project.config.organization;
    let org = Org {
        parent: o.parent.as_deref().map(upper),
        name: upper(&o.name),
        short: o.short.clone(),
        place: o.place.clone(),
        head: o.head.clone(),
        head_upper: upper(&o.head),
    };
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

/// The awards of `d`, each keeping the nominees its council's vote kept.
fn awards_of(project: &Project, org: &Org, d: &LoadedDossier) -> Vec<Arc<AwardFacts>> {
    let cat = &project.catalogue;
    let council = project.config.council.as_ref();
    // The council's vote, on the meeting's date, decides who each award keeps.
    let ballot = |form: &str| {
        let (m, c) = (d.dossier.meeting.as_ref()?, council?);
        Some(Ballot {
            members: c.members.len(),
            threshold: cat.forms.get(form).and_then(|f| cat.threshold(f, m.date)),
        })
    };
    d.dossier
        .awards
        .iter()
        .zip(&d.recipients)
        .map(|(a, r)| {
            let proposal = proposal::symbol_of(project, org, a);
            let b = ballot(&a.form);
            Arc::new(award::build(project, org, (a, proposal), r, b.as_ref()))
        })
        .collect()
}
