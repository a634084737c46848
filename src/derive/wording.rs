//! The sentences of a decision and of the lists it and a Tờ trình annex, written once
//! here for the PDF's template and the Word copy alike (neither restates them).

use super::award::MoneyFacts;
use crate::model::Who;

/// Who a list names, of whether it has collectives, individuals and households:
/// `tập thể, cá nhân`, `tập thể`, `hộ gia đình`; `cá nhân` when it has none.
pub fn whom(has: [bool; 3], pupils: bool) -> String {
    let nouns = Who::SECTIONS.map(|w| w.named(pupils));
    let named: Vec<&str> = nouns
        .into_iter()
        .zip(has)
        .filter(|(_, h)| *h)
        .map(|(n, _)| n)
        .collect();
    match named.is_empty() {
        true => Who::Individual.named(pupils).to_string(),
        false => named.join(", "),
    }
}

/// `09 tập thể và 23 cá nhân` of the counts of collectives, individuals and households,
/// leaving out a kind with none.
pub fn counts(n: [usize; 3], pupils: bool) -> String {
    let nouns = Who::SECTIONS.map(|w| w.named(pupils));
    let parts: Vec<String> = n
        .iter()
        .zip(nouns)
        .filter(|(n, _)| **n > 0)
        .map(|(n, noun)| format!("{} {noun}", super::numbers::pad2(*n)))
        .collect();
    match parts.as_slice() {
        [] => format!("{} cá nhân", super::numbers::pad2(0)),
        [one] => one.clone(),
        [first @ .., last] => format!("{} và {last}", first.join(", ")),
    }
}

/// A form's name as running text writes it: a title (`title`) in typographic quotes,
/// those it was written with put aside so that none is doubled (`"Người tốt, việc tốt"`
/// → `“Người tốt, việc tốt”`); a form of commendation (`Giấy khen`) as it is.
pub fn quoted(title: bool, name: &str) -> String {
    if !title {
        return name.to_string();
    }
    let name = name.trim();
    // `Danh hiệu …` written in the name is said by the sentence already.
    let prefix = "danh hiệu ";
    let name = match name
        .get(..prefix.len())
        .filter(|p| p.to_lowercase() == prefix)
    {
        Some(p) => name[p.len()..].trim_start(),
        None => name,
    };
    // Quotes around the whole name are put aside; quotes inside it stay (and pair).
    let opens = name.starts_with(['"', '“']);
    let closes = name.ends_with(['"', '”']);
    let inner = match (opens, closes) {
        (true, true) if name.chars().count() > 1 => {
            let mut c = name.chars();
            c.next();
            c.next_back();
            c.as_str()
        }
        _ => name,
    };
    format!("“{inner}”")
}

/// Whether a form's `name` already says the year it is of (`… năm 2025`, `… năm học
/// 2025-2026`), so that none is added.
pub fn dated(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let year = |w: &str| w.len() >= 4 && w.chars().all(|c| c.is_ascii_digit() || c == '-');
    let plain = matches!(words.as_slice(), [.., n, y] if n.to_lowercase() == "năm" && year(y));
    let school = matches!(words.as_slice(), [.., n, h, y] if n.to_lowercase() == "năm" && *h == "học" && year(y));
    plain || school
}

/// What a recipient receives, as running text says it: `danh hiệu “Lao động tiên
/// tiến”`, `Giấy khen`.
pub fn prize(title: bool, name: &str) -> String {
    match title {
        true => format!("danh hiệu {}", quoted(true, name)),
        false => name.to_string(),
    }
}

/// The title line of a list of recipients: `Tập thể, cá nhân được tặng Giấy khen`, or
/// with `được đề nghị` when `proposed`.
pub fn listed(whom: &str, proposed: bool, verb: &str, form: &str) -> String {
    let whom = super::upper_first(whom);
    let asked = if proposed { " đề nghị" } else { "" };
    format!("{whom} được{asked} {} {form}", verb.to_lowercase())
}

