//! serde's and the YAML parser's messages in the chosen language. They come as English
//! text in fixed shapes (`invalid type: string "x", expected a date`); each shape is read
//! back into its parts and said again from the catalogue. A shape not known here is
//! left as it came, so nothing is ever lost.

use super::{current, Lang};

/// `message` (serde's or libyaml's, without its place) in the chosen language.
pub fn said(message: &str) -> String {
    if current() == Lang::En {
        return message.to_string();
    }
    framed(message)
        .or_else(|| parser(message))
        .unwrap_or_else(|| message.to_string())
}

/// serde_yaml's whole message (`organization: invalid length 0, expected … at line 1
/// column 15`) in the chosen language: its field path and place kept, its words said.
pub fn located(message: &str) -> String {
    if current() == Lang::En {
        return message.to_string();
    }
    let (message, place) = match message.rsplit_once(" at line ") {
        Some((m, place)) => (m, place.split_once(" column ")),
        None => (message, None),
    };
    let said = match message.split_once(": ") {
        Some((path, rest)) if !path.contains(' ') => format!("{path}: {}", said(rest)),
        _ => said(message),
    };
    match place {
        Some((line, column)) => t!("serde-at", said = said, line = line, column = column),
        None => said,
    }
}

/// serde's framing: the invalid type or value, the unknown or missing field.
fn framed(m: &str) -> Option<String> {
    for (prefix, id) in [
        ("invalid type: ", "serde-invalid-type"),
        ("invalid value: ", "serde-invalid-value"),
    ] {
        if let Some(rest) = m.strip_prefix(prefix) {
            let (found, expected) = rest.split_once(", expected ")?;
            let args = [
                ("found", unexpected(found).into()),
                ("expected", expected_text(expected).into()),
            ];
            return Some(crate::lang::text(id, &args));
        }
    }
    if let Some(rest) = m.strip_prefix("invalid length ") {
        let (length, expected) = rest.split_once(", expected ")?;
        return Some(t!(
            "serde-invalid-length",
            length = length,
            expected = expected_text(expected)
        ));
    }
    for (prefix, known, none) in [
        (
            "unknown field `",
            "serde-unknown-field",
            "serde-unknown-field-none",
        ),
        (
            "unknown variant `",
            "serde-unknown-variant",
            "serde-unknown-variant-none",
        ),
    ] {
        if let Some(rest) = m.strip_prefix(prefix) {
            let (name, tail) = rest.split_once('`')?;
            if tail.starts_with(", there are no") {
                return Some(crate::lang::text(none, &[("name", name.into())]));
            }
            let list = tail.strip_prefix(", expected ")?;
            let args = [("name", name.into()), ("expected", one_of(list).into())];
            return Some(crate::lang::text(known, &args));
        }
    }
    for (prefix, id) in [
        ("missing field `", "serde-missing-field"),
        ("duplicate field `", "serde-duplicate-field"),
    ] {
        if let Some(rest) = m.strip_prefix(prefix) {
            let name = rest.strip_suffix('`')?;
            return Some(crate::lang::text(id, &[("name", name.into())]));
        }
    }
    None
}

/// serde's list of names (`` `a` ``, `` `a` or `b` ``, `` one of `a`, `b`, `c` ``).
fn one_of(list: &str) -> String {
    let names: Vec<&str> = list.split('`').skip(1).step_by(2).collect();
    match names.as_slice() {
        [one] => format!("`{one}`"),
        _ => t!("serde-one-of", names = names.join("`, `")),
    }
}

/// What serde found, as its `Unexpected` writes it.
fn unexpected(found: &str) -> String {
    let quoted = |prefix: &str| found.strip_prefix(prefix).map(str::to_string);
    if let Some(v) = quoted("boolean ") {
        return t!("serde-found-boolean", value = v);
    }
    // A number too large for any integer: `integer `99…` as u128`.
    if let Some((v, _)) = quoted("integer ")
        .as_deref()
        .and_then(|v| v.split_once(" as "))
    {
        return t!("serde-found-huge", value = v);
    }
    if let Some(v) = quoted("integer ") {
        return t!("serde-found-integer", value = v);
    }
    if let Some(v) = quoted("floating point ") {
        return t!("serde-found-float", value = v);
    }
    if let Some(v) = quoted("string ") {
        return t!("serde-found-string", value = v);
    }
    if let Some(v) = quoted("character ") {
        return t!("serde-found-character", value = v);
    }
    let id = match found {
        "unit value" | "null" => "serde-found-nothing",
        "sequence" => "serde-found-list",
        "map" => "serde-found-map",
        "byte array" => "serde-found-bytes",
        "enum" | "unit variant" | "newtype variant" | "tuple variant" | "struct variant" => {
            "serde-found-tagged"
        }
        _ => return found.to_string(),
    };
    crate::lang::text(id, &[])
}

