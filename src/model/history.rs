//! What `history/` holds: earlier awards and yearly ratings, each row of a list one entry
//! (the awards decided in `content/` are history too, read from the dossiers).

use super::{Basis, Date, Rating};

/// Whom a history row is about, as its columns name them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Named {
    pub id: Option<String>,
    /// A person's name, or a collective's.
    pub name: String,
    pub collective: bool,
    pub born: Option<String>,
    pub gender: Option<String>,
}

/// One row of `history/`.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryRow {
    pub who: Named,
    /// The year it is of.
    pub year: i32,
    pub entry: Entry,
}

/// An earlier award, or a year's rating.
#[derive(Debug, Clone, PartialEq)]
pub enum Entry {
    Award {
        /// A key of the forms catalogue.
        form: String,
        number: Option<String>,
        symbol: Option<String>,
        date: Option<Date>,
        issuer: Option<String>,
        basis: Basis,
    },
    Rating {
        rating: Rating,
        /// Recognised initiatives (sáng kiến) that year.
        initiatives: u32,
        /// A disciplinary measure that year: counting restarts after it.
        discipline: bool,
    },
}
