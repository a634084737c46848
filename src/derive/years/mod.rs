//! The years remembered: every award decided in `content/` and every row of `history/`,
//! in one register (sổ theo dõi khen thưởng), people matched across dossiers and years;
//! from it, who meets the conditions a form sets on earlier years.

mod eligible;
mod identity;
mod registers;
pub mod report;
mod shares;

pub use eligible::warnings;
pub use identity::Person;
pub use registers::registers;
pub use report::{reports, unmatched, AchievementReport};
pub use shares::shares;

use super::ballot::Ballot;
use super::{dates, upper_first};
use crate::load::{year_of, Origin, Project};
use crate::model::{Entry, Rating, Status};

/// One entry of the register: an award received, or a year's rating.
#[derive(Debug, Clone)]
pub struct Record {
    pub who: Person,
    /// The year it is of (the dossier's, or the history row's).
    pub year: i32,
    pub what: What,
    /// Whether it counts towards a higher award (decided, not a draft, not đột xuất or
    /// chuyên đề).
    pub counts: bool,
    /// Where it was read, as a place messages point at.
    pub origin: Origin,
    /// Its decision's date, when known.
    pub date: Option<crate::model::Date>,
    /// Whether it is in a draft dossier (not received yet).
    pub draft: bool,
}

/// What a record holds.
#[derive(Debug, Clone)]
pub enum What {
    Award {
        /// The form's key and name.
        form: String,
        name: String,
        /// `Quyết định số 1522/QĐ-SNV ngày 20/11/2024 của Giám đốc Sở Nội vụ`, or what
        /// the history row gives of it.
        decision: String,
        /// Whether the form is a title (danh hiệu thi đua).
        title: bool,
    },
    Rating {
        rating: Rating,
        initiatives: u32,
        discipline: bool,
    },
}

/// The register of the whole project: the awards of its dossiers (own and others'
/// decisions, to those the vote kept), then the rows of `history/`.
pub fn register(project: &Project) -> Vec<Record> {
    let mut out = Vec::new();
    let mut names = Names::default();
    for d in &project.dossiers {
        let Some(year) = year_of(&d.dossier) else {
            continue;
        };
        let draft = d.dossier.status == Status::Draft;
        for (a, list) in d.dossier.awards.iter().zip(&d.recipients) {
            let Some(dec) = &a.decision else { continue };
            let name = names.get(project, &a.form, Some(dec.date));
            let org = project.config.organization.at(Some(dec.date));
            let kind = dec
                .symbol
                .clone()
                .unwrap_or_else(|| format!("QĐ-{}", org.short));
            let issuer = dec.issuer.clone().unwrap_or_else(|| org.head());
            let decision = format!(
                "Quyết định số {} ngày {} của {}",
                super::symbol_or_blank(dec.number, &kind),
                dates::short(dec.date),
                upper_first(&issuer)
            );
            let ballot = Ballot::of(project, &d.dossier, &a.form);
            for (r, origin) in list
                .iter()
                .filter(|(r, _)| ballot.as_ref().is_none_or(|b| b.keeps(r.votes)))
            {
                let Some(who) = Person::of(r) else { continue };
                out.push(Record {
                    who,
                    year,
                    what: What::Award {
                        form: a.form.clone(),
                        name: name.clone(),
                        decision: decision.clone(),
                        title: is_title(project, &a.form),
                    },
                    counts: !draft && a.basis.counts(),
                    origin: origin.clone(),
                    date: Some(dec.date),
                    draft,
                });
            }
        }
    }
    out.extend(
        project
            .history
            .iter()
            .map(|(row, origin)| history_record(project, row, origin, &mut names)),
    );
    // Every recipient with an `id` says who that is, proposed only or not.
    let listed = project
        .dossiers
        .iter()
        .flat_map(|d| d.recipients.iter().flatten());
    let people: Vec<Person> = listed.filter_map(|(r, _)| Person::of(r)).collect();
    known(&mut out, &people);
    out
}

/// What one record (or recipient) of an `id` says of its person (`born`, `gender`) said of every record
/// of that `id`: one `id` is one person, so a namesake born another year is not them
/// because a record of theirs left the date out.
fn known(records: &mut [Record], people: &[Person]) {
    let mut of: std::collections::HashMap<String, (Option<String>, Option<crate::model::Gender>)> =
        Default::default();
    for who in records.iter().map(|r| &r.who).chain(people) {
        if let Some(id) = &who.id {
            let e = of.entry(id.trim().to_string()).or_default();
            e.0 = e.0.take().or_else(|| who.born.clone());
            e.1 = e.1.or(who.gender);
        }
    }
    for r in records.iter_mut() {
        if let Some((born, gender)) = r.who.id.as_ref().and_then(|id| of.get(id.trim())) {
            r.who.born = r.who.born.take().or_else(|| born.clone());
            r.who.gender = r.who.gender.or(*gender);
        }
    }
}

