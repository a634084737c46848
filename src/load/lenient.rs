//! Every type error of a file in one run: serde stops at the first bad value, so each bad
//! value is reported, then replaced by a stand-in of the right type (or its key removed),
//! and the file is read again, until it reads or only syntax is left to blame. The file
//! is read from YAML text each time (the first time its own), since serde_yaml reads a
//! scalar into a string field from text (`unit: 2024`) but not from a parsed value.

use super::locate::within;
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

/// A file read leniently: its value (stand-ins for bad values), errors, and stand-ins.
pub struct Read<T> {
    /// The value, unless the file could not be read even with stand-ins.
    pub value: Option<T>,
    /// Every type error, located.
    pub errors: Vec<Diagnostic>,
    /// Field paths holding a stand-in or dropped (`awards[0].decision.date`).
    pub repaired: Vec<String>,
    /// Paths of the unknown fields removed (`awards[0].recipients[2].clas`).
    pub unknown: Vec<String>,
}

impl<T> Read<T> {
    /// Whether problem `d` is the user's, not one of a field holding a stand-in.
    pub fn concerns_user(&self, d: &Diagnostic) -> bool {
        d.path.as_deref().is_none_or(|p| !self.repaired(p))
    }

    /// Whether a field at or within `path` holds a stand-in, was dropped or is unknown.
    pub fn troubled(&self, path: &str) -> bool {
        let mut all = self.repaired.iter().chain(&self.unknown);
        all.any(|r| within(r, path))
    }

    /// Whether a problem at `path` comes from a stand-in rather than from the file.
    pub fn repaired(&self, path: &str) -> bool {
        self.repaired.iter().any(|r| within(path, r))
    }
}

/// Reads `text` (parsed as `value`) as a `T`, every type error located with `loc`.
pub fn read<T: DeserializeOwned>(
    text: &str,
    value: Value,
    file: &Path,
    loc: &Locations,
) -> Read<T> {
    let value = match value {
        // An empty file is an empty mapping, so that its missing fields are named.
        Value::Null => Value::Mapping(Mapping::new()),
        v => v,
    };
    let mut repair = Repair {
        value,
        fixes: Vec::new(),
        dropped: Vec::new(),
        unknown: Vec::new(),
    };
    let mut errors = Vec::new();
    let mut source = std::borrow::Cow::Borrowed(text);
    let mut result = None;
    for round in 0..MAX_ERRORS * STAND_INS {
        if round > 0 {
            let Ok(changed) = serde_yaml::to_string(&repair.value) else {
                break;
            };
            source = std::borrow::Cow::Owned(changed);
        }
        let (steps, message) = match attempt::<T>(&source) {
            Ok(t) => {
                result = Some(t);
                break;
            }
            Err(e) => e,
        };
        let go_on = match repair.fix_at(&steps, &message) {
            Some(k) => repair.retry(k, &steps, &message),
            None => {
                let d = diagnostic(file, loc, &steps, &message);
                // The same error again: the stand-in did not take; nothing more can be learnt.
                if errors.len() == MAX_ERRORS || errors.last() == Some(&d) {
                    break;
                }
                errors.push(d);
                repair.fix_new(steps, &message)
            }
        };
        if !go_on {
            break;
        }
    }
    if result.is_none() && errors.is_empty() {
        errors.push(Diagnostic::file(file, t!("load-file-unread")));
    }
    Read {
        value: result,
        errors,
        repaired: repair.repaired(),
        unknown: repair.unknown.iter().map(|l| render(l)).collect(),
    }
}

/// Reads `source` as a `T`, or gives the first error's field path and its message
/// without path or place.
fn attempt<T: DeserializeOwned>(source: &str) -> Result<T, (Vec<Step>, String)> {
    let yaml = serde_yaml::Deserializer::from_str(source);
    let err = match serde_path_to_error::deserialize::<_, T>(yaml) {
        Ok(t) => return Ok(t),
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
    Err((steps, message))
}

/// The value being read, as repaired so far.
struct Repair {
    /// The file's value with its stand-ins, and without its unknown fields and dropped items.
    value: Value,
    /// The leaves being replaced, each with the stand-in it holds.
    fixes: Vec<(Vec<Step>, usize)>,
    /// The list items given up (no stand-in fitted).
    dropped: Vec<Vec<Step>>,
    /// The unknown fields removed.
    unknown: Vec<Vec<Step>>,
}

impl Repair {
    /// The fix an error at `steps` is about (its stand-in did not fit), if any.
    fn fix_at(&self, steps: &[Step], message: &str) -> Option<usize> {
        self.fixes
            .iter()
            .position(|(leaf, _)| refers_to(steps, message, leaf))
    }

    /// After the stand-in of fix `k` did not fit: fills in the field a mapping stand-in
    /// lacks, or tries the next stand-in, or gives the list item up. False when there is
    /// nothing left to try.
    fn retry(&mut self, k: usize, steps: &[Step], message: &str) -> bool {
        // A mapping stand-in that lacks a field fits once the field is filled in
        // (silently: the user wrote no such mapping).
        let (leaf, tried) = &self.fixes[k];
        let mapping = matches!(stand_in(*tried, leaf), Some(Some(Value::Mapping(_))));
        let same = steps == leaf.as_slice();
        if let (true, true, Some(field)) = (mapping, same, missing_field(message)) {
            let mut inner = leaf.clone();
            inner.push(Step::Key(field));
            if let Some(v) = stand_in(1, &inner) {
                set(&mut self.value, &inner, v);
            }
            self.fixes.push((inner, 1));
            return true;
        }
        // The stand-in did not fit: the next one, or give the item up.
        self.fixes[k].1 += 1;
        let (leaf, tried) = self.fixes[k].clone();
        match stand_in(tried, &leaf) {
            Some(v) => set(&mut self.value, &leaf, v),
            None => {
                self.fixes.remove(k);
                return self.give_up(leaf);
            }
        }
        true
    }

    /// After a new error at `steps`: removes an unknown field, or puts the first stand-in
    /// where the value is bad (or missing), or gives its list item up. False when none of
    /// these can be done.
    fn fix_new(&mut self, steps: Vec<Step>, message: &str) -> bool {
        if let Some(field) = unknown_field(message) {
            let mut leaf = steps;
            leaf.push(Step::Key(field));
            set(&mut self.value, &leaf, None);
            self.unknown.push(leaf);
            return true;
        }
        let mut leaf = steps;
        let first = match missing_field(message) {
            Some(field) => {
                leaf.push(Step::Key(field));
                1
            }
            None => 0,
        };
        if leaf.is_empty() {
            return false;
        }
        match stand_in(first, &leaf) {
            Some(v) => {
                set(&mut self.value, &leaf, v);
                self.fixes.push((leaf, first));
                true
            }
            None => self.give_up(leaf),
        }
    }

    /// Removes the innermost list item that holds `leaf`, and remembers it; false when
    /// there is none.
    fn give_up(&mut self, leaf: Vec<Step>) -> bool {
        if !drop_item(&mut self.value, &leaf) {
            return false;
        }
        self.dropped.push(leaf);
        true
    }

    /// The field paths holding a stand-in or dropped.
    fn repaired(&self) -> Vec<String> {
        self.fixes
            .iter()
            .map(|(leaf, _)| leaf)
            .chain(&self.dropped)
            .map(|leaf| render(leaf))
            .collect()
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
    let mut d = Diagnostic::file(file, crate::lang::serde::said(&message));
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
        d = d.hint(t!("load-no-thousands-separator"));
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
