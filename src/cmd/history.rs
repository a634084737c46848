//! `thidua history [WHO]`: one person's or collective's awards and ratings by year, with
//! the decision and where each was read; without WHO, the project's register (sổ theo
//! dõi khen thưởng). Several people matching WHO are listed to choose from.

use crate::cli::DiffFormat;
use crate::derive::years::{register, Person, Record, What};
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
    let project = crate::load::load(root, &|_| true)?;
    let all = register(&project);
    let Some(query) = who else {
        let mut all: Vec<&Record> = all.iter().collect();
        all.sort_by(|a, b| (a.year, &a.who.key).cmp(&(b.year, &b.who.key)));
        print!("{}", show(&all, format, true));
        if let Some(file) = xlsx {
            workbook(&all, file)?;
        }
        return Ok(true);
    };
    let key = fold(query);
    let matching: Vec<&Record> = all
        .iter()
        .filter(|r| r.who.id.as_deref().map(str::trim) == Some(query.trim()) || r.who.key == key)
        .collect();
    let people = people(&matching);
    match people.as_slice() {
        [] => Err(anyhow::anyhow!(
            "no one named `{query}` in the dossiers or history/ (an `id` or a name)"
        )
        .into()),
        [one] => {
            let mut mine: Vec<&Record> = matching.into_iter().filter(|r| r.who.same(one)).collect();
            mine.sort_by_key(|r| r.year);
            print!("{}", show(&mine, format, false));
            if let Some(file) = xlsx {
                workbook(&mine, file)?;
            }
            Ok(true)
        }
        many => {
            eprintln!(
                "{} people match `{query}`; ask for one by its `id`:",
                many.len()
            );
            for p in many {
                let id =
                    p.id.as_deref()
                        .map_or(String::new(), |i| format!(" (id {i})"));
                let born = p
                    .born
                    .as_deref()
                    .map_or(String::new(), |b| format!(", born {b}"));
                eprintln!("  {}{born}{id}", p.name);
            }
            Ok(false)
        }
    }
}

/// Writes `records` as the sổ theo dõi khen thưởng: a sheet of one row each.
fn workbook(records: &[&Record], file: &Path) -> Result<(), Failure> {
    use crate::kinds::{Cell, Table};
    let rows = records
        .iter()
        .map(|r| {
            let (what, decision) = said(r);
            vec![
                Cell::Number(r.year.max(0) as u64),
                Cell::Text(r.who.name.clone()),
                Cell::Text(r.who.id.clone().unwrap_or_default()),
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
        .map_err(|e| anyhow::anyhow!("the workbook cannot be made: {e}"))?;
    std::fs::write(file, bytes)
        .map_err(|e| anyhow::anyhow!("`{}` cannot be written: {e}", file.display()))?;
    eprintln!("wrote {}", file.display());
    Ok(())
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

/// The records as text, Markdown or JSON; `named`: each line names whom it is of.
fn show(records: &[&Record], format: DiffFormat, named: bool) -> String {
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
            out.push_str(if named { "| Năm | Họ và tên | Khen thưởng, xếp loại | Quyết định | Nguồn |\n|---|---|---|---|---|\n" } else { "| Năm | Khen thưởng, xếp loại | Quyết định | Nguồn |\n|---|---|---|---|\n" });
            for r in records {
                let (what, decision) = said(r);
                let who = if named {
                    format!(" {} |", r.who.name)
                } else {
                    String::new()
                };
                out.push_str(&format!(
                    "| {} |{who} {what} | {decision} | `{}` |\n",
                    r.year,
                    r.read()
                ));
            }
        }
        DiffFormat::Text => {
            if let (false, Some(first)) = (named, records.first()) {
                let id = first
                    .who
                    .id
                    .as_deref()
                    .map_or(String::new(), |i| format!(" (id {i})"));
                out.push_str(&format!("{}{id}\n", first.who.name));
            }
            for r in records {
                let (what, decision) = said(r);
                let who = if named {
                    format!("{}: ", r.who.name)
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
                    r.year,
                    r.read()
                ));
            }
        }
    }
    out
}
