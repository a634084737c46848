//! Every type error of a file in one run: serde stops at the first bad value, so each bad
//! value is reported, then replaced by a stand-in of the right type (or its key removed),
//! and the file is read again, until it reads or only syntax is left to blame. The file
//! is read from YAML text each time (the first time its own), since serde_yaml reads a
//! scalar into a string field from text (`unit: 2024`) but not from a parsed value.

use super::Locations;
use crate::diagnostic::Diagnostic;
use serde::de::DeserializeOwned;
use serde_yaml::{Mapping, Number, Value};
use std::path::Path;

/// Type errors reported per file before the rest is left for the next run.
const MAX_ERRORS: usize = 50;

/// One step of a field path.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    Key(String),
    Index(usize),
}

/// A file read leniently: its value (with stand-ins where values were bad), its type
/// errors, and the fields that hold stand-ins (whose later problems are not the user's).
pub struct Read<T> {
    /// The value, unless the file could not be read even with stand-ins.
    pub value: Option<T>,
    /// Every type error, located.
    pub errors: Vec<Diagnostic>,
    /// Field paths holding a stand-in or dropped (`awards[0].decision.date`).
    pub repaired: Vec<String>,
}

impl<T> Read<T> {
    /// Whether problem `d` is the user's, not one of a field holding a stand-in.
    pub fn concerns_user(&self, d: &Diagnostic) -> bool {
        d.path.as_deref().is_none_or(|p| !self.repaired(p))
    }

    /// Whether a problem at `path` comes from a stand-in rather than from the file.
    pub fn repaired(&self, path: &str) -> bool {
        self.repaired.iter().any(|r| {
            path == r || path.starts_with(&format!("{r}.")) || path.starts_with(&format!("{r}["))
        })
    }
}

/// Reads `text` (parsed as `value`) as a `T`, with every type error in it located with
/// `loc`.
pub fn read<T: DeserializeOwned>(
    text: &str,
    value: Value,
    file: &Path,
    loc: &Locations,
) -> Read<T> {
    let mut value = match value {
        // An empty file is an empty mapping, so that its missing fields are named.
        Value::Null => Value::Mapping(Mapping::new()),
        v => v,
    };
    let mut errors = Vec::new();
    // The leaves being replaced, each with the stand-in it holds.
    let mut fixes: Vec<(Vec<Step>, usize)> = Vec::new();
    let mut dropped: Vec<Vec<Step>> = Vec::new();
    let mut source = std::borrow::Cow::Borrowed(text);
    let mut result = None;
    for round in 0..MAX_ERRORS * STAND_INS {
        if round > 0 {
            let Ok(changed) = serde_yaml::to_string(&value) else {
                break;
            };
            source = std::borrow::Cow::Owned(changed);
        }
        let yaml = serde_yaml::Deserializer::from_str(&source);
        let err = match serde_path_to_error::deserialize::<_, T>(yaml) {
            Ok(t) => {
                result = Some(t);
                break;
            }
            Err(e) => e,
        };
        let mut steps = steps(err.path());
        let message = bare(&err.inner().to_string());
        // The path of an unknown field ends with the field: name the mapping, as serde_yaml does.
        if let (Some(field), Some(Step::Key(last))) = (unknown_field(&message), steps.last()) {
            if *last == field {
                steps.pop();
            }
        }
        if let Some(k) = fixes
            .iter()
            .position(|(leaf, _)| refers_to(&steps, &message, leaf))
        {
            // A mapping stand-in that lacks a field fits once the field is filled in
            // (silently: the user wrote no such mapping).
            let (leaf, tried) = &fixes[k];
            let mapping = matches!(stand_in(*tried, leaf), Some(Some(Value::Mapping(_))));
            if let (true, true, Some(field)) = (mapping, &steps == leaf, missing_field(&message)) {
                let mut inner = leaf.clone();
                inner.push(Step::Key(field));
                if let Some(v) = stand_in(1, &inner) {
                    set(&mut value, &inner, v);
                }
                fixes.push((inner, 1));
                continue;
            }
            // The stand-in did not fit: the next one, or give the item up.
            fixes[k].1 += 1;
            let (leaf, tried) = fixes[k].clone();
            match stand_in(tried, &leaf) {
                Some(v) => set(&mut value, &leaf, v),
                None => {
                    fixes.remove(k);
                    if !drop_item(&mut value, &leaf) {
                        break;
                    }
                    dropped.push(leaf);
                }
            }
            continue;
        }
        let d = diagnostic(file, loc, &steps, &message);
        // The same error again: the stand-in did not take; nothing more can be learnt.
        if errors.len() == MAX_ERRORS || errors.last() == Some(&d) {
            break;
        }
        errors.push(d);
        if let Some(field) = unknown_field(&message) {
            let mut leaf = steps.clone();
            leaf.push(Step::Key(field));
            set(&mut value, &leaf, None);
            continue;
        }
        let mut leaf = steps;
        let first = match missing_field(&message) {
            Some(field) => {
                leaf.push(Step::Key(field));
                1
            }
            None => 0,
        };
        if leaf.is_empty() {
            break;
        }
        match stand_in(first, &leaf) {
            Some(v) => {
                set(&mut value, &leaf, v);
                fixes.push((leaf, first));
            }
            None => {
                if !drop_item(&mut value, &leaf) {
                    break;
                }
                dropped.push(leaf);
            }
        }
    }
    if result.is_none() && errors.is_empty() {
        errors.push(Diagnostic::file(file, "the file could not be read"));
    }
    let repaired = fixes
        .iter()
        .map(|(leaf, _)| leaf)
        .chain(&dropped)
        .map(|leaf| render(leaf))
        .collect();
    Read {
        value: result,
        errors,
        repaired,
    }
}

