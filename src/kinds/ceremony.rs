//! The conference's documents: the invitations (one page and one file per invitee,
//! joined into one print file), the programme, the master of ceremonies' script, and
//! the slides for the hall's screen.

use super::word::{Block, Line, Part, Word};
use super::word_parts::{closing, org_header};
use super::{Base, Copies, Counted, Cut, Facts, Given, Kind, Planned, Whole};
use crate::derive::{CeremonyFacts, InvitationFacts};
use serde::Serialize;
use std::ops::Range;

pub const INVITATIONS: Kind = Kind {
    name: "invitations",
    label: "Giấy mời",
    template: "invitation",
    builtin: include_str!("../../templates/invitation.typ.hbs"),
    electronic: true,
    cut: Cut::PerPage {
        batch: 20,
        page: "invitation",
    },
    counted: Counted::Nothing,
    copies: Copies {
        docx: true,
        xlsx: false,
    },
    plan: plan_invitations,
    schema: || crate::model::schema::data::<Data<'static>>(),
};

pub const PROGRAMME: Kind = Kind {
    name: "programme",
    label: "Chương trình",
    template: "programme",
    builtin: include_str!("../../templates/programme.typ.hbs"),
    electronic: false,
    cut: Cut::Whole,
    counted: Counted::Nothing,
    copies: Copies::NONE,
    plan: |s| whole(s, "chuong-trinh"),
    schema: || crate::model::schema::data::<CeremonyDoc>(),
};

pub const SCRIPT: Kind = Kind {
    name: "script",
    label: "Kịch bản",
    template: "script",
    builtin: include_str!("../../templates/script.typ.hbs"),
    electronic: false,
    cut: Cut::Whole,
    counted: Counted::Nothing,
    copies: Copies::NONE,
    plan: |s| whole(s, "kich-ban"),
    schema: || crate::model::schema::data::<CeremonyDoc>(),
};

pub const SLIDES: Kind = Kind {
    name: "slides",
    label: "Trình chiếu",
    template: "slides",
    builtin: include_str!("../../templates/slides.typ.hbs"),
    electronic: false,
    cut: Cut::Whole,
    counted: Counted::Nothing,
    copies: Copies::NONE,
    plan: |s| whole(s, "trinh-chieu"),
    schema: || crate::model::schema::data::<CeremonyDoc>(),
};

/// What the programme, script and slides read.
#[derive(Debug, Serialize, schemars::JsonSchema)]
struct CeremonyDoc {
    #[serde(flatten)]
    base: Base,
    conference: CeremonyFacts,
}

/// A document of the whole ceremony, when the conference has a programme.
fn whole(s: &Given, stem: &str) -> Vec<Planned> {
    let Some(c) = s
        .facts
        .ceremony
        .as_ref()
        .filter(|c| !c.programme.is_empty())
    else {
        return Vec::new();
    };
    let facts = CeremonyDoc {
        base: s.base.clone(),
        conference: c.clone(),
    };
    vec![Planned::new(stem, c.date, Whole(facts))]
}

/// The invitations of one conference.
#[derive(Debug)]
struct InvitationsDoc {
    base: Base,
    conference: CeremonyFacts,
}

/// What the invitation template reads for some pages: the invitees of those pages.
#[derive(Serialize, schemars::JsonSchema)]
struct Data<'a> {
    #[serde(flatten)]
    base: &'a Base,
    name: &'a str,
    when: &'a str,
    venue: &'a str,
    chair: &'a str,
    invitation: &'a InvitationFacts,
    guests: &'a [crate::derive::Guest],
}

impl Facts for InvitationsDoc {
    fn data(&self, pages: Option<Range<usize>>) -> serde_json::Value {
        let c = &self.conference;
        let Some(inv) = &c.invitation else {
            return serde_json::Value::Null;
        };
        let all = &inv.guests;
        let pages = pages.unwrap_or(0..all.len());
        let data = Data {
            base: &self.base,
            name: &c.name,
            when: &c.when,
            venue: &c.venue,
            chair: &c.chair,
            invitation: inv,
            guests: &all[pages.start.min(all.len())..pages.end.min(all.len())],
        };
        serde_json::to_value(data).unwrap_or_default()
    }

    fn word(&self, page: Option<usize>) -> Option<Word> {
        let c = &self.conference;
        let inv = c.invitation.as_ref()?;
        let guest = inv.guests.get(page.unwrap_or(0))?;
        let labelled = |label: &str, text: &str| {
            Block::Para(vec![Line::bold(label), Line::plain(format!(" {text}."))])
        };
        let mut blocks = vec![
            org_header(&self.base.org, &inv.symbol, &inv.place_date),
            Block::Title(vec![
                Line::bold("GIẤY MỜI"),
                Line::bold(format!("Dự {}", c.name)),
            ]),
            Block::Para(vec![Line::plain(format!(
                "{} trân trọng kính mời:",
                inv.inviter
            ))]),
            Block::Centred(guest.line.clone()),
            labelled("Tới dự:", &c.name),
        ];
        if !c.chair.is_empty() {
            blocks.push(labelled("Chủ trì:", &c.chair));
        }
        blocks.push(labelled("Thời gian:", &c.when));
        if !c.venue.is_empty() {
            blocks.push(labelled("Địa điểm:", &c.venue));
        }
        blocks.extend(inv.notes.iter().map(|n| Block::Para(vec![Line::plain(n)])));
        let end = format!("Rất mong {} đến dự đúng thời gian./.", guest.address);
        blocks.push(Block::Para(vec![Line::plain(end)]));
        blocks.push(closing(&inv.recipients, Some(&inv.signer)));
        Some(Word::of(
            &self.base,
            format!("Giấy mời {}", inv.symbol),
            vec![Part { blocks }],
        ))
    }
}

fn plan_invitations(s: &Given) -> Vec<Planned> {
    let Some(c) = &s.facts.ceremony else {
        return Vec::new();
    };
    let Some(inv) = &c.invitation else {
        return Vec::new();
    };
    let pages = inv.guests.iter().map(|g| g.file.clone()).collect();
    let doc = InvitationsDoc {
        base: s.base.clone(),
        conference: c.clone(),
    };
    vec![Planned {
        pages,
        ..Planned::new(&inv.stem, inv.date, doc)
    }]
}
