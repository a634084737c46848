//! A decision with its annexed list, one per award the agency issues itself; a long
//! annex is typeset in pieces (see `engine::pieces`), each source holding its own rows.

use super::{digest, Annex, Base, Cut, Facts, Kind, Piece, Planned, Source};
use crate::derive::{longest, AwardFacts, AwardHead, RecipientFacts};
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

/// A decision: its award with the lists, and the widest cells of each column, which
/// size the annex's columns alike in every piece.
#[derive(Debug)]
struct DecisionDoc {
    base: Base,
    award: Arc<AwardFacts>,
    annex: Annex,
    widest: Widest,
}

/// The longest values of each column of the annex (see the `longest` helper).
#[derive(Debug, Serialize)]
struct Widest {
    c_index: Vec<String>,
    c_money: Vec<String>,
    i_index: Vec<String>,
    i_display: Vec<String>,
    i_money: Vec<String>,
}

/// What the decision's template reads. A whole decision also gives the award with its
/// lists, as a template of a project's own may read them.
#[derive(Serialize)]
struct Data<'a> {
    #[serde(flatten)]
    base: &'a Base,
    award: Award<'a>,
    part: Piece,
    annex: Rows<'a>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum Award<'a> {
    Whole(&'a AwardFacts),
    Head(&'a AwardHead),
}

/// The annex's rows this source shows, and what every source needs of the whole annex.
#[derive(Serialize)]
struct Rows<'a> {
    collectives: &'a [RecipientFacts],
    individuals: &'a [RecipientFacts],
    has_collectives: bool,
    has_individuals: bool,
    widest: &'a Widest,
}

impl DecisionDoc {
    fn data<'a>(&'a self, part: Piece, award: Award<'a>) -> Data<'a> {
        let a = &self.award;
        let (c, i) = (part.collectives(), part.individuals());
        Data {
            base: &self.base,
            award,
            annex: Rows {
                collectives: &a.collectives[c.start.min(c.end)..c.end.min(a.collectives.len())],
                individuals: &a.individuals[i.start.min(i.end)..i.end.min(a.individuals.len())],
                has_collectives: !a.collectives.is_empty(),
                has_individuals: !a.individuals.is_empty(),
                widest: &self.widest,
            },
            part,
        }
    }
}

impl Facts for DecisionDoc {
    fn data(&self, _: Option<Range<usize>>) -> serde_json::Value {
        let data = self.data(Piece::whole(self.annex), Award::Whole(&self.award));
        serde_json::to_value(data).unwrap_or_default()
    }

    fn piece(&self, piece: Piece) -> serde_json::Value {
        let data = self.data(piece, Award::Head(&self.award.head));
        serde_json::to_value(data).unwrap_or_default()
    }

    fn fingerprint(&self) -> u128 {
        digest(&self.data(Piece::whole(self.annex), Award::Whole(&self.award)))
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
            let column = |list: &[RecipientFacts], cell: fn(&RecipientFacts) -> String, n| {
                longest(list.iter().map(cell), n)
            };
            let (c, i) = (&award.collectives, &award.individuals);
            let widest = Widest {
                c_index: column(c, |r| r.index.to_string(), 1),
                c_money: column(c, |r| r.money.clone(), 1),
                i_index: column(i, |r| r.index.to_string(), 1),
                i_display: column(i, |r| r.display.clone(), 8),
                i_money: column(i, |r| r.money.clone(), 1),
            };
            let facts = DecisionDoc {
                base: s.base.clone(),
                award: award.clone(),
                annex,
                widest,
            };
            Planned {
                annex,
                ..Planned::new(&award.head.stem, given.decision.date, facts)
            }
        })
        .collect()
}

#[cfg(test)]
#[path = "decision_tests.rs"]
mod tests;
