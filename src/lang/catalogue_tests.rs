//! The catalogues against each other and against the code: every message in both
//! languages, with the same placeholders, and every `t!` of the code found in both with
//! the names it passes.

use super::{text_in, Arg, Lang};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

type Messages = BTreeMap<String, BTreeSet<String>>;

/// Each message of `lang`'s catalogue, with the variables it uses.
fn messages(lang: Lang) -> Messages {
    let resource = fluent_syntax::parser::parse(lang.catalogue())
        .unwrap_or_else(|(_, errors)| panic!("{lang:?}: {errors:?}"));
    let mut out = Messages::new();
    for entry in resource.body {
        match entry {
            Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern(p, &mut vars);
                }
                let id = m.id.name.to_string();
                assert!(
                    out.insert(id.clone(), vars).is_none(),
                    "{lang:?}: {id} twice"
                );
            }
            Entry::Junk { content } => panic!("{lang:?}: not Fluent: {content}"),
            _ => {}
        }
    }
    out
}

fn pattern(p: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        Expression::Select { selector, variants } => {
            inline(selector, vars);
            variants.iter().for_each(|v| pattern(&v.value, vars));
        }
        Expression::Inline(i) => inline(i, vars),
    }
}

fn inline(i: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        InlineExpression::FunctionReference { arguments, .. } => {
            arguments.positional.iter().for_each(|a| inline(a, vars));
        }
        _ => {}
    }
}

#[test]
fn every_message_is_in_both_languages_with_the_same_placeholders() {
    let (vi, en) = (messages(Lang::Vi), messages(Lang::En));
    let only = |a: &Messages, b: &Messages| -> Vec<String> {
        a.keys().filter(|k| !b.contains_key(*k)).cloned().collect()
    };
    assert!(
        only(&vi, &en).is_empty(),
        "only in vi.ftl: {:?}",
        only(&vi, &en)
    );
    assert!(
        only(&en, &vi).is_empty(),
        "only in en.ftl: {:?}",
        only(&en, &vi)
    );
    let differ: Vec<_> = vi
        .iter()
        .filter(|(id, vars)| en.get(*id) != Some(vars))
        .map(|(id, vars)| format!("{id}: vi {vars:?}, en {:?}", en.get(id)))
        .collect();
    assert!(differ.is_empty(), "{differ:#?}");
}

/// Each `t!("id", a = …, b = …)` of `source`: its id and the names it passes.
fn calls(source: &str) -> Vec<(String, BTreeSet<String>)> {
    let mut out = Vec::new();
    let mut rest = source;
    while let Some(at) = rest.find("t!(") {
        let before = rest[..at].chars().last();
        rest = &rest[at + 3..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let Some(body) = balanced(rest) else { continue };
        let body = body.trim_start();
        let Some(id) = body.strip_prefix('"').and_then(|b| b.split('"').next()) else {
            continue;
        };
        let names = top_level(&body[id.len() + 2..])
            .iter()
            .filter_map(|arg| arg.split_once('=').map(|(n, _)| n.trim().to_string()))
            .filter(|n| !n.is_empty() && n.chars().all(|c| c.is_alphanumeric() || c == '_'))
            .collect();
        out.push((id.to_string(), names));
    }
    out
}

/// The text up to the parenthesis that closes the one just opened.
fn balanced(s: &str) -> Option<&str> {
    let (mut depth, mut quoted, mut escaped) = (1usize, false, false);
    for (i, c) in s.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            '(' | '[' | '{' if !quoted => depth += 1,
            ')' | ']' | '}' if !quoted => {
                depth -= 1;
                if depth == 0 {
                    return Some(&s[..i]);
                }
            }
            _ => {}
        }
    }
    None
}

/// `s` cut at its commas outside brackets and quotes.
fn top_level(s: &str) -> Vec<String> {
    let (mut parts, mut part) = (Vec::new(), String::new());
    let (mut depth, mut quoted, mut escaped) = (0usize, false, false);
    for c in s.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            '(' | '[' | '{' | '<' if !quoted => depth += 1,
            ')' | ']' | '}' | '>' if !quoted => depth = depth.saturating_sub(1),
            ',' if !quoted && depth == 0 => {
                parts.push(std::mem::take(&mut part));
                continue;
            }
            _ => {}
        }
        part.push(c);
    }
    parts.push(part);
    parts
}

