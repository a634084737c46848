//! Every kind's template data against the schema `thidua schema --template` prints: the
//! data of every document of the repository's sample and the test fixture validates,
//! with no property the schema does not name (so a template's contract is all of it).

use crate::engine;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

/// `schema` with every object that lists its properties closed to others.
fn closed(schema: &mut Value) {
    match schema {
        Value::Object(map) => {
            if map.contains_key("properties") && !map.contains_key("additionalProperties") {
                map.insert("additionalProperties".into(), false.into());
            }
            map.values_mut().for_each(closed);
        }
        Value::Array(items) => items.iter_mut().for_each(closed),
        _ => {}
    }
}

#[test]
fn every_documents_data_fits_its_kinds_schema() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut seen = BTreeSet::new();
    for project in [root.to_path_buf(), root.join("tests/fixtures/hanoi-2024")] {
        let p = engine::prepare(&project, &engine::Options::check())
            .unwrap_or_else(|_| panic!("{} loads", project.display()));
        for doc in &p.docs {
            let mut schema = (doc.kind.schema)();
            closed(&mut schema);
            let v = jsonschema::validator_for(&schema).expect("a valid schema");
            let data = doc.facts.data(None);
            let errors: Vec<String> = v
                .iter_errors(&data)
                .map(|e| format!("{}: {e}", e.instance_path()))
                .collect();
            assert!(errors.is_empty(), "{}: {errors:#?}", doc.key);
            seen.insert(doc.kind.name);
        }
    }
    let all: BTreeSet<&str> = super::KINDS.iter().map(|k| k.name).collect();
    let unseen: Vec<_> = all.difference(&seen).collect();
    assert!(
        unseen == [&"calibration"],
        "kinds with no document: {unseen:?}"
    );
}

#[test]
fn a_misspelt_field_fails_the_schema() {
    let mut schema = (super::decision::DECISION.schema)();
    closed(&mut schema);
    let v = jsonschema::validator_for(&schema).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hanoi-2024");
    let p = engine::prepare(&root, &engine::Options::check()).unwrap_or_else(|_| panic!());
    let doc = p.docs.iter().find(|d| d.kind.name == "decision").unwrap();
    let mut data = doc.facts.data(None);
    assert!(v.is_valid(&data));
    let award = data["award"].as_object_mut().unwrap();
    let money = award.remove("money").unwrap();
    award.insert("mony".into(), money);
    assert!(!v.is_valid(&data), "a field the schema does not name");
}
