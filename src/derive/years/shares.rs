//! A form's share of a year (`ratio:`): a province or ministry may cap, say, Chiến sĩ thi
//! đua cơ sở at 15 % of the year's Lao động tiên tiến; a year over it is a warning.

use crate::derive::numbers;
use crate::diagnostic::Diagnostic;
use crate::load::{year_of, Project};
use crate::model::Status;
use std::collections::BTreeMap;

/// How many each form is given (or proposed for) in each year, kept by the vote, outside
/// drafts; and the first dossier of each form and year, where a warning goes.
fn counts(project: &Project) -> BTreeMap<(i32, String), (usize, std::path::PathBuf)> {
    let mut out: BTreeMap<(i32, String), (usize, std::path::PathBuf)> = BTreeMap::new();
    for d in project
        .dossiers
        .iter()
        .filter(|d| d.dossier.status != Status::Draft)
    {
        let Some(year) = year_of(&d.dossier) else {
            continue;
        };
        for (a, list) in d.dossier.awards.iter().zip(&d.recipients) {
            let b = crate::derive::Ballot::of(project, &d.dossier, &a.form);
            let n = list
                .iter()
                .filter(|(r, _)| b.as_ref().is_none_or(|b| b.keeps(r.votes)))
                .count();
            let entry = out
                .entry((year, a.form.clone()))
                .or_insert((0, d.file.clone()));
            entry.0 += n;
        }
    }
    out
}

/// Each year a form's awards exceed the share of another its `ratio:` allows.
pub fn shares(project: &Project) -> Vec<Diagnostic> {
    let cat = &project.catalogue;
    if !cat.forms.values().any(|f| f.ratio.is_some()) {
        return Vec::new();
    }
    let counts = counts(project);
    let mut out = Vec::new();
    for ((year, form), (n, file)) in &counts {
        let Some(ratio) = cat.forms.get(form).and_then(|f| f.ratio.as_ref()) else {
            continue;
        };
        let base = counts.get(&(*year, ratio.of.clone())).map_or(0, |c| c.0);
        if (*n as u64) * 100 <= ratio.max as u64 * base as u64 {
            continue;
        }
        let name = |k: &str| cat.forms.get(k).map_or(k.to_string(), |f| f.name.clone());
        let msg = t!(
            "years-ratio-over",
            form = name(form),
            year = year.to_string(),
            count = n,
            percent = numbers::percent(*n as u64, base as u64),
            base = base,
            of = name(&ratio.of),
            max = ratio.max.to_string(),
        );
        out.push(Diagnostic::file(file, msg).into_warning());
    }
    out
}
