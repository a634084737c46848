//! A decision with its annexed list, one per award the agency issues itself; a long
//! annex is typeset in pieces (see `engine::pieces`).

use super::{Annex, Base, Cut, Facts, Kind, Piece, Planned, Source};
use crate::derive::AwardFacts;
use serde::Serialize;
use std::ops::Range;
use std::sync::Arc;

pub const DECISION: Kind = Kind {
    name: "decision",
    template: "decision",
    builtin: include_str!("../../templates/decision.typ.hbs"),
    // Measured on a 1000-row annex: 100 rows a piece cost about 2 % more CPU than 200 in
    // a full build, and a one-name edit takes 106 ms instead of 130.
    cut: Cut::Pieces {
        from: 200,
        rows: 100,
    },
    plan,
};

/// What the decision's template reads: the award with its lists, and which part of the
/// decision this source holds.
#[derive(Debug)]
struct DecisionDoc {
    base: Base,
    award: Arc<AwardFacts>,
    annex: Annex,
}

#[derive(Serialize)]
struct Data<'a> {
    #[serde(flatten)]
    base: &'a Base,
    award: &'a AwardFacts,
    part: Piece,
}

impl Facts for DecisionDoc {
    fn data(&self, _: Option<Range<usize>>) -> serde_json::Value {
        let data = Data {
            base: &self.base,
            award: &self.award,
            part: Piece::whole(self.annex),
        };
        serde_json::to_value(data).unwrap_or_default()
    }

    fn show_piece(&self, data: &mut serde_json::Value, piece: &Piece) {
        data["part"] = serde_json::to_value(piece).unwrap_or_default();
    }
}

fn plan(s: &Source) -> Vec<Planned> {
    let own = s.facts.awards.iter().zip(&s.dossier.dossier.awards);
    own.filter(|(a, _)| a.head.own)
        .map(|(award, given)| {
            let annex = Annex {
                collectives: award.collectives.len(),
                individuals: award.individuals.len(),
            };
            let facts = DecisionDoc {
                base: s.base.clone(),
                award: award.clone(),
                annex,
            };
            Planned {
                annex,
                ..Planned::new(&award.head.stem, given.decision.date, facts)
            }
        })
        .collect()
}
