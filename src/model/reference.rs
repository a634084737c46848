//! References in a report section's text (`{{achievements.viec-lam.percent}}`): the only
//! thing between double braces that is read; every other brace is text.

/// What can be named, with `KEY` an achievement's `key` and `FORM` a form of the
/// dossier's awards (or `all` where a total is meant). The README lists these; a test
/// keeps both in step.
pub const NAMES: &[(&str, &str)] = &[
    ("year", "the dossier's year (`2024`)"),
    ("conference.name", "the conference's name"),
    ("conference.date", "its date (`ngày 22 tháng 10 năm 2024`)"),
    ("achievements.KEY.name", "what the target measures"),
    ("achievements.KEY.target", "the plan (`165.000`)"),
    ("achievements.KEY.actual", "the result (`178.747`)"),
    (
        "achievements.KEY.percent",
        "completion (`108,3%`); none for a rate (`unit: \"%\"`)",
    ),
    ("achievements.KEY.status", "`Vượt`, `Đạt` or `Chưa đạt`"),
    (
        "achievements.KEY.verdict",
        "the same for running text: `vượt`, `đạt`, `chưa đạt`",
    ),
    (
        "awards.FORM.collectives",
        "collectives given the form (`09`)",
    ),
    (
        "awards.FORM.individuals",
        "individuals given the form (`23`)",
    ),
    ("awards.FORM.households", "households given the form (`25`)"),
    ("awards.FORM.recipients", "all of them (`32`)"),
    (
        "awards.FORM.money",
        "the money of its own decisions (`14.670.000`)",
    ),
    ("awards.FORM.decisions", "its decisions (`1520/QĐ-SLĐTBXH`)"),
    (
        "awards.FORM.date",
        "the date of its first decision (`ngày 15 tháng 10 năm 2024`)",
    ),
    ("awards.all.collectives", "collectives of every form"),
    ("awards.all.individuals", "individuals of every form"),
    ("awards.all.households", "households of every form"),
    ("awards.all.recipients", "all of them"),
    ("awards.all.money", "the money of every own decision"),
];

/// One piece of a text: as typed, a reference, or something Handlebars would have run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Text, braces and all.
    Text(&'a str),
    /// `{{ name }}`: the name, and where the braces start in the text (bytes).
    Name(&'a str, usize),
    /// `{{#each …}}`, `{{> x}}`, `{{{raw}}}`, `{{helper arg}}`: refused, with where.
    Refused(&'a str, usize),
}

/// The pieces of `text`, in order.
pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = 0;
    let mut from = 0;
    while let Some(open) = text[from..].find("{{").map(|i| i + from) {
        let Some(close) = text[open + 2..].find("}}").map(|i| i + open + 2) else {
            break;
        };
        // `{{{raw}}}` closes with three braces.
        let triple = text[open..].starts_with("{{{") && text[close + 2..].starts_with('}');
        let end = if triple { close + 3 } else { close + 2 };
        let whole = &text[open..end];
        let inner = whole.trim_start_matches('{').trim_end_matches('}').trim();
        let helper = inner.split_whitespace().count() > 1
            && is_name(inner.split_whitespace().next().unwrap_or(""));
        let refused = whole.starts_with("{{{")
            || inner.starts_with(['#', '/', '>', '!', '^', '&', '~', '*'])
            || inner == "else"
            || helper;
        let piece = if refused {
            Some(Piece::Refused(whole, open))
        } else if is_name(inner) {
            Some(Piece::Name(inner, open))
        } else {
            None
        };
        match piece {
            Some(p) => {
                if rest < open {
                    out.push(Piece::Text(&text[rest..open]));
                }
                out.push(p);
                rest = end;
                from = end;
            }
            // Braces around something else are text.
            None => from = open + 2,
        }
    }
    if rest < text.len() {
        out.push(Piece::Text(&text[rest..]));
    }
    out
}

/// A dotted name of ASCII letters, digits, `-` and `_` (`awards.giay-khen.money`): the
/// characters of achievement keys and form keys.
fn is_name(s: &str) -> bool {
    !s.is_empty()
        && s.split('.').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        })
}

#[cfg(test)]
mod tests {
    use super::{pieces, Piece};

    /// The guide's table of names (docs/src/report.md) is this list, row by row.
    #[test]
    fn the_guide_lists_every_name() {
        let readme = include_str!("../../docs/src/report.md");
        for (name, prints) in super::NAMES {
            let row = format!("| `{{{{{name}}}}}` | {prints} |");
            assert!(
                readme.contains(&row),
                "docs/src/report.md lacks the row {row}"
            );
        }
    }

    #[test]
    fn names_refusals_and_plain_braces() {
        let text = "Đạt {{ achievements.vl.percent }} kế hoạch; {x} và {{ a b }}{{}}.";
        let at = |s: &str| text.find(s).unwrap();
        assert_eq!(
            pieces(text),
            [
                Piece::Text("Đạt "),
                Piece::Name("achievements.vl.percent", at("{{ ach")),
                Piece::Text(" kế hoạch; {x} và "),
                Piece::Refused("{{ a b }}", at("{{ a b")),
                Piece::Text("{{}}."),
            ]
        );
        for bad in [
            "{{#each awards}}",
            "{{> x}}",
            "{{{raw}}}",
            "{{/if}}",
            "{{else}}",
            "{{lookup a b}}",
        ] {
            assert!(
                matches!(pieces(bad).as_slice(), [Piece::Refused(..)]),
                "{bad}: {:?}",
                pieces(bad)
            );
        }
        assert_eq!(pieces("{{ Năm }}"), [Piece::Text("{{ Năm }}")]);
        // A brace after a reference is text.
        assert_eq!(
            pieces("{x {{year}}}"),
            [Piece::Text("{x "), Piece::Name("year", 3), Piece::Text("}")]
        );
        assert_eq!(pieces("a {{year"), [Piece::Text("a {{year")]);
    }
}
