//! `history/`: CSV or XLSX lists of earlier awards and yearly ratings, each row one
//! entry, the kind of list told by its columns (`form` for awards, `rating` for
//! ratings). Every bad cell is a located error, like a recipients list's.

use super::Origin;
use crate::diagnostic::Diagnostic;
use crate::model::{Basis, Catalogue, Date, Entry, HistoryRow, Named, Rating};
use std::collections::HashMap;
use std::path::Path;

/// The columns a history list may have.
const COLUMNS: [&str; 15] = [
    "id",
    "name",
    "collective",
    "born",
    "gender",
    "year",
    "form",
    "number",
    "symbol",
    "date",
    "issuer",
    "basis",
    "rating",
    "initiatives",
    "discipline",
];

/// The rows of every list under `root/history/`, in file and row order; `latest` is the
/// latest year of the project's dossiers (a row after it is in the future).
pub fn read(
    root: &Path,
    catalogue: &Catalogue,
    latest: Option<i32>,
    glyphs: &mut super::glyphs::Glyphs,
    (diags, warnings): (&mut Vec<Diagnostic>, &mut Vec<Diagnostic>),
) -> Vec<(HistoryRow, Origin)> {
    let mut out = Vec::new();
    for rel in super::history_lists::files(root, diags) {
        let Some(rows) = super::history_lists::table(root, &rel, glyphs, diags) else {
            continue;
        };
        let mut rows = rows.into_iter();
        let Some((line, header)) = rows.next() else {
            continue;
        };
        let Some(columns) = columns(&rel, line, &header, diags) else {
            continue;
        };
        let list = List {
            rel: &rel,
            columns,
            catalogue,
            latest,
        };
        for (line, cells) in rows.filter(|(_, c)| c.iter().any(|c| !c.is_empty())) {
            match list.row(line, &cells) {
                Ok(row) => out.push((row, list.origin(line))),
                Err(msg) => diags.push(
                    Diagnostic::file(&rel, msg)
                        .at(line, 1)
                        .field(t!("csv-row", line = line)),
                ),
            }
        }
    }
    identities(&out, diags, warnings);
    out
}

/// Each known column's index; `None` (its error pushed) for an unknown column, or a list
/// that is neither of awards nor of ratings.
fn columns(
    rel: &Path,
    line: usize,
    header: &[String],
    diags: &mut Vec<Diagnostic>,
) -> Option<HashMap<&'static str, usize>> {
    let mut found = HashMap::new();
    let mut unknown = Vec::new();
    for (i, h) in header.iter().enumerate() {
        let key = h.trim().to_lowercase();
        match COLUMNS.iter().find(|c| **c == key) {
            Some(c) => {
                found.insert(*c, i);
            }
            None if key.is_empty() => {}
            None => unknown.push(format!("`{h}`")),
        }
    }
    let fail = |msg: String| {
        Diagnostic::file(rel, msg)
            .at(line, 1)
            .field(t!("history-header"))
    };
    if !unknown.is_empty() {
        let hint = t!("history-columns-hint", columns = COLUMNS.join(", "));
        let msg = t!("history-unknown-columns", columns = unknown.join(", "));
        diags.push(fail(msg).hint(hint));
        return None;
    }
    let (awards, ratings) = (found.contains_key("form"), found.contains_key("rating"));
    if awards == ratings {
        diags.push(fail(t!("history-form-or-rating")));
        return None;
    }
    for needed in ["year"] {
        if !found.contains_key(needed) {
            diags.push(fail(t!("history-needs-column", column = needed)));
            return None;
        }
    }
    Some(found)
}

/// One list being read.
struct List<'a> {
    rel: &'a Path,
    columns: HashMap<&'static str, usize>,
    catalogue: &'a Catalogue,
    latest: Option<i32>,
}

