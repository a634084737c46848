//! Checks of an award's recipients: each one's text (one line, words that fit a line, a
//! name that names someone), whether its form is given to it and an own decision pays it,
//! and what looks written in the wrong field.

use super::Origin;
use crate::diagnostic::Diagnostic;
use crate::model::{householder, Catalogue, Form, Gender, Recipient, Who};

/// The longest name, position or unit, and the longest word in one (a word longer than a
/// line cannot be printed: nothing breaks it).
const MAX_FIELD: usize = 500;
const MAX_WORD: usize = 40;

/// An award being checked: where it is, and whether its date was read from the file.
pub struct Award<'a> {
    pub award: &'a crate::model::Award,
    pub path: &'a str,
    pub at: &'a dyn Fn(String, &str) -> Diagnostic,
    /// Whether its date is the file's (not a stand-in for one that could not be read).
    pub dated: bool,
    /// Whether a field at or within a path could not be read (its error said).
    pub troubled: &'a dyn Fn(&str) -> bool,
}

/// Folds a line break or a tab inside a recipient's text (a spreadsheet cell written
/// with Alt+Enter) into a space, and says so: the PDF would break the line, the Word
/// copy join the words.
pub fn tidy(lists: &mut [Vec<(Recipient, Origin)>], warnings: &mut Vec<Diagnostic>) {
    for (r, origin) in lists.iter_mut().flatten() {
        let fields = [
            ("name", &mut r.name),
            ("position", &mut r.position),
            ("unit", &mut r.unit),
            ("collective", &mut r.collective),
            ("household", &mut r.household),
            ("class", &mut r.class),
            ("achievement", &mut r.achievement),
        ];
        for (field, value) in fields {
            let Some(text) = value.as_mut().filter(|t| t.contains(['\n', '\r', '\t'])) else {
                continue;
            };
            *text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            let msg = t!("recipients-line-break", field = field, text = &*text);
            warnings.push(origin.diagnostic(msg));
        }
    }
}

/// Checks the recipients `list` of `a`: each one's fields; its kind among those the form
/// is given to, and paid by an own decision, in the regime in force; warns of names in
/// lower case, of households written as people or collectives, and of individuals and
/// households without a gender (counted, the first shown).
pub fn award(
    a: &Award,
    list: &[(Recipient, Origin)],
    cat: &Catalogue,
    (out, warnings): (&mut Vec<Diagnostic>, &mut Vec<Diagnostic>),
) {
    let award = a.award;
    let own = award.decision.as_ref().is_some_and(|d| d.issuer.is_none());
    let form = cat
        .forms
        .get(&award.form)
        .zip(award.date())
        .filter(|_| a.dated);
    let mut genderless: Vec<(&Origin, &str)> = Vec::new();
    // No one is born after the award (a year far ahead when it has no date yet).
    let until = award.date().map_or(2100, |d| d.year);
    for (r, origin) in list {
        let fine = fields(r, origin, until, out, warnings);
        let who = r.who();
        if let Some((f, date)) = form.filter(|_| fine) {
            if !cat.given(f, date, who) {
                out.push(not_given(&award.form, who, origin));
            } else if own && award.amount.is_none() && cat.unpaid(f, date, who) {
                out.push(unpaid(&award.form, f, who, origin));
            } else if f.pupils && r.class.is_none() {
                let msg = t!("recipients-pupils", form = f.name.as_str());
                let hint = t!("recipients-pupils-hint");
                out.push(origin.diagnostic(msg).hint(hint));
            }
        }
        // A pupil is `Em` whatever the gender; a household may say `Hộ ông …`.
        let unaddressed = match who {
            Who::Individual => r.class.is_none(),
            Who::Household => householder(r.written_name()).0.is_none(),
            Who::Collective => false,
        };
        // A recipient with a key that could not be read (`clas`) has its error said.
        if fine && unaddressed && r.gender.is_none() && !(a.troubled)(&origin.path) {
            genderless.push((origin, r.written_name()));
        }
    }
    if let Some((first, name)) = genderless.first() {
        let msg = match genderless.len() - 1 {
            0 => t!("recipients-genderless", name = *name),
            others => t!("recipients-genderless-more", name = *name, others = others),
        };
        let yaml = first
            .file
            .extension()
            .is_some_and(|e| e == "yaml" || e == "yml");
        let hint = if yaml {
            t!("recipients-genderless-hint")
        } else {
            t!("recipients-genderless-column-hint")
        };
        warnings.push(first.diagnostic(msg).hint(hint));
    }
    if let Some((f, date)) = form.filter(|_| own) {
        warnings.extend(replaced(a, list, cat, (f, date)));
    }
}

