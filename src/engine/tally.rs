//! What a build made, for its summary line: certificates, the pages of their print files
//! (counted in the files joined, each checked against its recipients) and the rows of the
//! annexes (each checked on the pages typeset), so the line says what was written.

use super::commit::Finished;
use super::prepare::Prepared;
use crate::kinds::{Counted, Selection};

/// Counts over the documents built.
#[derive(Default)]
pub struct Tally {
    certificates: usize,
    pages: usize,
    rows: usize,
    annexes: usize,
}

impl Tally {
    /// The counts of the documents in `finished` that succeeded.
    pub fn of(p: &Prepared, finished: &[(usize, Finished)]) -> Tally {
        let mut t = Tally::default();
        for (d, result) in finished {
            let Ok((entries, _)) = result else {
                continue;
            };
            let doc = &p.docs[*d];
            // An electronic version is the same document again: counted once.
            if doc.electronic {
                continue;
            }
            match doc.kind.counted {
                Counted::Certificates => {
                    t.certificates += doc.pages.len();
                    let print = entries.iter().filter(|(k, _)| *k == doc.key);
                    t.pages += print
                        .flat_map(|(_, e)| &e.parts)
                        .map(|part| part.pages)
                        .sum::<usize>();
                }
                Counted::AnnexRows => {
                    t.rows += doc.rows.len();
                    t.annexes += 1;
                }
                Counted::Nothing => {}
            }
        }
        t
    }

    /// `1000 certificates, 1000 pages, annex 1000 rows`; empty when nothing was counted.
    pub fn line(&self) -> String {
        let mut parts = Vec::new();
        if self.certificates > 0 {
            parts.push(t!(
                "tally-certificates",
                certificates = self.certificates,
                pages = self.pages
            ));
        }
        if self.annexes == 1 {
            parts.push(t!("tally-annex", rows = self.rows));
        } else if self.annexes > 1 {
            parts.push(t!(
                "tally-annexes",
                annexes = self.annexes,
                rows = self.rows
            ));
        }
        parts.join(", ")
    }
}

/// Why a build (not a watch's rebuild) has no document to make, when it has none.
pub fn nothing_to_build(p: &Prepared, selection: &Selection) -> Option<String> {
    if !p.docs.is_empty() || selection.changed.is_some() {
        return None;
    }
    Some(match &selection.pattern {
        _ if p.project.dossiers.is_empty() => t!("tally-no-dossier"),
        Some(pattern) => t!("tally-no-match", pattern = pattern.to_string()),
        None => t!("tally-nothing-to-make"),
    })
}
