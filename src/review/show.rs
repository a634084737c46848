//! A review as a terminal reads it, as Markdown for a pull request's comment, or as JSON
//! for scripts.

use super::{Change, DocReview, FileChanges, Person, Review};
use serde_json::Value;

/// Plain text.
pub fn text(r: &Review) -> String {
    let mut s = format!("{} → {}: {}\n", r.old, r.new, summary(r));
    for d in &r.dossiers {
        s.push_str(&format!("\n{}{}\n", d.dossier, status(d.status)));
        for doc in &d.documents {
            s.push_str(&format!(
                "  {} {}{}\n",
                crate::lang::kind_of_document(doc.kind),
                doc.document,
                status(doc.status)
            ));
            for line in lines(doc, &|t| t.to_string()) {
                s.push_str(&format!("    {line}\n"));
            }
        }
        if let Some(head) = files_head(&d.files) {
            s.push_str(&format!("  {head}\n"));
            for (mark, f) in file_lines(&d.files) {
                s.push_str(&format!("    {mark} {f}\n"));
            }
        }
    }
    s
}

/// Markdown, for a pull request's comment.
pub fn markdown(r: &Review) -> String {
    let mut s = format!(
        "## thidua diff: {} → {}\n\n{}\n",
        md(&r.old),
        md(&r.new),
        summary(r)
    );
    for d in &r.dossiers {
        s.push_str(&format!("\n### {}{}\n", md(&d.dossier), status(d.status)));
        for doc in &d.documents {
            s.push_str(&format!(
                "\n**{}** {}{}\n\n",
                crate::lang::kind_of_document(doc.kind),
                md(&doc.document),
                status(doc.status)
            ));
            for line in lines(doc, &md) {
                s.push_str(&format!("- {line}\n"));
            }
        }
        if let Some(head) = files_head(&d.files) {
            s.push_str(&format!("\n<details><summary>{head}</summary>\n\n"));
            for (mark, f) in file_lines(&d.files) {
                s.push_str(&format!("- {mark} {}\n", md(f)));
            }
            s.push_str("\n</details>\n");
        }
    }
    s
}

/// JSON, for scripts.
pub fn json(r: &Review) -> String {
    let mut s = serde_json::to_string_pretty(r).unwrap_or_default();
    s.push('\n');
    s
}

fn summary(r: &Review) -> String {
    if r.dossiers.is_empty() {
        return t!("review-no-difference");
    }
    let docs: usize = r.dossiers.iter().map(|d| d.documents.len()).sum();
    let files: usize = r
        .dossiers
        .iter()
        .map(|d| d.files.changed.len() + d.files.added.len() + d.files.removed.len())
        .sum();
    let dossiers = r.dossiers.len();
    t!(
        "review-summary",
        dossiers = dossiers,
        documents = docs,
        files = files
    )
}

fn status(s: &str) -> String {
    let said = match s {
        "changed" => return String::new(),
        "added" => t!("review-status-added"),
        "removed" => t!("review-status-removed"),
        "renumbered" => t!("review-status-renumbered"),
        other => format!("({other})"),
    };
    format!(" {said}")
}

/// One line per change of a document, data text passed through `esc`.
fn lines(doc: &DocReview, esc: &dyn Fn(&str) -> String) -> Vec<String> {
    let mut out = Vec::new();
    if doc.status == "changed" && doc.changes.is_empty() {
        out.push(t!("review-same-data"));
    }
    for c in &doc.changes {
        match c {
            Change::Value { field, old, new } => out.push(format!(
                "{field}: {} → {}",
                esc(&value(old)),
                esc(&value(new))
            )),
            Change::Lines {
                field,
                removed,
                added,
            } => {
                for l in removed {
                    out.push(format!("{field} − {}", esc(l)));
                }
                for l in added {
                    out.push(format!("{field} + {}", esc(l)));
                }
            }
            Change::Person(p) => out.push(person(p, esc)),
        }
    }
    out
}

