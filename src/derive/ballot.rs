//! The council's vote on an award's nominees: each nominee's share of all members and
//! the verdict against the form's threshold. The vote decides who the proposal, the
//! decision, its certificates and the payment list name.

use super::numbers;
use crate::model::Percent;
use serde::Serialize;

/// The council that voted: its size, and the threshold of the form on the meeting's date.
#[derive(Debug, Clone, Copy)]
pub struct Ballot {
    /// Every member, present or not: the share is of them all.
    pub members: usize,
    /// The share a nominee needs; none when the form takes no ballot (no verdict).
    pub threshold: Option<Percent>,
}

impl Ballot {
    /// The vote of `project`'s council on `form` at dossier `d`'s meeting, when it met.
    pub fn of(
        project: &crate::load::Project,
        d: &crate::model::Dossier,
        form: &str,
    ) -> Option<Ballot> {
        let (m, c) = (d.meeting.as_ref()?, project.config.council.as_ref()?);
        let cat = &project.catalogue;
        Some(Ballot {
            members: c.members.len(),
            threshold: cat.forms.get(form).and_then(|f| cat.threshold(f, m.date)),
        })
    }

    /// Whether a nominee with `votes` stays: no vote, or no threshold, or one reached.
    pub fn keeps(&self, votes: Option<u32>) -> bool {
        match (votes, self.threshold) {
            (Some(v), Some(t)) => t.reached_by(v, self.members),
            _ => true,
        }
    }

    /// `votes` as a share of all members (`88,9%`), told apart from the threshold.
    pub fn share(&self, votes: u32) -> String {
        let mark = self.threshold.map_or(10_000, |t| t.0);
        numbers::percent_beside(votes as u64, self.members as u64, mark)
    }

    /// `Đạt`, `Không đạt`, or nothing without a threshold.
    pub fn verdict(&self, votes: u32) -> &'static str {
        match self.threshold {
            Some(t) if t.reached_by(votes, self.members) => "Đạt",
            Some(_) => "Không đạt",
            None => "",
        }
    }
}

/// One nominee's line in the minutes' table.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct VoteRow {
    /// STT, from 1, collectives first as in the annex.
    pub index: usize,
    /// `Bà Nguyễn Thị Mai` or the collective's name.
    pub display: String,
    /// Position and unit.
    pub detail: String,
    /// Votes in favour.
    pub votes: u32,
    /// Of all members (`88,9%`).
    pub share: String,
    /// `Đạt`, `Không đạt` or empty.
    pub verdict: String,
}

/// The vote on one award, as the minutes print it.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct BallotFacts {
    /// Its number among the minutes' tables, from 1.
    pub number: usize,
    /// The form's name (`Chiến sĩ thi đua cơ sở`).
    pub form_name: String,
    /// `80%`, or empty when the form takes no ballot.
    pub threshold: String,
    /// Every nominee with votes, in the annex's order.
    pub rows: Vec<VoteRow>,
    /// How many passed (`05`).
    pub passed: String,
    /// How many were voted on (`06`).
    pub voted: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verdicts_on_the_boundary() {
        // The decree's shares of all members: 8 of 10 pass at 80 %; 8 of 9 fail at 90 %.
        let base = Ballot {
            members: 10,
            threshold: Some(Percent(8000)),
        };
        assert_eq!((base.verdict(8), base.share(8)), ("Đạt", "80,0%".into()));
        assert_eq!(base.verdict(7), "Không đạt");
        let province = Ballot {
            members: 9,
            threshold: Some(Percent(9000)),
        };
        assert_eq!(
            (province.verdict(8), province.share(8)),
            ("Không đạt", "88,9%".into())
        );
        assert_eq!(province.verdict(9), "Đạt");
        assert!(!province.keeps(Some(8)) && province.keeps(None));
        let free = Ballot {
            members: 9,
            threshold: None,
        };
        assert_eq!((free.verdict(1), free.keeps(Some(1))), ("", true));
    }
}
