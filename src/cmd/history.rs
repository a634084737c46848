//! `thidua history [WHO]`: one person's or collective's awards and ratings by year, with
//! the decision and where each was read; without WHO, the project's register (sổ theo
//! dõi khen thưởng). Several people matching WHO are listed to choose from.

use crate::cli::DiffFormat;
use crate::derive::years::{register, Calendar, Person, Record, What};
use crate::diagnostic::Failure;
use crate::model::fold::fold;
use serde_json::json;
use std::path::Path;

/// Prints the records of `who` (or every record) of the project at `root`; `Ok(false)`
/// when several people match and none is chosen.
pub fn run(
    root: &Path,
    who: Option<&str>,
    format: DiffFormat,
    xlsx: Option<&Path>,
) -> Result<bool, Failure> {
    if let Some(file) = xlsx {
        writable(root, file)?;
    }
    let project = crate::load::load(root, &|_| true)?;
    let all = register(&project);
    let calendar = Calendar::of(&project);
    let Some(query) = who else {
        let mut all: Vec<&Record> = all.iter().collect();
        // By year, then names in Vietnamese order (Đ after D, not after Z).
        all.sort_by_cached_key(|r| (r.year, crate::derive::collate::name_key(&r.who.name)));
        super::show(&show(&all, format, true, calendar));
        if let Some(file) = xlsx {
            workbook(&all, file, calendar)?;
        }
        return Ok(true);
    };
    let key = fold(query);
    let mut matching: Vec<&Record> = all
        .iter()
        .filter(|r| r.who.id.as_deref().map(str::trim) == Some(query.trim()) || r.who.key == key)
        .collect();
    // A name typed without its marks (`le thi hoa`) finds those it could be.
    if matching.is_empty() {
        let bare = unmarked(&key);
        matching = all
            .iter()
            .filter(|r| unmarked(&r.who.key) == bare)
            .collect();
    }
    let people = people(&matching);
    match people.as_slice() {
        [] => {
            let query = printable(query);
            Err(anyhow::anyhow!("{}", t!("history-cmd-no-one", query = query)).into())
        }
        [one] => {
            let mut mine: Vec<&Record> = matching.into_iter().filter(|r| r.who.same(one)).collect();
            mine.sort_by_key(|r| r.year);
            super::show(&show(&mine, format, false, calendar));
            if let Some(file) = xlsx {
                workbook(&mine, file, calendar)?;
            }
            Ok(true)
        }
        many => {
            let query = printable(query);
            super::say(&t!("history-cmd-many", count = many.len(), query = query));
            for p in many {
                super::say(&format!(
                    "  {}",
                    person(&p.name, p.born.as_deref(), p.id.as_deref())
                ));
            }
            Ok(false)
        }
    }
}

/// Writes `records` as the sổ theo dõi khen thưởng: a sheet of one row each.
fn workbook(records: &[&Record], file: &Path, calendar: Calendar) -> Result<(), Failure> {
    use crate::kinds::{Cell, Table};
    let rows = records
        .iter()
        .map(|r| {
            let (what, decision) = said(r);
            vec![
                match calendar.school {
                    true => Cell::Text(calendar.year(r.year)),
                    false => Cell::Number(r.year.max(0) as u64),
                },
                Cell::Text(r.who.name.clone()),
                Cell::Text(r.who.id.clone().unwrap_or_default()),
                Cell::Text(r.who.born.clone().unwrap_or_default()),
                Cell::Text(what),
                Cell::Text(decision),
                Cell::Text(r.read()),
            ]
        })
        .collect();
    let table = Table {
        sheet: "Sổ theo dõi khen thưởng".into(),
        above: vec!["SỔ THEO DÕI KHEN THƯỞNG".into()],
        head: [
            "Năm",
            "Họ và tên, tập thể",
            "Mã",
            "Ngày sinh",
            "Khen thưởng, xếp loại",
            "Quyết định",
            "Nguồn",
        ]
        .map(String::from)
        .to_vec(),
        rows,
        ..Table::default()
    };
    let last = records.iter().map(|r| r.year).max().unwrap_or(2000);
    let bytes = crate::render::xlsx::workbook(&[table], (last, 12, 31))
        .map_err(|e| anyhow::anyhow!("{}", t!("history-cmd-workbook", error = e.to_string())))?;
    let shown = file.display().to_string();
    std::fs::write(file, bytes).map_err(|e| {
        let error = e.to_string();
        anyhow::anyhow!(
            "{}",
            t!("history-cmd-unwritable", file = &shown, error = error)
        )
    })?;
    super::say(&t!("history-cmd-wrote", file = shown));
    Ok(())
}

/// A person as a list to choose from names them: with the date of birth and the `id`
/// that tell namesakes apart, when known.
fn person(name: &str, born: Option<&str>, id: Option<&str>) -> String {
    match (born, id) {
        (None, None) => name.to_string(),
        (Some(born), None) => t!("history-cmd-person-born", name = name, born = born),
        (None, Some(id)) => t!("history-cmd-person-id", name = name, id = id),
        (Some(born), Some(id)) => t!(
            "history-cmd-person-born-id",
            name = name,
            born = born,
            id = id
        ),
    }
}