/// The line under a list annexed to a decision: `(Kèm theo Quyết định số 15/QĐ-UBND ngày
/// 15 tháng 10 năm 2024 của Chủ tịch …)`.
pub fn annexed(symbol: &str, date_long: &str, issuer: &str) -> String {
    format!("(Kèm theo Quyết định số {symbol} {date_long} của {issuer})")
}

/// The same line on an electronic version, its number and date unfilled (the văn thư's
/// system gives them at issuance): `(Kèm theo Quyết định số …/QĐ-UBND ngày … tháng …
/// năm … của Chủ tịch …)`.
pub fn annexed_blank(what: &str, kind: &str, of: &str) -> String {
    format!("(Kèm theo {what} số …/{kind} ngày … tháng … năm …{of})")
}

/// Điều 1 of a decision: `Tặng Giấy khen cho 09 tập thể và 23 cá nhân (có danh sách kèm
/// theo) đã có thành tích ….`
pub fn awarded(verb: &str, form: &str, counts: &str, reason_lower: &str) -> String {
    let reason = match reason_lower.is_empty() {
        true => String::new(),
        false => format!(" {reason_lower}"),
    };
    format!("{verb} {form} cho {counts} (có danh sách kèm theo){reason}.")
}

/// Điều 2 of a decision with money: what each gets, the total in figures and words, and
/// where the money comes from (`source`).
pub fn paid(m: &MoneyFacts, source: &str, pupils: bool) -> String {
    let nouns = Who::SECTIONS.map(|w| w.named(pupils));
    let amounts = [&m.collective, &m.individual, &m.household];
    let each: Vec<String> = nouns
        .iter()
        .zip(amounts)
        .filter_map(|(noun, a)| Some(format!("mỗi {noun} được thưởng {} đồng", a.as_ref()?)))
        .collect();
    let each = super::upper_first(&each.join(", "));
    let each = if each.is_empty() {
        "Mỗi".to_string()
    } else {
        each
    };
    format!(
        "{each}. Tổng số tiền thưởng: {} đồng (Bằng chữ: {}). Nguồn kinh phí: {source}.",
        m.total, m.total_words
    )
}

