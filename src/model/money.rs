//! Award money as multiples of the base salary: a coefficient, one regime's coefficients
//! for each kind of recipient, and the rounding the law prescribes.

use super::forms::Form;
use super::{Catalogue, Date};
use serde::{de, Deserialize, Deserializer};

/// A multiple of the base salary, kept in hundredths so money stays in integers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Coefficient(pub u64);

impl std::fmt::Display for Coefficient {
    /// As Vietnamese writes it: `0,3`, `1,5`, `8`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&super::threshold::hundredths(self.0))
    }
}

impl<'de> Deserialize<'de> for Coefficient {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let x = f64::deserialize(d)?;
        let h = (x * 100.0).round();
        if !(0.0..=1e6).contains(&h) || (x * 100.0 - h).abs() > 1e-6 {
            return Err(de::Error::custom(t!(
                "model-coefficient-range",
                x = x.to_string()
            )));
        }
        Ok(Coefficient(h as u64))
    }
}

/// One regime's coefficients: an individual's, a collective's and a household's, `None`
/// where the form is not given to them. Written `[0.3, 0.6]` (no household) or
/// `[0.3, 0.6, 0.45]`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Money(pub [Option<Coefficient>; 3]);

impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let list = Vec::<Option<Coefficient>>::deserialize(d)?;
        match list[..] {
            [ind, coll] => Ok(Money([ind, coll, None])),
            [ind, coll, home] => Ok(Money([ind, coll, home])),
            _ => Err(de::Error::custom(t!(
                "model-coefficients-count",
                count = list.len()
            ))),
        }
    }
}

impl Catalogue {
    /// Award money `[individual, collective, household]` for `form` on `date`, rounded
    /// up to 10.000 đồng.
    pub fn money(&self, form: &Form, date: Date) -> [Option<u64>; 3] {
        let (Some(regime), Some(base)) = (self.regime_at(date), self.base_salary_at(date)) else {
            return [None; 3];
        };
        self.coefficients(form, regime.from).0.map(|c| {
            c.filter(|c| c.0 > 0)
                .map(|c| round_up(c.0 as u128 * base as u128))
        })
    }

    /// The coefficients of `form` in the regime in force on `date`; a regime the form has
    /// none for (a user's new one) keeps the latest earlier ones.
    pub fn coefficients(&self, form: &Form, date: Date) -> Money {
        let mut earlier = self.back_from(date).filter_map(|r| form.money.get(&r.key));
        earlier.next().copied().unwrap_or_default()
    }
}

/// Rounds `hundredths_of_dong / 100` up to the next 10.000 đồng, in integers.
fn round_up(hundredths: u128) -> u64 {
    let step = 100 * 10_000;
    u64::try_from(hundredths.div_ceil(step) * 10_000).unwrap_or(u64::MAX)
}
