//! One recipient as every list prints it, and the widest cells of an award's lists.

use super::{longest, numbers};
use crate::model::{householder, Gender, Recipient};
use serde::Serialize;

/// One recipient as every document prints it.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct RecipientFacts {
    /// Position in its annex section, from 1.
    pub index: usize,
    /// Position in the whole annex (collectives, individuals, then households), from 0.
    pub row: usize,
    /// Whether this is a collective.
    pub collective: bool,
    /// Whether this is a household.
    pub household: bool,
    /// `Ông`, `Bà`, or empty.
    pub honorific: String,
    /// The name as written (person, collective or household).
    pub name: String,
    /// Honorific and name (`Bà Nguyễn Thị Mai`, `Hộ ông Nguyễn Văn An`).
    pub display: String,
    /// The name its certificate prints: `display`, or `Gia đình ông …` for a household.
    pub on_certificate: String,
    /// Position and unit for individuals, parent unit for collectives (`Chuyên viên, Phòng …`).
    pub detail: String,
    /// Award money, formatted (`360.000`), or empty.
    pub money: String,
    /// Award money in đồng (0 without), for a spreadsheet's numbers.
    #[serde(skip)]
    pub amount: u64,
    /// Số sổ vàng, or empty.
    pub register: String,
    /// The summary of achievement the proposal's list shows, or empty.
    pub achievement: String,
    /// Votes in favour with their share of the council (`9 (90,0%)`), or empty.
    pub votes: String,
    /// File stem of its certificate (`05-nguyen-thi-mai`).
    pub file: String,
}

/// The longest values of each column of an award's list (see [`longest`]): what sizes
/// the columns of its annex and payment list alike in every piece they are typeset in.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Widest {
    pub c_index: Vec<String>,
    pub c_money: Vec<String>,
    pub i_index: Vec<String>,
    pub i_display: Vec<String>,
    pub i_money: Vec<String>,
    pub h_index: Vec<String>,
    pub h_display: Vec<String>,
    pub h_money: Vec<String>,
}

impl Widest {
    /// The widest cells of `collectives`, `individuals` and `households`.
    pub fn of([c, i, h]: [&[RecipientFacts]; 3]) -> Widest {
        let column = |list: &[RecipientFacts], cell: fn(&RecipientFacts) -> String, n| {
            longest(list.iter().map(cell), n)
        };
        Widest {
            c_index: column(c, |r| r.index.to_string(), 1),
            c_money: column(c, |r| r.money.clone(), 1),
            i_index: column(i, |r| r.index.to_string(), 1),
            i_display: column(i, |r| r.display.clone(), 8),
            i_money: column(i, |r| r.money.clone(), 1),
            h_index: column(h, |r| r.index.to_string(), 1),
            h_display: column(h, |r| r.display.clone(), 8),
            h_money: column(h, |r| r.money.clone(), 1),
        }
    }
}

/// The name its files are named by: a person's, a collective's, a household's head's.
pub fn recipient_name(r: &Recipient) -> &str {
    match r.household.as_deref() {
        Some(h) => householder(h).1,
        None => r.written_name(),
    }
}

/// How `r` is named in a list: `Bà Nguyễn Thị Mai` (or the collective's name, or `Hộ
/// ông Nguyễn Văn An`), with position and unit (a collective's parent unit, a
/// household's place); its honorific; and its name on a certificate (`Gia đình ông …`
/// for a household, else as in the list).
pub fn naming(r: &Recipient) -> Naming {
    let gender = r.gender.as_deref().and_then(Gender::parse);
    if let Some(h) = r.household.as_deref() {
        let (written, name) = householder(h);
        let honorific = written.or(gender).map_or("", Gender::honorific);
        let of = |what: &str| match honorific {
            "" => format!("{what} {name}"),
            h => format!("{what} {} {name}", h.to_lowercase()),
        };
        return Naming {
            display: of("Hộ"),
            detail: r.unit.clone().unwrap_or_default(),
            honorific,
            on_certificate: of("Gia đình"),
        };
    }
    let collective = r.collective.is_some();
    let pupil = r.class.as_deref().filter(|_| !collective);
    let honorific = match pupil {
        // A school calls its pupils `Em`, whatever their gender.
        Some(_) => "Em",
        None => gender.filter(|_| !collective).map_or("", Gender::honorific),
    };
    let name = recipient_name(r);
    let display = if honorific.is_empty() {
        name.to_string()
    } else {
        format!("{honorific} {name}")
    };
    let class = pupil.map(|c| format!("Học sinh lớp {}", c.trim()));
    let detail = if collective {
        r.unit.clone().unwrap_or_default()
    } else {
        [class.as_deref(), r.position.as_deref(), r.unit.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ")
    };
    Naming {
        on_certificate: display.clone(),
        display,
        detail,
        honorific,
    }
}

/// How a recipient is named: see [`naming`].
pub struct Naming {
    pub display: String,
    pub detail: String,
    pub honorific: &'static str,
    pub on_certificate: String,
}

/// Where a recipient stands in its annex and what it is paid and registered as.
pub struct Placed {
    /// In its section, from 1; in the whole annex, from 0.
    pub index: usize,
    pub row: usize,
    pub money: Option<u64>,
    pub register: String,
    pub file: String,
    /// Votes with their share (`9 (90,0%)`), or empty.
    pub votes: String,
}

/// The facts of `r`, placed at `at`.
pub fn recipient(r: &Recipient, at: Placed) -> RecipientFacts {
    let Naming {
        display,
        detail,
        honorific,
        on_certificate,
    } = naming(r);
    RecipientFacts {
        index: at.index,
        row: at.row,
        collective: r.collective.is_some(),
        household: r.household.is_some(),
        honorific: honorific.to_string(),
        name: r.written_name().to_string(),
        display,
        on_certificate,
        detail,
        money: at.money.map(numbers::group).unwrap_or_default(),
        amount: at.money.unwrap_or(0),
        register: at.register,
        achievement: r.achievement.clone().unwrap_or_default(),
        votes: at.votes,
        file: at.file,
    }
}
