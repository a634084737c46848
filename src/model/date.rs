//! A calendar date as written in the YAML (`2024-10-15`), validated on load.

use serde::{de, Deserialize, Deserializer};
use std::fmt;

/// A valid Gregorian date; ordering is chronological.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Four-digit year.
    pub year: i32,
    /// Month 1–12.
    pub month: u8,
    /// Day of the month, 1–31.
    pub day: u8,
}

impl Date {
    /// Parses strict ISO `YYYY-MM-DD`, rejecting dates that do not exist (`2024-02-30`).
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = &s[r];
            part.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| part.parse().ok())?
        };
        let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
        let m = time::Month::try_from(u8::try_from(month).ok()?).ok()?;
        time::Date::from_calendar_date(year as i32, m, u8::try_from(day).ok()?).ok()?;
        Some(Date {
            year: year as i32,
            month: month as u8,
            day: day as u8,
        })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse(s.trim()).ok_or_else(|| de::Error::custom(t!("model-date-invalid", text = &s)))
    }
}

#[cfg(test)]
mod tests {
    use super::Date;

    #[test]
    fn parses_valid_and_rejects_invalid() {
        assert_eq!(
            Date::parse("2024-10-15"),
            Some(Date {
                year: 2024,
                month: 10,
                day: 15
            })
        );
        assert_eq!(Date::parse("2024-02-29").map(|d| d.day), Some(29));
        for bad in [
            "2023-02-29",
            "2024-02-30",
            "2024-13-01",
            "2024-00-10",
            "2024-1-5",
            "15/10/2024",
            "",
            "2024-10-1x",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }
}
