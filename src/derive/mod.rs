//! Derive: every computed fact a document shows — counts, percentages, money, words,
//! dates, symbols, slugs — computed once per dossier so that all documents agree.

mod award;
mod award_recipients;
mod ballot;
mod ceremony;
pub mod collate;
mod context;
pub mod dates;
pub mod duplicates;
pub mod judged;
mod minutes;
pub mod numbers;
mod proposal;
mod prose;
mod recipient;
mod report;
pub mod slug;
mod stage;
mod wording;
pub mod words;
pub mod years;

pub use award::{AwardFacts, AwardHead};
pub use ballot::{Ballot, BallotFacts};
pub use ceremony::{CeremonyFacts, Guest, InvitationFacts};
pub use context::{DossierFacts, Org, Paper, Signer};
pub use minutes::MinutesFacts;
pub use proposal::ProposalFacts;
pub use recipient::{RecipientFacts, Widest};
pub use report::{AchievementRow, ReportFacts};

use crate::load::{LoadedDossier, Project};

/// Computes the facts of one dossier; `draft` forces the draft mark.
pub fn dossier(project: &Project, d: &LoadedDossier, draft: bool) -> DossierFacts {
    context::build(project, d, draft)
}

/// Upper case as Vietnamese headings write it (`giám đốc sở` → `GIÁM ĐỐC SỞ`).
pub fn upper(s: &str) -> String {
    s.to_uppercase()
}

/// Capitalises the first letter, to open a sentence with a phrase written to continue one.
pub fn upper_first(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .into_iter()
        .flat_map(char::to_uppercase)
        .chain(c)
        .collect()
}

/// Lower-cases the first letter, to continue a sentence with a phrase written as its own;
/// an acronym (`UBND …`) keeps its capitals.
pub fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match (c.next(), c.clone().next()) {
        (Some(f), second) if !second.is_some_and(char::is_uppercase) => {
            f.to_lowercase().chain(c).collect()
        }
        _ => s.to_string(),
    }
}

/// The document symbol (`05/QĐ-SLĐTBXH`) from a number and the type-and-issuer part;
/// numbers below 10 take a leading zero.
pub fn symbol(number: u32, kind: &str) -> String {
    format!("{number:02}/{kind}")
}

/// A decision's `1520/QĐ-SNV`; without a number yet, the number's place left blank for
/// the văn thư's system (`        /QĐ-SNV`, non-breaking spaces that keep their width).
pub fn symbol_or_blank(number: Option<u32>, kind: &str) -> String {
    match number {
        Some(n) => symbol(n, kind),
        None => format!("{}/{kind}", "\u{a0}".repeat(10)),
    }
}

/// The `n` longest of `values` (by characters, the first of equals first): what sizes
/// a table's column without laying out every cell twice.
pub fn longest(values: impl Iterator<Item = String>, n: usize) -> Vec<String> {
    let mut values: Vec<String> = values.collect();
    values.sort_by_key(|v| std::cmp::Reverse(v.chars().count()));
    values.truncate(n);
    // Kept with a decision for the whole build: not the capacity of the whole list.
    values.shrink_to_fit();
    values
}

/// The `Căn cứ …;` lines of `bases`, each ended with `;`; a line written with its own
/// `Căn cứ` is not given a second one.
pub fn bases(bases: &[String]) -> Vec<String> {
    bases
        .iter()
        .map(|b| {
            let b = b.trim().trim_end_matches([';', '.', ' ']);
            let head: String = b.chars().take(6).collect();
            let own = crate::model::fold::fold(&head) == "căn cứ"
                && b[head.len()..].starts_with(char::is_whitespace);
            let b = if own { b[head.len()..].trim_start() } else { b };
            format!("Căn cứ {b};")
        })
        .collect()
}

#[cfg(test)]
#[test]
fn a_basis_says_can_cu_once() {
    let given = [
        "Luật Thi đua, khen thưởng;",
        "Căn cứ Nghị định số 98/2023/NĐ-CP.",
        "căn cứ vào Quyết định 5",
        "Căn cứu X",
    ];
    let want = [
        "Căn cứ Luật Thi đua, khen thưởng;",
        "Căn cứ Nghị định số 98/2023/NĐ-CP;",
        "Căn cứ vào Quyết định 5;",
        "Căn cứ Căn cứu X;",
    ];
    let given: Vec<String> = given.iter().map(|s| s.to_string()).collect();
    assert_eq!(bases(&given), want);
}

/// The Nơi nhận of a Tờ trình or an invitation of `org` as given, or `Như trên` and
/// `Lưu: VT, <its office>`; punctuated.
pub fn sent_to(given: &[String], org: &Org) -> Vec<String> {
    if given.is_empty() {
        punctuate(&["Như trên".to_string(), org.kept()])
    } else {
        punctuate(given)
    }
}

/// Closes a list of recipients (nơi nhận): `;` after each, `.` after the last.
pub fn punctuate(items: &[String]) -> Vec<String> {
    let n = items.len();
    items
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let s = s.trim_end_matches([';', '.', ',', ' ']);
            format!("{s}{}", if i + 1 == n { "." } else { ";" })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbols_and_cases() {
        assert_eq!(symbol(5, "QĐ-SLĐTBXH"), "05/QĐ-SLĐTBXH");
        assert_eq!(symbol(1520, "QĐ-SLĐTBXH"), "1520/QĐ-SLĐTBXH");
        assert_eq!(
            upper("Giám đốc Sở Lao động - Thương binh và Xã hội"),
            "GIÁM ĐỐC SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"
        );
        assert_eq!(
            upper("ủy ban nhân dân tỉnh quảng ngãi"),
            "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"
        );
        assert_eq!(lower_first("Đã có thành tích"), "đã có thành tích");
        assert_eq!(lower_first("UBND tỉnh"), "UBND tỉnh");
        assert_eq!(lower_first("A"), "a");
    }

    #[test]
    fn punctuates_recipient_lists() {
        let items = vec!["Như Điều 3".to_string(), "Lưu: VT, TĐKT.".to_string()];
        assert_eq!(punctuate(&items), ["Như Điều 3;", "Lưu: VT, TĐKT."]);
    }
}