/// Whether the register may be written to `file`: a workbook's name (`.xlsx`), not a
/// link, and not among the project's sources (`content/`, `history/`, `templates/`),
/// which it would replace.
fn writable(root: &Path, file: &Path) -> Result<(), Failure> {
    let shown = printable(&file.display().to_string());
    let refuse = |why: String| -> Result<(), Failure> { Err(anyhow::anyhow!("{why}").into()) };
    if file
        .extension()
        .is_none_or(|e| !e.eq_ignore_ascii_case("xlsx"))
    {
        return refuse(t!("history-cmd-not-xlsx", file = &shown));
    }
    if std::fs::symlink_metadata(file).is_ok_and(|m| m.file_type().is_symlink()) {
        return refuse(t!("history-cmd-link", file = &shown));
    }
    let abs = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let (file, root) = (abs(file), abs(root));
    for dir in ["content", "history", "templates"] {
        if file.starts_with(root.join(dir)) {
            return refuse(t!("history-cmd-among-sources", file = &shown, dir = dir));
        }
    }
    Ok(())
}

/// Folded text without its tone and vowel marks, `đ` as `d`: what a name typed on a
/// keyboard without Vietnamese input matches.
fn unmarked(folded: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    folded
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .map(|c| if c == 'đ' { 'd' } else { c })
        .collect()
}

/// What a user typed, or a file's name, as a message says it: 200 characters at most,
/// none steering the terminal.
fn printable(s: &str) -> String {
    super::printable(&s.chars().take(200).collect::<String>())
}

/// The distinct people among `records`, in order of first appearance: those of two or
/// more `id`s are told apart by them (a record without one could be either).
fn people(records: &[&Record]) -> Vec<Person> {
    let mut out: Vec<Person> = Vec::new();
    let with_id: Vec<&&Record> = records.iter().filter(|r| r.who.id.is_some()).collect();
    for r in &with_id {
        if !out.iter().any(|p| p.id == r.who.id) {
            out.push(r.who.clone());
        }
    }
    if out.len() > 1 {
        return out;
    }
    out.clear();
    for r in records {
        if !out.iter().any(|p| p.same(&r.who)) {
            out.push(r.who.clone());
        }
    }
    out
}

/// What a record says, in a phrase: the form and its decision, or the rating.
fn said(r: &Record) -> (String, String) {
    let mut what = match &r.what {
        What::Award { name, decision, .. } => (name.clone(), decision.clone()),
        What::Rating {
            rating,
            initiatives,
            discipline,
        } => {
            let mut s = crate::derive::upper_first(rating.words());
            if *initiatives > 0 {
                s.push_str(&format!(", {initiatives} sáng kiến"));
            }
            if *discipline {
                s.push_str(", bị kỷ luật");
            }
            (s, String::new())
        }
    };
    if !r.counts {
        what.0
            .push_str(" (không tính: đột xuất, chuyên đề hoặc dự thảo)");
    }
    what
}

/// Whom a record is of, with the `id` that tells namesakes apart.
fn whom(r: &Record) -> String {
    match &r.who.id {
        Some(id) => format!("{} ({id})", r.who.name),
        None => r.who.name.clone(),
    }
}

/// The records as text, Markdown or JSON; `named`: each line names whom it is of.
fn show(records: &[&Record], format: DiffFormat, named: bool, calendar: Calendar) -> String {
    let mut out = String::new();
    match format {
        DiffFormat::Json => {
            let rows: Vec<_> = records
                .iter()
                .map(|r| {
                    let (what, decision) = said(r);
                    json!({"year": r.year, "name": r.who.name, "id": r.who.id, "what": what, "decision": decision, "counts": r.counts, "read": r.read()})
                })
                .collect();
            out = serde_json::to_string_pretty(&rows).unwrap_or_default() + "\n";
        }
        DiffFormat::Markdown => {
            let head = match named {
                true => t!("history-cmd-md-head-named") + "\n|---|---|---|---|---|\n",
                false => t!("history-cmd-md-head") + "\n|---|---|---|---|\n",
            };
            out.push_str(&head);
            // A cell's `|` would end it: escaped, as Markdown tables write it.
            let cell = |t: &str| t.replace('|', "\\|").replace(['\n', '\r'], " ");
            for r in records {
                let (what, decision) = said(r);
                let who = if named {
                    format!(" {} |", cell(&whom(r)))
                } else {
                    String::new()
                };
                out.push_str(&format!(
                    "| {} |{who} {} | {} | `{}` |\n",
                    calendar.year(r.year),
                    cell(&what),
                    cell(&decision),
                    r.read()
                ));
            }
        }
        DiffFormat::Text => {
            if let (false, Some(first)) = (named, records.first()) {
                let who = person(&first.who.name, None, first.who.id.as_deref());
                out.push_str(&format!("{who}\n"));
            }
            for r in records {
                let (what, decision) = said(r);
                let who = if named {
                    format!("{}: ", whom(r))
                } else {
                    String::new()
                };
                let decision = if decision.is_empty() {
                    String::new()
                } else {
                    format!(" — {decision}")
                };
                out.push_str(&format!(
                    "  {}  {who}{what}{decision}  [{}]\n",
                    calendar.year(r.year),
                    r.read()
                ));
            }
        }
    }
    out
}
