//! The 34 provinces and centrally-run cities (since 1 July 2025), as their names are
//! written, found from what a user types (`Đà Nẵng`, `thành phố Đà Nẵng`, `TP Đà Nẵng`,
//! `Khánh Hoà`); and an Ủy ban nhân dân's place as running text writes it.

use unicode_normalization::UnicodeNormalization;

/// A province or centrally-run city.
#[derive(Debug, PartialEq, Eq)]
pub struct Province {
    /// Its name without `tỉnh` or `thành phố` (`Đà Nẵng`).
    pub name: &'static str,
    /// Whether it is a centrally-run city.
    pub city: bool,
}

const fn p(name: &'static str, city: bool) -> Province {
    Province { name, city }
}

/// The six centrally-run cities, then the 28 provinces.
pub const ALL: [Province; 34] = [
    p("Hà Nội", true),
    p("Huế", true),
    p("Hải Phòng", true),
    p("Đà Nẵng", true),
    p("Hồ Chí Minh", true),
    p("Cần Thơ", true),
    p("An Giang", false),
    p("Bắc Ninh", false),
    p("Cà Mau", false),
    p("Cao Bằng", false),
    p("Đắk Lắk", false),
    p("Điện Biên", false),
    p("Đồng Nai", false),
    p("Đồng Tháp", false),
    p("Gia Lai", false),
    p("Hà Tĩnh", false),
    p("Hưng Yên", false),
    p("Khánh Hòa", false),
    p("Lai Châu", false),
    p("Lâm Đồng", false),
    p("Lạng Sơn", false),
    p("Lào Cai", false),
    p("Nghệ An", false),
    p("Ninh Bình", false),
    p("Phú Thọ", false),
    p("Quảng Ngãi", false),
    p("Quảng Ninh", false),
    p("Quảng Trị", false),
    p("Sơn La", false),
    p("Tây Ninh", false),
    p("Thái Nguyên", false),
    p("Thanh Hóa", false),
    p("Tuyên Quang", false),
    p("Vĩnh Long", false),
];

impl Province {
    /// How the province's own awards name it after `Ủy ban nhân dân`: `tỉnh` in a
    /// province, `thành phố Đà Nẵng` in a city (`Thành phố Hồ Chí Minh` always so).
    pub fn in_award(&self) -> String {
        match (self.city, self.name) {
            (true, "Hồ Chí Minh") => "Thành phố Hồ Chí Minh".to_string(),
            (true, name) => format!("thành phố {name}"),
            (false, _) => "tỉnh".to_string(),
        }
    }
}

/// Letters without tone or other marks, in lower case, single spaces: `Khánh Hoà` and
/// `KHÁNH HÒA` fold alike.
pub fn fold(s: &str) -> String {
    let bare: String = s
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .map(|c| if c == 'đ' || c == 'Đ' { 'd' } else { c })
        .collect::<String>()
        .to_lowercase();
    bare.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `typed` without the words that say what it is (`tỉnh`, `thành phố`, `TP.`), folded.
fn bare(typed: &str) -> String {
    let mut s = fold(typed).replace('.', " ");
    for prefix in ["thanh pho ", "tinh ", "tp "] {
        if let Some(rest) = s.trim_start().strip_prefix(prefix) {
            s = rest.to_string();
        }
    }
    fold(&s)
}

/// The province `typed` names, matched without case, marks or prefix.
pub fn find(typed: &str) -> Option<&'static Province> {
    let want = bare(typed);
    ALL.iter().find(|p| fold(p.name) == want)
}

/// The provinces nearest to `typed`, for a did-you-mean (at most three).
pub fn nearest(typed: &str) -> Vec<&'static str> {
    let want = bare(typed);
    let mut scored: Vec<(f64, &str)> = ALL
        .iter()
        .map(|p| (strsim::jaro_winkler(&fold(p.name), &want), p.name))
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    scored.into_iter().take(3).map(|(_, n)| n).collect()
}

/// Administrative units that open a place's name, as running text writes them.
const UNITS: [(&str, &str); 5] = [
    ("THÀNH PHỐ", "thành phố"),
    ("TỈNH", "tỉnh"),
    ("XÃ", "xã"),
    ("PHƯỜNG", "phường"),
    ("ĐẶC KHU", "đặc khu"),
];

/// An Ủy ban nhân dân's place (`XÃ HÒA VANG`) as running text writes it: its unit in
/// lower case, each syllable of its name capitalised (`xã Hòa Vang`; `Thành phố Hồ Chí
/// Minh` always so).
pub fn in_text(place: &str) -> String {
    let place = place.trim();
    let (unit, name) = UNITS
        .iter()
        .find_map(|(upper, lower)| {
            let rest = place.strip_prefix(upper)?;
            rest.starts_with(' ').then(|| (*lower, rest.trim()))
        })
        .unwrap_or(("", place));
    let name: Vec<String> = name.split_whitespace().map(capitalised).collect();
    let name = name.join(" ");
    match unit {
        "thành phố" if fold(&name) == "ho chi minh" => format!("Thành phố {name}"),
        "" => name,
        unit => format!("{unit} {name}"),
    }
}

/// A syllable (or a sentence) with its first letter alone in capitals.
pub fn capitalised(word: &str) -> String {
    let lower = word.to_lowercase();
    let mut chars = lower.chars();
    chars
        .next()
        .into_iter()
        .flat_map(char::to_uppercase)
        .chain(chars)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn provinces_are_found_as_users_write_them() {
        let cases = [
            ("Đà Nẵng", Some("Đà Nẵng")),
            ("thành phố Đà Nẵng", Some("Đà Nẵng")),
            ("TP. Đà Nẵng", Some("Đà Nẵng")),
            ("Thành phố Hồ Chí Minh", Some("Hồ Chí Minh")),
            ("tỉnh Khánh Hoà", Some("Khánh Hòa")),
            ("THANH HOÁ", Some("Thanh Hóa")),
            ("Hà Tây", None),
            ("", None),
        ];
        for (typed, want) in cases {
            assert_eq!(find(typed).map(|p| p.name), want, "{typed}");
        }
        assert_eq!(nearest("Đà Nẳng")[0], "Đà Nẵng");
        assert_eq!(ALL.iter().filter(|p| p.city).count(), 6);
    }

    #[test]
    fn places_and_awards_as_running_text_writes_them() {
        assert_eq!(in_text("XÃ HÒA VANG"), "xã Hòa Vang");
        assert_eq!(in_text("PHƯỜNG HẢI CHÂU"), "phường Hải Châu");
        assert_eq!(in_text("ĐẶC KHU PHÚ QUỐC"), "đặc khu Phú Quốc");
        assert_eq!(in_text("THÀNH PHỐ ĐÀ NẴNG"), "thành phố Đà Nẵng");
        assert_eq!(in_text("THÀNH PHỐ HỒ CHÍ MINH"), "Thành phố Hồ Chí Minh");
        assert_eq!(in_text("TỈNH QUẢNG NGÃI"), "tỉnh Quảng Ngãi");
        assert_eq!(find("Đà Nẵng").unwrap().in_award(), "thành phố Đà Nẵng");
        assert_eq!(find("TP HCM").map(|p| p.name), None);
        assert_eq!(
            find("Hồ Chí Minh").unwrap().in_award(),
            "Thành phố Hồ Chí Minh"
        );
        assert_eq!(find("Quảng Ngãi").unwrap().in_award(), "tỉnh");
    }
}
