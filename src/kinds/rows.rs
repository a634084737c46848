//! A long list as the engine cuts it (`Cut::Pieces`), whatever its rows are — a
//! decision's annex, a payment list, a list of households: its rows section by section,
//! where a piece of it starts, and what the source of one piece holds (`Piece`, which a
//! kind's facts hand to its template in the words the template reads).

use serde::{Deserialize, Serialize};

/// The rows of a list, section by section (an award's: collectives, then individuals),
/// numbered through the sections from 0.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rows {
    sections: Vec<usize>,
}

impl Rows {
    /// A list of sections of these many rows, in order.
    pub fn new(sections: Vec<usize>) -> Rows {
        Rows { sections }
    }

    /// All its rows.
    pub fn len(&self) -> usize {
        self.sections.iter().sum()
    }
}

/// Where a piece of a list starts: a row (numbered through the sections, from 0), and
/// whether the heading of a section starting at that row comes first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Start {
    /// The row.
    pub row: usize,
    /// Whether the heading of the section starting there comes first.
    pub head: bool,
}

impl Start {
    /// The start of the list: its title, then the first section's heading.
    pub const FIRST: Start = Start { row: 0, head: true };

    /// Whether `self` comes after `other` (a section's heading before its first row).
    pub fn after(self, other: Start) -> bool {
        (self.row, !self.head) > (other.row, !other.head)
    }
}

/// What one source of a document with a long list holds (`part` in its template): the
/// body, and the list's rows from a start to an end beginning on some page of the list.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Piece {
    /// Whether it holds the document's body.
    pub body: bool,
    /// Whether it holds rows of the list.
    pub annex: bool,
    /// Pages of the list before its first.
    pub offset: usize,
    /// The rows it holds, when it holds any.
    #[serde(flatten)]
    pub rows: Option<PieceRows>,
}

/// The rows a piece shows, section by section.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct PieceRows {
    /// Whether it starts with the list's title.
    pub first: bool,
    /// Whether it holds the last row: what follows the list comes with it.
    pub last: bool,
    /// What it shows of each section.
    pub sections: Vec<Section>,
}

/// What a piece shows of one section of the list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Section {
    /// Whether it shows any of the section's rows.
    pub show: bool,
    /// Whether the section's heading comes in it.
    pub head: bool,
    /// The rows it shows, as indices within the section: `from..to`.
    pub from: usize,
    pub to: usize,
    /// The section's first row in the whole list (its heading's marker).
    pub start: usize,
}

impl Piece {
    /// What it shows of section `k` (nothing, for a section it does not reach).
    pub fn section(&self, k: usize) -> Section {
        let shown = self.rows.as_ref().and_then(|r| r.sections.get(k));
        shown.copied().unwrap_or_default()
    }

    /// The rows it shows of section `k`, as indices within the section.
    pub fn shown(&self, k: usize) -> std::ops::Range<usize> {
        let s = self.section(k);
        s.from..s.to
    }

    /// The whole document in one source.
    pub fn whole(list: &Rows) -> Piece {
        Piece::rows(list, Start::FIRST, list.len(), 1, true)
    }

    /// The body alone.
    pub fn body() -> Piece {
        Piece {
            body: true,
            annex: false,
            offset: 0,
            rows: None,
        }
    }

    /// The rows of `list` from `start` to `end`, beginning on page `page` of the list,
    /// with the body before them when `body`.
    pub fn rows(list: &Rows, start: Start, end: usize, page: usize, body: bool) -> Piece {
        let mut first_row = 0;
        let sections = list
            .sections
            .iter()
            .map(|&len| {
                let s = first_row;
                first_row += len;
                // A section's heading comes in the piece that holds its first row, unless
                // that row starts the piece and the heading stood at the foot of the page
                // before.
                let head = len > 0 && s < end && (s > start.row || (s == start.row && start.head));
                let (from, to) = (start.row.clamp(s, s + len) - s, end.clamp(s, s + len) - s);
                Section {
                    show: from < to,
                    head,
                    from,
                    to,
                    start: s,
                }
            })
            .collect();
        let first = start == Start::FIRST;
        Piece {
            body,
            annex: true,
            offset: if first { 0 } else { page - 1 },
            rows: Some(PieceRows {
                first,
                last: end >= list.len(),
                sections,
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(p: &Piece) -> Vec<(bool, bool, usize, usize, usize)> {
        let rows = p.rows.as_ref().expect("rows");
        rows.sections
            .iter()
            .map(|s| (s.show, s.head, s.from, s.to, s.start))
            .collect()
    }

    #[test]
    fn a_piece_shows_each_section_it_reaches() {
        // Three sections (households, say): 3, none, 5 rows.
        let list = Rows::new(vec![3, 0, 5]);
        assert_eq!(list.len(), 8);
        let whole = Piece::whole(&list);
        assert_eq!(
            shown(&whole),
            [
                (true, true, 0, 3, 0),
                (false, false, 0, 0, 3),
                (true, true, 0, 5, 3)
            ]
        );
        assert!(whole.body && whole.rows.as_ref().unwrap().last);
        // From row 2 to 6: the end of the first, the start of the third with its heading.
        let mid = Piece::rows(
            &list,
            Start {
                row: 2,
                head: false,
            },
            6,
            3,
            false,
        );
        assert_eq!(
            shown(&mid),
            [
                (true, false, 2, 3, 0),
                (false, false, 0, 0, 3),
                (true, true, 0, 3, 3)
            ]
        );
        assert_eq!((mid.offset, mid.rows.as_ref().unwrap().last), (2, false));
        assert_eq!(mid.shown(2), 0..3);
        // Starting at the third section's first row, its heading already printed.
        let on = Piece::rows(
            &list,
            Start {
                row: 3,
                head: false,
            },
            8,
            4,
            false,
        );
        assert_eq!(shown(&on)[2], (true, false, 0, 5, 3));
        assert_eq!(on.section(7), Section::default());
        assert_eq!(Piece::body().section(0), Section::default());
    }
}
