//! Values no real dossier has: dates outside the years of this work, document number 0,
//! achievement keys a text cannot name, results far over their plan. Each is taken for
//! a typo.

use crate::model::Dossier;

/// Years a date of this work can fall in: a typo (`0024`, `20245`) is caught here.
const YEARS: std::ops::RangeInclusive<i32> = 1945..=2100;

/// The longest text of a table's row (an achievement's name, its unit).
const MAX_ROW_TEXT: usize = 500;

/// A plan exceeded more than this many times over is taken for a typo.
const MAX_TIMES_PLAN: u64 = 100;

/// Dates, document numbers and results that no real dossier has: each a located error.
pub fn implausible(d: &Dossier) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut push = |msg: String, path: &str| found.push((msg, path.to_string()));
    let mut dates = Vec::new();
    if let Some(c) = &d.conference {
        dates.push((c.date, "conference.date".to_string()));
    }
    if let Some(r) = &d.report {
        dates.push((r.date, "report.date".to_string()));
        if r.number == 0 {
            push(t!("plausible-number-zero"), "report.number");
        }
    }
    if let Some(m) = &d.meeting {
        if m.number == Some(0) {
            push(t!("plausible-number-zero"), "meeting.number");
        }
        dates.push((m.date, "meeting.date".to_string()));
    }
    if let Some(inv) = d.conference.as_ref().and_then(|c| c.invitation.as_ref()) {
        dates.push((inv.date, "conference.invitation.date".to_string()));
    }
    for (i, a) in d.awards.iter().enumerate() {
        if let Some(p) = &a.proposal {
            dates.push((p.date, format!("awards[{i}].proposal.date")));
        }
        let Some(dec) = &a.decision else {
            continue;
        };
        dates.push((dec.date, format!("awards[{i}].decision.date")));
        if dec.number == Some(0) {
            let path = format!("awards[{i}].decision.number");
            push(t!("plausible-number-zero"), &path);
        }
    }
    for (date, path) in dates.iter().filter(|(d, _)| !YEARS.contains(&d.year)) {
        let msg = t!(
            "plausible-date",
            date = date.to_string(),
            first = YEARS.start(),
            last = YEARS.end()
        );
        push(msg, path);
    }
    let mut keys: Vec<&str> = Vec::new();
    for (i, a) in d.achievements.iter().enumerate() {
        if let Some(k) = a.key.as_deref() {
            let path = format!("achievements[{i}].key");
            let word = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
            if k.is_empty() || !k.chars().all(word) {
                let msg = t!("plausible-key-chars", key = k);
                push(msg, &path);
            } else if keys.contains(&k) {
                push(t!("plausible-key-twice", key = k), &path);
            }
            keys.push(k);
        }
        // A row of the report's table, and a cell of its sheet.
        for (field, text) in [("name", Some(&a.name)), ("unit", a.unit.as_ref())] {
            let n = text.map_or(0, |t| t.chars().count());
            // Longer than a spreadsheet's cell is refused where it is read (glyphs).
            if (MAX_ROW_TEXT + 1..=32_767).contains(&n) {
                let msg = if field == "name" {
                    t!("plausible-name-long", count = n, most = MAX_ROW_TEXT)
                } else {
                    t!("plausible-unit-long", count = n, most = MAX_ROW_TEXT)
                };
                push(msg, &format!("achievements[{i}].{field}"));
            }
        }
        // Figures compared at the places of the more precise; a rate may pass 100.
        match a.actual.common(a.target) {
            None => {
                let msg = t!("plausible-figure-too-large");
                push(msg, &format!("achievements[{i}].actual"));
            }
            Some((x, t, _))
                if t > 0 && !a.rate() && x as u128 > t as u128 * MAX_TIMES_PLAN as u128 =>
            {
                let msg = t!(
                    "plausible-over-plan",
                    actual = a.actual.to_string(),
                    times = MAX_TIMES_PLAN,
                    target = a.target.to_string()
                );
                push(msg, &format!("achievements[{i}].actual"));
            }
            _ => {}
        }
    }
    found
}

/// Figures written with three decimals (`1.254`), read as decimals but perhaps meant
/// as thousands, as Vietnamese groups them: a warning each.
pub fn ambiguous(d: &Dossier) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for (i, a) in d.achievements.iter().enumerate() {
        for (field, f) in [("target", a.target), ("actual", a.actual)] {
            if f.places == 3 {
                let msg = t!(
                    "plausible-three-decimals",
                    figure = f.to_string(),
                    decimal = f.to_string().replace('.', ","),
                    units = f.units.to_string()
                );
                found.push((msg, format!("achievements[{i}].{field}")));
            }
        }
    }
    found
}

/// Each achievement's figures with the decimals written (`94.50`: two places, which the
/// YAML number read as 94.5 forgets), read back from the file's text at their places.
pub fn figures_as_written(d: &mut Dossier, text: &str, loc: &super::Locations) {
    let lines: Vec<&str> = text.lines().collect();
    let raw = |path: &str| -> Option<String> {
        let (line, column) = loc.find(path)?;
        let from: String = lines
            .get(line.checked_sub(1)?)?
            .chars()
            .skip(column.checked_sub(1)?)
            .collect();
        let end = from.find(|c: char| c.is_whitespace() || ",}]#".contains(c));
        Some(from[..end.unwrap_or(from.len())].to_string())
    };
    for (i, a) in d.achievements.iter_mut().enumerate() {
        if let Some(t) = raw(&format!("achievements[{i}].target")) {
            a.target = a.target.written(&t);
        }
        if let Some(t) = raw(&format!("achievements[{i}].actual")) {
            a.actual = a.actual.written(&t);
        }
    }
}
