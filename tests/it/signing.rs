//! Ký số: an electronic decision signed field by field as a signing tool signs it
//! (pyHanko, with throw-away certificates), then checked by pyHanko and by `thidua
//! verify`; and the forgeries a signature must not cover: bytes added after it, a
//! signature that is not its signer's, a signed update that rewrites a page.

use crate::support::*;
use std::path::Path;
use std::process::Command;

/// Whether pyHanko can sign here (`.ci/run` installs it).
fn pyhanko() -> bool {
    let probe = Command::new("python3")
        .args(["-c", "import pyhanko, cryptography"])
        .output();
    probe.is_ok_and(|o| o.status.success())
}

/// Signs `unsigned` into `signed` (each field by one of `names`), with pyHanko's report.
fn sign(unsigned: &Path, signed: &Path, names: &[&str], mode: Option<&str>) -> serde_json::Value {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/it/sign.py");
    let mut args = vec![script.to_string_lossy().to_string()];
    args.extend(mode.map(String::from));
    args.push(unsigned.to_string_lossy().to_string());
    args.push(signed.to_string_lossy().to_string());
    args.extend(names.iter().map(|n| n.to_string()));
    let out = Command::new("python3").args(&args).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn verify(dir: &Path, file: &Path) -> String {
    let run = thidua(dir, &["verify", &file.to_string_lossy()]);
    String::from_utf8_lossy(&run.stdout).to_string()
}

#[test]
fn an_electronic_decision_signed_by_a_signing_tool_verifies_and_a_forgery_does_not() {
    if !pyhanko() {
        eprintln!("skipped: pyHanko is missing (`.ci/run` installs it: pip install pyhanko)");
        return;
    }
    let dir = project("hanoi-2024");
    let root = dir.path();
    let folder = root.join("out/2024/tong-ket-nguoi-tot-viec-tot");
    ok(&thidua(root, &["build", "-q"]));
    let paper = std::fs::read(folder.join("quyet-dinh-1520.pdf")).unwrap();
    ok(&thidua(root, &["build", "-q", "--electronic"]));
    // The paper version is the same bytes with or without its electronic one.
    assert_eq!(
        std::fs::read(folder.join("quyet-dinh-1520.pdf")).unwrap(),
        paper
    );
    let unsigned = folder.join("quyet-dinh-1520-dien-tu.pdf");
    let signed = root.join("signed.pdf");
    let report = sign(
        &unsigned,
        &signed,
        &["Nguyễn Hồng Dân", "Sở Lao động"],
        None,
    );
    // The fields are where thidua placed them, on the signature's page: the signer's in
    // the right half, the seal's over the left third of it.
    let before = report["before"].as_array().unwrap();
    assert_eq!(report["before"], report["after"]);
    assert_eq!(before.len(), 2, "{report}");
    assert_eq!(before[0][0], "ky-so-nguyen-hong-dan");
    assert_eq!(before[1][0], "ky-so-co-quan");
    let rect = |i: usize| -> Vec<f64> {
        let r = before[i][2].as_array().unwrap();
        r.iter().map(|v| v.as_f64().unwrap()).collect()
    };
    let (signer, seal) = (rect(0), rect(1));
    let mm = 72.0 / 25.4;
    assert!(
        (signer[2] - signer[0] - 45.0 * mm).abs() < 0.1,
        "{signer:?}"
    );
    assert!((seal[2] - seal[0] - 38.0 * mm).abs() < 0.1, "{seal:?}");
    assert!(
        signer[0] > 297.0 && seal[0] < signer[0] && seal[2] > signer[0],
        "{seal:?}"
    );
    for s in report["signatures"].as_array().unwrap() {
        assert_eq!(s["intact"], true, "{s}");
        assert_eq!(s["valid"], true, "{s}");
    }
    assert_eq!(pdf_text(&signed), pdf_text(&unsigned));
    let said = verify(root, &signed);
    assert!(
        said.contains("OK, signed by “Nguyễn Hồng Dân” (in “Chữ ký số của Nguyễn Hồng Dân”), then “Sở Lao động” (in “Chữ ký số của cơ quan”)"),
        "{said}"
    );
    assert!(
        said.contains("the certificate chain is not checked"),
        "{said}"
    );
    // Signed by the signer alone: OK, and the agency's field said to be still open.
    let half = root.join("half.pdf");
    sign(&unsigned, &half, &["Nguyễn Hồng Dân"], None);
    let said = verify(root, &half);
    assert!(
        said.contains("OK, signed by “Nguyễn Hồng Dân”")
            && said.contains("not signed yet: “Chữ ký số của cơ quan”"),
        "{said}"
    );
    // Edited after signing: bytes added after the last signature.
    let bytes = std::fs::read(&signed).unwrap();
    let appended = root.join("appended.pdf");
    std::fs::write(&appended, [&bytes[..], b"1 0 obj\n<<>>\nendobj\n"].concat()).unwrap();
    assert!(verify(root, &appended).contains("EDITED"), "appended");
    // A signature whose value is not its signer's.
    let at = bytes
        .windows(11)
        .rposition(|w| w == b"/Contents <")
        .unwrap()
        + 11;
    let len = bytes[at..].iter().position(|b| *b == b'>').unwrap();
    let end = at
        + bytes[at..at + len]
            .iter()
            .rposition(|b| *b != b'0')
            .unwrap();
    let mut bad = bytes.clone();
    bad[end - 20] = if bad[end - 20] == b'0' { b'1' } else { b'0' };
    let bad_file = root.join("bad.pdf");
    std::fs::write(&bad_file, bad).unwrap();
    let said = verify(root, &bad_file);
    assert!(!said.contains(": OK"), "{said}");
    assert!(said.contains("does not verify"), "{said}");
    // A signed update that empties a page: signed, but not thidua's document.
    let tampered = root.join("tampered.pdf");
    sign(
        &unsigned,
        &tampered,
        &["Nguyễn Hồng Dân", "Kẻ giả mạo"],
        Some("--tamper"),
    );
    let said = verify(root, &tampered);
    assert!(
        said.contains("EDITED") && said.contains("otherwise"),
        "{said}"
    );
    // A signed update that spreads its field, and so its appearance, over the page.
    let moved = root.join("moved.pdf");
    let names = ["Nguyễn Hồng Dân", "Kẻ giả mạo"];
    sign(&unsigned, &moved, &names, Some("--move"));
    let said = verify(root, &moved);
    assert!(
        said.contains("EDITED") && said.contains("beyond its signature"),
        "{said}"
    );
}

#[test]
fn an_electronic_decision_leaves_its_number_and_dates_to_the_van_thu() {
    let dir = project("hanoi-2024");
    let root = dir.path();
    let file = root.join("content/2024/tong-ket-nguoi-tot-viec-tot.yaml");
    let yaml = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, yaml.replace("      number: 1520\n", "")).unwrap();
    let config = std::fs::read_to_string(root.join("thidua.yaml")).unwrap();
    std::fs::write(
        root.join("thidua.yaml"),
        format!("{config}\nelectronic: true\nelectronic_date: blank\n"),
    )
    .unwrap();
    let run = thidua(root, &["build"]);
    ok(&run);
    assert!(
        stderr(&run).contains("awards[0].decision: no `number`: `Số:` is printed blank"),
        "{}",
        stderr(&run)
    );
    let folder = root.join("out/2024/tong-ket-nguoi-tot-viec-tot");
    let pages = page_texts(&folder.join("quyet-dinh-giay-khen-dien-tu.pdf"));
    let flat = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    let first = flat(&pages[0]);
    assert!(first.contains("Số: /QĐ-SLĐTBXH"), "{first}");
    assert!(!first.contains("ngày 15 tháng 10 năm 2024"), "{first}");
    assert!(first.contains("Hà Nội, ngày tháng năm"), "{first}");
    let annex = flat(&pages.join(" "));
    assert!(
        annex.contains("(Kèm theo Quyết định số …/QĐ-SLĐTBXH ngày … tháng … năm … của"),
        "{annex}"
    );
    // The paper version keeps its date and the annex's reference, its number blank.
    let paper = flat(&pdf_text(&folder.join("quyet-dinh-giay-khen.pdf")));
    assert!(paper.contains("ngày 15 tháng 10 năm 2024"), "{paper}");
    assert!(!paper.contains("…/QĐ"), "{paper}");
}

