//! Checks that need more than one field: keys that must name a person or a form, dates a
//! regime covers (an award's recipients are `recipients`').

use super::plausible::implausible;
use super::{locate, Locations, Origin};
use crate::diagnostic::{suggest, Diagnostic};
use crate::model::{Award, Catalogue, Config, Decision, Dossier, Recipient, Report, FIELD_NAMES};
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
                &t!("validate-unknown-certificate-field", name = name),
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
            at(&t!("validate-base-salary", amount = v.to_string()), &path)
                .hint(t!("validate-base-salary-hint")),
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
                &t!("validate-certificate-field-numbers"),
                &format!("certificate.fields.{name}"),
            ));
        }
    }
    for (side, value, (lo, hi)) in c.margins.out_of_range() {
        let msg = t!(
            "validate-margin",
            value = value.to_string(),
            low = lo.to_string(),
            high = hi.to_string()
        );
        out.push(at(&msg, &format!("margins.{side}")));
    }
    if let Some(p) = c
        .certificate
        .paper
        .as_deref()
        .filter(|p| !matches!(p.to_uppercase().as_str(), "A4" | "A3"))
    {
        out.push(
            at(
                &t!("validate-unknown-paper", paper = p),
                "certificate.paper",
            )
            .hint(t!("validate-unknown-paper-hint")),
        );
    }
    forms(c, &at, out);
}

/// The forms written in `thidua.yaml`: whom each is given to names someone, its `Căn
/// cứ` lines say something from a plausible date, its coefficients are plausible.
fn forms(c: &Config, at: &dyn Fn(&str, &str) -> Diagnostic, out: &mut Vec<Diagnostic>) {
    for (key, f) in &c.forms {
        let path = format!("forms.{key}");
        if f.given_to.as_ref().is_some_and(Vec::is_empty) {
            let hint = t!("validate-given-to-empty-hint");
            let msg = t!("validate-given-to-empty");
            out.push(at(&msg, &format!("{path}.given_to")).hint(hint));
        }
        for (i, b) in f.bases.iter().flatten().enumerate() {
            let here = format!("{path}.bases[{i}]");
            if b.text.trim().is_empty() {
                out.push(at(&t!("validate-basis-empty"), &format!("{here}.text")));
            }
            if b.from.year < 1945 {
                let msg = t!("validate-basis-date", date = b.from.to_string());
                out.push(at(&msg, &format!("{here}.from")));
            }
        }
        for (regime, money) in &f.money {
            let high = money.0.iter().flatten().find(|c| c.0 > 100 * 100);
            if let Some(c) = high {
                let msg = t!("validate-coefficient", coefficient = c.to_string());
                let hint = t!("validate-coefficient-hint");
                out.push(at(&msg, &format!("{path}.money.{regime}")).hint(hint));
            }
        }
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
    /// Per award, whether its recipients' file could not be read (said where it was).
    pub unread: &'a [bool],
    /// Whether the field at a path holds a stand-in for a value that could not be read.
    pub repaired: &'a dyn Fn(&str) -> bool,
    /// Whether a field at or within a path could not be read (a misspelt key of a
    /// recipient): what is said of the whole is not said on top of that error.
    pub troubled: &'a dyn Fn(&str) -> bool,
}

impl Input<'_> {
    /// Whether the field at `path` holds a stand-in.
    pub fn repaired(&self, path: &str) -> bool {
        (self.repaired)(path)
    }
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
        ..
    } = *input;
    let at = |msg: String, path: &str| locate(Diagnostic::file(file, msg), loc, path);
    if let Some(chair) = d.conference.as_ref().and_then(|c| c.chair.as_deref()) {
        out.extend(unknown_person(config, chair, |m| at(m, "conference.chair")));
    }
    for (msg, path) in super::plausible::ambiguous(d) {
        warnings.push(at(msg, &path).into_warning());
    }
    for (msg, path) in implausible(d) {
        out.push(at(msg, &path));
    }
    out.extend(super::agency::school_year(d, &at));
    out.extend(super::texts::dossier(d, &at));
    if let Some(y) = d.year.filter(|y| !(1945..=2200).contains(y)) {
        out.push(at(t!("validate-year", year = y.to_string()), "year"));
    }
    warnings.extend(super::agency::before_first_name(config, d, &at));
    if let Some(r) = &d.report {
        report(config, r, &at, out);
    }
    // The agency's name the dossier prints under.
    let org = config.organization.at(d.first_date());
    let mut numbers = std::collections::HashMap::new();
    let mut unnumbered = std::collections::HashMap::new();
    for (i, award) in d.awards.iter().enumerate() {
        let path = format!("awards[{i}]");
        // Own decisions name their output files by number: two with one number would collide.
        if let Some(dec) = award.decision.as_ref().filter(|d| d.issuer.is_none()) {
            if dec.number.is_none() {
                // Named for its form until numbered: two of one form would be one file.
                if let Some(first) = unnumbered.insert(award.form.clone(), i) {
                    let msg = t!(
                        "validate-unnumbered-twice",
                        first = first,
                        form = &award.form
                    );
                    let hint = t!("validate-unnumbered-twice-hint");
                    out.push(at(msg, &format!("{path}.decision")).hint(hint));
                }
                let msg = t!("validate-unnumbered");
                let hint = t!("validate-unnumbered-hint");
                warnings.push(
                    at(msg, &format!("{path}.decision"))
                        .into_warning()
                        .hint(hint),
                );
            }
            let numbered = dec
                .number
                .and_then(|n| numbers.insert(n, i).map(|f| (n, f)));
            if let Some((number, first)) = numbered {
                let msg = t!(
                    "validate-decision-number-used",
                    number = number.to_string(),
                    first = first
                );
                out.push(at(msg, &format!("{path}.decision.number")));
            }
        }
        award_fields(award, &path, (config, cat), &at, out);
        let list = recipients.get(i).map(Vec::as_slice).unwrap_or_default();
        // A list that could not be read was said: it is not said empty too.
        if list.is_empty() && !input.unread.get(i).copied().unwrap_or(false) {
            out.push(at(t!("validate-no-recipient"), &path));
        }
        let dated = ["decision.date", "proposal.date"].map(|f| format!("{path}.{f}"));
        let award_at = super::recipients::Award {
            award,
            path: &path,
            at: &at,
            troubled: input.troubled,
            // A date that is a stand-in for a bad one says nothing of the form's rules.
            dated: !dated.iter().any(|f| input.repaired(f)),
        };
        super::recipients::award(&award_at, list, cat, (&mut *out, &mut *warnings));
        warnings.extend(super::agency::decided_elsewhere(
            org, cat, award, &path, &at,
        ));
        // An amount that could not be read was said: it is not said missing too.
        if !input.repaired(&format!("{path}.amount")) {
            super::agency::prize(cat, award, &path, &at, (&mut *out, &mut *warnings));
        }
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
            out.push(at(t!("validate-unknown-table", table = t), &path).hint(hint));
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
            t!("validate-unknown-form", form = &award.form),
            &format!("{path}.form"),
        );
        if let Some(h) = suggest(&award.form, cat.forms.keys().map(String::as_str)) {
            diag = diag.hint(h);
        }
        out.push(diag);
    }
    match &award.decision {
        Some(dec) => decision(dec, path, (config, cat), at, out),
        None if award.proposal.is_none() => {
            out.push(at(t!("validate-no-decision"), path).hint(t!("validate-no-decision-hint")))
        }
        None => {}
    }
    if let Some(n) = award.reason.as_ref().map(|r| r.chars().count()) {
        if n > MAX_REASON {
            let msg = t!("validate-reason-long", count = n, most = MAX_REASON);
            out.push(at(msg, &format!("{path}.reason")));
        }
    }
}

