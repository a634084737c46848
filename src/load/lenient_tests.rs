//! Every type error of a file at once, and nothing more: tables of bad dossiers.

use super::lenient::*;
use super::Locations;
use crate::model::Dossier;
use serde_yaml::Value;
use std::path::Path;

fn errors(text: &str) -> Vec<String> {
    let value: Value = serde_yaml::from_str(text).unwrap();
    let loc = Locations::scan(text);
    let read = read::<Dossier>(text, value, Path::new("a.yaml"), &loc);
    read.errors.iter().map(|d| d.to_string()).collect()
}

#[test]
fn two_bad_values_of_one_item_are_two_errors_and_no_more() {
    let text = "title: T\nachievements:\n  - {name: A, target: abc, actual: 1.23456}\n";
    let got = errors(text);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert!(
        got[0].contains("achievements[0].target: `abc` is not a figure: write the number"),
        "{got:#?}"
    );
    assert!(
        got[1].contains("achievements[0].actual: `1.23456` has 5 decimals; 4 at most"),
        "{got:#?}"
    );
    let value: Value = serde_yaml::from_str(text).unwrap();
    let read = read::<Dossier>(text, value, Path::new("a.yaml"), &Locations::scan(text));
    assert!(read.value.is_some());
    assert!(read.repaired("achievements[0].target"));
    assert!(!read.repaired("achievements[0].name"));
    assert!(!read.repaired("achievements[0].targets"));
}

#[test]
fn every_bad_value_of_a_file_at_once() {
    let text = "title: T
achievements:
  - {name: A, target: nhiều, actual: 5}
  - {name: B, target: 5, actual: 5}
awards:
  - form: giay-khen
    decision: {number: 1, date: 2024-13-01, signer: a}
    sort: nme
    recipients:
      - {name: X, postion: Y}
      - {name: Z, gender: [1]}
";
    let got = errors(text);
    assert_eq!(got.len(), 5, "{got:#?}");
    assert!(
        got[0].starts_with("a.yaml:3:23: achievements[0].target: `nhiều` is not a figure"),
        "{got:#?}"
    );
    assert!(
        got[1]
            .starts_with("a.yaml:7:33: awards[0].decision.date: `2024-13-01` is not a valid date"),
        "{got:#?}"
    );
    assert!(
        got[2].starts_with("a.yaml:8:11: awards[0].sort: unknown variant `nme`"),
        "{got:#?}"
    );
    assert!(
        got[3].starts_with("a.yaml:10:19: awards[0].recipients[0]: unknown field `postion`"),
        "{got:#?}"
    );
    assert!(got[3].contains("did you mean `position`?"), "{got:#?}");
    assert!(
        got[4].starts_with("a.yaml:11:28: awards[0].recipients[1].gender: invalid type: sequence"),
        "{got:#?}"
    );
}

#[test]
fn missing_fields_and_wrong_shapes() {
    let got = errors("achievements: [{name: A, actual: 1}, 7]\n");
    assert_eq!(got.len(), 3, "{got:#?}");
    assert!(
        got[0].contains("achievements[0]: missing field `target`"),
        "{got:#?}"
    );
    assert!(
        got[1].contains("achievements[1]: invalid type: integer `7`"),
        "{got:#?}"
    );
    assert!(got[2].contains("missing field `title`"), "{got:#?}");
    assert!(errors("title: T\n").is_empty());
    assert_eq!(errors("").len(), 1);
    // Scalars read as text where text is expected, as serde_yaml reads them.
    assert!(errors("title: 2024\nconference: {name: 12, date: 2024-01-01, chair: ~}\n").is_empty());
}

#[test]
fn a_value_of_the_wrong_shape_keeps_the_items_after_it_in_place() {
    let text = "title: T
awards:
  - form: a
    decision: \"12/QĐ-UBND\"
  - form: b
    decision: {number: x, date: 2024-01-01}
";
    let got = errors(text);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert!(
        got[0].starts_with("a.yaml:4:15: awards[0].decision: invalid type: string"),
        "{got:#?}"
    );
    assert!(
        got[1].starts_with("a.yaml:6:24: awards[1].decision.number:"),
        "{got:#?}"
    );
}
