//! Checks that need more than one field: keys that must name a person or a form,
//! recipients that must be one of an individual, a collective or a household, dates a
//! regime covers.

use super::plausible::implausible;
use super::{locate, Locations, Origin};
use crate::diagnostic::{suggest, Diagnostic};
use crate::model::{
    householder, Award, Catalogue, Config, Decision, Dossier, Form, Gender, Recipient, Report, Who,
    FIELD_NAMES,
};
use std::path::Path;

/// The tables a report section may ask for.
pub const TABLES: [&str; 2] = ["achievements", "awards"];

/// Validates `thidua.yaml` beyond its types.
pub fn config(c: &Config, loc: &Locations, out: &mut Vec<Diagnostic>) {
    let at = |msg: &str, path: &str| locate(Diagnostic::file("thidua.yaml", msg), loc, path);
    for name in c
        .certificate
        .fields
        .keys()
        .filter(|n| !FIELD_NAMES.contains(&n.as_str()))
    {
        let hint = suggest(name, FIELD_NAMES).unwrap_or_default();
        out.push(
            at(
                &format!("unknown certificate field `{name}`"),
                &format!("certificate.fields.{name}"),
            )
            .hint(hint),
        );
    }
    let salaries = c
        .base_salary
        .into_iter()
        .map(|v| ("base_salary".to_string(), v));
    let steps = c
        .base_salaries
        .iter()
        .enumerate()
        .map(|(i, s)| (format!("base_salaries[{i}].amount"), s.amount));
    for (path, v) in salaries
        .chain(steps)
        .filter(|(_, v)| !(100_000..=100_000_000).contains(v))
    {
        out.push(
            at(&format!("base salary {v} đồng is not plausible"), &path)
                .hint("write the monthly mức lương cơ sở in đồng, e.g. 2340000"),
        );
    }
    for (name, f) in &c.certificate.fields {
        let numbers = [f.x, f.y, f.width, f.size];
        if numbers.iter().any(|n| !n.is_finite() || *n < 0.0)
            || f.size == 0.0
            || f.width == 0.0
            || f.lines == 0
        {
            out.push(at(
                "positions, width, size and lines must be positive numbers",
                &format!("certificate.fields.{name}"),
            ));
        }
    }
    for (side, value, (lo, hi)) in c.margins.out_of_range() {
        let msg = format!("margin {value} mm is outside Nghị định 30/2020/NĐ-CP's {lo}–{hi} mm");
        out.push(at(&msg, &format!("margins.{side}")));
    }
    if let Some(p) = c
        .certificate
        .paper
        .as_deref()
        .filter(|p| !matches!(p.to_uppercase().as_str(), "A4" | "A3"))
    {
        out.push(
            at(&format!("unknown paper `{p}`"), "certificate.paper").hint("write `A4` or `A3`"),
        );
    }
}

/// One dossier as read: its file, data, field positions and gathered recipients.
pub struct Input<'a> {
    /// The file, relative to the project root.
    pub file: &'a Path,
    /// Its data.
    pub dossier: &'a Dossier,
    /// Positions of its fields.
    pub locations: &'a Locations,
    /// Per award, its recipients with where each was written.
    pub recipients: &'a [Vec<(Recipient, Origin)>],
}

/// Validates one dossier against the config and catalogue, pushing every problem.
pub fn dossier(
    config: &Config,
    cat: &Catalogue,
    input: &Input,
    out: &mut Vec<Diagnostic>,
    warnings: &mut Vec<Diagnostic>,
) {
    let Input {
        file,
        dossier: d,
        locations: loc,
        recipients,
    } = *input;
    let at = |msg: String, path: &str| locate(Diagnostic::file(file, msg), loc, path);
    if let Some(chair) = d.conference.as_ref().and_then(|c| c.chair.as_deref()) {
        out.extend(unknown_person(config, chair, |m| at(m, "conference.chair")));
    }
    for (msg, path) in implausible(d) {
        out.push(at(msg, &path));
    }
    out.extend(super::agency::school_year(d, &at));
    warnings.extend(super::agency::before_first_name(config, d, &at));
    if let Some(r) = &d.report {
        report(config, r, &at, out);
    }
    // The agency's name the dossier prints under.
    let org = config.organization.at(d.first_date());
    let mut numbers = std::collections::HashMap::new();
    for (i, award) in d.awards.iter().enumerate() {
        let path = format!("awards[{i}]");
        // Own decisions name their output files by number: two with one number would collide.
        if let Some(dec) = award.decision.as_ref().filter(|d| d.issuer.is_none()) {
            if let Some(first) = numbers.insert(dec.number, i) {
                let msg = format!(
                    "decision number {} is already used by awards[{first}]",
                    dec.number
                );
                out.push(at(msg, &format!("{path}.decision.number")));
            }
        }
        award_fields(award, &path, (config, cat), &at, out);
        let list = recipients.get(i).map(Vec::as_slice).unwrap_or_default();
        if list.is_empty() {
            out.push(at("an award needs at least one recipient".into(), &path));
        }
        award_recipients(award, list, cat, out, warnings);
        warnings.extend(super::agency::decided_elsewhere(
            org, cat, award, &path, &at,
        ));
        super::agency::prize(cat, award, &path, &at, (&mut *out, &mut *warnings));
    }
}

