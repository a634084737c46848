//! The awards item of a conference: each decided award announced, highest authority
//! first, and its recipients called to the stage in turns — or, for a title that prints
//! no certificate (60 people recognised as Lao động tiên tiến), only announced.

use super::{lower_first, AwardFacts, RecipientFacts};
use crate::load::Project;
use crate::model::{Award, Conference, Person};
use serde::Serialize;
use std::sync::Arc;

/// How many recipients go on stage at once unless `conference.stage` says.
const STAGE: usize = 10;

/// One recipient called to the stage.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Called {
    /// Its number within the turn, from 1.
    pub index: usize,
    pub display: String,
    pub detail: String,
}

/// One turn on stage: at most `stage` recipients of one award.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Turn {
    /// From 1 across the ceremony, as the script calls it (`Lượt 3`).
    pub number: usize,
    /// What it gives, as a heading names it (`Danh hiệu “Lao động tiên tiến”`, `Giấy khen`).
    pub form_name: String,
    /// `Trân trọng kính mời đại diện các tập thể và các cá nhân sau lên nhận Giấy khen:`.
    pub call: String,
    pub names: Vec<Called>,
    /// `Trân trọng kính mời đồng chí …, … lên trao …`, or empty with no presenter.
    pub presenter: String,
}

/// One award at the awards item: announced, then its turns on stage (none when it is
/// only announced).
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Presented {
    /// What it gives, as a heading names it.
    pub form_name: String,
    /// `Quyết định số … về việc … cho 60 cá nhân`.
    pub announcement: String,
    /// `60 cá nhân`.
    pub counts: String,
    /// Whether its recipients are called to the stage.
    pub on_stage: bool,
    pub turns: Vec<Turn>,
}

/// Every decided award with recipients, highest authority first (the dossier's order
/// among equals); those on stage in turns of at most `stage` recipients in the annex's
/// order, numbered through the ceremony.
pub fn presented(
    project: &Project,
    (c, chair): (&Conference, Option<&Person>),
    (given, facts): (&[Award], &[Arc<AwardFacts>]),
) -> Vec<Presented> {
    let cat = &project.catalogue;
    let people = &project.config.people;
    let stage = c.stage.unwrap_or(STAGE).max(1);
    let mut awards: Vec<(&Award, &Arc<AwardFacts>)> = given
        .iter()
        .zip(facts)
        .filter(|(_, f)| f.head.decided && f.head.total > 0)
        .collect();
    awards.sort_by_key(|(a, _)| cat.forms.get(&a.form).map_or(u32::MAX, |f| f.rank));
    let mut out: Vec<Presented> = Vec::new();
    let mut number = 0;
    for (a, f) in awards {
        let h = &f.head;
        // A title without a certificate is recognised, not handed over, unless it says.
        let prints = cat.forms.get(&a.form).is_some_and(|f| f.certificate);
        let on_stage = a.on_stage.unwrap_or(!h.title || prints);
        let presenter = a.presenter.as_deref().and_then(|k| people.get(k)).or(chair);
        let mut turns = Vec::new();
        if on_stage {
            let all: Vec<_> = f.everyone().collect();
            for chunk in balanced(&all, stage) {
                number += 1;
                turns.push(turn(f, number, chunk, presenter));
            }
        }
        out.push(Presented {
            form_name: super::upper_first(&super::wording::prize(h.title, &h.form_name)),
            announcement: format!(
                "Quyết định số {} {} của {} về việc {} {} cho {}",
                h.symbol,
                h.date_long,
                h.issuer,
                lower_first(&h.verb),
                h.given,
                h.counts
            ),
            counts: h.counts.clone(),
            on_stage,
            turns,
        });
    }
    out
}

/// Turn `number`: the recipients of `chunk` called up, `presenter` asked to hand over.
fn turn(f: &AwardFacts, number: usize, chunk: &[&RecipientFacts], by: Option<&Person>) -> Turn {
    let h = &f.head;
    let prize = super::wording::prize(h.title, &h.form_name);
    let (who, to) = called(chunk);
    Turn {
        number,
        form_name: super::upper_first(&prize),
        call: format!("Trân trọng kính mời {who} sau lên nhận {prize}:"),
        names: chunk
            .iter()
            .enumerate()
            .map(|(i, r)| Called {
                index: i + 1,
                display: r.on_certificate.clone(),
                detail: r.detail.clone(),
            })
            .collect(),
        presenter: by
            .map(|p| {
                format!(
                    "Trân trọng kính mời đồng chí {}, {} lên trao {prize} cho {to}.",
                    p.name, p.position
                )
            })
            .unwrap_or_default(),
    }
}

/// `list` in as few turns of at most `stage` as it takes, their sizes as equal as can
/// be (25 in turns of 8: 7, 6, 6, 6 — not 8, 8, 8 and one alone on stage).
fn balanced<T>(list: &[T], stage: usize) -> Vec<&[T]> {
    let turns = list.len().div_ceil(stage.max(1));
    let mut out = Vec::with_capacity(turns);
    let mut rest = list;
    for t in 0..turns {
        let size = rest.len().div_ceil(turns - t);
        let (turn, after) = rest.split_at(size);
        out.push(turn);
        rest = after;
    }
    out
}

/// Who a turn calls up (`đại diện các tập thể và cá nhân`) and who is handed the award
/// (`các tập thể, cá nhân`): collectives and households send a representative.
fn called(chunk: &[&RecipientFacts]) -> (String, String) {
    let households = chunk.iter().filter(|r| r.household).count();
    let collectives = chunk.iter().filter(|r| r.collective).count();
    let individuals = chunk.len() - collectives - households;
    let named = [
        (collectives, "tập thể", "các tập thể"),
        (individuals, "cá nhân", "các cá nhân"),
        (households, "hộ gia đình", "các hộ gia đình"),
    ];
    let parts: Vec<&str> = named
        .iter()
        .filter(|(n, _, _)| *n > 0)
        .map(|&(n, one, many)| if n > 1 { many } else { one })
        .collect();
    let to = parts.join(", ");
    let who = match parts.split_last() {
        Some((last, [])) => last.to_string(),
        Some((last, first)) => format!("{} và {last}", first.join(", ")),
        None => String::new(),
    };
    match collectives + households > 0 {
        true => (format!("đại diện {who}"), to),
        false => (who, to),
    }
}

#[cfg(test)]
mod tests {
    use super::balanced;

    #[test]
    fn turns_are_balanced() {
        let sizes = |n: usize, stage| {
            let list: Vec<usize> = (0..n).collect();
            balanced(&list, stage)
                .iter()
                .map(|t| t.len())
                .collect::<Vec<_>>()
        };
        assert_eq!(sizes(25, 8), [7, 6, 6, 6]);
        assert_eq!(sizes(9, 8), [5, 4]);
        assert_eq!(sizes(200, 10), [10; 20]);
        assert_eq!(sizes(8, 8), [8]);
        assert_eq!(sizes(1, 10), [1]);
        assert_eq!(sizes(0, 10), Vec::<usize>::new());
        assert_eq!(sizes(31, 30), [16, 15]);
    }
}
