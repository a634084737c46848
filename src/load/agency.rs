//! Checks of the agency's kind in `thidua.yaml`: a province that is not one of the 34, a
//! name whose running form cannot be told — warnings, located, each with what to write.

use super::{locate, Locations};
use crate::diagnostic::Diagnostic;
use crate::model::{provinces, Award, Catalogue, Config, Organization, Organizations};

/// The problems of `c`'s organization (or of each of its dated variants): errors for
/// variants out of date order, warnings for the rest.
pub fn check(c: &Config, loc: &Locations, out: &mut Vec<Diagnostic>) {
    let all = c.organization.all();
    let dated = matches!(c.organization, Organizations::Dated(_));
    let mut previous = None;
    for (i, o) in all.iter().enumerate() {
        let path = |field: &str| match dated {
            true => format!("organization[{i}].{field}"),
            false => format!("organization.{field}"),
        };
        let warn = |msg: String, field: &str| {
            locate(Diagnostic::file("thidua.yaml", msg), loc, &path(field)).into_warning()
        };
        variant(o, &warn, out);
        let error = |msg: String, field: &str| {
            locate(Diagnostic::file("thidua.yaml", msg), loc, &path(field))
        };
        out.extend(blanks(o, &error));
        if o.from.is_some_and(|f| !(1945..=2100).contains(&f.year)) {
            out.push(error("a date outside 1945–2100".into(), "from"));
        }
        if dated && i > 0 && o.from.is_none_or(|f| previous.is_some_and(|p| f <= p)) {
            let msg = "each name after the first needs its `from` date, later than the one before";
            let at = locate(Diagnostic::file("thidua.yaml", msg), loc, &path("from"));
            out.push(at.hint("list the agency's names oldest first, each from the day it took it"));
        }
        previous = o.from.or(previous);
    }
    for (key, p) in &c.people {
        let fields = [
            ("name", Some(&p.name)),
            ("position", Some(&p.position)),
            ("title", p.title.as_ref()),
        ];
        for (field, value) in fields {
            if value.is_some_and(|v| v.trim().is_empty()) {
                let at = |msg: String, path: &str| {
                    locate(Diagnostic::file("thidua.yaml", msg), loc, path)
                };
                out.push(blank_at(&at, &format!("people.{key}.{field}")));
            }
        }
    }
}

/// The error of a setting written empty (or as YAML's null, `~`) at `path`.
fn blank_at(at: &dyn Fn(String, &str) -> Diagnostic, path: &str) -> Diagnostic {
    let e = at(
        "empty (or YAML's null, `~`): it would print a blank or `~`".into(),
        path,
    );
    e.hint("write it, or leave the key out where it may be")
}

/// The fields of `o` written empty, which would print blanks (`512/QĐ-`, `, ngày …`,
/// `Căn cứ ;`), each an error at its place.
fn blanks(o: &Organization, error: &dyn Fn(String, &str) -> Diagnostic) -> Vec<Diagnostic> {
    let blank = |v: &String| super::texts::nothing(v);
    let mut out = Vec::new();
    let mut say = |field: String| out.push(blank_at(error, &field));
    let named = [("short", Some(&o.short)), ("place", Some(&o.place))];
    let optional = [
        ("head", o.head.as_ref()),
        ("in_text", o.in_text.as_ref()),
        ("office", o.office.as_ref()),
        ("office_name", o.office_name.as_ref()),
        ("money_source", o.money_source.as_ref()),
        ("parent", o.parent.as_ref()),
    ];
    for (field, value) in named.into_iter().chain(optional) {
        if value.is_some_and(blank) {
            say(field.to_string());
        }
    }
    match &o.name {
        crate::model::Lines::One(n) if blank(n) => say("name".into()),
        crate::model::Lines::Many(lines) if lines.is_empty() => say("name".into()),
        crate::model::Lines::Many(lines) => {
            for (i, _) in lines.iter().enumerate().filter(|(_, l)| blank(l)) {
                say(format!("name[{i}]"));
            }
        }
        _ => {}
    }
    for (list, lines) in [("bases_first", &o.bases_first), ("bases", &o.bases)] {
        for (i, _) in lines.iter().enumerate().filter(|(_, l)| blank(l)) {
            say(format!("{list}[{i}]"));
        }
    }
    out
}

