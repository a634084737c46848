//! Checks that need more than one field: keys that must name a person or a form,
//! recipients that must be either an individual or a collective, dates a regime covers.

use super::{locate, Locations, Origin};
use crate::diagnostic::{suggest, Diagnostic};
use crate::model::{Catalogue, Config, Dossier, Recipient};
use std::path::Path;

/// The tables a report section may ask for.
pub const TABLES: [&str; 2] = ["achievements", "awards"];

/// Gender words accepted in data, English or Vietnamese.
pub fn is_female(g: &str) -> Option<bool> {
    match g.to_lowercase().as_str() {
        "male" | "nam" | "m" => Some(false),
        "female" | "nữ" | "nu" | "f" => Some(true),
        _ => None,
    }
}

/// Validates one dossier against the config and catalogue, pushing every problem.
pub fn dossier(
    config: &Config,
    cat: &Catalogue,
    file: &Path,
    d: &Dossier,
    loc: &Locations,
    recipients: &[Vec<(Recipient, Origin)>],
    out: &mut Vec<Diagnostic>,
) {
    let at = |msg: String, path: &str| locate(Diagnostic::file(file, msg), loc, path);
    let person = |key: &str, path: &str, out: &mut Vec<Diagnostic>| {
        if !config.people.contains_key(key) {
            let mut diag = at(format!("unknown person `{key}`"), path);
            if let Some(h) = suggest(key, config.people.keys().map(String::as_str)) {
                diag = diag.hint(format!(
                    "{h} (people are declared under `people:` in thidua.yaml)"
                ));
            }
            out.push(diag);
        }
    };
    if let Some(chair) = d.conference.as_ref().and_then(|c| c.chair.as_deref()) {
        person(chair, "conference.chair", out);
    }
    if let Some(r) = &d.report {
        person(&r.signer, "report.signer", out);
        for (i, s) in r.sections.iter().enumerate() {
            if let Some(t) = s.table.as_deref().filter(|t| !TABLES.contains(t)) {
                let path = format!("report.sections[{i}].table");
                let hint = suggest(t, TABLES).unwrap_or_default();
                out.push(at(format!("unknown table `{t}`"), &path).hint(hint));
            }
        }
    }
    for (i, award) in d.awards.iter().enumerate() {
        let path = format!("awards[{i}]");
        if !cat.forms.contains_key(&award.form) {
            let mut diag = at(
                format!("unknown award form `{}`", award.form),
                &format!("{path}.form"),
            );
            if let Some(h) = suggest(&award.form, cat.forms.keys().map(String::as_str)) {
                diag = diag.hint(h);
            }
            out.push(diag);
        }
        let dec = &award.decision;
        match (&dec.issuer, &dec.signer) {
            (None, None) => out.push(
                at(
                    "an own decision needs a `signer`".into(),
                    &format!("{path}.decision"),
                )
                .hint("or give `issuer` and `symbol` if someone else issued it"),
            ),
            (None, Some(s)) => person(s, &format!("{path}.decision.signer"), out),
            (Some(_), _) => {}
        }
        if dec.issuer.is_none() && cat.regime_at(dec.date).is_none() {
            out.push(
                at(
                    format!("no legal regime is in force on {}", dec.date),
                    &format!("{path}.decision.date"),
                )
                .hint("add one under `regimes:` in thidua.yaml"),
            );
        }
        let list = recipients.get(i).map(Vec::as_slice).unwrap_or_default();
        if list.is_empty() {
            out.push(at("an award needs at least one recipient".into(), &path));
        }
        for (r, origin) in list {
            recipient(r, origin, out);
        }
    }
}

fn recipient(r: &Recipient, o: &Origin, out: &mut Vec<Diagnostic>) {
    let at = |msg: &str| {
        Diagnostic::file(&o.file, msg)
            .at(o.line, o.column)
            .field(&o.path)
    };
    match (&r.name, &r.collective) {
        (Some(_), Some(_)) => out.push(at(
            "a recipient has either `name` (an individual) or `collective`, not both",
        )),
        (None, None) => out.push(at(
            "a recipient needs `name` (an individual) or `collective`",
        )),
        _ => {}
    }
    if let Some(g) = &r.gender {
        if is_female(g).is_none() {
            out.push(at(&format!("unknown gender `{g}`")).hint("write `male` or `female`"));
        }
    }
}
