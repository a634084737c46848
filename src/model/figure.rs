//! A figure of a report as offices write it: a whole number or a decimal of up to four
//! places (`94.5`, `52380.25`), kept exact in integers, printed as written.

use serde::{de, Deserialize, Deserializer};

/// The most decimal places a figure may have.
pub const MAX_PLACES: u8 = 4;

/// A figure: `units` of 10^-`places` (`94.50` is 9450 of a hundredth).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Figure {
    pub units: u64,
    pub places: u8,
}

impl Figure {
    /// A whole number.
    pub fn whole(n: u64) -> Figure {
        Figure {
            units: n,
            places: 0,
        }
    }

    /// The figure written `text` (`94.50`, `1200`), when it is one: digits, and at most
    /// [`MAX_PLACES`] after a point.
    pub fn parse(text: &str) -> Result<Figure, String> {
        let text = text.trim();
        let (whole, frac) = text.split_once('.').unwrap_or((text, ""));
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty()
            || !digits(whole)
            || !digits(frac)
            || (text.contains('.') && frac.is_empty())
        {
            return Err(t!("model-figure-not", text = text));
        }
        if frac.len() > MAX_PLACES as usize {
            return Err(t!(
                "model-figure-places",
                text = text,
                places = frac.len(),
                max = MAX_PLACES,
            ));
        }
        let units = format!("{whole}{frac}")
            .parse::<u64>()
            .map_err(|_| t!("model-figure-too-large", text = text))?;
        Ok(Figure {
            units,
            places: frac.len() as u8,
        })
    }

    /// Its units at `places` (no fewer than its own), when they fit.
    pub fn at(self, places: u8) -> Option<u64> {
        let more = places.checked_sub(self.places)?;
        self.units.checked_mul(10u64.checked_pow(more as u32)?)
    }

    /// `self` and `other` at the places of the more precise: comparable integers.
    pub fn common(self, other: Figure) -> Option<(u64, u64, u8)> {
        let p = self.places.max(other.places);
        Some((self.at(p)?, other.at(p)?, p))
    }

    /// The same value written with `places` (`94.5` read from `94.50`: two places), when
    /// it is that value.
    pub fn written(self, text: &str) -> Figure {
        match Figure::parse(text) {
            Ok(f) if f.common(self).is_some_and(|(a, b, _)| a == b) => f,
            _ => self,
        }
    }

    /// As a spreadsheet's number.
    pub fn value(self) -> f64 {
        self.units as f64 / 10f64.powi(self.places as i32)
    }
}

impl std::fmt::Display for Figure {
    /// As the YAML writes it (`94.50`), for messages about the file.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let scale = 10u64.pow(self.places as u32);
        match self.places {
            0 => write!(f, "{}", self.units),
            p => write!(
                f,
                "{}.{:0w$}",
                self.units / scale,
                self.units % scale,
                w = p as usize
            ),
        }
    }
}

impl<'de> Deserialize<'de> for Figure {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match serde_yaml::Value::deserialize(d)? {
            serde_yaml::Value::Number(n) if n.as_u64().is_some() => {
                Ok(Figure::whole(n.as_u64().unwrap_or_default()))
            }
            // Its shortest text (`94.5`); load reads the places written (`94.50`).
            serde_yaml::Value::Number(n) if n.as_f64().is_some_and(|x| x >= 0.0) => {
                Figure::parse(&n.to_string()).map_err(de::Error::custom)
            }
            serde_yaml::Value::Number(n) => Err(de::Error::custom(t!(
                "model-figure-negative",
                text = n.to_string()
            ))),
            // Written in quotes, a figure is text: said so, not taken for a typo.
            serde_yaml::Value::String(s) if Figure::parse(&s).is_ok() => {
                Err(de::Error::custom(t!("model-figure-quoted", text = s)))
            }
            serde_yaml::Value::String(s) => {
                Err(de::Error::custom(t!("model-figure-text", text = s)))
            }
            _ => Err(de::Error::custom(t!("model-figure-expected"))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Figure;

    #[test]
    fn figures_as_written() {
        let f = |u, p| Figure {
            units: u,
            places: p,
        };
        for (text, want) in [
            ("1200", f(1200, 0)),
            ("94.5", f(945, 1)),
            ("94.50", f(9450, 2)),
            ("0.0001", f(1, 4)),
            ("52380.25", f(5238025, 2)),
        ] {
            assert_eq!(Figure::parse(text), Ok(want), "{text}");
        }
        for bad in [
            "",
            "-5",
            "1.2.3",
            "94,5",
            "1.",
            ".5",
            "1.23456",
            "1e3",
            "99999999999999999999",
        ] {
            assert!(Figure::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(f(945, 1).common(f(95, 0)), Some((945, 950, 1)));
        assert_eq!(f(945, 1).written("94.50"), f(9450, 2));
        assert_eq!(f(945, 1).written("94.6"), f(945, 1));
        assert_eq!(f(u64::MAX, 0).at(1), None);
        assert_eq!(f(9450, 2).to_string(), "94.50");
    }
}
