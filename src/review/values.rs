//! What changes between two versions of a document's data: values, lines (Căn cứ) and
//! people, matched by name so that a deleted row reads as one removal and renumbered
//! neighbours, not as every row after it changed.

use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};

/// Keys that only restate others (a list's widest cells, a certificate's file, QR code
/// and field layout): their changes are said through those. `display` restates `name`
/// where both are, `x_upper` and `x_lower` restate `x`.
const RESTATED: [&str; 16] = [
    "widest",
    "row",
    "file",
    "fields",
    "qr",
    "certificate_stem",
    "part",
    // Sentences made of other values (a decision's articles, a list's title).
    "awarded",
    "in_force",
    "listed",
    "annexed",
    "article",
    // The form's name quoted, with its year; the conference's opening sentence.
    "quoted",
    "given",
    "greeting",
    "opening",
];

/// Whether `key` of object `o` restates another of its keys (`reason_lower`, `reason`).
fn restated(o: &Map<String, Value>, key: &str) -> bool {
    let case = ["_lower", "_upper"]
        .iter()
        .any(|end| key.strip_suffix(end).is_some_and(|k| o.contains_key(k)));
    RESTATED.contains(&key) || case || (key == "display" && o.contains_key("name"))
}

/// What the review reads of an entry of a list (a recipient, a voted nominee, an
/// invitee) or of an object it names: each field when the entry has it as a text (or a
/// number), else nothing.
#[derive(Debug, Default, Deserialize)]
struct Entry {
    /// `Some` when the entry has a `name` at all: then it names it, even when no text.
    #[serde(default, deserialize_with = "given_text")]
    name: Option<Option<String>>,
    #[serde(default, deserialize_with = "text")]
    display: Option<String>,
    /// Its number in the list (STT).
    #[serde(default, deserialize_with = "number")]
    index: Option<u64>,
    /// Its số sổ vàng.
    #[serde(default, deserialize_with = "text")]
    register: Option<String>,
    // What names an object that is no person: an award, a document, a section.
    #[serde(default, deserialize_with = "text")]
    form_name: Option<String>,
    #[serde(default, deserialize_with = "text")]
    symbol: Option<String>,
    #[serde(default, deserialize_with = "text")]
    title: Option<String>,
    #[serde(default, deserialize_with = "text")]
    heading: Option<String>,
}

/// A field that is a text; any other value reads as none.
fn text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(Value::deserialize(d)?.as_str().map(String::from))
}

/// A field given: `Some`, with its text when it is one.
fn given_text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Option<String>>, D::Error> {
    text(d).map(Some)
}

/// A field that is a whole number; any other value reads as none.
fn number<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
    Ok(Value::deserialize(d)?.as_u64())
}

impl Entry {
    /// The entry `v` (nothing, for a value that is no object).
    fn of(v: &Value) -> Entry {
        match v {
            Value::Object(_) => Entry::deserialize(v).unwrap_or_default(),
            _ => Entry::default(),
        }
    }

    /// Its name: its `name`, or its `display` when it has no `name`.
    fn label(self) -> Option<String> {
        match self.name {
            Some(name) => name,
            None => self.display,
        }
    }
}

/// The name of an entry of a list of people.
fn label(v: &Value) -> Option<String> {
    Entry::of(v).label()
}

/// One change in a document.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum Change {
    /// A value: a count, a total, a date, a signer, a status.
    Value {
        field: String,
        old: Value,
        new: Value,
    },
    /// A list of lines (the Căn cứ of a decision): those gone, those new.
    Lines {
        field: String,
        removed: Vec<String>,
        added: Vec<String>,
    },
    /// A person or collective of a list.
    Person(Person),
}

/// What became of one person or collective of a list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Person {
    /// The list (`award.individuals`).
    pub list: String,
    /// `added`, `removed`, `renamed`, `moved` or `changed`.
    pub what: &'static str,
    /// The name now (the old one for a removal).
    pub name: String,
    /// The name before, when renamed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_name: Option<String>,
    /// Its number in the list (STT), before and after.
    pub old_number: Option<u64>,
    pub new_number: Option<u64>,
    /// Its số sổ vàng, before and after.
    pub old_register: Option<String>,
    pub new_register: Option<String>,
    /// Its other fields that changed (money, unit, votes).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<Field>,
}

