//! The Tờ trình that proposes a dossier's awards, one per proposal number, with the
//! list of nominees the vote kept: the same list its decision annexes. Its Word copy
//! follows the template.

use super::word::{Block, Line, Part, Word};
use super::word_parts::{award_tables, closing, header, Extra};
use super::{Base, Copies, Counted, Cut, Facts, Given, Kind, Planned};
use crate::derive::ProposalFacts;
use serde::Serialize;
use std::ops::Range;

pub const PROPOSAL: Kind = Kind {
    name: "proposal",
    label: "Tờ trình",
    template: "proposal",
    builtin: include_str!("../../templates/proposal.typ.hbs"),
    electronic: true,
    cut: Cut::Whole,
    counted: Counted::Nothing,
    copies: Copies {
        docx: true,
        xlsx: false,
    },
    plan,
    schema: || crate::model::schema::data::<ProposalDoc>(),
};

/// What the proposal's template reads.
#[derive(Debug, Serialize, schemars::JsonSchema)]
struct ProposalDoc {
    #[serde(flatten)]
    base: Base,
    proposal: ProposalFacts,
}

impl Facts for ProposalDoc {
    fn data(&self, _: Option<Range<usize>>) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or_default()
    }

    fn fingerprint(&self) -> u128 {
        super::digest(self)
    }

    fn word(&self, _: Option<usize>) -> Option<Word> {
        Some(word(self))
    }
}

/// The Tờ trình, then the list of each award it proposes on pages of its own.
fn word(doc: &ProposalDoc) -> Word {
    let p = &doc.proposal;
    let mut body = vec![
        header(&p.issuer.parent, &p.issuer.name, &p.symbol, &p.place_date),
        Block::Title(vec![Line::bold("TỜ TRÌNH"), Line::bold(&p.summary)]),
        Block::Addressees(p.to.clone()),
    ];
    body.extend(p.bases.iter().map(|b| Block::Para(vec![Line::plain(b)])));
    if p.text.is_empty() {
        body.push(Block::Para(vec![Line::plain(&p.lead)]));
        let n = p.awards.len();
        for (i, a) in p.awards.iter().enumerate() {
            let reason = match a.award.head.reason_lower.is_empty() {
                true => String::new(),
                false => format!(", {}", a.award.head.reason_lower),
            };
            let end = if i + 1 == n { "." } else { ";" };
            let line = format!("- {}{reason}{end}", a.request);
            body.push(Block::Para(vec![Line::plain(line)]));
        }
    } else {
        body.push(Block::Markdown(p.text.clone()));
    }
    body.push(Block::Para(vec![Line::plain(&p.closing)]));
    body.push(closing(&p.recipients, Some(&p.signer)));
    let mut parts = vec![Part { blocks: body }];
    for a in &p.awards {
        let mut blocks = vec![Block::Title(vec![
            Line::bold(&a.title),
            Line::bold(&a.listed),
            Line::italic(&p.reference),
        ])];
        let extra = Extra {
            achievement: a.has_achievement,
            votes: a.has_votes,
            ..Extra::default()
        };
        blocks.extend(award_tables(&a.award, extra));
        parts.push(Part { blocks });
    }
    Word {
        // The council issues it when the agency decides: it is its author.
        author: p.issuer.name.clone(),
        ..Word::of(&doc.base, format!("Tờ trình {}", p.symbol), parts)
    }
}

fn plan(s: &Given) -> Vec<Planned> {
    let proposals = s.facts.proposals.iter();
    proposals
        .map(|p| {
            let facts = ProposalDoc {
                base: s.base.clone(),
                proposal: p.clone(),
            };
            Planned::new(&p.stem, p.date, facts)
        })
        .collect()
}