/// The last article of a decision: from when it holds, and who carries it out.
pub fn in_force(whom: &str) -> String {
    format!(
        "Quyết định có hiệu lực kể từ ngày ký. Thủ trưởng các đơn vị có liên quan và các {whom} có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_is_quoted_once() {
        let cases = [
            ("Lao động tiên tiến", "“Lao động tiên tiến”"),
            ("\"Người tốt, việc tốt\"", "“Người tốt, việc tốt”"),
            ("“Người tốt, việc tốt”", "“Người tốt, việc tốt”"),
            ("Lao động \"sáng tạo\"", "“Lao động \"sáng tạo\"”"),
            ("\"Lao động sáng tạo", "“\"Lao động sáng tạo”"),
            ("Danh hiệu Lao động tiên tiến", "“Lao động tiên tiến”"),
            ("  Chiến sĩ thi đua cơ sở ", "“Chiến sĩ thi đua cơ sở”"),
        ];
        for (name, want) in cases {
            assert_eq!(quoted(true, name), want, "{name}");
        }
        assert_eq!(quoted(false, "Giấy khen"), "Giấy khen");
        for (name, dated_) in [
            ("Lao động tiên tiến năm 2025", true),
            ("Giáo viên dạy giỏi năm học 2025-2026", true),
            ("Lao động tiên tiến", false),
            ("Năm 2025", true),
            ("Gia đình văn hóa năm", false),
        ] {
            assert_eq!(dated(name), dated_, "{name}");
        }
    }

    fn money(collective: Option<&str>, individual: Option<&str>) -> MoneyFacts {
        MoneyFacts {
            collective: collective.map(String::from),
            individual: individual.map(String::from),
            household: None,
            total: "1.070.000".into(),
            amount: 1_070_000,
            total_words: "Một triệu không trăm bảy mươi nghìn đồng".into(),
            article: String::new(),
        }
    }

    const FUND: &str = "Quỹ thi đua, khen thưởng theo quy định";

    #[test]
    fn sentences_of_a_decision() {
        assert_eq!(whom([true, true, false], false), "tập thể, cá nhân");
        assert_eq!(whom([true, false, false], false), "tập thể");
        assert_eq!(whom([false, true, false], false), "cá nhân");
        assert_eq!(whom([false, false, false], false), "cá nhân");
        assert_eq!(whom([false, false, true], false), "hộ gia đình");
        assert_eq!(
            whom([true, true, true], false),
            "tập thể, cá nhân, hộ gia đình"
        );
        assert_eq!(
            listed(
                "hộ gia đình",
                false,
                "Công nhận danh hiệu",
                "Gia đình văn hóa"
            ),
            "Hộ gia đình được công nhận danh hiệu Gia đình văn hóa"
        );
        assert_eq!(
            listed("tập thể, cá nhân", false, "Tặng", "Giấy khen"),
            "Tập thể, cá nhân được tặng Giấy khen"
        );
        assert_eq!(
            listed("cá nhân", true, "Công nhận danh hiệu", "Lao động tiên tiến"),
            "Cá nhân được đề nghị công nhận danh hiệu Lao động tiên tiến"
        );
        assert_eq!(
            awarded("Tặng", "Giấy khen", "01 cá nhân", ""),
            "Tặng Giấy khen cho 01 cá nhân (có danh sách kèm theo)."
        );
        assert_eq!(
            awarded("Tặng", "Giấy khen", "02 tập thể", "đã có thành tích tốt"),
            "Tặng Giấy khen cho 02 tập thể (có danh sách kèm theo) đã có thành tích tốt."
        );
        assert_eq!(
            paid(&money(Some("710.000"), Some("360.000")), FUND, false),
            "Mỗi tập thể được thưởng 710.000 đồng, mỗi cá nhân được thưởng 360.000 đồng. Tổng số tiền thưởng: 1.070.000 đồng (Bằng chữ: Một triệu không trăm bảy mươi nghìn đồng). Nguồn kinh phí: Quỹ thi đua, khen thưởng theo quy định."
        );
        assert!(
            paid(&money(None, Some("360.000")), "Quỹ khen thưởng", false)
                .starts_with("Mỗi cá nhân được thưởng 360.000 đồng. ")
        );
        let mut homes = money(None, Some("710.000"));
        homes.household = Some("1.140.000".into());
        assert!(paid(&homes, FUND, false).starts_with(
            "Mỗi cá nhân được thưởng 710.000 đồng, mỗi hộ gia đình được thưởng 1.140.000 đồng. "
        ));
        assert!(in_force("cá nhân").contains(" và các cá nhân có tên tại Điều 1 "));
        assert!(in_force("tập thể").ends_with("thi hành Quyết định này./."));
    }

    #[test]
    fn counts_phrase() {
        assert_eq!(counts([9, 23, 0], false), "09 tập thể và 23 cá nhân");
        assert_eq!(counts([0, 1, 0], false), "01 cá nhân");
        assert_eq!(counts([12, 0, 0], false), "12 tập thể");
        assert_eq!(counts([0, 0, 0], false), "00 cá nhân");
        assert_eq!(counts([0, 0, 25], false), "25 hộ gia đình");
        assert_eq!(
            counts([2, 3, 4], false),
            "02 tập thể, 03 cá nhân và 04 hộ gia đình"
        );
        assert_eq!(counts([0, 3, 4], false), "03 cá nhân và 04 hộ gia đình");
        assert_eq!(counts([0, 6, 0], true), "06 học sinh");
        assert_eq!(whom([false, true, false], true), "học sinh");
    }
}