impl List<'_> {
    fn origin(&self, line: usize) -> Origin {
        Origin {
            file: self.rel.to_path_buf(),
            line,
            column: 1,
            path: t!("csv-row", line = line),
            cells: Vec::new(),
        }
    }

    /// The cell of `column`, when the list has it and it is not empty.
    fn cell<'c>(&self, cells: &'c [String], column: &str) -> Option<&'c str> {
        let i = *self.columns.get(column)?;
        cells.get(i).map(|c| c.trim()).filter(|c| !c.is_empty())
    }

    fn row(&self, line: usize, cells: &[String]) -> Result<HistoryRow, String> {
        let _ = line;
        let get = |c: &str| self.cell(cells, c).map(str::to_string);
        let (name, collective) = match (get("name"), get("collective")) {
            (Some(n), None) => (n, false),
            (None, Some(c)) => (c, true),
            (Some(_), Some(_)) => return Err(t!("history-row-both")),
            (None, None) if get("id").is_some() => (String::new(), false),
            (None, None) => return Err(t!("history-row-unnamed")),
        };
        let year_text = get("year").ok_or_else(|| t!("history-year-empty"))?;
        let year: i32 = year_text
            .parse()
            .ok()
            .filter(|y| (1945..=2200).contains(y))
            .ok_or_else(|| t!("history-year-bad", value = &year_text))?;
        if let Some(latest) = self.latest.filter(|l| year > *l) {
            return Err(t!("history-year-future", year = year, latest = latest));
        }
        if name.chars().count() > 500 {
            return Err(t!("history-name-long"));
        }
        let hidden = |c: char| {
            c.is_control() || matches!(c, '\u{200b}'..='\u{200f}' | '\u{2060}' | '\u{feff}')
        };
        let id = get("id").unwrap_or_default();
        if let Some(c) = name.chars().chain(id.chars()).find(|c| hidden(*c)) {
            let code = format!("{:04X}", c as u32);
            return Err(t!("history-invisible", code = code));
        }
        let latest = self.latest.unwrap_or(2100);
        if let Some(b) = get("born").filter(|b| !crate::model::fold::is_birth(b, latest)) {
            return Err(t!("history-born", value = b));
        }
        // What a báo cáo thành tích prints of the row: of a size a line holds.
        for c in cells {
            let words = c.split_whitespace().map(|w| w.chars().count()).max();
            if c.chars().count() > 500 {
                return Err(t!("history-cell-long"));
            }
            if words.is_some_and(|w| w > 40) {
                return Err(t!("history-cell-word"));
            }
        }
        if let Some(g) = get("gender").filter(|g| crate::model::Gender::parse(g).is_none()) {
            return Err(t!("history-gender", value = g));
        }
        let who = Named {
            id: get("id"),
            name,
            collective,
            born: get("born"),
            gender: get("gender"),
        };
        let entry = match get("form") {
            Some(_) => self.award(cells)?,
            None => self.rating(cells)?,
        };
        if let Entry::Award { date: Some(d), .. } = &entry {
            if d.year < year || d.year > year + 1 {
                let date = d.to_string();
                return Err(t!("history-date-year", date = date, year = year));
            }
        }
        Ok(HistoryRow { who, year, entry })
    }

    fn award(&self, cells: &[String]) -> Result<Entry, String> {
        let get = |c: &str| self.cell(cells, c).map(str::to_string);
        let form = get("form").unwrap_or_default();
        if !self.catalogue.forms.contains_key(&form) {
            return Err(t!("history-form", form = form));
        }
        let basis = match get("basis") {
            None => Basis::default(),
            Some(b) => Basis::parse(&b)
                .ok_or_else(|| t!("history-basis", basis = &b, keys = Basis::KEYS.join(", ")))?,
        };
        let date = match get("date") {
            None => None,
            Some(d) => Some(date(&d).ok_or_else(|| t!("history-date", value = &d))?),
        };
        Ok(Entry::Award {
            form,
            number: get("number"),
            symbol: get("symbol"),
            date,
            issuer: get("issuer"),
            basis,
        })
    }

    fn rating(&self, cells: &[String]) -> Result<Entry, String> {
        let get = |c: &str| self.cell(cells, c).map(str::to_string);
        let text = get("rating").unwrap_or_default();
        let rating = Rating::parse(&text).ok_or_else(|| {
            t!(
                "history-rating",
                rating = &text,
                keys = Rating::KEYS.join(", ")
            )
        })?;
        let initiatives = match get("initiatives") {
            None => 0,
            Some(n) => n
                .parse()
                .ok()
                .filter(|n: &u32| *n <= 1000)
                .ok_or_else(|| t!("history-initiatives", value = &n))?,
        };
        let discipline = get("discipline")
            .is_some_and(|d| !matches!(d.to_lowercase().as_str(), "0" | "no" | "không" | "false"));
        Ok(Entry::Rating {
            rating,
            initiatives,
            discipline,
        })
    }
}

/// `2024-11-20` or `20/11/2024`.
fn date(s: &str) -> Option<Date> {
    Date::parse(s).or_else(|| {
        let mut parts = s.split('/').map(|p| p.trim().parse::<u32>().ok());
        let (d, m, y) = (parts.next()??, parts.next()??, parts.next()??);
        Date::parse(&format!("{y:04}-{m:02}-{d:02}"))
    })
}

/// One `id` with two different `born`: an error at the second; one `id` with two
/// different names: a warning naming both rows.
fn identities(
    rows: &[(HistoryRow, Origin)],
    diags: &mut Vec<Diagnostic>,
    warnings: &mut Vec<Diagnostic>,
) {
    let mut seen: HashMap<&str, &(HistoryRow, Origin)> = HashMap::new();
    for r in rows {
        let Some(id) = r.0.who.id.as_deref() else {
            continue;
        };
        let Some(first) = seen.get(id) else {
            seen.insert(id, r);
            continue;
        };
        let (a, b) = (&first.0.who, &r.0.who);
        let at = |o: &Origin| format!("{}:{}", o.file.display(), o.line);
        let born = |x: &Option<String>| x.as_deref().map(crate::model::fold::born);
        if a.born.is_some() && b.born.is_some() && born(&a.born) != born(&b.born) {
            let msg = t!(
                "history-id-born",
                id = id,
                first = a.born.as_deref().unwrap_or_default(),
                at = at(&first.1),
                born = b.born.as_deref().unwrap_or_default()
            );
            diags.push(
                Diagnostic::file(&r.1.file, msg)
                    .at(r.1.line, 1)
                    .field(r.1.path.clone()),
            );
        } else if !a.name.is_empty()
            && !b.name.is_empty()
            && crate::model::fold::fold(&a.name) != crate::model::fold::fold(&b.name)
        {
            let msg = t!(
                "history-id-name",
                id = id,
                first = &a.name,
                at = at(&first.1),
                name = &b.name
            );
            warnings.push(
                Diagnostic::file(&r.1.file, msg)
                    .at(r.1.line, 1)
                    .field(r.1.path.clone())
                    .into_warning(),
            );
        }
    }
}