#[test]
fn the_electronic_version_is_reproducible_and_pdf_a_where_asked() {
    let dir = project("hanoi-2024");
    let root = dir.path();
    let args = [
        "build",
        "-q",
        "--electronic",
        "--pdf-standard",
        "a-2b",
        "--force",
    ];
    let file = root.join("out/2024/tong-ket-nguoi-tot-viec-tot/quyet-dinh-1520-dien-tu.pdf");
    let build = || {
        let run = crate::support::binary()
            .args(args)
            .current_dir(root)
            .env("SOURCE_DATE_EPOCH", "1700000000")
            .output()
            .unwrap();
        ok(&run);
        std::fs::read(&file).unwrap()
    };
    let (first, second) = (build(), build());
    assert_eq!(first, second, "the same sources make the same bytes");
    let text = String::from_utf8_lossy(&first);
    assert!(
        text.contains("pdfaid:part") && text.contains("/FT/Sig"),
        "PDF/A with its fields"
    );
    let said = verify(root, &file);
    assert!(said.contains(": OK:"), "{said}");
}

#[test]
fn two_unnumbered_decisions_of_one_form_are_an_error_where_written() {
    let award = "  - form: giay-khen\n    decision: {date: 2026-10-01, signer: lan}\n    recipients:\n      - {name: Phạm Văn An, gender: male}\n";
    let d = format!("title: T\nyear: 2026\nawards:\n{award}{award}");
    let dir = project_from(CONFIG, &[("content/t.yaml", &d)]);
    let run = thidua(dir.path(), &["build"]);
    assert!(!run.status.success());
    let err = stderr(&run);
    assert!(
        err.contains("content/t.yaml:9:16: awards[1].decision: awards[0] is also a decision of `giay-khen` without `number`"),
        "{err}"
    );
    assert!(!dir.path().join("out").exists());
}
