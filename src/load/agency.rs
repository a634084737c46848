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
            out.push(error(t!("agency-date-range"), "from"));
        }
        if dated && i > 0 && o.from.is_none_or(|f| previous.is_some_and(|p| f <= p)) {
            let msg = t!("agency-from-order");
            let at = locate(Diagnostic::file("thidua.yaml", msg), loc, &path("from"));
            out.push(at.hint(t!("agency-from-order-hint")));
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
    at(t!("agency-blank"), path).hint(t!("agency-blank-hint"))
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
            let msg = t!("agency-province-unknown", typed = typed);
            let hint = t!("agency-province-near", names = near.join(", "));
            out.push(warn(msg, "province").hint(hint));
        }
        // An Ủy ban nhân dân's awards and papers name its province.
        (None, _) if row.body.is_some() => {
            let msg = t!("agency-province-missing");
            out.push(warn(msg, "kind").hint(t!("agency-province-missing-hint")));
        }
        _ => {}
    }
    if let (Some(body), Some(_)) = (row.body, &o.parent) {
        let msg = t!("agency-parent-body", body = body);
        out.push(warn(msg, "parent").hint(t!("agency-parent-body-hint")));
    }
    if row.body.is_some() && !o.opens_as_body() {
        let msg = t!("agency-body-name");
        out.push(warn(msg, "name").hint(t!("agency-body-name-hint")));
    } else if !o.named_in_text() {
        let msg = t!("agency-in-text");
        let hint = t!("agency-in-text-hint", in_text = o.in_text());
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
        ([], 1) => t!("agency-by-president"),
        ([], _) => t!("agency-by-prime-minister"),
        (kinds, _) => {
            let heads: Vec<String> = kinds
                .iter()
                .map(|k| t!("agency-head-of", kind = kind_name(*k), key = k.row().key))
                .collect();
            heads.join(&t!("agency-or"))
        }
    };
    let msg = t!(
        "agency-decided-elsewhere",
        form = form.name.as_str(),
        who = who,
        kind = kind_name(kind),
        key = kind.row().key
    );
    let hint = t!("agency-decided-elsewhere-hint");
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
            let msg = t!("agency-amount-implausible", each = each.to_string());
            let hint = t!("agency-amount-implausible-hint");
            out.push(at(msg, &format!("{path}.amount")).hint(hint));
        }
        None if own && form.agency_sets => {
            let msg = t!("agency-no-prize", form = form.name.as_str());
            let hint = t!("agency-no-prize-hint");
            warnings.push(at(msg, &format!("{path}.form")).into_warning().hint(hint));
        }
        _ => {}
    }
}

/// The kind of agency `kind` in words, in the language of the messages: the catalogue's
/// `agency-kind-KEY` (a test asks it of every row of the kinds table).
pub fn kind_name(kind: crate::model::AgencyKind) -> String {
    crate::lang::text(&format!("agency-kind-{}", kind.row().key), &[])
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
            let msg = t!("agency-school-year", typed = typed);
            Some(at(msg, "school_year").hint(t!("agency-school-year-hint")))
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
            let msg = t!("agency-office-to-head");
            let hint = t!("agency-office-to-head-hint", head = &head);
            out.push(at(msg, &path).hint(hint));
        } else if o.office_name().is_none() {
            let msg = t!("agency-office-unnamed", number = p.number.to_string());
            let hint = t!("agency-office-unnamed-hint");
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
        let msg = t!(
            "agency-before-first-name",
            start = start.to_string(),
            first = first.to_string()
        );
        let hint = t!("agency-before-first-name-hint");
        return Some(at(msg, "title").into_warning().hint(hint));
    }
    // Documents on both sides of a renaming all print under the earlier name.
    let mut renamed = c.organization.all().iter().rev().filter_map(|o| o.from);
    let within = renamed.find(|f| start < *f && *f <= end)?;
    let msg = t!(
        "agency-across-renaming",
        start = start.to_string(),
        end = end.to_string(),
        within = within.to_string()
    );
    let hint = t!("agency-across-renaming-hint");
    Some(at(msg, "title").into_warning().hint(hint))
}
