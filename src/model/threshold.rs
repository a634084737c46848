//! Vote thresholds: the share of the council's members a nominee's votes must reach,
//! kept as exact fractions, one for every regime or one per regime.

use serde::de::{self, Deserializer};
use serde::Deserialize;
use std::collections::BTreeMap;

/// A share in hundredths of a percent (`80` → 8000, `66.67` → 6667): vote thresholds
/// are decided on exact fractions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Percent(pub u32);

impl<'de> Deserialize<'de> for Percent {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let x = f64::deserialize(d)?;
        let h = (x * 100.0).round();
        if !(1.0..=10_000.0).contains(&h) || (x * 100.0 - h).abs() > 1e-6 {
            return Err(de::Error::custom(t!(
                "model-threshold-range",
                x = x.to_string()
            )));
        }
        Ok(Percent(h as u32))
    }
}

impl Percent {
    /// Whether `votes` of a council of `members` reach this share, on exact fractions
    /// (`votes × 100 ≥ threshold × members`): 8 of 10 reach 80 %, 8 of 9 miss 90 %.
    pub fn reached_by(self, votes: u32, members: usize) -> bool {
        votes as u128 * 10_000 >= self.0 as u128 * members as u128
    }
}

impl std::fmt::Display for Percent {
    /// As Vietnamese writes it: `80%`, `66,67%`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}%", hundredths(self.0 as u64))
    }
}

/// A number kept in hundredths as Vietnamese writes it, with a decimal comma and no
/// trailing zero: `80`, `0,3`, `66,67`.
pub fn hundredths(n: u64) -> String {
    let (whole, part) = (n / 100, n % 100);
    match part {
        0 => format!("{whole}"),
        p if p % 10 == 0 => format!("{whole},{}", p / 10),
        p => format!("{whole},{p:02}"),
    }
}

/// The share of the council's members a nominee's votes must reach: one for every
/// regime, or one per regime key (a regime without one keeps the latest earlier one).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Thresholds {
    /// For every regime not listed in `by_regime`.
    pub all: Option<Percent>,
    /// Per regime key.
    pub by_regime: BTreeMap<String, Percent>,
}

impl Thresholds {
    /// Whether the form is voted on by secret ballot in some regime.
    pub fn any(&self) -> bool {
        self.all.is_some() || !self.by_regime.is_empty()
    }

    /// A user's thresholds over these: a single number replaces them all; a table is
    /// merged in.
    pub(super) fn merge(&mut self, over: &Thresholds) {
        if over.all.is_some() {
            *self = over.clone();
        } else {
            self.by_regime.extend(over.by_regime.clone());
        }
    }
}

impl<'de> Deserialize<'de> for Thresholds {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Written {
            All(Percent),
            ByRegime(BTreeMap<String, Percent>),
        }
        match Written::deserialize(d)
            .map_err(|_| de::Error::custom(t!("model-threshold-expected")))?
        {
            Written::All(p) => Ok(Thresholds {
                all: Some(p),
                by_regime: BTreeMap::new(),
            }),
            Written::ByRegime(by_regime) => Ok(Thresholds {
                all: None,
                by_regime,
            }),
        }
    }
}
