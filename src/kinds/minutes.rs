//! The Biên bản of the council meeting that voted on a dossier's nominees.

use super::{Base, Copies, Counted, Cut, Given, Kind, Planned, Whole};
use crate::derive::MinutesFacts;
use serde::Serialize;

pub const MINUTES: Kind = Kind {
    name: "minutes",
    label: "Biên bản",
    template: "minutes",
    builtin: include_str!("../../templates/minutes.typ.hbs"),
    electronic: true,
    cut: Cut::Whole,
    counted: Counted::Nothing,
    copies: Copies::NONE,
    plan,
    schema: || crate::model::schema::data::<MinutesDoc>(),
};

/// What the minutes' template reads.
#[derive(Debug, Serialize, schemars::JsonSchema)]
struct MinutesDoc {
    #[serde(flatten)]
    base: Base,
    minutes: MinutesFacts,
}

fn plan(s: &Given) -> Vec<Planned> {
    let (Some(minutes), Some(meeting)) = (&s.facts.minutes, &s.dossier.dossier.meeting) else {
        return Vec::new();
    };
    let facts = MinutesDoc {
        base: s.base.clone(),
        minutes: minutes.clone(),
    };
    vec![Planned::new(&minutes.stem, meeting.date, Whole(facts))]
}
