//! A decision's annex as the engine cuts it: its rows, where a piece of it starts, and
//! what the source of one piece holds (`part`, as the decision's template reads it).

use serde::{Deserialize, Serialize};

/// The rows of an annex, collectives then individuals.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Annex {
    /// Collectives, listed first.
    pub collectives: usize,
    /// Individuals, after them.
    pub individuals: usize,
}

impl Annex {
    /// All its rows.
    pub fn rows(&self) -> usize {
        self.collectives + self.individuals
    }
}

/// Where a piece of an annex starts: a row (collectives, then individuals, from 0), and
/// whether the heading of a section starting at that row comes first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Start {
    /// The row.
    pub row: usize,
    /// Whether the heading of the section starting there comes first.
    pub head: bool,
}

impl Start {
    /// The start of the annex: its title, then the first section's heading.
    pub const FIRST: Start = Start { row: 0, head: true };

    /// Whether `self` comes after `other` (a section's heading before its first row).
    pub fn after(self, other: Start) -> bool {
        (self.row, !self.head) > (other.row, !other.head)
    }
}

/// What one source of a decision holds (`part` in its template): the body, and the
/// annex's rows from a start to an end beginning on some annex page.
#[derive(Debug, Clone, Serialize)]
pub struct Piece {
    /// Whether it holds the decision's body.
    body: bool,
    /// Whether it holds rows of the annex.
    annex: bool,
    /// Annex pages before its first.
    offset: usize,
    #[serde(flatten)]
    rows: Option<PieceRows>,
}

/// The rows a piece shows of each section, and whether each section's heading.
#[derive(Debug, Clone, Serialize)]
struct PieceRows {
    first: bool,
    /// Whether it holds the last row: what follows the list comes with it.
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
}

impl Piece {
    /// The collectives it shows (indices in their section).
    pub fn collectives(&self) -> std::ops::Range<usize> {
        self.rows.as_ref().map_or(0..0, |r| r.c_from..r.c_to)
    }

    /// The individuals it shows (indices in their section).
    pub fn individuals(&self) -> std::ops::Range<usize> {
        self.rows.as_ref().map_or(0..0, |r| r.i_from..r.i_to)
    }

    /// The whole decision in one source.
    pub fn whole(annex: Annex) -> Piece {
        Piece::rows(annex, Start::FIRST, annex.rows(), 1, true)
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

    /// The rows of `annex` from `start` to `end`, beginning on annex page `page`, with
    /// the body before them when `body`.
    pub fn rows(annex: Annex, start: Start, end: usize, page: usize, body: bool) -> Piece {
        let c = annex.collectives;
        // A section's heading comes in the piece that holds its first row, unless that row
        // starts the piece and the heading stood at the foot of the page before.
        let heading = |s: usize, len: usize| {
            len > 0 && s < end && (s > start.row || (s == start.row && start.head))
        };
        let (c_from, c_to) = (start.row.min(c), end.min(c));
        let (i_from, i_to) = (start.row.max(c) - c, end.max(c) - c);
        let first = start == Start::FIRST;
        Piece {
            body,
            annex: true,
            offset: if first { 0 } else { page - 1 },
            rows: Some(PieceRows {
                first,
                last: end >= annex.rows(),
                c_show: c_from < c_to,
                c_head: heading(0, annex.collectives),
                c_from,
                c_to,
                i_show: i_from < i_to,
                i_head: heading(c, annex.individuals),
                i_from,
                i_to,
                i_start: c,
            }),
        }
    }
}
