//! Names compared as Vietnamese writes them: whatever the case, the spacing, the Unicode
//! form (composed or not) or the placement of the tone mark (`Hoà` and `Hòa`).

use unicode_normalization::UnicodeNormalization;

/// The tone mark on the second vowel of `oa`, `oe`, `uy`, moved to the first, as the
/// other placement writes it.
const PLACEMENTS: [(&str, &str); 15] = [
    ("oà", "òa"),
    ("oá", "óa"),
    ("oả", "ỏa"),
    ("oã", "õa"),
    ("oạ", "ọa"),
    ("oè", "òe"),
    ("oé", "óe"),
    ("oẻ", "ỏe"),
    ("oẽ", "õe"),
    ("oẹ", "ọe"),
    ("uỳ", "ùy"),
    ("uý", "úy"),
    ("uỷ", "ủy"),
    ("uỹ", "ũy"),
    ("uỵ", "ụy"),
];

/// `name` folded: composed, in lower case, single spaces, one placement of tone marks.
pub fn fold(name: &str) -> String {
    let mut s: String = name.nfc().collect::<String>().to_lowercase();
    for (from, to) in PLACEMENTS {
        s = s.replace(from, to);
    }
    // `UBND` as offices abbreviate it.
    let words = s.split_whitespace().map(|w| {
        if w == "ubnd" {
            "ủy ban nhân dân"
        } else {
            w
        }
    });
    words.collect::<Vec<_>>().join(" ")
}

/// `text` with the abbreviations offices write for bodies spelt out, as the body of an
/// official document names them (`Chủ tịch UBND thành phố` → `Chủ tịch Ủy ban nhân dân
/// thành phố`); anything else as written.
pub fn spelt_out(text: &str) -> String {
    let words: Vec<&str> = text
        .split(' ')
        .map(|w| match w {
            "UBND" => "Ủy ban nhân dân",
            "HĐND" => "Hội đồng nhân dân",
            w => w,
        })
        .collect();
    words.join(" ")
}

/// Whether `a` and `b` are the same name, folded.
pub fn same(a: &str, b: &str) -> bool {
    fold(a) == fold(b)
}

/// A date of birth as the register compares it: `12/5/1985`, `12/05/1985`, `12-05-1985`
/// and `1985-05-12` alike; other text as written (folded).
pub fn born(text: &str) -> String {
    let t = text.trim();
    let parts: Vec<&str> = t.split(['/', '-', '.']).map(str::trim).collect();
    let num = |s: &str| s.parse::<u32>().ok();
    let ymd = match parts.as_slice() {
        [y, m, d] if y.len() == 4 => (num(y), num(m), num(d)),
        [d, m, y] if y.len() == 4 => (num(y), num(m), num(d)),
        _ => (None, None, None),
    };
    match ymd {
        (Some(y), Some(m), Some(d)) if (1..=12).contains(&m) && (1..=31).contains(&d) => {
            format!("{y:04}-{m:02}-{d:02}")
        }
        _ => fold(t),
    }
}

/// Whether `text` is a date of birth as offices write one: a day of the calendar
/// (`12/05/1985`, `1985-05-12`, `12-05-1985`, `12.05.1985`) or a year alone (`1985`),
/// from 1900 to `latest` (no one is born after the project's latest year).
pub fn is_birth(text: &str, latest: i32) -> bool {
    let t = text.trim();
    let year_ok = |y: i32| (1900..=latest).contains(&y);
    if t.len() == 4 {
        return t.parse().is_ok_and(year_ok);
    }
    let normal = born(t);
    crate::model::Date::parse(&normal).is_some_and(|d| year_ok(d.year))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_fold_as_vietnamese_writes_them() {
        let same_names = [
            (
                "Chủ tịch Ủy ban nhân dân xã Hòa Vang",
                "chủ tịch  ủy ban nhân dân xã hoà vang",
            ),
            ("Thủy", "Thuỷ"),
            ("KHÁNH HÒA", "Khánh Hoà"),
            // Decomposed (NFD) as some editors save it.
            ("Hòa", "Ho\u{300}a"),
            (
                "Chủ tịch UBND xã Hòa Vang",
                "Chủ tịch Ủy ban nhân dân xã Hòa Vang",
            ),
        ];
        for (a, b) in same_names {
            assert!(same(a, b), "{a} = {b}");
        }
        assert!(!same(
            "Chủ tịch Ủy ban nhân dân xã",
            "Chủ tịch Ủy ban nhân dân xã Hòa Vang"
        ));
        assert!(!same(
            "Giám đốc Sở Y tế",
            "Giám đốc Sở Y tế tỉnh Quảng Ngãi"
        ));
        assert_eq!(fold("  Hoà   Vang "), "hòa vang");
        for (text, fine) in [
            ("12/05/1985", true),
            ("1985-5-12", true),
            ("1985", true),
            ("29/02/1984", true),
            ("31/02/1985", false),
            ("29/02/1985", false),
            ("abc", false),
            ("2099-01-01", false),
            ("1899", false),
        ] {
            assert_eq!(is_birth(text, 2026), fine, "{text}");
        }
        // The tone and the letters themselves still tell names apart.
        for (a, b) in [("Lê Thủy", "Lê Thùy"), ("Hoa", "Hòa"), ("Đạt", "Dạt")] {
            assert_ne!(fold(a), fold(b), "{a} {b}");
        }
    }
}
