//! The sentences of a decision and of the lists it and a Tờ trình annex, written once
//! here for the PDF's template and the Word copy alike (neither restates them).

use super::award::MoneyFacts;

/// Who a list names: `tập thể, cá nhân`, `tập thể` or `cá nhân`.
pub fn whom(collectives: bool, individuals: bool) -> &'static str {
    match (collectives, individuals) {
        (true, true) => "tập thể, cá nhân",
        (true, false) => "tập thể",
        _ => "cá nhân",
    }
}

/// The title line of a list of recipients: `Tập thể, cá nhân được tặng Giấy khen`, or
/// with `được đề nghị` when `proposed`.
pub fn listed(whom: &str, proposed: bool, verb: &str, form: &str) -> String {
    let mut chars = whom.chars();
    let whom: String = chars
        .next()
        .into_iter()
        .flat_map(char::to_uppercase)
        .chain(chars)
        .collect();
    let asked = if proposed { " đề nghị" } else { "" };
    format!("{whom} được{asked} {} {form}", verb.to_lowercase())
}

/// The line under a list annexed to a decision: `(Kèm theo Quyết định số 15/QĐ-UBND ngày
/// 15 tháng 10 năm 2024 của Chủ tịch …)`.
pub fn annexed(symbol: &str, date_long: &str, issuer: &str) -> String {
    format!("(Kèm theo Quyết định số {symbol} {date_long} của {issuer})")
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
pub fn paid(m: &MoneyFacts, source: &str) -> String {
    let each = match (&m.collective, &m.individual) {
        (Some(c), Some(i)) => {
            format!("Mỗi tập thể được thưởng {c} đồng, mỗi cá nhân được thưởng {i} đồng")
        }
        (Some(c), None) => format!("Mỗi tập thể được thưởng {c} đồng"),
        (None, Some(i)) => format!("Mỗi cá nhân được thưởng {i} đồng"),
        (None, None) => "Mỗi".to_string(),
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

    fn money(collective: Option<&str>, individual: Option<&str>) -> MoneyFacts {
        MoneyFacts {
            collective: collective.map(String::from),
            individual: individual.map(String::from),
            total: "1.070.000".into(),
            amount: 1_070_000,
            total_words: "Một triệu không trăm bảy mươi nghìn đồng".into(),
            article: String::new(),
        }
    }

    const FUND: &str = "Quỹ thi đua, khen thưởng theo quy định";

    #[test]
    fn sentences_of_a_decision() {
        assert_eq!(whom(true, true), "tập thể, cá nhân");
        assert_eq!(whom(true, false), "tập thể");
        assert_eq!(whom(false, true), "cá nhân");
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
            paid(&money(Some("710.000"), Some("360.000")), FUND),
            "Mỗi tập thể được thưởng 710.000 đồng, mỗi cá nhân được thưởng 360.000 đồng. Tổng số tiền thưởng: 1.070.000 đồng (Bằng chữ: Một triệu không trăm bảy mươi nghìn đồng). Nguồn kinh phí: Quỹ thi đua, khen thưởng theo quy định."
        );
        assert!(paid(&money(None, Some("360.000")), "Quỹ khen thưởng")
            .starts_with("Mỗi cá nhân được thưởng 360.000 đồng. "));
        assert!(in_force("cá nhân").contains(" và các cá nhân có tên tại Điều 1 "));
        assert!(in_force("tập thể").ends_with("thi hành Quyết định này./."));
    }
}
