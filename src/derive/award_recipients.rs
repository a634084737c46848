//! The recipients of an award: gathered from its list, sorted, voted on by the council
//! (which keeps only those the vote keeps) and numbered for its list, files and số sổ vàng.

use super::ballot::{Ballot, BallotFacts, VoteRow};
use super::recipient::{naming, recipient, recipient_name, Placed, RecipientFacts};
use super::{collate, numbers, slug};
use crate::load::Origin;
use crate::model::{Award, Decision, Recipient, SortOrder};

/// The recipients of `list` as collectives and individuals, sorted as `a` asks, with
/// the vote on them all (`voted`: the council's ballot, when they were voted on) and
/// only those it keeps.
pub(super) fn gathered<'a>(
    a: &Award,
    list: &'a [(Recipient, Origin)],
    voted: Option<&Ballot>,
    form: &str,
) -> (Vec<&'a Recipient>, Vec<&'a Recipient>, Option<BallotFacts>) {
    let (mut groups, mut people): (Vec<&Recipient>, Vec<&Recipient>) = list
        .iter()
        .map(|(r, _)| r)
        .partition(|r| r.collective.is_some());
    if a.sort == SortOrder::Name {
        people.sort_by_cached_key(|r| collate::name_key(r.name.as_deref().unwrap_or("")));
        groups.sort_by_cached_key(|r| collate::text_key(r.collective.as_deref().unwrap_or("")));
    }
    let vote = voted.map(|b| votes(b, form, &groups, &people));
    if let Some(b) = voted {
        groups.retain(|r| b.keeps(r.votes));
        people.retain(|r| b.keeps(r.votes));
    }
    (groups, people, vote)
}

/// Each recipient's facts, numbered in its section; positions (rows, files, số sổ vàng)
/// run through collectives, then individuals: the annex's and the print order. `money`:
/// what a collective and an individual get.
pub(super) fn numbered(
    (groups, people): (&[&Recipient], &[&Recipient]),
    dec: &Decision,
    voted: Option<&Ballot>,
    (m_coll, m_ind): (Option<u64>, Option<u64>),
) -> (Vec<RecipientFacts>, Vec<RecipientFacts>) {
    let total = groups.len() + people.len();
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
    let collectives: Vec<RecipientFacts> = groups
        .iter()
        .enumerate()
        .map(|(i, r)| facts(r, i + 1, m_coll))
        .collect();
    let individuals: Vec<RecipientFacts> = people
        .iter()
        .enumerate()
        .map(|(i, r)| facts(r, i + 1, m_ind))
        .collect();
    (collectives, individuals)
}

/// The vote on every nominee of `groups` and `people` (before the vote leaves any out).
fn votes(b: &Ballot, form: &str, groups: &[&Recipient], people: &[&Recipient]) -> BallotFacts {
    let rows: Vec<VoteRow> = groups
        .iter()
        .chain(people)
        .filter_map(|r| Some((r, r.votes?)))
        .enumerate()
        .map(|(i, (r, votes))| {
            let (display, detail, _) = naming(r);
            VoteRow {
                index: i + 1,
                display,
                detail,
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
