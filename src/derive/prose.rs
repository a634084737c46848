//! The figures a report's prose names (`{{achievements.KEY.percent}}`), computed as the
//! tables print them, and the text with each reference replaced by its value.

use super::{dates, judged::judged, numbers, AwardFacts};
use crate::model::reference::{pieces, Piece};
use crate::model::Dossier;
use std::collections::BTreeMap;
use std::sync::Arc;

/// Per form: collectives, individuals, households, money, the decisions, the first
/// decision's date.
type Sums<'a> = ([usize; 3], u64, Vec<&'a str>, Option<String>);

/// Every fact a text of `d` can name, by name, formatted.
pub fn facts(d: &Dossier, year: i32, awards: &[&Arc<AwardFacts>]) -> BTreeMap<String, String> {
    let mut f = BTreeMap::new();
    let mut put = |k: String, v: String| {
        f.insert(k, v);
    };
    put("year".into(), year.to_string());
    if let Some(c) = &d.conference {
        put("conference.name".into(), c.name.clone());
        put("conference.date".into(), dates::long(c.date));
    }
    for a in &d.achievements {
        let Some(k) = &a.key else { continue };
        let j = judged(a);
        put(format!("achievements.{k}.name"), a.name.clone());
        put(format!("achievements.{k}.target"), j.target_plain);
        put(format!("achievements.{k}.actual"), j.actual);
        // A rate's share of its plan means nothing (load refuses it): its points do.
        if !a.rate() {
            put(format!("achievements.{k}.percent"), j.percent);
        }
        put(format!("achievements.{k}.status"), j.status.to_string());
        put(format!("achievements.{k}.verdict"), j.verdict.to_string());
    }
    // Per form and in all: the same sums the award table makes.
    let mut by: BTreeMap<&str, Sums> = BTreeMap::new();
    for a in awards.iter().filter(|a| a.head.decided) {
        let h = &a.head;
        let money = h.money.as_ref().map_or(0, |m| m.amount);
        for key in [h.form.as_str(), "all"] {
            let e = by.entry(key).or_default();
            for (sum, list) in e.0.iter_mut().zip(a.sections()) {
                *sum += list.len();
            }
            e.1 += money;
            e.2.push(&h.symbol);
            e.3.get_or_insert_with(|| h.date_long.clone());
        }
    }
    for (form, ([c, i, h], money, decisions, date)) in by {
        put(format!("awards.{form}.collectives"), numbers::pad2(c));
        put(format!("awards.{form}.individuals"), numbers::pad2(i));
        put(format!("awards.{form}.households"), numbers::pad2(h));
        put(
            format!("awards.{form}.recipients"),
            numbers::pad2(c + i + h),
        );
        put(format!("awards.{form}.money"), numbers::group(money));
        if form != "all" {
            put(format!("awards.{form}.decisions"), decisions.join(", "));
            put(format!("awards.{form}.date"), date.unwrap_or_default());
        }
    }
    for key in ["collectives", "individuals", "households", "recipients"] {
        f.entry(format!("awards.all.{key}"))
            .or_insert_with(|| "00".into());
    }
    f.entry("awards.all.money".into())
        .or_insert_with(|| "0".into());
    f
}

/// `text` with each reference replaced by its fact, escaped so that the Markdown it is
/// part of reads it as text; anything else as typed (load refused what is not allowed).
pub fn resolve(text: &str, facts: &BTreeMap<String, String>) -> String {
    let mut out = String::with_capacity(text.len());
    for p in pieces(text) {
        match p {
            Piece::Text(t) | Piece::Refused(t, _) => out.push_str(t),
            Piece::Name(name, at) => match facts.get(name) {
                Some(v) => out.push_str(&markdown_text(v)),
                None => out.push_str(&text[at..at + text[at..].find("}}").map_or(0, |e| e + 2)]),
            },
        }
    }
    out
}

/// `v` with every ASCII punctuation mark a Markdown parser could read escaped.
fn markdown_text(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    for c in v.chars() {
        if c.is_ascii_punctuation()
            && !matches!(c, '.' | ',' | '%' | '-' | '/' | '(' | ')' | ':' | ';')
        {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{markdown_text, resolve};

    #[test]
    fn resolves_names_and_keeps_the_rest() {
        let facts = [("year", "2024"), ("conference.name", "*A* _b_ [c] <d> #e")]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        assert_eq!(
            resolve("Năm {{year}}, {x} {{ conference.name }}.", &facts),
            "Năm 2024, {x} \\*A\\* \\_b\\_ \\[c\\] \\<d\\> \\#e."
        );
        assert_eq!(markdown_text("108,3%"), "108,3%");
        assert_eq!(markdown_text("1520/QĐ-SLĐTBXH"), "1520/QĐ-SLĐTBXH");
    }
}
