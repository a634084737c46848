//! A piece of a decision is rendered from its own rows, with the column widths of the
//! whole annex.

use crate::kinds::{Piece, Start};
use serde_json::Value;
use std::path::Path;

#[test]
fn a_piece_holds_its_own_rows_and_the_widths_of_the_whole_annex() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hanoi-2024");
    let p = crate::engine::prepare(&root, &crate::engine::Options::check()).expect("fixture loads");
    let doc = p
        .docs
        .iter()
        .find(|d| d.kind.name == "decision" && d.stem == "quyet-dinh-1520")
        .expect("planned");
    assert_eq!(doc.rows, crate::kinds::Rows::new(vec![9, 23, 0]));
    let whole = doc.facts.data(None);
    let start = Start {
        row: 5,
        head: false,
    };
    let piece = doc.facts.piece(Piece::rows(&doc.rows, start, 12, 2, false));
    let names = |list: &Value| -> Vec<String> {
        let rows = list.as_array().expect("a list");
        rows.iter()
            .map(|r| r["name"].as_str().unwrap().to_string())
            .collect()
    };
    let all_c = names(&whole["award"]["collectives"]);
    let all_i = names(&whole["award"]["individuals"]);
    assert_eq!(names(&piece["annex"]["collectives"]), all_c[5..9]);
    assert_eq!(names(&piece["annex"]["individuals"]), all_i[0..3]);
    assert_eq!(piece["annex"]["has_collectives"], true);
    assert_eq!(piece["part"]["offset"], 1);
    // The award's lists stay out of a piece; the widths are those of the whole annex.
    assert!(piece["award"].get("individuals").is_none());
    assert_eq!(piece["annex"]["widest"], whole["annex"]["widest"]);
    let longest = whole["annex"]["widest"]["i_display"][0].as_str().unwrap();
    let most = whole["award"]["individuals"].as_array().unwrap().iter();
    let most = most
        .map(|r| r["display"].as_str().unwrap().chars().count())
        .max();
    assert_eq!(Some(longest.chars().count()), most);
    // The whole decision shows every row.
    assert_eq!(names(&whole["annex"]["individuals"]), all_i);
}