#[test]
fn every_message_the_code_asks_for_is_there_with_the_names_it_passes() {
    let catalogue = messages(Lang::En);
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut wrong = Vec::new();
    let mut used = 0;
    for entry in walkdir::WalkDir::new(&src) {
        let entry = entry.unwrap();
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "rs") || path.starts_with(src.join("lang")) {
            continue;
        }
        let source = std::fs::read_to_string(path).unwrap();
        for (id, names) in calls(&source) {
            used += 1;
            match catalogue.get(&id) {
                None => wrong.push(format!("{}: `{id}` is in no catalogue", path.display())),
                Some(vars) if *vars != names => wrong.push(format!(
                    "{}: `{id}` is passed {names:?}, the catalogue uses {vars:?}",
                    path.display()
                )),
                Some(_) => {}
            }
        }
    }
    assert!(used > 0);
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn a_message_puts_its_values_in_and_english_counts_in_the_plural() {
    let n = |n: usize| [("count", Arg::from(n))];
    assert_eq!(text_in(Lang::En, "files-count", &n(1)), "1 file");
    assert_eq!(text_in(Lang::En, "files-count", &n(3)), "3 files");
    assert_eq!(text_in(Lang::Vi, "files-count", &n(3)), "3 tệp");
    assert_eq!(text_in(Lang::Vi, "no-such-message", &[]), "no-such-message");
}

#[test]
fn a_decimal_is_written_as_each_language_writes_it() {
    use super::{decimal, with};
    let cases = [
        (Lang::Vi, "0.4", "0,4"),
        (Lang::En, "0.4", "0.4"),
        (Lang::Vi, "12", "12"),
    ];
    for (lang, n, want) in cases {
        assert_eq!(with(lang, || decimal(n)), want);
    }
}

#[test]
fn the_language_is_named_by_its_code() {
    assert_eq!(Lang::named("VI"), Some(Lang::Vi));
    assert_eq!(Lang::named("en"), Some(Lang::En));
    assert_eq!(Lang::named("fr"), None);
}

#[test]
fn every_kind_of_document_is_named_in_both_languages() {
    for kind in crate::kinds::KINDS {
        let id = format!("kinds-name-{}", kind.name);
        for lang in [Lang::Vi, Lang::En] {
            assert_ne!(text_in(lang, &id, &[]), id, "{lang:?}");
        }
    }
}

#[test]
fn every_kind_of_agency_is_named_in_both_languages() {
    for row in &crate::model::AGENCY_KINDS {
        let id = format!("agency-kind-{}", row.key);
        for lang in [Lang::Vi, Lang::En] {
            assert_ne!(text_in(lang, &id, &[]), id, "{lang:?}");
        }
    }
}

/// A message's own words: its text, each placeholder as a quoted mark.
fn words(p: &Pattern<&str>, out: &mut String) {
    for element in &p.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => match expression {
                Expression::Select { variants, .. } => {
                    for v in variants {
                        words(&v.value, out);
                        out.push(' ');
                    }
                }
                Expression::Inline(InlineExpression::StringLiteral { value }) => {
                    out.push_str(value);
                }
                Expression::Inline(_) => out.push_str(" `…` "),
            },
        }
    }
}

/// Every key and value name of the JSON Schemas.
fn yaml_words() -> BTreeSet<String> {
    use crate::model::schema::{schema, Target};
    let mut out = BTreeSet::new();
    super::english::schema_words(&schema(Target::Dossier), &mut out);
    super::english::schema_words(&schema(Target::Config), &mut out);
    out
}

#[test]
fn the_vietnamese_catalogue_has_no_english_words() {
    let allowed = yaml_words();
    let resource = fluent_syntax::parser::parse(Lang::Vi.catalogue()).unwrap();
    let mut english = Vec::new();
    for entry in resource.body {
        let Entry::Message(m) = entry else { continue };
        let mut text = String::new();
        if let Some(p) = &m.value {
            words(p, &mut text);
        }
        let found = super::english::english_words(&text, &allowed);
        if !found.is_empty() {
            english.push(format!("{}: {found:?} in {text:?}", m.id.name));
        }
    }
    assert!(
        english.is_empty(),
        "{} messages:\n{}",
        english.len(),
        english.join("\n")
    );
}
