//! A long annex is typeset in pieces (`engine/pieces.rs`): the pages must be those of
//! one compilation, and an edit must retypeset only the piece it falls in.

use crate::support::*;
use std::path::Path;

const DECISION: &str = "out/d/quyet-dinh-77.pdf";

/// A decision of `collectives` then `individuals`, some with long positions that wrap, and
/// the name of row `edited` (of the individuals) replaced when given.
fn project_with(
    collectives: usize,
    individuals: usize,
    edited: Option<(usize, &str)>,
) -> tempfile::TempDir {
    let mut csv = String::from("name,gender,position,unit,collective\n");
    for i in 0..collectives {
        csv.push_str(&format!(",,,Xã số {i},Phòng Văn hóa - Thông tin số {i}\n"));
    }
    let given = ["An", "Bình", "Chi", "Dũng", "Đạt", "Giang", "Hà", "Hải"];
    for i in 0..individuals {
        let name = match edited {
            Some((row, name)) if row == i => name.to_string(),
            _ => format!("Nguyễn Văn {} {i}", given[i % given.len()]),
        };
        // Every seventh position runs over two or three lines of its column.
        let position = if i % 7 == 3 {
            "\"Phó Trưởng phòng phụ trách công tác thi đua, khen thưởng và truyền thông của đơn vị\""
        } else {
            "Chuyên viên"
        };
        let gender = if i % 2 == 0 { "male" } else { "female" };
        csv.push_str(&format!(
            "{name},{gender},{position},Phòng {},\n",
            i % 40 + 1
        ));
    }
    list_project(&csv)
}

/// The parts the manifest lists for the decision.
fn parts(dir: &Path) -> Vec<serde_json::Value> {
    manifest_parts(dir, "d/quyet-dinh-77.pdf")
}

/// Changes the name of individual `row` of the 600 in `dir`, builds it again and asserts
/// that the decision and its parts are those of a fresh build of the edited project.
fn rebuilt_as_fresh(dir: &tempfile::TempDir, (row, name): (usize, &str)) {
    let edited = project_with(0, 600, Some((row, name)));
    std::fs::copy(
        edited.path().join("content/ds.csv"),
        dir.path().join("content/ds.csv"),
    )
    .unwrap();
    ok(&thidua(dir.path(), &["build", "-q"]));
    ok(&thidua(edited.path(), &["build", "-q"]));
    assert_eq!(
        parts(edited.path()),
        parts(dir.path()),
        "the same pieces as a fresh build"
    );
    assert!(
        std::fs::read(dir.path().join(DECISION)).unwrap()
            == std::fs::read(edited.path().join(DECISION)).unwrap(),
        "the same bytes as a fresh build"
    );
}

#[test]
fn a_long_annex_in_pieces_has_the_pages_of_one_compilation() {
    let pieces = project_with(25, 430, None);
    ok(&thidua(pieces.path(), &["build", "-q"]));
    // The same template as the project's own is typeset in one compilation.
    let whole = project_with(25, 430, None);
    let template = include_str!("../../templates/decision.typ.hbs");
    std::fs::create_dir_all(whole.path().join("templates")).unwrap();
    std::fs::write(whole.path().join("templates/decision.typ.hbs"), template).unwrap();
    ok(&thidua(whole.path(), &["build", "-q"]));

    assert!(parts(pieces.path()).len() >= 4, "built in pieces");
    assert!(parts(whole.path()).is_empty(), "built whole");
    let (a, b) = (
        page_texts(&pieces.path().join(DECISION)),
        page_texts(&whole.path().join(DECISION)),
    );
    assert!(a.len() > 15, "{} pages", a.len());
    assert_eq!(a.len(), b.len(), "same number of pages");
    for (i, (x, y)) in a.iter().zip(&b).enumerate() {
        assert_eq!(x, y, "page {} differs\n{x}\n{y}", i + 1);
    }
    let all = a.join(" ");
    contains_all(
        &all,
        &[
            "I. TẬP THỂ (25)",
            "II. CÁ NHÂN (430)",
            "Phòng Văn hóa - Thông tin số 24",
            "Nguyễn Văn Giang 429",
        ],
    );
    // Each section heading once, each row once.
    assert_eq!(all.matches("II. CÁ NHÂN").count(), 1);
    assert_eq!(all.matches("Nguyễn Văn Hải 215 ").count(), 1);
    // Annex pages are numbered from its second page on, through every piece.
    let annex_first = a.iter().position(|t| t.contains("DANH SÁCH")).unwrap();
    for (n, t) in a.iter().enumerate().skip(annex_first + 1) {
        let number = (n - annex_first + 1).to_string();
        assert!(
            t.starts_with(&number),
            "page {} starts with {number}: {t:.60}",
            n + 1
        );
    }
}

#[test]
fn an_edit_in_a_long_annex_retypesets_its_piece_only() {
    let dir = project_with(0, 600, None);
    ok(&thidua(dir.path(), &["build", "-q"]));
    let before = parts(dir.path());
    rebuilt_as_fresh(&dir, (333, "Trần Thị Thanh Tâm"));
    let after = parts(dir.path());
    let text = pdf_text(&dir.path().join(DECISION));
    contains_all(&text, &["Trần Thị Thanh Tâm", "Nguyễn Văn Hải 599"]);
    assert!(
        !text.contains("Nguyễn Văn Giang 333 "),
        "the old name is gone"
    );
    // The body and every piece but the edited one keep their inputs (so were reused).
    assert_eq!(before.len(), after.len());
    let changed = before
        .iter()
        .zip(&after)
        .filter(|(b, a)| b["inputs"] != a["inputs"])
        .count();
    assert_eq!(changed, 1, "one piece retypeset:\n{before:#?}\n{after:#?}");
}

#[test]
fn a_hand_edited_manifest_cannot_cut_or_skip_rows_of_an_annex() {
    let dir = project_with(0, 600, None);
    ok(&thidua(dir.path(), &["build", "-q"]));
    // (Part 0 is the body.) Part 2 jumps past its own rows, part 3 ends the chain early.
    let path = dir.path().join("out/.thidua-manifest.json");
    let mut m: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    let listed = m["units"]["d/quyet-dinh-77.pdf"]["parts"]
        .as_array_mut()
        .unwrap();
    assert!(listed.len() >= 5, "{listed:?}");
    listed[3].as_object_mut().unwrap().remove("next");
    listed[2]["next"] = serde_json::json!({"row": 599, "head": false});
    std::fs::write(&path, serde_json::to_vec_pretty(&m).unwrap()).unwrap();
    rebuilt_as_fresh(&dir, (5, "Trần Thị Thanh Tâm"));
}
