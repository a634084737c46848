use super::{changes, Change};
use serde_json::{json, Value};

fn list(names: &[(&str, &str)]) -> Value {
    let people: Vec<Value> = names
        .iter()
        .enumerate()
        .map(|(i, (name, money))| {
            json!({"index": i + 1, "name": name, "register": format!("{}", 10 + i), "money": money, "display": name})
        })
        .collect();
    json!({ "award": { "individuals": people, "total": names.len() } })
}

fn said(old: &Value, new: &Value) -> Vec<String> {
    let mut out = Vec::new();
    changes("", old, new, &mut out);
    out.iter()
        .map(|c| match c {
            Change::Value { field, old, new } => format!("{field}: {old} -> {new}"),
            Change::Lines {
                field,
                removed,
                added,
            } => format!("{field}: -{removed:?} +{added:?}"),
            Change::Person(p) => format!(
                "{} {} {:?}->{:?} {:?}->{:?} {:?}{}",
                p.what,
                p.name,
                p.old_number,
                p.new_number,
                p.old_register,
                p.new_register,
                p.old_name,
                p.fields
                    .iter()
                    .map(|f| format!(" {}:{}->{}", f.field, f.old, f.new))
                    .collect::<String>()
            ),
        })
        .collect()
}

#[test]
fn a_deleted_row_is_one_removal_and_its_neighbours_renumbered() {
    let old = list(&[("An", "1"), ("Bình", "1"), ("Chi", "1")]);
    let new = list(&[("An", "1"), ("Chi", "1")]);
    assert_eq!(
        said(&old, &new),
        [
            "removed Bình Some(2)->None Some(\"11\")->None None",
            "moved Chi Some(3)->Some(2) Some(\"12\")->Some(\"11\") None",
            "award.total: 3 -> 2",
        ]
    );
}

#[test]
fn a_renamed_person_keeps_its_place() {
    let old = list(&[("An", "1"), ("Bình", "1")]);
    let new = list(&[("An", "1"), ("Bính", "1")]);
    assert_eq!(
        said(&old, &new),
        ["renamed Bính Some(2)->Some(2) Some(\"11\")->Some(\"11\") Some(\"Bình\")"]
    );
}

#[test]
fn money_and_lines_changes_are_said() {
    let mut old = list(&[("An", "1.000")]);
    let mut new = list(&[("An", "2.000")]);
    old["bases"] = json!(["Căn cứ A;", "Căn cứ B;"]);
    new["bases"] = json!(["Căn cứ A;", "Căn cứ C;"]);
    assert_eq!(
        said(&old, &new),
        [
            "changed An Some(1)->Some(1) Some(\"10\")->Some(\"10\") None money:\"1.000\"->\"2.000\"",
            "bases: -[\"Căn cứ B;\"] +[\"Căn cứ C;\"]",
        ]
    );
}

#[test]
fn an_added_person_and_nothing_changed() {
    let old = list(&[("An", "1")]);
    assert!(said(&old, &old).is_empty());
    let new = list(&[("An", "1"), ("Bình", "1")]);
    assert_eq!(
        said(&old, &new),
        [
            "added Bình None->Some(2) None->Some(\"11\") None",
            "award.total: 1 -> 2"
        ]
    );
}

#[test]
fn a_text_of_several_lines_is_said_by_its_lines() {
    let old = json!({"text": "Năm 2025:\n- 1.254 hồ sơ;\n- bồi dưỡng."});
    let new = json!({"text": "Năm 2025:\n- 1.100 hồ sơ;\n- bồi dưỡng."});
    assert_eq!(
        said(&old, &new),
        ["text: -[\"- 1.254 hồ sơ;\"] +[\"- 1.100 hồ sơ;\"]"]
    );
}

#[test]
fn an_entry_names_itself_as_the_old_reads_did() {
    use super::label;
    // `name` given wins even when it is no text; `display` only without a `name`.
    assert_eq!(
        label(&json!({"name": "An", "display": "Ông An"})).as_deref(),
        Some("An")
    );
    assert_eq!(
        label(&json!({"display": "Ông An"})).as_deref(),
        Some("Ông An")
    );
    assert_eq!(label(&json!({"name": null, "display": "Ông An"})), None);
    assert_eq!(label(&json!({"name": 5, "display": "Ông An"})), None);
    assert_eq!(label(&json!(["An", "Bình"])), None);
    assert_eq!(label(&json!("An")), None);
}

#[test]
fn sentences_made_of_other_values_are_said_through_them() {
    let old = json!({"award": {"counts": "01 cá nhân", "awarded": "Tặng Giấy khen cho 01 cá nhân.", "in_force": "…", "listed": "Cá nhân", "annexed": "(Kèm theo …)"}});
    let new = json!({"award": {"counts": "02 cá nhân", "awarded": "Tặng Giấy khen cho 02 cá nhân.", "in_force": "… các", "listed": "Tập thể", "annexed": "(Kèm theo … 2)"}});
    assert_eq!(
        said(&old, &new),
        ["award.counts: \"01 cá nhân\" -> \"02 cá nhân\""]
    );
}
