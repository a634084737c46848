//! Names in a header are set in even lines: no line of the agency's column keeps one
//! word of a name alone (three trials found `TRƯỜNG THPT PHAN BỘI / CHÂU`). Checked on the
//! repository's sample and on a school's name.

use super::layout_tests::typeset;
use crate::engine;
use std::path::Path;

/// A school whose name, set greedily, leaves `CHÂU` alone on its second line.
const SCHOOL: &str = "organization:
  parent: SỞ GIÁO DỤC VÀ ĐÀO TẠO NGHỆ AN
  name: TRƯỜNG THPT PHAN BỘI CHÂU
  short: THPTPBC
  place: Nghệ An
  head: Hiệu trưởng Trường THPT Phan Bội Châu
people:
  lan: {name: Trần Thị Lan, position: Hiệu trưởng}
";

const DOSSIER: &str = "title: T
year: 2025
awards:
  - form: giay-khen
    decision: {number: 5, date: 2025-06-01, signer: lan}
    recipients:
      - {name: Lê Văn An, gender: male}
";

#[test]
fn names_in_headers_are_set_in_even_lines() {
    let school = tempfile::tempdir().unwrap();
    std::fs::write(school.path().join("thidua.yaml"), SCHOOL).unwrap();
    std::fs::create_dir(school.path().join("content")).unwrap();
    std::fs::write(school.path().join("content/t.yaml"), DOSSIER).unwrap();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut seen = 0;
    for root in [sample, school.path()] {
        seen += even(root);
    }
    assert!(seen >= 6, "{seen}");
}

/// The documents of the project at `root` checked, how many.
fn even(root: &Path) -> usize {
    let p = engine::prepare(root, &engine::Options::check()).unwrap_or_else(|_| panic!("loads"));
    let mut seen = 0;
    for doc in p
        .docs
        .iter()
        .filter(|d| ["decision", "proposal", "minutes", "report"].contains(&d.kind.name))
    {
        let first = &typeset(&p, doc)[0];
        // The agency's column, above `Số:`.
        let number = first.run("Số:").y;
        let mut ys: Vec<f64> = first
            .runs
            .iter()
            .filter(|r| r.x < 70.0 && r.y < number - 1.0)
            .map(|r| r.y)
            .collect();
        ys.sort_by(f64::total_cmp);
        ys.dedup_by(|a, b| (*a - *b).abs() < 0.2);
        assert!(ys.len() >= 3, "{}: {ys:?}", doc.key);
        for y in ys {
            let left: Vec<&str> = first
                .runs
                .iter()
                .filter(|r| r.x < 70.0 && (r.y - y).abs() < 0.2)
                .map(|r| r.text.as_str())
                .collect();
            let words = left.join(" ").split_whitespace().count();
            assert!(
                words > 1,
                "{}: a word alone in the header: {left:?}",
                doc.key
            );
        }
        seen += 1;
    }
    seen
}
