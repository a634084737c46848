//! Số sổ vàng across a year: the certificates an agency numbers (`register_from`) run on
//! from decision to decision in one register (the award's `register:`, by default its
//! form) of one issuer; numbers two decisions of a year both give are a warning naming
//! both, and the numbers no decision gives are said when asked (`check --registers`).

use crate::diagnostic::Diagnostic;
use crate::load::Project;
use std::collections::BTreeMap;

/// One decision's numbers in its register.
struct Span {
    from: u64,
    to: u64,
    /// `Quyết định số 1520 (content/2024/x.yaml, awards[0])`.
    named: String,
    file: std::path::PathBuf,
    path: String,
}

/// Each own decision's numbers, by issuer, register and year.
fn spans(project: &Project) -> BTreeMap<(String, String, i32), Vec<Span>> {
    let mut out: BTreeMap<(String, String, i32), Vec<Span>> = BTreeMap::new();
    for d in &project.dossiers {
        for (i, (a, list)) in d.dossier.awards.iter().zip(&d.recipients).enumerate() {
            let Some(dec) = a.decision.as_ref().filter(|dec| dec.issuer.is_none()) else {
                continue;
            };
            let Some(from) = dec.register_from else {
                continue;
            };
            let b = crate::derive::Ballot::of(project, &d.dossier, &a.form);
            let n = list
                .iter()
                .filter(|(r, _)| b.as_ref().is_none_or(|b| b.keeps(r.votes)))
                .count() as u64;
            if n == 0 {
                continue;
            }
            let issuer = project.config.organization.at(Some(dec.date)).head();
            let register = a.register.clone().unwrap_or_else(|| a.form.clone());
            out.entry((issuer, register, dec.date.year))
                .or_default()
                .push(Span {
                    from,
                    to: from.saturating_add(n - 1),
                    named: format!(
                        "Quyết định số {} ({}, awards[{i}])",
                        dec.shown(),
                        d.file.display()
                    ),
                    file: d.file.clone(),
                    path: format!("awards[{i}].decision.register_from"),
                });
        }
    }
    for spans in out.values_mut() {
        spans.sort_by_key(|s| (s.from, s.to));
    }
    out
}

/// Numbers two decisions of one year give in one register (the first list), and numbers
/// no decision of a year gives between a register's first and last (the second).
pub fn registers(project: &Project) -> (Vec<Diagnostic>, Vec<Diagnostic>) {
    let (mut overlaps, mut gaps) = (Vec::new(), Vec::new());
    for ((_, register, year), spans) in spans(project) {
        // The span reaching furthest so far: a number any earlier decision gave is an
        // overlap, not only the one just before.
        let mut spans = spans.iter();
        let Some(mut reach) = spans.next() else {
            continue;
        };
        for b in spans {
            let a = reach;
            let at = |s: &Span, msg: String| {
                Diagnostic::file(&s.file, msg)
                    .field(s.path.clone())
                    .into_warning()
            };
            if b.from <= a.to {
                let msg = t!(
                    "years-register-overlap",
                    from = b.from,
                    to = b.to,
                    register = &register,
                    year = year.to_string(),
                    other_from = a.from,
                    other_to = a.to,
                    other = &a.named,
                );
                overlaps.push(at(b, msg).hint(t!("years-register-overlap-hint")));
            } else if b.from > a.to + 1 {
                let msg = t!(
                    "years-register-gap",
                    from = a.to + 1,
                    to = b.from - 1,
                    register = &register,
                    year = year.to_string(),
                    before = &a.named,
                    after = &b.named,
                );
                gaps.push(at(b, msg));
            }
            if b.to > reach.to {
                reach = b;
            }
        }
    }
    (overlaps, gaps)
}
