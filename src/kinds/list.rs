//! An award's list of recipients as the templates read it, for the kinds that print it
//! (a decision's annex, a payment list): typed, and for a long list, piece by piece, each
//! source holding its own rows.

use super::word::Word;
use super::{digest, Base, Cell, Facts, Piece, Rows, Table};
use crate::derive::{AwardFacts, AwardHead, RecipientFacts, Widest};
use crate::model::Date;
use serde::Serialize;
use std::ops::Range;
use std::sync::Arc;

/// An award's list of recipients (a decision's annex, a payment list): the award with
/// its lists, whose widest cells size the columns alike in every piece.
#[derive(Debug)]
pub struct AwardList {
    pub base: Base,
    pub award: Arc<AwardFacts>,
    /// Its three sections: collectives, individuals, households.
    pub rows: Rows,
    pub role: Role,
}

/// The document a list is printed in, which decides its copies: a decision's annex has
/// a Word copy and a workbook (on request), a payment list its spreadsheet (always).
#[derive(Debug, Clone, Copy)]
pub enum Role {
    /// The annex of the decision of this date.
    Decision(Date),
    Payment,
}

/// What the list's template reads. A whole document also gives the award with its lists,
/// as a template of a project's own may read them.
#[derive(Serialize, schemars::JsonSchema)]
struct Data<'a> {
    #[serde(flatten)]
    base: &'a Base,
    award: Award<'a>,
    part: Part,
    annex: Shown<'a>,
}

/// The JSON Schema of what a list's template reads.
pub(super) fn schema() -> serde_json::Value {
    crate::model::schema::data::<Data<'static>>()
}

/// `part` as the list's templates read it: what a piece holds (see `Piece`), the
/// collectives' section as `c_*`, the individuals' as `i_*`, the households' as `h_*`.
#[derive(Serialize, schemars::JsonSchema)]
struct Part {
    body: bool,
    annex: bool,
    offset: usize,
    #[serde(flatten)]
    rows: Option<PartRows>,
}

#[derive(Serialize, schemars::JsonSchema)]
struct PartRows {
    first: bool,
    last: bool,
    c_show: bool,
    c_head: bool,
    c_from: usize,
    c_to: usize,
    i_show: bool,
    i_head: bool,
    i_from: usize,
    i_to: usize,
    i_start: usize,
    h_show: bool,
    h_head: bool,
    h_from: usize,
    h_to: usize,
    h_start: usize,
}

impl Part {
    fn of(piece: &Piece) -> Part {
        let (c, i, h) = (piece.section(0), piece.section(1), piece.section(2));
        Part {
            body: piece.body,
            annex: piece.annex,
            offset: piece.offset,
            rows: piece.rows.as_ref().map(|r| PartRows {
                first: r.first,
                last: r.last,
                c_show: c.show,
                c_head: c.head,
                c_from: c.from,
                c_to: c.to,
                i_show: i.show,
                i_head: i.head,
                i_from: i.from,
                i_to: i.to,
                i_start: i.start,
                h_show: h.show,
                h_head: h.head,
                h_from: h.from,
                h_to: h.to,
                h_start: h.start,
            }),
        }
    }
}