/// `renamed  Nguyễn Văn A → Nguyễn Văn Á (award.individuals, STT 3, số sổ vàng 12)`.
fn person(p: &Person, esc: &dyn Fn(&str) -> String) -> String {
    let name = match &p.old_name {
        Some(old) => format!("{} → {}", esc(old), esc(&p.name)),
        None => esc(&p.name),
    };
    let number = |n: Option<u64>| n.map_or("—".to_string(), |n| n.to_string());
    let reg = |r: &Option<String>| r.as_deref().map_or("—".to_string(), esc);
    // What it was for a removal, what it is for an addition, both when they differ.
    let (a, b) = match p.what {
        "removed" => (
            (p.old_number, &p.old_register),
            (p.old_number, &p.old_register),
        ),
        "added" => (
            (p.new_number, &p.new_register),
            (p.new_number, &p.new_register),
        ),
        _ => (
            (p.old_number, &p.old_register),
            (p.new_number, &p.new_register),
        ),
    };
    let stt = match (a.0, b.0) {
        (x, y) if x == y => format!("STT {}", number(x)),
        (x, y) => format!("STT {} → {}", number(x), number(y)),
    };
    let register = match (a.1, b.1) {
        (None, None) => String::new(),
        (x, y) if x == y => format!(", số sổ vàng {}", reg(x)),
        (x, y) => format!(", số sổ vàng {} → {}", reg(x), reg(y)),
    };
    let fields: String = p
        .fields
        .iter()
        .map(|f| {
            format!(
                "; {}: {} → {}",
                f.field,
                esc(&value(&f.old)),
                esc(&value(&f.new))
            )
        })
        .collect();
    format!(
        "{:<8} {name} ({}, {stt}{register}){fields}",
        what(p.what),
        p.list
    )
}

/// What became of a person, in a word.
fn what(w: &str) -> String {
    match w {
        "added" => t!("review-person-added"),
        "removed" => t!("review-person-removed"),
        "renamed" => t!("review-person-renamed"),
        "moved" => t!("review-person-moved"),
        "changed" => t!("review-person-changed"),
        other => other.to_string(),
    }
}

/// A value as a document prints it: text bare, nothing as a dash.
fn value(v: &Value) -> String {
    match v {
        Value::String(s) if s.is_empty() => "\"\"".into(),
        Value::String(s) => s.clone(),
        Value::Null => "—".into(),
        Value::Bool(true) => t!("review-yes"),
        Value::Bool(false) => t!("review-no"),
        other => other.to_string(),
    }
}

fn files_head(f: &FileChanges) -> Option<String> {
    let (c, a, r) = (f.changed.len(), f.added.len(), f.removed.len());
    (c + a + r > 0).then(|| t!("review-files", changed = c, added = a, removed = r))
}

fn file_lines(f: &FileChanges) -> Vec<(&'static str, &String)> {
    let mut out: Vec<(&str, &String)> = f.changed.iter().map(|x| ("~", x)).collect();
    out.extend(f.added.iter().map(|x| ("+", x)));
    out.extend(f.removed.iter().map(|x| ("−", x)));
    out
}

/// Data text made inert in Markdown, so that a name or a path prints as written: on one
/// line (no heading or code block of its own), its marks escaped, no `@` that mentions
/// someone and no `#` that links an issue.
fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' | '\r' => out.push(' '),
            '@' => out.push_str("&#64;"),
            '#' => out.push_str("&#35;"),
            c if "\\`*_[]<>|~&".contains(c) => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn data_stays_text_in_markdown() {
        let table = [
            ("Nguyễn Văn A", "Nguyễn Văn A"),
            ("a*b*_c_", "a\\*b\\*\\_c\\_"),
            (
                "x` <img src=x onerror=alert(1)> `.yaml",
                "x\\` \\<img src=x onerror=alert(1)\\> \\`.yaml",
            ),
            ("hi @octocat #12", "hi &#64;octocat &#35;12"),
            ("a\n\n# Heading\n    code", "a  &#35; Heading     code"),
            ("[link](http://x)", "\\[link\\](http://x)"),
        ];
        for (data, want) in table {
            assert_eq!(super::md(data), want, "{data:?}");
        }
    }
}