/// How many stand-ins there are.
const STAND_INS: usize = 7;

/// The `k`th stand-in for a bad value at `leaf`: first none at all (for optional fields;
/// never for a list item, whose removal would renumber the rest), then values of each type.
fn stand_in(k: usize, leaf: &[Step]) -> Option<Option<Value>> {
    let in_list = matches!(leaf.last(), Some(Step::Index(_)));
    Some(match k {
        0 if !in_list => None,
        0 => Some(Value::Mapping(Mapping::new())),
        1 => Some(Value::Number(Number::from(1))),
        2 => Some(Value::String("2000-01-01".into())),
        3 => Some(Value::String(String::new())),
        4 => Some(Value::Sequence(Vec::new())),
        5 => Some(Value::Mapping(Mapping::new())),
        6 => Some(Value::Bool(false)),
        _ => return None,
    })
}

/// Whether an error at `steps` is about the value at `leaf` (or about its absence).
fn refers_to(steps: &[Step], message: &str, leaf: &[Step]) -> bool {
    if steps == leaf {
        return true;
    }
    match (leaf.split_last(), missing_field(message)) {
        (Some((Step::Key(k), parent)), Some(field)) => parent == steps && *k == field,
        _ => false,
    }
}

fn steps(path: &serde_path_to_error::Path) -> Vec<Step> {
    use serde_path_to_error::Segment;
    path.iter()
        .filter_map(|s| match s {
            Segment::Seq { index } => Some(Step::Index(*index)),
            Segment::Map { key } => Some(Step::Key(key.clone())),
            Segment::Enum { variant } => Some(Step::Key(variant.clone())),
            Segment::Unknown => None,
        })
        .collect()
}

/// `awards[0].recipients[2].gender`, as the rest of thidua writes field paths.
fn render(steps: &[Step]) -> String {
    let mut out = String::new();
    for s in steps {
        match s {
            Step::Key(k) if out.is_empty() => out.push_str(k),
            Step::Key(k) => {
                out.push('.');
                out.push_str(k);
            }
            Step::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

fn diagnostic(file: &Path, loc: &Locations, steps: &[Step], message: &str) -> Diagnostic {
    let path = render(steps);
    // serde names Rust's types; a user reads "a whole number".
    let mut message = message.to_string();
    for rust in ["u64", "u32", "u16", "u8", "usize", "i64", "i32"] {
        message = message.replace(&format!("expected {rust}"), "expected a whole number");
    }
    let separator = message.contains("floating point") && message.contains("whole number");
    let mut d = Diagnostic::file(file, &message);
    if !path.is_empty() {
        d = d.field(&path);
    }
    let place = match unknown_field(&message) {
        Some(field) if path.is_empty() => loc.find_key(&field),
        Some(field) => loc.find_key(&format!("{path}.{field}")),
        None if path.is_empty() => None,
        None => loc.find(&path),
    };
    if let Some((line, column)) = place {
        d = d.at(line, column);
    }
    if let Some(h) = super::unknown_field_hint(&message) {
        d = d.hint(h);
    }
    if separator {
        d = d.hint("write whole numbers without a thousands separator: 1200, not 1.200");
    }
    d
}

/// serde_yaml's message without the field path before it and the place after it.
fn bare(message: &str) -> String {
    let message = message.split(" at line ").next().unwrap_or(message);
    match message.split_once(": ") {
        Some((path, rest)) if !path.contains(' ') && !path.is_empty() => rest.to_string(),
        _ => message.to_string(),
    }
}

fn unknown_field(message: &str) -> Option<String> {
    let rest = message.strip_prefix("unknown field `")?;
    Some(rest.split('`').next()?.to_string())
}

fn missing_field(message: &str) -> Option<String> {
    let rest = message.strip_prefix("missing field `")?;
    Some(rest.split('`').next()?.to_string())
}

/// Sets the value at `leaf` (`None` removes its key); a path that is not there is left alone.
fn set(value: &mut Value, leaf: &[Step], new: Option<Value>) {
    let Some((last, parent)) = leaf.split_last() else {
        return;
    };
    let Some(parent) = walk(value, parent) else {
        return;
    };
    match (last, parent, new) {
        (Step::Key(k), Value::Mapping(m), Some(v)) => {
            m.insert(Value::String(k.clone()), v);
        }
        (Step::Key(k), Value::Mapping(m), None) => {
            m.remove(k.as_str());
        }
        (Step::Index(i), Value::Sequence(s), Some(v)) if *i < s.len() => s[*i] = v,
        _ => {}
    }
}

/// Removes the innermost list item that holds `leaf`; false when there is none.
fn drop_item(value: &mut Value, leaf: &[Step]) -> bool {
    let Some(cut) = leaf.iter().rposition(|s| matches!(s, Step::Index(_))) else {
        return false;
    };
    let (Some(Value::Sequence(list)), Step::Index(i)) = (walk(value, &leaf[..cut]), &leaf[cut])
    else {
        return false;
    };
    if *i >= list.len() {
        return false;
    }
    list.remove(*i);
    true
}

fn walk<'v>(value: &'v mut Value, steps: &[Step]) -> Option<&'v mut Value> {
    let mut v = value;
    for s in steps {
        v = match (s, untag(v)) {
            (Step::Key(k), Value::Mapping(m)) => m.get_mut(k.as_str())?,
            (Step::Index(i), Value::Sequence(l)) => l.get_mut(*i)?,
            _ => return None,
        };
    }
    Some(untag(v))
}

fn untag(v: &mut Value) -> &mut Value {
    match v {
        Value::Tagged(t) => untag(&mut t.value),
        v => v,
    }
}
