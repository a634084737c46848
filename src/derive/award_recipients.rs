//! The recipients of an award in their sections (collectives, individuals, households,
//! each headed as its lists head it): gathered from its list, sorted, voted on by the council
//! (which keeps only those the vote keeps) and numbered for its list, files and số sổ vàng.

use super::award::AwardFacts;
use super::ballot::{Ballot, BallotFacts, VoteRow};
use super::recipient::{naming, recipient, recipient_name, Placed, RecipientFacts};
use super::{collate, numbers, slug};
use crate::load::Origin;
use crate::model::{Award, Decision, Recipient, SortOrder, Who};

impl AwardFacts {
    /// Its lists: collectives, individuals, households.
    pub fn sections(&self) -> [&[RecipientFacts]; 3] {
        [&self.collectives, &self.individuals, &self.households]
    }

    /// Each section's numeral among those that have rows (`I`, `II`, `III`).
    pub fn numerals(&self) -> [&'static str; 3] {
        let mut n = 0;
        self.sections().map(|s| {
            n += usize::from(!s.is_empty());
            ["I", "I", "II", "III"][n]
        })
    }

    /// Whether it has two sections or more, which its lists then number.
    pub fn numbered(&self) -> bool {
        self.sections().iter().filter(|s| !s.is_empty()).count() > 1
    }

    /// The heading of section `k`: `II. CÁ NHÂN (23)`; a list of one section is not
    /// numbered (`CÁ NHÂN (60)`, with no II to follow).
    pub fn heading(&self, k: usize) -> String {
        if self.numbered() {
            format!("{}. {}", self.numerals()[k], self.title(k))
        } else {
            self.title(k)
        }
    }

    /// The heading of section `k` without its numeral: `CÁ NHÂN (23)`, `HỌC SINH (06)`.
    pub fn title(&self, k: usize) -> String {
        let h = &self.head;
        let n = [&h.n_collectives, &h.n_individuals, &h.n_households][k];
        let noun = Who::SECTIONS[k].named(h.pupils);
        format!("{} ({n})", super::upper(noun))
    }

    /// Every recipient in the order of its lists, files and số sổ vàng.
    pub fn everyone(&self) -> impl Iterator<Item = &RecipientFacts> + Clone {
        self.sections().into_iter().flatten()
    }
}

/// An award's recipients in its list's sections: collectives, individuals, households.
pub(super) type Sections<T> = [Vec<T>; 3];

/// The recipients of `list` in their sections, sorted as `a` asks, with the vote on
/// them all (`voted`: the council's ballot, when they were voted on) and only those it
/// keeps.
pub(super) fn gathered<'a>(
    a: &Award,
    list: &'a [(Recipient, Origin)],
    voted: Option<&Ballot>,
    form: &str,
) -> (Sections<&'a Recipient>, Option<BallotFacts>) {
    let mut sections: Sections<&Recipient> = Default::default();
    for (r, _) in list {
        sections[r.who() as usize].push(r);
    }
    if a.sort == SortOrder::Name {
        for (who, section) in sections.iter_mut().enumerate() {
            if who == Who::Collective as usize {
                section.sort_by_cached_key(|r| collate::text_key(r.written_name()));
            } else {
                section.sort_by_cached_key(|r| collate::name_key(recipient_name(r)));
            }
        }
    }
    let vote = voted.map(|b| votes(b, form, &sections));
    if let Some(b) = voted {
        for section in &mut sections {
            section.retain(|r| b.keeps(r.votes));
        }
    }
    (sections, vote)
}

/// Each recipient's facts, numbered in its section; positions (rows, files, số sổ vàng)
/// run through the sections in turn: the annex's and the print order. `money`: what one
/// of each section gets.
pub(super) fn numbered(
    sections: &Sections<&Recipient>,
    dec: &Decision,
    voted: Option<&Ballot>,
    money: [Option<u64>; 3],
) -> Sections<RecipientFacts> {
    let total = sections.iter().map(Vec::len).sum();
    let mut position = 0;
    let mut facts = |r: &Recipient, index: usize, money: Option<u64>| {
        position += 1;
        let register = dec
            .register_from
            .map(|n| n.saturating_add(position as u64 - 1));
        let votes = r
            .votes
            .zip(voted)
            .map(|(v, b)| format!("{v} ({})", b.share(v)))
            .unwrap_or_default();
        let at = Placed {
            index,
            row: position - 1,
            money,
            register: register.map(|n| n.to_string()).unwrap_or_default(),
            file: slug::numbered(position, total, recipient_name(r)),
            votes,
        };
        recipient(r, at)
    };
    let mut out: Sections<RecipientFacts> = Default::default();
    for ((section, list), money) in out.iter_mut().zip(sections).zip(money) {
        for (i, r) in list.iter().enumerate() {
            section.push(facts(r, i + 1, money));
        }
    }
    out
}

/// The vote on every nominee of `sections` (before the vote leaves any out).
fn votes(b: &Ballot, form: &str, sections: &Sections<&Recipient>) -> BallotFacts {
    let rows: Vec<VoteRow> = sections
        .iter()
        .flatten()
        .filter_map(|r| Some((r, r.votes?)))
        .enumerate()
        .map(|(i, (r, votes))| {
            let named = naming(r);
            VoteRow {
                index: i + 1,
                display: named.display,
                detail: named.detail,
                votes,
                share: b.share(votes),
                verdict: b.verdict(votes).to_string(),
            }
        })
        .collect();
    let passed = rows.iter().filter(|r| b.keeps(Some(r.votes))).count();
    BallotFacts {
        number: 0,
        form_name: form.to_string(),
        threshold: b.threshold.map(|t| t.to_string()).unwrap_or_default(),
        passed: numbers::pad2(passed),
        voted: numbers::pad2(rows.len()),
        rows,
    }
}
