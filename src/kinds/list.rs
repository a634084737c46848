//! An award's list of recipients as the templates read it, for the kinds that print it
//! (a decision's annex, a payment list): typed, and for a long list, piece by piece, each
//! source holding its own rows.

use super::{digest, Annex, Base, Facts, Piece};
use crate::derive::{longest, AwardFacts, AwardHead, RecipientFacts};
use serde::Serialize;
use std::ops::Range;
use std::sync::Arc;

/// An award's list of recipients (a decision's annex, a payment list): the award with
/// its lists, and the widest cells of each column, which size the columns alike in
/// every piece.
#[derive(Debug)]
pub struct AwardList {
    base: Base,
    pub award: Arc<AwardFacts>,
    pub annex: Annex,
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

/// What the list's template reads. A whole document also gives the award with its lists,
/// as a template of a project's own may read them.
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

/// The rows this source shows, and what every source needs of the whole list.
#[derive(Serialize)]
struct Rows<'a> {
    collectives: &'a [RecipientFacts],
    individuals: &'a [RecipientFacts],
    has_collectives: bool,
    has_individuals: bool,
    widest: &'a Widest,
}

impl AwardList {
    /// The list of `award`, for documents of `base`.
    pub fn new(base: Base, award: Arc<AwardFacts>) -> AwardList {
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
        AwardList {
            base,
            award,
            annex,
            widest,
        }
    }

    fn shown<'a>(&'a self, part: Piece, award: Award<'a>) -> Data<'a> {
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

impl Facts for AwardList {
    fn data(&self, _: Option<Range<usize>>) -> serde_json::Value {
        let data = self.shown(Piece::whole(self.annex), Award::Whole(&self.award));
        serde_json::to_value(data).unwrap_or_default()
    }

    fn piece(&self, piece: Piece) -> serde_json::Value {
        let data = self.shown(piece, Award::Head(&self.award.head));
        serde_json::to_value(data).unwrap_or_default()
    }

    fn fingerprint(&self) -> u128 {
        digest(&self.shown(Piece::whole(self.annex), Award::Whole(&self.award)))
    }
}

#[cfg(test)]
#[path = "list_tests.rs"]
mod tests;
