//! An award's list of recipients as the templates read it, for the kinds that print it
//! (a decision's annex, a payment list): typed, and for a long list, piece by piece, each
//! source holding its own rows.

use super::{digest, Annex, Base, Facts, Piece};
use crate::derive::{AwardFacts, AwardHead, RecipientFacts, Widest};
use serde::Serialize;
use std::ops::Range;
use std::sync::Arc;

/// An award's list of recipients (a decision's annex, a payment list): the award with
/// its lists, whose widest cells size the columns alike in every piece.
#[derive(Debug)]
pub struct AwardList {
    pub base: Base,
    pub award: Arc<AwardFacts>,
    pub annex: Annex,
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
        AwardList { base, award, annex }
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
                widest: &a.widest,
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
