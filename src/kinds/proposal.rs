//! The Tờ trình that proposes a dossier's awards, one per proposal number, with the
//! list of nominees the vote kept: the same list its decision annexes.

use super::{Base, Counted, Cut, Given, Kind, Planned, Whole};
use crate::derive::ProposalFacts;
use serde::Serialize;

pub const PROPOSAL: Kind = Kind {
    name: "proposal",
    template: "proposal",
    builtin: include_str!("../../templates/proposal.typ.hbs"),
    cut: Cut::Whole,
    counted: Counted::Nothing,
    plan,
};

/// What the proposal's template reads.
#[derive(Debug, Serialize)]
struct ProposalDoc {
    #[serde(flatten)]
    base: Base,
    proposal: ProposalFacts,
}

fn plan(s: &Given) -> Vec<Planned> {
    let proposals = s.facts.proposals.iter();
    proposals
        .map(|p| {
            let facts = ProposalDoc {
                base: s.base.clone(),
                proposal: p.clone(),
            };
            Planned::new(&p.stem, p.date, Whole(facts))
        })
        .collect()
}
