//! References in report texts (`{{achievements.KEY.percent}}`): each found at its line
//! and column while its file is read, and checked once every dossier is loaded (a report
//! may name the forms of the dossiers its `awards_from` counts).

use super::{locate, LoadedDossier, Locations};
use crate::diagnostic::{suggest, Diagnostic};
use crate::model::reference::{pieces, Piece, NAMES};
use crate::model::Dossier;
use std::path::Path;

/// A reference or a refused construct, placed where it is written.
pub struct Found {
    /// The name, or `None` for a construct that is refused.
    name: Option<String>,
    /// As written.
    raw: String,
    place: Diagnostic,
}

/// Every `{{…}}` of `d`'s report texts, each at its line and column in `source`.
pub fn find(file: &Path, source: &str, d: &Dossier, loc: &Locations) -> Vec<Found> {
    let Some(report) = &d.report else {
        return Vec::new();
    };
    let lines: Vec<&str> = source.lines().collect();
    let mut out = Vec::new();
    for (i, s) in report.sections.iter().enumerate() {
        let Some(text) = &s.text else { continue };
        let path = format!("report.sections[{i}].text");
        let start = loc.find(&path).map_or(1, |(l, _)| l);
        // Where to look for the next one: line (0-based) and byte in it.
        let mut cursor = (start.saturating_sub(1), 0);
        for piece in pieces(text) {
            let (name, raw) = match piece {
                Piece::Name(n, at) => (Some(n.to_string()), raw_at(text, at)),
                Piece::Refused(r, _) => (None, r.to_string()),
                Piece::Text(_) => continue,
            };
            let mut place = locate(Diagnostic::file(file, ""), loc, &path);
            if let Some((line, byte)) = seek(&lines, &mut cursor, &raw) {
                let column = lines[line][..byte].chars().count() + 1;
                place = place.at(line + 1, column);
            }
            out.push(Found { name, raw, place });
        }
    }
    out
}

/// The `{{…}}` that starts at byte `at` of `text`.
fn raw_at(text: &str, at: usize) -> String {
    let end = text[at..].find("}}").map_or(text.len(), |e| at + e + 2);
    text[at..end].to_string()
}

/// The next place of `raw` in `lines` from `cursor`, which moves past it.
fn seek(lines: &[&str], cursor: &mut (usize, usize), raw: &str) -> Option<(usize, usize)> {
    let (mut line, mut byte) = *cursor;
    while line < lines.len() {
        if let Some(i) = lines[line].get(byte..).and_then(|l| l.find(raw)) {
            *cursor = (line, byte + i + raw.len());
            return Some((line, byte + i));
        }
        (line, byte) = (line + 1, 0);
    }
    None
}

/// An error for each refused construct and each name that names nothing in its dossier.
pub fn check(
    dossiers: &[LoadedDossier],
    found: Vec<(usize, Vec<Found>)>,
    out: &mut Vec<Diagnostic>,
) {
    for (di, refs) in found {
        let d = &dossiers[di];
        let known = known(d, dossiers);
        for f in refs {
            let Some(name) = f.name else {
                let msg = t!("refs-not-a-reference", raw = &f.raw);
                let hint = t!("refs-not-a-reference-hint");
                out.push(f.place.with_message(msg).hint(hint));
                continue;
            };
            if known.contains(&name) {
                continue;
            }
            let msg = match missing(&name, d, &known) {
                Some(why) => why,
                None => t!("refs-names-no-fact", name = &name),
            };
            let hint = suggest(&name, known.iter().map(String::as_str))
                .unwrap_or_else(|| t!("refs-guide-hint"));
            out.push(f.place.with_message(msg).hint(hint));
        }
    }
}

/// Every name a text of `d` can use.
fn known(d: &LoadedDossier, all: &[LoadedDossier]) -> Vec<String> {
    let keyed = d.dossier.achievements.iter();
    let keys: Vec<(&str, bool)> = keyed
        .filter_map(|a| Some((a.key.as_deref()?, a.rate())))
        .collect();
    let mut forms: Vec<&str> = vec!["all"];
    for o in std::iter::once(d).chain(d.awards_from.iter().map(|&j| &all[j])) {
        forms.extend(
            o.dossier
                .awards
                .iter()
                .filter(|a| a.decision.is_some())
                .map(|a| a.form.as_str()),
        );
    }
    let mut names = Vec::new();
    for (pattern, _) in NAMES {
        if pattern.starts_with("conference.") && d.dossier.conference.is_none() {
            continue;
        }
        if let Some(rest) = pattern.strip_prefix("achievements.KEY.") {
            // A rate's share of its plan means nothing: it is judged in points.
            let named = keys
                .iter()
                .filter(|(_, rate)| !(*rate && rest == "percent"));
            names.extend(named.map(|(k, _)| format!("achievements.{k}.{rest}")));
        } else if let Some(rest) = pattern.strip_prefix("awards.FORM.") {
            names.extend(
                forms
                    .iter()
                    .filter(|f| **f != "all")
                    .map(|f| format!("awards.{f}.{rest}")),
            );
        } else {
            names.push(pattern.to_string());
        }
    }
    names
}

/// Why a name of the right shape names nothing here: an achievement without that key, a
/// form this dossier does not award.
fn missing(name: &str, d: &LoadedDossier, known: &[String]) -> Option<String> {
    let parts: Vec<&str> = name.split('.').collect();
    let has = |prefix: String| known.iter().any(|k| k.starts_with(&prefix));
    match parts.as_slice() {
        ["achievements", key, _] if !has(format!("achievements.{key}.")) => {
            Some(t!("refs-no-achievement", key = *key))
        }
        ["achievements", key, "percent"] => Some(t!("refs-rate-percent", key = *key)),
        ["awards", form, _] if !has(format!("awards.{form}.")) => {
            Some(t!("refs-no-form", form = *form))
        }
        ["conference", _] if d.dossier.conference.is_none() => Some(t!("refs-no-conference")),
        _ => None,
    }
}