/// The warnings of one variant of the organization.
fn variant(o: &Organization, warn: &dyn Fn(String, &str) -> Diagnostic, out: &mut Vec<Diagnostic>) {
    let row = o.kind.row();
    match (&o.province, o.province()) {
        (Some(typed), None) => {
            let near: Vec<String> = provinces::nearest(typed)
                .iter()
                .map(|n| format!("`{n}`"))
                .collect();
            let msg = format!(
                "`{typed}` is not one of the 34 provinces and centrally-run cities: the province's awards keep the word `tỉnh`"
            );
            let hint = format!("did you mean {}?", near.join(", "));
            out.push(warn(msg, "province").hint(hint));
        }
        // An Ủy ban nhân dân's awards and papers name its province.
        (None, _) if row.body.is_some() => {
            let msg = "an Ủy ban nhân dân names its province: the province's awards would read `… Ủy ban nhân dân tỉnh`".to_string();
            out.push(
                warn(msg, "kind").hint("write `province:` (one of the 34, as `thành phố Đà Nẵng`)"),
            );
        }
        _ => {}
    }
    if let (Some(body), Some(_)) = (row.body, &o.parent) {
        let msg = format!("the header of an {body} has no line above its name");
        out.push(
            warn(msg, "parent")
                .hint("remove `parent`: the issuing body's own name is its whole header"),
        );
    }
    if row.body.is_some() && !o.opens_as_body() {
        let msg = "an Ủy ban nhân dân's name begins `ỦY BAN NHÂN DÂN` (then its unit and place)"
            .to_string();
        out.push(warn(msg, "name").hint("write it whole, as `ỦY BAN NHÂN DÂN PHƯỜNG HẢI CHÂU`"));
    } else if !o.named_in_text() {
        let msg = "the agency's name in running text cannot be told from capitals".to_string();
        let hint = format!(
            "write `in_text` (as a sentence names it) or `head`; meanwhile it reads `{}`",
            o.in_text()
        );
        out.push(warn(msg, "name").hint(hint));
    }
}

/// The warning of an own decision (no `issuer`) of a form the agency's kind does not
/// decide (`o`, the name the dossier prints under): it names who does, and what to write.
pub fn decided_elsewhere(
    o: &Organization,
    cat: &Catalogue,
    award: &Award,
    path: &str,
    at: &dyn Fn(String, &str) -> Diagnostic,
) -> Option<Diagnostic> {
    let decision = award.decision.as_ref()?;
    let own = decision.issuer.is_none();
    let form = cat.forms.get(&award.form)?;
    let kinds = form.by.as_ref()?;
    let kind = o.kind;
    if !own || kinds.contains(&kind) {
        return None;
    }
    let who = match (kinds.as_slice(), form.rank) {
        ([], 1) => "the Chủ tịch nước".to_string(),
        ([], _) => "the Thủ tướng Chính phủ".to_string(),
        (kinds, _) => {
            let heads: Vec<String> = kinds
                .iter()
                .map(|k| format!("the head of {} (`{}`)", k.row().name, k.row().key))
                .collect();
            heads.join(" or ")
        }
    };
    let msg = format!(
        "{} is decided by {who}, not by the head of {} (`{}`)",
        form.name,
        kind.row().name,
        kind.row().key
    );
    let hint = "if another authority signed it, give the decision its `issuer`; if you ask for it, write a `proposal`";
    Some(at(msg, &format!("{path}.form")).into_warning().hint(hint))
}