/// A warning when an award's `amount` replaces the money its form gives someone listed
/// (the households' prize given to a whole Giấy khen changes the individuals' too).
fn replaced(
    a: &Award,
    list: &[(Recipient, Origin)],
    cat: &Catalogue,
    (form, date): (&Form, crate::model::Date),
) -> Option<Diagnostic> {
    let each = a.award.amount?;
    let built_in = cat.money(form, date);
    let changed = list.iter().find_map(|(r, _)| {
        let who = r.who();
        built_in[who.in_money()]
            .filter(|m| *m != each)
            .map(|m| (who, m))
    })?;
    let (who, money) = changed;
    let msg = t!(
        "recipients-amount-replaces",
        each = each.to_string(),
        money = money.to_string(),
        form = form.name.as_str(),
        who = plural(who)
    );
    let hint = t!("recipients-amount-replaces-hint");
    Some(
        (a.at)(msg, &format!("{}.amount", a.path))
            .into_warning()
            .hint(hint),
    )
}

/// The error of a recipient `who` that form `key` is not given to.
fn not_given(key: &str, who: Who, origin: &Origin) -> Diagnostic {
    let diag = origin.diagnostic(t!("recipients-not-given", form = key, who = plural(who)));
    match who {
        Who::Household => diag.hint(t!("recipients-not-given-household-hint")),
        _ => diag,
    }
}

/// The error of a recipient `who` an own decision of `form` would not pay.
fn unpaid(key: &str, form: &Form, who: Who, origin: &Origin) -> Diagnostic {
    let msg = t!(
        "recipients-unpaid",
        form = form.name.as_str(),
        who = plural(who)
    );
    let hint = match who {
        Who::Household => t!("recipients-unpaid-household-hint", key = key),
        _ => t!("recipients-unpaid-hint", key = key),
    };
    origin.diagnostic(msg).hint(hint)
}

/// Checks one recipient's fields; whether they name one recipient plainly enough for
/// the rules of its form to be checked.
fn fields(
    r: &Recipient,
    o: &Origin,
    until: i32,
    out: &mut Vec<Diagnostic>,
    warnings: &mut Vec<Diagnostic>,
) -> bool {
    let before = out.len();
    let at = |msg: &str| o.diagnostic(msg);
    if let Some(b) = r
        .born
        .as_deref()
        .filter(|b| !crate::model::fold::is_birth(b, until))
    {
        out.push(at(&t!("recipients-born", born = b)).hint(t!("recipients-born-hint")));
    }
    let texts = [
        ("name", &r.name),
        ("position", &r.position),
        ("unit", &r.unit),
        ("collective", &r.collective),
        ("household", &r.household),
    ];
    for (field, value) in texts {
        let Some(value) = value.as_deref() else {
            continue;
        };
        let n = value.chars().count();
        let longest = value.split_whitespace().map(|w| w.chars().count()).max();
        if n > MAX_FIELD {
            out.push(at(&t!(
                "recipients-too-long",
                field = field,
                n = n,
                max = MAX_FIELD
            )));
        } else if let Some(w) = longest.filter(|w| *w > MAX_WORD) {
            let msg = t!("recipients-long-word", field = field, w = w);
            out.push(at(&msg).hint(t!("recipients-long-word-hint")));
        }
    }
    let named = [&r.name, &r.collective, &r.household];
    match named.iter().filter(|n| n.is_some()).count() {
        1 => {}
        0 => out.push(at(&t!("recipients-unnamed"))),
        _ => out.push(at(&t!("recipients-named-twice"))),
    }
    if let Some(g) = &r.gender {
        if Gender::parse(g).is_none() {
            let hint = t!("recipients-gender-hint");
            let msg = t!("recipients-gender", gender = g);
            out.push(o.diagnostic_at("gender", msg).hint(hint));
        }
    }
    household(r, o, out, warnings);
    named_as_written(r, o, warnings);
    out.len() == before
}

