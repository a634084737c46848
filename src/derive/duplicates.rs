//! One name twice in one award: the same recipient listed twice, or two namesakes nothing
//! tells apart (no `id`, `born` or `gender` that differ), which the years cannot follow.

use crate::diagnostic::Diagnostic;
use crate::load::{Origin, Project};
use crate::model::fold::{born, fold};
use crate::model::{Gender, Recipient};
use std::collections::HashMap;

/// A warning for each name written twice in one award of the project.
pub fn warnings(project: &Project) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for dossier in &project.dossiers {
        for list in &dossier.recipients {
            duplicates(list, &mut found);
        }
    }
    found
}

/// Whether two recipients of one name are told apart by what they carry.
fn apart(a: &Recipient, b: &Recipient) -> bool {
    let differ = |x: Option<String>, y: Option<String>| x.zip(y).is_some_and(|(x, y)| x != y);
    let id = |r: &Recipient| r.id.as_deref().map(|i| i.trim().to_string());
    let birth = |r: &Recipient| r.born.as_deref().map(born);
    let gender = |r: &Recipient| r.gender.as_deref().and_then(Gender::parse);
    let genders = gender(a).zip(gender(b)).is_some_and(|(x, y)| x != y);
    differ(id(a), id(b)) || differ(birth(a), birth(b)) || genders
}

/// Warns of a name written twice in one award (also `hòa`/`hoà` spellings of one name),
/// naming both places. A warning, not an error: a collective may rightly appear twice
/// (the shared Hà Nội example lists one inline and in its CSV), but it is worth a look.
fn duplicates(list: &[(Recipient, Origin)], warnings: &mut Vec<Diagnostic>) {
    let mut seen: HashMap<String, Vec<(&Recipient, &Origin)>> = HashMap::new();
    for (r, o) in list {
        let name = r.written_name();
        if name.is_empty() {
            continue;
        }
        // A household is its head's: `Hộ ông An` and `Gia đình ông An` are one.
        let who = match r.household.as_deref() {
            Some(h) => fold(crate::model::householder(h).1),
            None => fold(name),
        };
        let earlier = seen.entry(format!("{:?}|{who}", r.who())).or_default();
        if let Some((first, at)) = earlier.iter().find(|(f, _)| !apart(f, r)) {
            let unit = |r: &Recipient| r.unit.as_deref().map(fold).unwrap_or_default();
            let (msg, hint) = if unit(first) == unit(r) {
                (
                    t!("derive-listed-twice", name = name),
                    t!("derive-listed-twice-hint"),
                )
            } else {
                (
                    t!("derive-namesakes", name = name),
                    t!("derive-namesakes-hint"),
                )
            };
            let place = format!(
                "{}:{}:{} ({})",
                at.file.display(),
                at.line,
                at.column,
                at.path
            );
            warnings.push(
                o.diagnostic(msg)
                    .hint(t!("derive-also-at", place = place, hint = hint)),
            );
        }
        earlier.push((r, o));
    }
}
