//! The guide's reference of every key (`docs/src/reference/keys.md`) is written from
//! `thidua schema`, so it cannot drift from what the loader reads: this test writes it
//! again and fails when the file differs (`THIDUA_BLESS=1 cargo test docs_keys` writes it).

use crate::support::*;
use serde_json::{Map, Value};
use std::path::Path;

/// The schema `thidua schema FILE` prints, each description in English then in
/// Vietnamese (`--lang vi`), as the reference shows both.
fn schema(of: &str) -> Value {
    let read = |lang: &str| -> Value {
        let run = thidua(Path::new("."), &["schema", of, "--lang", lang]);
        ok(&run);
        serde_json::from_slice(&run.stdout).unwrap()
    };
    let mut en = read("en");
    both(&mut en, &read("vi"));
    en
}

/// `en` with each of its descriptions followed by `vi`'s, where they differ.
fn both(en: &mut Value, vi: &Value) {
    match (en, vi) {
        (Value::Object(e), Value::Object(v)) => {
            for (key, value) in e.iter_mut() {
                let Some(other) = v.get(key) else { continue };
                match (key.as_str(), &mut *value, other) {
                    ("description", Value::String(a), Value::String(b)) if a != b => {
                        *a = format!("{a}\n\n{b}");
                    }
                    _ => both(value, other),
                }
            }
        }
        (Value::Array(e), Value::Array(v)) => {
            e.iter_mut().zip(v).for_each(|(a, b)| both(a, b));
        }
        _ => {}
    }
}

/// The definition `#/definitions/X` names, or the schema itself.
fn resolved<'a>(root: &'a Value, s: &'a Value) -> &'a Value {
    let reference = s.get("$ref").and_then(Value::as_str).or_else(|| {
        let all = s.get("allOf")?.as_array()?;
        all.iter().find_map(|a| a.get("$ref")?.as_str())
    });
    match reference.and_then(|r| r.strip_prefix("#/definitions/")) {
        Some(name) => &root["definitions"][name],
        None => s,
    }
}

/// What a value is, in a word or two: `text`, `whole number`, `list`, `one of a, b`.
fn kind(root: &Value, s: &Value) -> String {
    let s = resolved(root, s);
    if let Some(e) = s.get("enum").and_then(Value::as_array) {
        let names: Vec<String> = e
            .iter()
            .filter(|v| !v.is_null())
            .map(|v| format!("`{}`", v.as_str().unwrap_or_default()))
            .collect();
        return format!("one of {}", names.join(", "));
    }
    for key in ["anyOf", "oneOf"] {
        if let Some(options) = s.get(key).and_then(Value::as_array) {
            let mut kinds: Vec<String> = options
                .iter()
                .map(|o| kind(root, o))
                .filter(|k| k != "nothing")
                .collect();
            kinds.dedup();
            return kinds.join(" or ");
        }
    }
    let types: Vec<&str> = match s.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ => vec![],
    };
    let words: Vec<&str> = types
        .iter()
        .filter(|t| **t != "null")
        .map(|t| match *t {
            "string" => "text",
            "integer" => "whole number",
            "number" => "number",
            "boolean" => "yes/no",
            "array" => "list",
            "object" => "map",
            _ => "value",
        })
        .collect();
    match words.as_slice() {
        [] if types.contains(&"null") => "nothing".into(),
        [] => "value".into(),
        _ => words.join(" or "),
    }
}

/// The properties of an object schema (its `anyOf`/`oneOf` branches' too).
fn properties<'a>(root: &'a Value, s: &'a Value) -> Vec<(&'a String, &'a Value, bool)> {
    let s = resolved(root, s);
    let required: Vec<&str> = s
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let mut out: Vec<(&String, &Value, bool)> = s
        .get("properties")
        .and_then(Value::as_object)
        .map(|p: &Map<String, Value>| {
            p.iter()
                .map(|(k, v)| (k, v, required.contains(&k.as_str())))
                .collect()
        })
        .unwrap_or_default();
    for key in ["anyOf", "oneOf"] {
        for branch in s.get(key).and_then(Value::as_array).into_iter().flatten() {
            for p in properties(root, branch) {
                if !out.iter().any(|(k, _, _)| *k == p.0) {
                    out.push((p.0, p.1, false));
                }
            }
        }
    }
    out
}

/// What a key holds inside: its items for a list, its values for a map.
fn inner<'a>(root: &'a Value, s: &'a Value) -> Option<(&'static str, &'a Value)> {
    let s = resolved(root, s);
    if let Some(items) = s.get("items") {
        return Some(("[]", items));
    }
    if let Some(values) = s.get("additionalProperties").filter(|v| v.is_object()) {
        return Some((".KEY", values));
    }
    for key in ["anyOf", "oneOf"] {
        if let Some(found) = s
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .find_map(|o| inner(root, o))
        {
            return Some(found);
        }
    }
    None
}

/// A description as one paragraph per language: English, then Vietnamese in italics.
fn described(s: &Value, fallback: &Value) -> String {
    let d = s.get("description").or_else(|| fallback.get("description"));
    let d = d.and_then(Value::as_str).unwrap_or_default();
    let mut parts = d.split("\n\n").map(|p| p.replace('\n', " "));
    let en = parts.next().unwrap_or_default();
    match parts.next() {
        Some(vi) => format!("{en} *{vi}*"),
        None => en,
    }
}

fn walk(root: &Value, s: &Value, path: &str, depth: usize, out: &mut Vec<String>) {
    if depth > 6 {
        return;
    }
    for (key, p, required) in properties(root, s) {
        let here = if path.is_empty() {
            key.clone()
        } else {
            format!("{path}.{key}")
        };
        let need = if required { ", required" } else { "" };
        let target = resolved(root, p);
        out.push(format!(
            "- **`{here}`** ({}{need}) — {}",
            kind(root, p),
            described(p, target)
        ));
        walk(root, p, &here, depth + 1, out);
        if let Some((mark, items)) = inner(root, p) {
            walk(root, items, &format!("{here}{mark}"), depth + 1, out);
        }
    }
}

/// The reference page, written from both schemas.
fn reference() -> String {
    let mut page = String::from(
        "# Every key of thidua.yaml and of a dossier\n\n\
         Written from `thidua schema config` and `thidua schema` by a test, so it is what \
         the loader reads: do not edit it by hand (`THIDUA_BLESS=1 cargo test docs_keys` \
         writes it again). `[]` is each item of a list, `.KEY` each entry of a map \
         (a person's key, a form's key). Each key says what it holds in English, then in \
         Vietnamese.\n",
    );
    for (of, title) in [
        ("config", "thidua.yaml"),
        ("dossier", "A dossier (`content/**/*.yaml`)"),
    ] {
        let root = schema(of);
        let mut lines = Vec::new();
        walk(&root, &root, "", 0, &mut lines);
        page.push_str(&format!("\n## {title}\n\n{}\n", lines.join("\n")));
    }
    page
}

#[test]
fn the_reference_of_keys_is_the_schemas() {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/src/reference/keys.md");
    let fresh = reference();
    if std::env::var_os("THIDUA_BLESS").is_some() {
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, &fresh).unwrap();
    }
    let kept = std::fs::read_to_string(&file).unwrap_or_default();
    assert!(
        kept == fresh,
        "docs/src/reference/keys.md is not the schema's: THIDUA_BLESS=1 cargo test docs_keys writes it"
    );
    for key in [
        "awards[].decision.number",
        "people.KEY.name",
        "conference.programme[].awards",
        "awards[].on_stage",
    ] {
        assert!(fresh.contains(&format!("**`{key}`**")), "{key}");
    }
}