/// One field of a person that changed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Field {
    pub field: String,
    pub old: Value,
    pub new: Value,
}

/// Every change from `old` to `new`, with fields named from `path`.
pub fn changes(path: &str, old: &Value, new: &Value, out: &mut Vec<Change>) {
    let none = Value::Object(Map::new());
    match (old, new) {
        // A part only on one side (a document added): its people all added or removed.
        (Value::Null, Value::Object(_)) => changes(path, &none, new, out),
        (Value::Object(_), Value::Null) => changes(path, old, &none, out),
        (Value::Null, Value::Array(b)) if named(b) => people(path, &[], b, out),
        (Value::Array(a), Value::Null) if named(a) => people(path, a, &[], out),
        (Value::Object(a), Value::Object(b)) => {
            for (key, value) in keys(a, b) {
                if restated(b, &key) || restated(a, &key) {
                    continue;
                }
                let (x, y) = value;
                changes(&join(path, &key), x, y, out);
            }
        }
        (Value::Array(a), Value::Array(b)) if named(a) || named(b) => people(path, a, b, out),
        (Value::Array(a), Value::Array(b)) if lines(a) && lines(b) => {
            let text = |v: &Value| v.as_str().unwrap_or_default().to_string();
            let removed: Vec<String> = a.iter().filter(|x| !b.contains(x)).map(text).collect();
            let added: Vec<String> = b.iter().filter(|x| !a.contains(x)).map(text).collect();
            if !removed.is_empty() || !added.is_empty() {
                out.push(Change::Lines {
                    field: path.to_string(),
                    removed,
                    added,
                });
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            for i in 0..a.len().max(b.len()) {
                // Counted from 0, as the paths of messages about the input are.
                let at = format!("{path}[{i}]");
                match (a.get(i), b.get(i)) {
                    (Some(x), Some(y)) => changes(&at, x, y, out),
                    // An entry gone or new (an award of a Tờ trình): said by its name.
                    (x, y) => out.push(Change::Value {
                        field: at,
                        old: x.map_or(Value::Null, summary),
                        new: y.map_or(Value::Null, summary),
                    }),
                }
            }
        }
        // A text of several lines (a report's section): the lines that changed.
        (Value::String(a), Value::String(b))
            if a != b && (a.contains('\n') || b.contains('\n')) =>
        {
            let (x, y): (Vec<&str>, Vec<&str>) = (a.lines().collect(), b.lines().collect());
            out.push(Change::Lines {
                field: path.to_string(),
                removed: x
                    .iter()
                    .filter(|l| !y.contains(l))
                    .map(|l| l.to_string())
                    .collect(),
                added: y
                    .iter()
                    .filter(|l| !x.contains(l))
                    .map(|l| l.to_string())
                    .collect(),
            });
        }
        (a, b) if a != b => out.push(Change::Value {
            field: path.to_string(),
            old: a.clone(),
            new: b.clone(),
        }),
        _ => {}
    }
}

/// The keys of `a` and of `b` (in `b`'s order, then those `b` lost), with their values.
fn keys<'a>(
    a: &'a Map<String, Value>,
    b: &'a Map<String, Value>,
) -> Vec<(String, (&'a Value, &'a Value))> {
    const NULL: &Value = &Value::Null;
    let mut all: Vec<(String, (&Value, &Value))> = b
        .iter()
        .map(|(k, v)| (k.clone(), (a.get(k).unwrap_or(NULL), v)))
        .collect();
    all.extend(
        a.iter()
            .filter(|(k, _)| !b.contains_key(*k))
            .map(|(k, v)| (k.clone(), (v, NULL))),
    );
    all
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// A short name for `v`: an object's form and symbol, title or name (or those of the
/// object it holds), a list's length; other values as they are.
fn summary(v: &Value) -> Value {
    let named = |o: &Value| {
        let e = Entry::of(o);
        let parts: Vec<String> = [
            e.form_name,
            e.symbol,
            e.title,
            e.name.flatten(),
            e.display,
            e.heading,
        ]
        .into_iter()
        .flatten()
        .filter(|s| !s.is_empty())
        .take(2)
        .collect();
        (!parts.is_empty()).then(|| parts.join(" "))
    };
    match v {
        Value::Object(o) => {
            let inner = o.values().filter(|v| v.is_object()).find_map(named);
            Value::String(named(v).or(inner).unwrap_or_else(|| "…".into()))
        }
        Value::Array(a) => Value::String(t!("review-entries", count = a.len())),
        other => other.clone(),
    }
}

/// A list of people or collectives: objects with a name.
fn named(list: &[Value]) -> bool {
    !list.is_empty() && list.iter().all(|v| v.is_object() && label(v).is_some())
}

/// A list of lines of text.
fn lines(list: &[Value]) -> bool {
    list.iter().all(Value::is_string)
}

/// The changes of a list of people: matched by name (in order, for namesakes), then
/// those left over by their place in the list (a renaming).
fn people(path: &str, a: &[Value], b: &[Value], out: &mut Vec<Change>) {
    // Each entry's name read once: the matching below compares every pair.
    let names = |list: &[Value]| -> Vec<String> {
        list.iter().map(|v| label(v).unwrap_or_default()).collect()
    };
    let (a_names, b_names) = (names(a), names(b));
    let mut pairs: Vec<(Option<usize>, Option<usize>)> = Vec::new();
    let mut taken = vec![false; b.len()];
    let mut left = Vec::new();
    for (i, a_name) in a_names.iter().enumerate() {
        let found = (0..b.len()).find(|&j| !taken[j] && b_names[j] == *a_name);
        match found {
            Some(j) => {
                taken[j] = true;
                pairs.push((Some(i), Some(j)));
            }
            None => left.push(i),
        }
    }
    // Left over on both sides at the same place: the same entry, renamed.
    for i in left {
        match (i < b.len() && !taken[i]).then_some(i) {
            Some(j) => {
                taken[j] = true;
                pairs.push((Some(i), Some(j)));
            }
            None => pairs.push((Some(i), None)),
        }
    }
    pairs.extend((0..b.len()).filter(|&j| !taken[j]).map(|j| (None, Some(j))));
    // In the order of the new list, removals where they were.
    pairs.sort_by_key(|&(i, j)| (j.or(i), j.is_some()));
    for (i, j) in pairs {
        if let Some(p) = person(path, i.map(|i| &a[i]), j.map(|j| &b[j])) {
            out.push(Change::Person(p));
        }
    }
}

/// What became of one entry, `None` when nothing a document shows of it changed.
fn person(list: &str, old: Option<&Value>, new: Option<&Value>) -> Option<Person> {
    let entry = |v: Option<&Value>| v.map(Entry::of).unwrap_or_default();
    let (old_entry, new_entry) = (entry(old), entry(new));
    let register = |e: &Entry| e.register.clone().filter(|s| !s.is_empty());
    let (old_register, new_register) = (register(&old_entry), register(&new_entry));
    let (old_number, new_number) = (old_entry.index, new_entry.index);
    let (old_name, new_name) = (old_entry.label(), new_entry.label());
    let mut fields = Vec::new();
    if let (Some(Value::Object(a)), Some(Value::Object(b))) = (old, new) {
        for (key, (x, y)) in keys(a, b) {
            let shown = !restated(b, &key)
                && !["name", "display", "index", "register"].contains(&key.as_str());
            if shown && x != y {
                fields.push(Field {
                    field: key,
                    old: x.clone(),
                    new: y.clone(),
                });
            }
        }
    }
    let what = match (old, new) {
        (None, _) => "added",
        (_, None) => "removed",
        _ if old_name != new_name => "renamed",
        _ if old_number != new_number || old_register != new_register => "moved",
        _ if !fields.is_empty() => "changed",
        _ => return None,
    };
    let renamed = what == "renamed";
    Some(Person {
        list: list.to_string(),
        what,
        name: new_name.clone().or(old_name.clone()).unwrap_or_default(),
        old_name: if renamed { old_name } else { None },
        old_number,
        new_number,
        old_register,
        new_register,
        fields,
    })
}

#[cfg(test)]
mod tests;
