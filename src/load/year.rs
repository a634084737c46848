//! The year's report: the dossiers each report's `awards_from` names, so that its award
//! table counts their decisions too — each once.

use super::LoadedDossier;
use crate::diagnostic::Diagnostic;
use std::collections::HashMap;

/// Where each pattern of a dossier's `awards_from` is written, by the dossier's index.
pub type Places = Vec<(usize, Vec<Diagnostic>)>;

/// Resolves every `awards_from` into the indices of the dossiers it names: an error for a
/// pattern that is not one or matches no other dossier, a warning for a decision that
/// two of the dossiers counted list.
pub fn resolve(
    dossiers: &mut [LoadedDossier],
    places: Places,
    diags: &mut Vec<Diagnostic>,
    warnings: &mut Vec<Diagnostic>,
) {
    let names: Vec<String> = dossiers.iter().map(under_content).collect();
    for (di, at) in places {
        let Some(report) = &dossiers[di].dossier.report else {
            continue;
        };
        let mut from: Vec<usize> = Vec::new();
        // Where each award (a decision and its form) is first counted from: this dossier,
        // or a pattern's.
        let mut seen: HashMap<String, String> = HashMap::new();
        for key in dossiers[di].dossier.awards.iter().filter_map(|a| a.key()) {
            seen.insert(key, names[di].clone());
        }
        for (i, pattern) in report.awards_from.iter().enumerate() {
            let place = at[i].clone();
            let glob = match glob::Pattern::new(pattern) {
                Ok(g) => g,
                Err(e) => {
                    let msg = t!("year-not-a-pattern", pattern = pattern, error = e.msg);
                    diags.push(place.with_message(msg));
                    continue;
                }
            };
            let matched: Vec<usize> = (0..dossiers.len())
                .filter(|&j| j != di && glob.matches(&names[j]))
                .collect();
            if matched.is_empty() {
                let hint = t!("year-no-match-hint");
                let msg = t!("year-no-match", pattern = pattern);
                diags.push(place.clone().with_message(msg).hint(hint));
            }
            for j in matched {
                if from.contains(&j) {
                    continue;
                }
                let awards = dossiers[j].dossier.awards.iter();
                for (d, key) in awards.filter_map(|a| Some((a.decision.as_ref()?, a.key()?))) {
                    match seen.get(&key) {
                        Some(first) => {
                            let msg = t!(
                                "year-counted-twice",
                                decision = d.shown(),
                                file = &names[j],
                                first = first
                            );
                            warnings.push(place.clone().with_message(msg).into_warning());
                        }
                        None => {
                            seen.insert(key, names[j].clone());
                        }
                    }
                }
                from.push(j);
            }
        }
        // The report is made from their files too: an edit to one rebuilds it (`watch`).
        let read: Vec<std::path::PathBuf> = from
            .iter()
            .flat_map(|&j| {
                std::iter::once(dossiers[j].file.clone()).chain(dossiers[j].data_files.clone())
            })
            .collect();
        dossiers[di].data_files.extend(read);
        dossiers[di].awards_from = from;
    }
}

/// The dossier's file relative to `content/` (`2024/tong-ket.yaml`).
fn under_content(d: &LoadedDossier) -> String {
    let f = d.file.strip_prefix("content").unwrap_or(&d.file);
    f.to_string_lossy().replace('\\', "/")
}

/// The year a dossier's work is of: its `year`, the first of its `school_year`, else its
/// first award's date's.
pub fn year_of(d: &crate::model::Dossier) -> Option<i32> {
    let school = d
        .school_year
        .as_deref()
        .and_then(|y| y.trim().get(..4)?.parse().ok());
    let first = d.awards.iter().find_map(|a| a.date()).map(|date| date.year);
    d.year.or(school).or(first)
}
