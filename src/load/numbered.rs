//! Document numbers: each numbered document a dossier issues (report, minutes, Tờ
//! trình, own decision) has a number of its own in its year, across all dossiers.

use super::{locate, Locations};
use crate::diagnostic::Diagnostic;
use crate::model::Dossier;
use std::path::Path;

/// A numbered document: its kind, number and year, which no other of its kind shares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    kind: Kind,
    number: u32,
    year: i32,
}

/// The kinds of document numbered, each in a series of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Kind {
    Report,
    Invitation,
    Minutes,
    Proposal,
    Decision,
}

impl Key {
    /// The error for this document, whose number is already used at `at` (`file:line`).
    fn used(&self, at: String) -> String {
        let id = match self.kind {
            Kind::Report => "numbered-report-used",
            Kind::Invitation => "numbered-invitation-used",
            Kind::Minutes => "numbered-minutes-used",
            Kind::Proposal => "numbered-proposal-used",
            Kind::Decision => "numbered-decision-used",
        };
        let args = [
            ("number", self.number.into()),
            ("year", self.year.to_string().into()),
            ("at", at.into()),
        ];
        crate::lang::text(id, &args)
    }
}

/// The numbered documents a dossier issues itself (its report, invitation, minutes,
/// Tờ trình and own decisions), each keyed by its kind, year and number and placed at
/// its number; a Tờ trình shared by several awards once.
pub fn numbered(file: &Path, d: &Dossier, loc: &Locations) -> Vec<(Key, Diagnostic)> {
    let place = |path: &str| locate(Diagnostic::file(file, ""), loc, path);
    let key = |kind, number, year| Key { kind, number, year };
    let mut out = Vec::new();
    if let Some(r) = &d.report {
        let key = key(Kind::Report, r.number, r.date.year);
        out.push((key, place("report.number")));
    }
    if let Some(inv) = d.conference.as_ref().and_then(|c| c.invitation.as_ref()) {
        let key = key(Kind::Invitation, inv.number, inv.date.year);
        out.push((key, place("conference.invitation.number")));
    }
    if let Some(m) = &d.meeting {
        if let Some(n) = m.number {
            out.push((key(Kind::Minutes, n, m.date.year), place("meeting.number")));
        }
    }
    for (i, a) in d.awards.iter().enumerate() {
        if let Some(p) = &a.proposal {
            let key = key(Kind::Proposal, p.number, p.date.year);
            if !out.iter().any(|(k, _)| *k == key) {
                out.push((key, place(&format!("awards[{i}].proposal.number"))));
            }
        }
        if let Some(dec) = a.decision.as_ref().filter(|d| d.issuer.is_none()) {
            // A number the văn thư's system gives later clashes with none.
            let Some(number) = dec.number else { continue };
            let key = key(Kind::Decision, number, dec.date.year);
            out.push((key, place(&format!("awards[{i}].decision.number"))));
        }
    }
    out
}

/// An error for each document whose number another dossier already used in its year.
pub fn clashes(numbered: Vec<(Key, Diagnostic)>, out: &mut Vec<Diagnostic>) {
    let mut first: std::collections::HashMap<Key, Diagnostic> = Default::default();
    for (key, here) in numbered {
        match first.get(&key) {
            Some(there) if there.file != here.file => {
                let at = format!(
                    "{}:{}",
                    there.file.display(),
                    there.line.map_or(String::new(), |l| l.to_string())
                );
                let msg = key.used(at);
                out.push(here.with_message(msg).hint(t!("numbered-used-hint")));
            }
            Some(_) => {}
            None => {
                first.insert(key, here);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Key, Kind};

    #[test]
    fn each_kind_says_its_number_is_used() {
        for kind in [
            Kind::Report,
            Kind::Invitation,
            Kind::Minutes,
            Kind::Proposal,
            Kind::Decision,
        ] {
            let key = Key {
                kind,
                number: 12,
                year: 2024,
            };
            let said = key.used("content/a.yaml:3".into());
            assert!(
                said.contains("12") && said.contains("content/a.yaml:3"),
                "{said}"
            );
        }
    }
}