/// What serde expected: its own words and Rust's type names said in the language; what
/// thidua's types wrote (already from the catalogue) is left as it is.
fn expected_text(expected: &str) -> String {
    if let Some(list) = expected.strip_prefix("one of ") {
        return one_of(&format!("one of {list}"));
    }
    if expected.starts_with('`') {
        return one_of(expected);
    }
    let id = match expected {
        "a string" | "a borrowed string" | "string" => "serde-expected-string",
        "a whole number" | "u64" | "u32" | "u16" | "u8" | "usize" | "i64" | "i32" | "i16"
        | "i8" | "isize" => "serde-expected-whole",
        "f64" | "f32" | "a number" => "serde-expected-number",
        "a boolean" | "bool" => "serde-expected-boolean",
        "a sequence" | "a list" => "serde-expected-list",
        "a map" => "serde-expected-map",
        "a character" | "char" => "serde-expected-character",
        "unit" => "serde-expected-nothing",
        "option" => "serde-expected-option",
        "any YAML value" => "serde-expected-value",
        _ if expected.starts_with("struct ") || expected.starts_with("a map of ") => {
            "serde-expected-map"
        }
        _ if expected.starts_with("a sequence") || expected.starts_with("a tuple") => {
            "serde-expected-list"
        }
        _ if expected.starts_with("enum ") || expected.ends_with(" identifier") => {
            "serde-expected-name"
        }
        _ => return expected.to_string(),
    };
    crate::lang::text(id, &[])
}

/// The YAML parser's (libyaml's, through serde_yaml) words for text that is not YAML.
fn parser(m: &str) -> Option<String> {
    const SAID: &[(&str, &str)] = &[
        ("did not find expected key", "yaml-expected-key"),
        (
            "mapping values are not allowed in this context",
            "yaml-mapping-here",
        ),
        ("found unexpected end of stream", "yaml-end"),
        (
            "found character that cannot start any token",
            "yaml-bad-character",
        ),
        ("did not find expected ',' or ']'", "yaml-open-list"),
        ("did not find expected ',' or '}'", "yaml-open-map"),
        ("did not find expected '-' indicator", "yaml-expected-dash"),
        ("did not find expected node content", "yaml-expected-value"),
        ("found unknown escape character", "yaml-escape"),
        (
            "found a tab character that violates indentation",
            "yaml-tab",
        ),
        (
            "found a tab character where an indentation space is expected",
            "yaml-tab",
        ),
        (
            "block sequence entries are not allowed in this context",
            "yaml-dash-here",
        ),
        ("could not find expected ':'", "yaml-expected-colon"),
        ("found undefined tag handle", "yaml-tag"),
        ("found unexpected document indicator", "yaml-document"),
        ("duplicate entry with key", "yaml-duplicate"),
        ("recursion limit exceeded", "yaml-deep"),
        ("repetition limit exceeded", "yaml-repeated"),
        ("unknown anchor", "yaml-anchor"),
        ("control characters are not allowed", "yaml-control"),
    ];
    let id = SAID
        .iter()
        .find(|(en, _)| m.starts_with(en))
        .map(|(_, id)| *id)?;
    Some(crate::lang::text(id, &[]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    /// The catalogue's words for serde's shapes, in Vietnamese (the unit tests speak
    /// English: `framed` is called directly, in the language set for this test only).
    #[test]
    fn serdes_shapes_are_read_back_into_their_parts() {
        let vi = |m: &str| crate::lang::with(Lang::Vi, || framed(m).or_else(|| parser(m)));
        assert_eq!(
            vi("invalid type: floating point `74.5`, expected a whole number").unwrap(),
            "sai kiểu: đã ghi số thập phân `74.5`, cần một số nguyên không âm (0, 1, 2, …)"
        );
        assert_eq!(
            vi("unknown field `id`, expected one of `name`, `gender`").unwrap(),
            "không có trường `id`; các trường hợp lệ: `name`, `gender`"
        );
        assert_eq!(vi("missing field `title`").unwrap(), "thiếu trường `title`");
        assert_eq!(
            vi("unknown variant `x`, expected `a` or `b`").unwrap(),
            "không có giá trị `x`; các giá trị hợp lệ: `a`, `b`"
        );
        assert!(vi("did not find expected key while parsing a block mapping").is_some());
        assert_eq!(vi("something else"), None);
    }
}