#[derive(Serialize, schemars::JsonSchema)]
#[serde(untagged)]
enum Award<'a> {
    Whole(&'a AwardFacts),
    Head(&'a AwardHead),
}

/// The rows this source shows, and what every source needs of the whole list.
#[derive(Serialize, schemars::JsonSchema)]
struct Shown<'a> {
    collectives: &'a [RecipientFacts],
    individuals: &'a [RecipientFacts],
    households: &'a [RecipientFacts],
    has_collectives: bool,
    has_individuals: bool,
    has_households: bool,
    /// Each section's numeral among those the list has (`I`, `II`, `III`), and its
    /// heading without it (`CÁ NHÂN (23)`).
    numerals: [&'static str; 3],
    titles: [String; 3],
    /// Whether the list has two sections or more.
    numbered: bool,
    widest: &'a Widest,
}

impl AwardList {
    /// The list of `award`, for documents of `base`.
    pub fn new(base: Base, award: Arc<AwardFacts>, role: Role) -> AwardList {
        let rows = Rows::new(award.sections().map(<[_]>::len).to_vec());
        AwardList {
            base,
            award,
            rows,
            role,
        }
    }

    fn shown<'a>(&'a self, part: Piece, award: Award<'a>) -> Data<'a> {
        let a = &self.award;
        let shown = |k: usize, list: &'a [RecipientFacts]| {
            let r = part.shown(k);
            &list[r.start.min(r.end).min(list.len())..r.end.min(list.len())]
        };
        Data {
            base: &self.base,
            award,
            annex: Shown {
                collectives: shown(0, &a.collectives),
                individuals: shown(1, &a.individuals),
                households: shown(2, &a.households),
                has_collectives: !a.collectives.is_empty(),
                has_individuals: !a.individuals.is_empty(),
                has_households: !a.households.is_empty(),
                numerals: a.numerals(),
                titles: [0, 1, 2].map(|k| a.title(k)),
                numbered: a.numbered(),
                widest: &a.widest,
            },
            part: Part::of(&part),
        }
    }
}

impl AwardList {
    /// The list's rows in a spreadsheet: each recipient's `cells`, collectives,
    /// individuals, then households, under `I. TẬP THỂ (n)`, `II. CÁ NHÂN (n)`, … when
    /// there are two sections or more.
    pub fn sheet_rows(&self, cells: impl Fn(&RecipientFacts) -> Vec<Cell>) -> Vec<Vec<Cell>> {
        let a = &self.award;
        let mut rows = Vec::new();
        for (k, list) in a.sections().into_iter().enumerate() {
            if a.numbered() && !list.is_empty() {
                rows.push(vec![Cell::Text(a.heading(k))]);
            }
            rows.extend(list.iter().map(&cells));
        }
        rows
    }

    /// The headers of the sheet's name and detail columns: a household's head and
    /// place among them when the list has households.
    pub fn sheet_heads(&self) -> [&'static str; 2] {
        match self.award.households.is_empty() {
            true => ["Họ và tên / Tên tập thể", "Chức vụ, đơn vị"],
            false => [
                "Họ và tên / Tên tập thể / Hộ gia đình",
                "Chức vụ, đơn vị / Địa chỉ",
            ],
        }
    }

    /// The lines above the list in a spreadsheet: the agency as the PDF's header names
    /// it, `titles`, and `(Kèm theo Quyết định số … ngày … của …)`.
    pub fn sheet_above(&self, titles: &[String]) -> Vec<String> {
        let (org, h) = (&self.base.org, &self.award.head);
        org.header_lines()
            .into_iter()
            .chain(titles.iter().cloned())
            .chain([h.annexed.clone()])
            .collect()
    }
}

impl Facts for AwardList {
    fn data(&self, _: Option<Range<usize>>) -> serde_json::Value {
        let data = self.shown(Piece::whole(&self.rows), Award::Whole(&self.award));
        serde_json::to_value(data).unwrap_or_default()
    }

    fn piece(&self, piece: Piece) -> serde_json::Value {
        let data = self.shown(piece, Award::Head(&self.award.head));
        serde_json::to_value(data).unwrap_or_default()
    }

    fn fingerprint(&self) -> u128 {
        digest(&self.shown(Piece::whole(&self.rows), Award::Whole(&self.award)))
    }

    fn table(&self) -> Option<Table> {
        match self.role {
            Role::Payment => super::payment::table(self),
            Role::Decision(_) => None,
        }
    }

    fn word(&self, _: Option<usize>) -> Option<Word> {
        match self.role {
            Role::Decision(_) => Some(super::decision::word(self)),
            Role::Payment => None,
        }
    }

    fn sheets(&self) -> Vec<Table> {
        match self.role {
            Role::Decision(date) => vec![super::decision::annex_sheet(self, date)],
            Role::Payment => Vec::new(),
        }
    }
}

#[cfg(test)]
#[path = "list_tests.rs"]
mod tests;