/// The prize of `award`: a form whose prize the agency sets needs its `amount` on an own
/// decision (a warning: its decision says no money), and an amount must be plausible.
pub fn prize(
    cat: &Catalogue,
    award: &Award,
    path: &str,
    at: &dyn Fn(String, &str) -> Diagnostic,
    (out, warnings): (&mut Vec<Diagnostic>, &mut Vec<Diagnostic>),
) {
    let own = award.decision.as_ref().is_some_and(|d| d.issuer.is_none());
    let Some(form) = cat.forms.get(&award.form) else {
        return;
    };
    match award.amount {
        // 0 says there is no prize.
        Some(each) if each != 0 && !(1_000..=100_000_000).contains(&each) => {
            let msg = format!("an amount of {each} đồng each is not a prize");
            let hint =
                "write the prize each recipient gets, in đồng, on the award: `amount: 200000`";
            out.push(at(msg, &format!("{path}.amount")).hint(hint));
        }
        None if own && form.agency_sets => {
            let msg = format!(
                "{} has no prize built in: its decision gives no money",
                form.name
            );
            let hint = "write the prize each recipient gets, in đồng, on the award: `amount: 200000` (`amount: 0` if there is none)";
            warnings.push(at(msg, &format!("{path}.form")).into_warning().hint(hint));
        }
        _ => {}
    }
}

/// A school year as `2025-2026`: two years, the second after the first.
pub fn school_year(
    d: &crate::model::Dossier,
    at: &dyn Fn(String, &str) -> Diagnostic,
) -> Option<Diagnostic> {
    let typed = d.school_year.as_deref()?;
    let years: Vec<Option<i32>> = typed
        .split(['-', '–', '/'])
        .map(|y| y.trim().parse().ok())
        .collect();
    match years.as_slice() {
        [Some(a), Some(b)] if *b == a + 1 && (1990..=2100).contains(a) => None,
        _ => {
            let msg = format!("`{typed}` is not a school year");
            Some(at(msg, "school_year").hint("write its two years, as `2025-2026`"))
        }
    }
}

/// A Tờ trình written `from: office`: its agency must know its office's name, and it
/// asks the agency's own head (an office does not ask a higher level).
pub fn from_office(
    o: &Organization,
    d: &crate::model::Dossier,
    at: &dyn Fn(String, &str) -> Diagnostic,
) -> Vec<Diagnostic> {
    let head = o.head();
    let mut out = Vec::new();
    for (i, a) in d.awards.iter().enumerate() {
        let Some(p) = a.proposal.as_ref().filter(|p| p.from.is_some()) else {
            continue;
        };
        let path = format!("awards[{i}].proposal.from");
        let to_head =
            p.to.all()
                .first()
                .is_some_and(|t| crate::model::fold::same(t, &head));
        if !to_head {
            let msg = "an office proposes only to its own agency's head".to_string();
            let hint = format!(
                "address it `to: {head}`, or leave out `from` to ask a higher level as the agency"
            );
            out.push(at(msg, &path).hint(hint));
        } else if o.office_name().is_none() {
            let msg = format!(
                "`from: office` (Tờ trình {}), but the agency's office has no name",
                p.number
            );
            let hint = "write `organization.office_name` (as `Phòng Tổ chức - Hành chính`)";
            out.push(at(msg, &path).hint(hint));
        }
    }
    out
}

/// A dossier dated before the agency's first name (`from`): printed under that name
/// all the same, and said.
pub fn before_first_name(
    c: &Config,
    d: &crate::model::Dossier,
    at: &dyn Fn(String, &str) -> Diagnostic,
) -> Option<Diagnostic> {
    let (start, end) = (d.first_date()?, d.last_date()?);
    let first = c.organization.all().first()?.from;
    if let Some(first) = first.filter(|f| start < *f) {
        let msg = format!(
            "its first document is dated {start}, before the agency's first name holds (from {first}): printed under that name"
        );
        let hint = "list the name the agency had then in `organization`, with its own `from`";
        return Some(at(msg, "title").into_warning().hint(hint));
    }
    // Documents on both sides of a renaming all print under the earlier name.
    let mut renamed = c.organization.all().iter().rev().filter_map(|o| o.from);
    let within = renamed.find(|f| start < *f && *f <= end)?;
    let msg = format!(
        "its documents run from {start} to {end}, across the agency's new name from {within}: all print under the name in force on {start}"
    );
    let hint = "put the documents of after the renaming in a dossier of their own";
    Some(at(msg, "title").into_warning().hint(hint))
}