/// A household's checks: a head with a name of letters, no person's fields, a gender
/// that agrees with `Hộ ông` or `Hộ bà`.
fn household(r: &Recipient, o: &Origin, out: &mut Vec<Diagnostic>, warnings: &mut Vec<Diagnostic>) {
    let Some(h) = r.household.as_deref() else {
        return;
    };
    let (written, name) = householder(h);
    if !name.chars().any(char::is_alphabetic) {
        let msg = t!("recipients-household-nobody", household = h);
        out.push(
            o.diagnostic(msg)
                .hint(t!("recipients-household-nobody-hint")),
        );
        return;
    }
    for (field, value) in [("position", &r.position), ("class", &r.class)] {
        if value.is_some() {
            let msg = t!("recipients-household-field", field = field);
            out.push(
                o.diagnostic(msg)
                    .hint(t!("recipients-household-field-hint")),
            );
        }
    }
    let said = r.gender.as_deref().and_then(Gender::parse);
    if let Some((w, s)) = written.zip(said).filter(|(w, s)| w != s) {
        let msg = t!(
            "recipients-household-gender",
            household = h,
            written = w.honorific().to_lowercase(),
            said = s.honorific().to_lowercase()
        );
        warnings.push(o.diagnostic(msg));
    }
}

/// Warnings for text that prints other than meant: a name in lower case, a household
/// written as a person or a collective (`name: Hộ ông …` prints `Ông Hộ ông …`).
fn named_as_written(r: &Recipient, o: &Origin, warnings: &mut Vec<Diagnostic>) {
    let name = r
        .name
        .as_deref()
        .or(r.household.as_deref().map(|h| householder(h).1));
    if let Some(name) = name.filter(|n| lower_case(n)) {
        let msg = t!("recipients-lower-case", name = name);
        let hint = t!("recipients-lower-case-hint");
        warnings.push(o.diagnostic(msg).hint(hint));
    }
    for (field, value) in [("name", &r.name), ("collective", &r.collective)] {
        let Some(v) = value.as_deref().filter(|v| starts_as_household(v)) else {
            continue;
        };
        let counted = if field == "name" {
            plural(Who::Individual)
        } else {
            plural(Who::Collective)
        };
        let msg = t!(
            "recipients-reads-household",
            field = field,
            value = v,
            counted = counted
        );
        let hint = t!("recipients-reads-household-hint", value = v);
        warnings.push(o.diagnostic(msg).hint(hint));
    }
    // `Ông` is printed from the gender: written in the name too, it prints twice.
    if let Some(v) = r.name.as_deref().filter(|_| r.gender.is_some()) {
        let first = v
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_lowercase();
        if ["ông", "bà"].contains(&first.as_str()) {
            let msg = t!("recipients-honorific", value = v);
            warnings.push(o.diagnostic(msg).hint(t!("recipients-honorific-hint")));
        }
    }
}

/// Recipients of kind `who`, in words (`individuals`), in the language of the messages.
fn plural(who: Who) -> String {
    match who {
        Who::Individual => t!("recipients-individuals"),
        Who::Collective => t!("recipients-collectives"),
        Who::Household => t!("recipients-households"),
    }
}

/// Whether `text` opens as a household is written (`Hộ ông …`, `Gia đình bà …`).
fn starts_as_household(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    [
        "hộ ông ",
        "hộ bà ",
        "gia đình ông ",
        "gia đình bà ",
        "hộ gia đình ",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
}

/// Whether no word of `name` starts with a capital (`nguyễn thị hồng`).
fn lower_case(name: &str) -> bool {
    let firsts = name.split_whitespace().filter_map(|w| w.chars().next());
    let letters: Vec<char> = firsts.filter(|c| c.is_alphabetic()).collect();
    !letters.is_empty() && letters.iter().all(|c| c.is_lowercase())
}