/// An error (made by `at` from its message) when `key` names nobody under `people:`.
pub fn unknown_person(
    config: &Config,
    key: &str,
    at: impl Fn(String) -> Diagnostic,
) -> Option<Diagnostic> {
    if key.is_empty() || key == "~" {
        let hint = t!("validate-no-person-hint");
        Some(at(t!("validate-no-person")).hint(hint))
    } else if !config.people.contains_key(key) {
        let mut diag = at(t!("validate-unknown-person", key = key));
        // A person written by their name, not their key: name the key to write.
        let named = config
            .people
            .iter()
            .find(|(_, p)| p.name.trim().to_lowercase() == key.trim().to_lowercase());
        if let Some((k, p)) = named {
            diag = diag.hint(t!(
                "validate-person-by-name",
                key = k.as_str(),
                name = p.name.as_str()
            ));
        } else if let Some(h) = suggest(key, config.people.keys().map(String::as_str)) {
            diag = diag.hint(t!("validate-unknown-person-hint", suggestion = h));
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
            at(t!("validate-no-signer"), &format!("{path}.decision"))
                .hint(t!("validate-no-signer-hint")),
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
                t!("validate-no-regime", date = dec.date.to_string()),
                &format!("{path}.decision.date"),
            )
            .hint(t!("validate-no-regime-hint")),
        );
    }
}

/// The longest reason printed on a certificate.
const MAX_REASON: usize = 1_000;