/// A row of `history/` as a record.
fn history_record(
    project: &Project,
    row: &crate::model::HistoryRow,
    origin: &Origin,
    names: &mut Names,
) -> Record {
    let who = Person::named(&row.who);
    let (what, counts) = match &row.entry {
        Entry::Award {
            form,
            number,
            symbol,
            date,
            issuer,
            basis,
        } => {
            let name = names.get(project, form, *date);
            let mut decision = String::from("Quyết định");
            match (number, symbol) {
                (Some(n), Some(s)) => decision.push_str(&format!(" số {n}/{s}")),
                (Some(n), None) => decision.push_str(&format!(" số {n}")),
                _ => {}
            }
            if let Some(d) = date {
                decision.push_str(&format!(" ngày {}", dates::short(*d)));
            }
            if let Some(i) = issuer {
                decision.push_str(&format!(" của {i}"));
            }
            let title = is_title(project, form);
            let what = What::Award {
                form: form.clone(),
                name,
                decision,
                title,
            };
            (what, basis.counts())
        }
        Entry::Rating {
            rating,
            initiatives,
            discipline,
        } => {
            let what = What::Rating {
                rating: *rating,
                initiatives: *initiatives,
                discipline: *discipline,
            };
            (what, true)
        }
    };
    Record {
        who,
        year: row.year,
        what,
        counts,
        origin: origin.clone(),
        date: match &row.entry {
            Entry::Award { date, .. } => *date,
            Entry::Rating { .. } => None,
        },
        draft: false,
    }
}

/// Form names by the agency's name they are printed under (its place in the list of its
/// names) and form: worked out once each (a province's name is looked up), not once a
/// row of a history of 100 000.
#[derive(Default)]
struct Names(std::collections::HashMap<(usize, String), String>);

impl Names {
    fn get(&mut self, project: &Project, key: &str, date: Option<crate::model::Date>) -> String {
        let o = project.config.organization.at(date);
        let at = std::ptr::from_ref(o) as usize;
        let known = self.0.entry((at, key.to_string()));
        known
            .or_insert_with(|| form_name(project, key, date))
            .clone()
    }
}

/// The name of form `key` as the agency's documents of `date` print it (`Bằng khen của
/// Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi`).
fn form_name(project: &Project, key: &str, date: Option<crate::model::Date>) -> String {
    let org = super::Org::of(project.config.organization.at(date));
    project
        .catalogue
        .forms
        .get(key)
        .map_or(key.to_string(), |f| org.form_name(f))
}

/// Whether form `key` is a title (danh hiệu thi đua).
fn is_title(project: &Project, key: &str) -> bool {
    let form = project.catalogue.forms.get(key);
    form.is_some_and(|f| f.kind == crate::model::FormKind::Title)
}

/// How a year of the register is written: `2025`; in a school, whose years are school
/// years counted from their first, `2024-2025`.
#[derive(Debug, Clone, Copy)]
pub struct Calendar {
    pub school: bool,
}

impl Calendar {
    /// A project's: a school's when its dossiers give `school_year`.
    pub fn of(project: &Project) -> Calendar {
        let school = project
            .dossiers
            .iter()
            .any(|d| d.dossier.school_year.is_some());
        Calendar { school }
    }

    /// Year `y` as written: `2025`, `2024-2025`.
    pub fn year(self, y: i32) -> String {
        match self.school {
            true => format!("{y}-{}", y + 1),
            false => y.to_string(),
        }
    }

    /// `năm`, or `năm học`.
    pub fn word(self) -> &'static str {
        match self.school {
            true => "năm học",
            false => "năm",
        }
    }
}

/// `id`s of the register given two dates of birth (an error) or two names (a warning),
/// outside `history/` alone (which says them as it is read): at the later place, naming
/// the first.
pub fn identities(all: &[Record]) -> Vec<crate::diagnostic::Diagnostic> {
    let mut first: std::collections::HashMap<&str, &Record> = Default::default();
    // The first row of each `id` in history/: a later row unlike it was said as it was read.
    let mut first_row: std::collections::HashMap<&str, &Record> = Default::default();
    let mut out = Vec::new();
    let born = |x: &Option<String>| x.as_deref().map(crate::model::fold::born);
    let differ =
        |a: &Option<String>, b: &Option<String>| a.is_some() && b.is_some() && born(a) != born(b);
    let unlike = |a: &Record, b: &Record| {
        differ(&a.who.born, &b.who.born)
            || (a.who.key != b.who.key && !a.who.key.is_empty() && !b.who.key.is_empty())
    };
    for r in all {
        let Some(id) = r.who.id.as_deref() else {
            continue;
        };
        if r.origin.file.starts_with("history") {
            match first_row.get(id) {
                Some(row) if unlike(row, r) => continue,
                Some(_) => {}
                None => {
                    first_row.insert(id, r);
                }
            }
        }
        let Some(f) = first.get(id).copied() else {
            first.insert(id, r);
            continue;
        };
        let born_twice = differ(&f.who.born, &r.who.born);
        let said = if born_twice {
            t!(
                "years-id-born-twice",
                id = id,
                born = r.who.born.as_deref().unwrap_or_default(),
                other = f.who.born.as_deref().unwrap_or_default(),
                place = f.read(),
            )
        } else if f.who.key != r.who.key && !f.who.key.is_empty() && !r.who.key.is_empty() {
            t!(
                "years-id-two-names",
                id = id,
                name = &r.who.name,
                other = &f.who.name,
                place = f.read(),
            )
        } else {
            continue;
        };
        let o = &r.origin;
        let d = crate::diagnostic::Diagnostic::file(&o.file, said)
            .at(o.line, o.column)
            .field(o.path.clone());
        out.push(if born_twice {
            d.hint(t!("years-id-born-twice-hint"))
        } else {
            d.into_warning()
        });
    }
    out
}

impl Record {
    /// Where it was read: `content/2024/x.yaml:40`, `history/khen-thuong.csv:7`.
    pub fn read(&self) -> String {
        format!("{}:{}", self.origin.file.display(), self.origin.line)
    }
}
