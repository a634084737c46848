//! Layout under the project's settings: overlay certificates on pre-printed blanks, A3
//! paper, long names kept on one page, custom margins.

use super::layout_tests::{close, document};
use crate::engine::{self, Prepared};
use std::path::Path;

/// A temp project with `extra` appended to the shared example's thidua.yaml.
fn variant(extra: &str) -> (tempfile::TempDir, Prepared) {
    variant_with(extra, &[])
}

/// A temp project with `extra` appended to the shared example's thidua.yaml and `files`
/// (path, text) added.
pub(super) fn variant_with(extra: &str, files: &[(&str, &str)]) -> (tempfile::TempDir, Prepared) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hanoi-2024");
    let dir = tempfile::tempdir().unwrap();
    for e in walkdir::WalkDir::new(&src) {
        let e = e.unwrap();
        let to = dir.path().join(e.path().strip_prefix(&src).unwrap());
        if e.file_type().is_dir() {
            std::fs::create_dir_all(&to).unwrap();
        } else {
            std::fs::copy(e.path(), &to).unwrap();
        }
    }
    for (path, text) in files {
        std::fs::write(dir.path().join(path), text).unwrap();
    }
    let cfg = dir.path().join("thidua.yaml");
    let text = std::fs::read_to_string(&cfg).unwrap() + extra;
    std::fs::write(&cfg, text).unwrap();
    let p = engine::prepare(dir.path(), &engine::Options::check())
        .unwrap_or_else(|_| panic!("variant loads"));
    (dir, p)
}

#[test]
fn overlay_prints_only_fields_where_configured() {
    let (_dir, p) = variant("certificate:\n  mode: overlay\n  fields:\n    name: {x: 40, y: 95, width: 217, size: 24, bold: true}\n    register: {x: 250, y: 20, width: 30, align: right}\n");
    let doc = document(&p, "certificates", "giay-khen-1520");
    assert_eq!(doc.len(), 32);
    let page = &doc[1];
    assert!(close(page.size.0, 297.0, 0.1) && close(page.size.1, 210.0, 0.1));
    assert!(
        page.runs
            .iter()
            .all(|r| !r.text.contains("CỘNG HÒA") && !r.text.contains("GIẤY KHEN")),
        "no pre-printed parts"
    );
    let name = page.run("Phòng Trẻ em");
    assert!(
        close(name.centre(), 40.0 + 217.0 / 2.0, 0.5) && name.bold && close(name.size, 24.0, 0.01),
        "{name:?}"
    );
    assert!(
        name.y > 95.0 && name.y < 95.0 + 24.0 * 0.3528,
        "baseline inside the field's first line: {name:?}"
    );
    let place_date = page.run("Hà Nội, ngày 15 tháng 10 năm 2024");
    assert!(
        close(place_date.centre(), 160.0 + 55.0, 0.5) && place_date.italic,
        "default position: {place_date:?}"
    );
    let cal = document(&p, "calibration", "giay-khen-1520-can-chinh");
    assert_eq!(cal.len(), 1);
    for field in ["name", "reason", "signer_name", "register"] {
        cal[0].run(field);
    }
    assert!(
        cal[0].rules.len() >= 2 * 43,
        "a tick every 5 mm down both edges: {}",
        cal[0].rules.len()
    );
}

#[test]
fn long_names_shrink_to_one_page_and_a3_is_selectable() {
    let (dir, _) = variant("certificate:\n  paper: A3\n");
    let long = "Trung tâm ".to_string() + &"Dịch vụ việc làm và Giáo dục nghề nghiệp ".repeat(5);
    let dossier = dir
        .path()
        .join("content/2024/tong-ket-nguoi-tot-viec-tot.yaml");
    let text = std::fs::read_to_string(&dossier).unwrap();
    let text = text.replace(
        "- collective: Phòng Việc làm - An toàn lao động",
        &format!("- collective: {}", &long[..long.len().min(260)].trim()),
    );
    let text = text.replace(
        "(2014 - 2024)",
        &"(2014 - 2024), đóng góp tích cực vào phong trào thi đua chung của ngành".repeat(4),
    );
    std::fs::write(&dossier, text).unwrap();
    let p =
        engine::prepare(dir.path(), &engine::Options::check()).unwrap_or_else(|_| panic!("loads"));
    let doc = document(&p, "certificates", "giay-khen-1520");
    assert_eq!(doc.len(), 32, "every certificate on one page");
    assert!(
        close(doc[0].size.0, 420.0, 0.1) && close(doc[0].size.1, 297.0, 0.1),
        "A3 landscape"
    );
    assert!(doc[0]
        .runs
        .iter()
        .any(|r| r.text.contains("Giáo dục nghề nghiệp")));
}

#[test]
fn margins_come_from_thidua_yaml() {
    let (_dir, p) = variant("margins: {left: 35, right: 20, top: 25, bottom: 25}\n");
    let doc = document(&p, "decision", "quyet-dinh-1520");
    for page in &doc {
        for r in page.runs.iter().filter(|r| r.y >= 25.0) {
            assert!(
                r.x >= 35.0 - 0.01 && r.x + r.width <= 190.0 + 0.01 && r.y <= 272.0,
                "{r:?}"
            );
        }
    }
    assert!(close(doc[0].run("Điều 1.").x, 45.0, 0.1));
}
