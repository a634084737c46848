//! What the report says of one achievement, for its table, its sheet and its prose alike:
//! the figures as written, the share of the plan (or, for a rate, the difference in
//! points), and the verdict, which way the target is better taken into account.

use super::numbers;
use crate::model::{Achievement, Better, Figure};
use std::cmp::Ordering;

/// An achievement judged.
pub struct Judged {
    /// `1.200`, `94,5`; a ceiling `≤ 95` in the table (`target_plain` without the sign).
    pub target: String,
    pub target_plain: String,
    pub actual: String,
    /// `108,3%`, or for a rate `-0,8 điểm`.
    pub percent: String,
    /// `Vượt`, `Đạt`, `Chưa đạt`; `verdict` the same for running text.
    pub status: &'static str,
    pub verdict: &'static str,
    /// The share of the plan (1.083 for 108,3 %), or for a rate the difference in
    /// points: a spreadsheet's number.
    pub ratio: Option<f64>,
    pub points: Option<f64>,
}

/// `a` judged.
pub fn judged(a: &Achievement) -> Judged {
    let (target, actual) = (figure(a.target), figure(a.actual));
    let common = a.actual.common(a.target);
    let order = common.map(|(x, t, _)| x.cmp(&t));
    let met = match (order, a.better) {
        (Some(o), Better::Higher) => o,
        (Some(o), Better::Lower) => o.reverse(),
        (None, _) => Ordering::Equal,
    };
    let (status, verdict) = match met {
        Ordering::Greater => ("Vượt", "vượt"),
        Ordering::Equal => ("Đạt", "đạt"),
        Ordering::Less => ("Chưa đạt", "chưa đạt"),
    };
    let (percent, ratio, points) = match (common, a.rate()) {
        (Some((x, t, p)), true) => {
            let diff = x as i128 - t as i128;
            let value = diff as f64 / 10f64.powi(p as i32);
            (format!("{} điểm", signed(diff, p)), None, Some(value))
        }
        (Some((x, t, _)), false) => {
            let ratio = (t > 0).then(|| x as f64 / t as f64);
            (numbers::percent(x, t), ratio, None)
        }
        (None, _) => ("-".to_string(), None, None),
    };
    let sign = match a.better {
        Better::Lower => "≤ ",
        Better::Higher => "",
    };
    Judged {
        target: format!("{sign}{target}"),
        target_plain: target,
        actual,
        percent,
        status,
        verdict,
        ratio,
        points,
    }
}

/// A figure as Vietnamese prints it: thousands by `.`, decimals after `,` as written
/// (`1.254`, `94,50`).
pub fn figure(f: Figure) -> String {
    let scale = 10u64.pow(f.places as u32);
    let whole = numbers::group(f.units / scale);
    match f.places {
        0 => whole,
        p => format!("{whole},{:0width$}", f.units % scale, width = p as usize),
    }
}

/// A difference of `diff` units of 10^-`places`, signed (`-0,8`, `+1,25`, `0`).
fn signed(diff: i128, places: u8) -> String {
    let magnitude = figure(Figure {
        units: diff.unsigned_abs() as u64,
        places: places.max(1),
    });
    match diff.cmp(&0) {
        Ordering::Less => format!("-{magnitude}"),
        Ordering::Greater => format!("+{magnitude}"),
        Ordering::Equal => "0".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn achievement(target: &str, actual: &str, unit: &str, better: Better) -> Achievement {
        Achievement {
            key: None,
            name: "x".into(),
            unit: Some(unit.into()),
            target: Figure::parse(target).unwrap(),
            actual: Figure::parse(actual).unwrap(),
            better,
        }
    }

    #[test]
    fn achievements_judged_as_reports_write_them() {
        // (target, actual, unit, better) → (target cell, actual, percent, status)
        let table = [
            (
                "165000",
                "178747",
                "lao động",
                Better::Higher,
                ("165.000", "178.747", "108,3%", "Vượt"),
            ),
            (
                "1200",
                "1200",
                "hồ sơ",
                Better::Higher,
                ("1.200", "1.200", "100,0%", "Đạt"),
            ),
            (
                "94.50",
                "74.5",
                "ha",
                Better::Higher,
                ("94,50", "74,5", "78,8%", "Chưa đạt"),
            ),
            (
                "95",
                "74",
                "hộ",
                Better::Lower,
                ("≤ 95", "74", "77,9%", "Vượt"),
            ),
            (
                "95",
                "96",
                "hộ",
                Better::Lower,
                ("≤ 95", "96", "101,1%", "Chưa đạt"),
            ),
            (
                "95",
                "94.2",
                "%",
                Better::Higher,
                ("95", "94,2", "-0,8 điểm", "Chưa đạt"),
            ),
            (
                "95",
                "101.25",
                "%",
                Better::Higher,
                ("95", "101,25", "+6,25 điểm", "Vượt"),
            ),
            (
                "1.5",
                "1.2",
                "%",
                Better::Lower,
                ("≤ 1,5", "1,2", "-0,3 điểm", "Vượt"),
            ),
            (
                "95",
                "95",
                "%",
                Better::Higher,
                ("95", "95", "0 điểm", "Đạt"),
            ),
            ("0", "5", "vụ", Better::Lower, ("≤ 0", "5", "-", "Chưa đạt")),
        ];
        for (t, a, unit, better, want) in table {
            let j = judged(&achievement(t, a, unit, better));
            assert_eq!(
                (
                    j.target.as_str(),
                    j.actual.as_str(),
                    j.percent.as_str(),
                    j.status
                ),
                want,
                "{t} {a} {unit}"
            );
        }
        let j = judged(&achievement("95", "94.2", "%", Better::Higher));
        assert_eq!((j.verdict, j.ratio), ("chưa đạt", None));
        assert!((j.points.unwrap() + 0.8).abs() < 1e-9);
    }
}