/// Checks a report: a known signer, and sections that ask for tables there are.
fn report(
    config: &Config,
    r: &Report,
    at: &dyn Fn(String, &str) -> Diagnostic,
    out: &mut Vec<Diagnostic>,
) {
    out.extend(unknown_person(config, r.signer.key(), |m| {
        at(m, "report.signer")
    }));
    for (i, s) in r.sections.iter().enumerate() {
        if let Some(t) = s.table.as_deref().filter(|t| !TABLES.contains(t)) {
            let path = format!("report.sections[{i}].table");
            let hint = suggest(t, TABLES).unwrap_or_default();
            out.push(at(format!("unknown table `{t}`"), &path).hint(hint));
        }
    }
}

/// Checks an award (at `path`) itself: a known form, its decision (or, while it is only
/// proposed, its proposal), a reason that fits a certificate.
fn award_fields(
    award: &Award,
    path: &str,
    (config, cat): (&Config, &Catalogue),
    at: &dyn Fn(String, &str) -> Diagnostic,
    out: &mut Vec<Diagnostic>,
) {
    if !cat.forms.contains_key(&award.form) {
        let mut diag = at(
            format!("unknown award form `{}`", award.form),
            &format!("{path}.form"),
        );
        if let Some(h) = suggest(&award.form, cat.forms.keys().map(String::as_str)) {
            diag = diag.hint(h);
        }
        out.push(diag);
    }
    match &award.decision {
        Some(dec) => decision(dec, path, (config, cat), at, out),
        None if award.proposal.is_none() => out.push(
            at("an award needs its `decision`".into(), path)
                .hint("or, while it is only proposed, its `proposal`"),
        ),
        None => {}
    }
    if let Some(n) = award.reason.as_ref().map(|r| r.chars().count()) {
        if n > MAX_REASON {
            let msg = format!(
                "a reason of {n} characters cannot fit on a certificate; {MAX_REASON} at most"
            );
            out.push(at(msg, &format!("{path}.reason")));
        }
    }
}

/// Checks an award's recipients: each one's fields, its kind (individual, collective or
/// household) among those the form is given to in the regime in force; warns of names in lower case
/// and of individuals without a gender (counted, the first shown).
fn award_recipients(
    award: &Award,
    list: &[(Recipient, Origin)],
    cat: &Catalogue,
    out: &mut Vec<Diagnostic>,
    warnings: &mut Vec<Diagnostic>,
) {
    let form = cat.forms.get(&award.form).zip(award.date());
    let mut genderless: Vec<&Origin> = Vec::new();
    for (r, origin) in list {
        recipient(r, origin, out);
        // A form given only to some (collectives, households) in the regime in force.
        if let Some((f, date)) = form {
            let who = r.who();
            if !cat.given(f, date, who, award.amount.is_some()) {
                out.push(not_given(&award.form, f, who, origin));
            }
        }
        // A pupil is `Em` whatever the gender; a household may say `Hộ ông …`.
        let unaddressed = match r.who() {
            Who::Individual => r.class.is_none(),
            Who::Household => householder(r.written_name()).0.is_none(),
            Who::Collective => false,
        };
        if unaddressed && r.gender.is_none() {
            genderless.push(origin);
        }
        if let Some(name) = r.name.as_deref().filter(|n| lower_case(n)) {
            let msg = format!("`{name}` is written in lower case, and prints so");
            let hint = "write names as they should print: Nguyễn Thị Hồng";
            warnings.push(origin.diagnostic(msg).hint(hint));
        }
    }
    if let Some(first) = genderless.first() {
        let msg = format!(
            "{} individual(s) or household(s) without `gender` are printed without Ông/Bà",
            genderless.len()
        );
        let yaml = first
            .file
            .extension()
            .is_some_and(|e| e == "yaml" || e == "yml");
        let hint = if yaml {
            "write `gender: male` or `female` (the first is shown)"
        } else {
            "fill the `gender` column with `male` or `female` (the first is shown)"
        };
        warnings.push(first.diagnostic(msg).hint(hint));
    }
}

