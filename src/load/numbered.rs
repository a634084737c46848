//! Document numbers: each numbered document a dossier issues (report, minutes, Tờ
//! trình, own decision) has a number of its own in its year, across all dossiers.

use super::{locate, Locations};
use crate::diagnostic::Diagnostic;
use crate::model::Dossier;
use std::path::Path;

/// The numbered documents a dossier issues itself (its report, invitation, minutes,
/// Tờ trình and own decisions), each keyed by its kind, year and number and placed at
/// its number; a Tờ trình shared by several awards once.
pub fn numbered(file: &Path, d: &Dossier, loc: &Locations) -> Vec<(String, Diagnostic)> {
    let place = |path: &str| locate(Diagnostic::file(file, ""), loc, path);
    let mut out = Vec::new();
    if let Some(r) = &d.report {
        let key = format!("report {}/BC of {}", r.number, r.date.year);
        out.push((key, place("report.number")));
    }
    if let Some(inv) = d.conference.as_ref().and_then(|c| c.invitation.as_ref()) {
        let key = format!("invitation {}/GM of {}", inv.number, inv.date.year);
        out.push((key, place("conference.invitation.number")));
    }
    if let Some(m) = &d.meeting {
        if let Some(n) = m.number {
            out.push((
                format!("minutes {n}/BB of {}", m.date.year),
                place("meeting.number"),
            ));
        }
    }
    for (i, a) in d.awards.iter().enumerate() {
        if let Some(p) = &a.proposal {
            let key = format!("proposal {}/TTr of {}", p.number, p.date.year);
            if !out.iter().any(|(k, _)| *k == key) {
                out.push((key, place(&format!("awards[{i}].proposal.number"))));
            }
        }
        if let Some(dec) = a.decision.as_ref().filter(|d| d.issuer.is_none()) {
            // A number the văn thư's system gives later clashes with none.
            let Some(number) = dec.number else { continue };
            let key = format!("decision {number}/QĐ of {}", dec.date.year);
            out.push((key, place(&format!("awards[{i}].decision.number"))));
        }
    }
    out
}

/// An error for each document whose number another dossier already used in its year.
pub fn clashes(numbered: Vec<(String, Diagnostic)>, out: &mut Vec<Diagnostic>) {
    let mut first: std::collections::HashMap<String, Diagnostic> = Default::default();
    for (key, here) in numbered {
        match first.get(&key) {
            Some(there) if there.file != here.file => {
                let at = format!(
                    "{}:{}",
                    there.file.display(),
                    there.line.map_or(String::new(), |l| l.to_string())
                );
                let msg = format!("the number of {key} is already used in `{at}`");
                out.push(
                    here.with_message(msg)
                        .hint("each document of a year has a number of its own"),
                );
            }
            Some(_) => {}
            None => {
                first.insert(key, here);
            }
        }
    }
}