/// The error of a recipient `who` that form `key` is not given to: a household where the
/// regime has no household money says how to give one.
fn not_given(key: &str, form: &Form, who: Who, origin: &Origin) -> Diagnostic {
    let plural = match who {
        Who::Collective => "collectives",
        Who::Individual => "individuals",
        Who::Household => "households",
    };
    let diag = origin.diagnostic(format!("`{key}` is not given to {plural}"));
    match (who, &form.given_to) {
        (Who::Household, None) => diag.hint(format!(
            "{} has no money for households in the regime in force: give the award an `amount` in đồng, or a third coefficient under `forms: {{ {key}: {{ money: … }} }}`",
            form.name
        )),
        _ => diag,
    }
}

/// An error (made by `at` from its message) when `key` names nobody under `people:`.
pub fn unknown_person(
    config: &Config,
    key: &str,
    at: impl Fn(String) -> Diagnostic,
) -> Option<Diagnostic> {
    if key.is_empty() || key == "~" {
        let hint = "write the key of someone under `people:` in thidua.yaml";
        Some(at("no person named here".into()).hint(hint))
    } else if !config.people.contains_key(key) {
        let mut diag = at(format!("unknown person `{key}`"));
        if let Some(h) = suggest(key, config.people.keys().map(String::as_str)) {
            diag = diag.hint(format!(
                "{h} (people are declared under `people:` in thidua.yaml)"
            ));
        }
        Some(diag)
    } else {
        None
    }
}

/// Checks a decision: an own one needs a known signer and a regime in force.
fn decision(
    dec: &Decision,
    path: &str,
    (config, cat): (&Config, &Catalogue),
    at: &dyn Fn(String, &str) -> Diagnostic,
    out: &mut Vec<Diagnostic>,
) {
    match (&dec.issuer, &dec.signer) {
        (None, None) => out.push(
            at(
                "an own decision needs a `signer`".into(),
                &format!("{path}.decision"),
            )
            .hint("or give `issuer` and `symbol` if someone else issued it"),
        ),
        (None, Some(s)) => {
            let field = format!("{path}.decision.signer");
            out.extend(unknown_person(config, s.key(), |m| at(m, &field)));
        }
        (Some(_), _) => {}
    }
    if dec.issuer.is_none() && cat.regime_at(dec.date).is_none() {
        out.push(
            at(
                format!("no legal regime is in force on {}", dec.date),
                &format!("{path}.decision.date"),
            )
            .hint("add one under `regimes:` in thidua.yaml"),
        );
    }
}

/// Whether no word of `name` starts with a capital (`nguyễn thị hồng`).
fn lower_case(name: &str) -> bool {
    let firsts = name.split_whitespace().filter_map(|w| w.chars().next());
    let letters: Vec<char> = firsts.filter(|c| c.is_alphabetic()).collect();
    !letters.is_empty() && letters.iter().all(|c| c.is_lowercase())
}

/// The longest reason printed on a certificate, and the longest name, position or unit.
const MAX_REASON: usize = 1_000;
const MAX_FIELD: usize = 500;

fn recipient(r: &Recipient, o: &Origin, out: &mut Vec<Diagnostic>) {
    let at = |msg: &str| o.diagnostic(msg);
    let fields = [
        ("name", &r.name),
        ("position", &r.position),
        ("unit", &r.unit),
        ("collective", &r.collective),
        ("household", &r.household),
    ];
    for (field, value) in fields {
        let n = value.as_deref().map_or(0, |v| v.chars().count());
        if n > MAX_FIELD {
            out.push(at(&format!(
                "`{field}` of {n} characters; {MAX_FIELD} at most"
            )));
        }
    }
    let named = [&r.name, &r.collective, &r.household];
    match named.iter().filter(|n| n.is_some()).count() {
        1 => {}
        0 => out.push(at(
            "a recipient needs `name` (an individual), `collective` or `household`",
        )),
        _ => out.push(at(
            "a recipient has one of `name` (an individual), `collective` or `household`, not two",
        )),
    }
    if let Some(h) = r
        .household
        .as_deref()
        .filter(|h| householder(h).1.is_empty())
    {
        out.push(at(&format!("household `{h}` names nobody")).hint("write `Hộ ông Nguyễn Văn An`"));
    }
    if let Some(g) = &r.gender {
        if Gender::parse(g).is_none() {
            out.push(at(&format!("unknown gender `{g}`")).hint("write `male` or `female`"));
        }
    }
}
