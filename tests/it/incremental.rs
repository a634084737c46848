//! Reproducible and incremental builds: the same input gives the same bytes anywhere, and
//! a rebuild touches only what an edit changed (the manifest in `out/`).

use crate::support::*;
use std::collections::BTreeMap;
use std::path::Path;
use std::time::SystemTime;

const DOSSIER: &str = "out/2024/tong-ket-nguoi-tot-viec-tot";
const LIST: &str = "content/2024/giay-khen-chi-thi-34.csv";

/// Every file under `dir` with its bytes.
fn contents(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    files(dir)
        .into_iter()
        .map(|f| {
            let bytes = std::fs::read(dir.join(&f)).unwrap();
            (f, bytes)
        })
        .collect()
}

/// Every file under `dir` with its modification time.
fn mtimes(dir: &Path) -> BTreeMap<String, SystemTime> {
    files(dir)
        .into_iter()
        .map(|f| {
            let t = std::fs::metadata(dir.join(&f)).unwrap().modified().unwrap();
            (f, t)
        })
        .collect()
}

/// Asserts that two folders hold the same files with the same bytes.
fn same_bytes(a: &Path, b: &Path) {
    let (x, y) = (contents(a), contents(b));
    assert_eq!(
        x.keys().collect::<Vec<_>>(),
        y.keys().collect::<Vec<_>>(),
        "same files"
    );
    for (f, bytes) in &x {
        assert!(*bytes == y[f], "{f} differs");
    }
}

/// The built output of the example, summed up per its summary line.
fn summary(dir: &Path, args: &[&str]) -> String {
    let o = thidua(dir, args);
    ok(&o);
    let e = stderr(&o);
    e.lines()
        .find(|l| l.starts_with("built "))
        .unwrap_or_else(|| panic!("no summary in {e}"))
        .to_string()
}

#[test]
fn same_bytes_whatever_the_zone_locale_folder_working_dir_and_jobs() {
    let a = project("hanoi-2024");
    let b = tempfile::tempdir().unwrap();
    let nested = b.path().join("một thư mục khác/dự án");
    copy_dir(&fixture("hanoi-2024"), &nested);
    let run = |cwd: &Path, args: &[&str], tz: &str, lang: &str| {
        let o = crate::support::binary()
            .args(args)
            .current_dir(cwd)
            .env("TZ", tz)
            .env("LC_ALL", lang)
            .env("LANG", lang)
            .env_remove("SOURCE_DATE_EPOCH")
            .output()
            .unwrap();
        ok(&o);
    };
    run(
        a.path(),
        &["build", "--jobs", "1"],
        "Pacific/Kiritimati",
        "vi_VN.UTF-8",
    );
    let dir = nested.to_str().unwrap();
    run(
        b.path(),
        &["build", dir, "--jobs", "2"],
        "America/Los_Angeles",
        "C",
    );
    same_bytes(&a.path().join("out"), &nested.join("out"));
    // A second build on an unchanged project writes nothing.
    let before = mtimes(&a.path().join("out"));
    assert!(summary(a.path(), &["build"]).contains(", 0 written"));
    assert_eq!(before, mtimes(&a.path().join("out")));
}

#[test]
fn an_edit_to_one_recipient_rewrites_only_its_certificate_the_print_file_the_decision_and_the_payment_list(
) {
    let dir = project("hanoi-2024");
    let out = dir.path().join("out");
    ok(&thidua(dir.path(), &["build"]));
    let before = mtimes(&out);
    // The last recipient: its batch is the second, the first is taken from the old print file.
    let csv = dir.path().join(LIST);
    let text = std::fs::read_to_string(&csv).unwrap();
    let edited = text.replace(
        "Phan Diệu Dung,female,Phó Giám đốc Trung tâm,",
        "Phan Diệu Dung,female,Giám đốc Trung tâm,",
    );
    assert_ne!(text, edited);
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(&csv, &edited).unwrap();
    let line = summary(dir.path(), &["build"]);
    let after = mtimes(&out);
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>()
    );
    let mut rewritten: Vec<&str> = after
        .iter()
        .filter(|(f, t)| before[*f] != **t)
        .map(|(f, _)| f.as_str())
        .collect();
    rewritten.sort();
    let d = &DOSSIER["out/".len()..];
    assert_eq!(
        rewritten,
        [
            ".thidua-manifest.json".to_string(),
            format!("{d}/danh-sach-chi-tien-1520.pdf"),
            format!("{d}/danh-sach-chi-tien-1520.xlsx"),
            format!("{d}/giay-khen-1520.pdf"),
            format!("{d}/giay-khen-1520/32-phan-dieu-dung.pdf"),
            format!("{d}/quyet-dinh-1520.pdf"),
        ],
        "{line}"
    );
    assert!(
        line.contains("typeset 3/"),
        "the decision, the payment list and one batch: {line}"
    );
    let cert = pdf_text(
        &dir.path()
            .join(DOSSIER)
            .join("giay-khen-1520/32-phan-dieu-dung.pdf"),
    );
    assert!(
        cert.contains("Giám đốc Trung tâm") && !cert.contains("Phó Giám đốc Trung tâm"),
        "{cert}"
    );
    // The print file joined from the old and the new batch is the one a fresh build makes.
    let fresh = project("hanoi-2024");
    std::fs::write(fresh.path().join(LIST), &edited).unwrap();
    ok(&thidua(fresh.path(), &["build"]));
    same_bytes(&out, &fresh.path().join("out"));
    let print = dir.path().join(DOSSIER).join("giay-khen-1520.pdf");
    assert_eq!(pdf_pages(&print), 32);
    contains_all(
        &pdf_text(&print),
        &[
            "Phòng Việc làm - An toàn lao động",
            "Phan Diệu Dung",
            "Giám đốc Trung tâm",
        ],
    );
}

#[test]
fn outputs_of_removed_dossiers_and_recipients_go_and_only_those() {
    let dir = project("hanoi-2024");
    let out = dir.path().join("out");
    ok(&thidua(dir.path(), &["build"]));
    std::fs::write(out.join("2024/ghi-chu.txt"), "mine").unwrap();
    // A recipient taken off the list: its certificate goes, the others shift their numbers.
    let csv = dir.path().join(LIST);
    let text = std::fs::read_to_string(&csv).unwrap();
    std::fs::write(&csv, text.replace(",,,,Phòng Tổ chức cán bộ\n", "")).unwrap();
    let line = summary(dir.path(), &["build"]);
    let certs = files(&out.join("2024/tong-ket-nguoi-tot-viec-tot/giay-khen-1520"));
    assert_eq!(certs.len(), 31, "{line}: {certs:?}");
    assert!(!certs.iter().any(|f| f.contains("phong-to-chuc-can-bo")));
    assert_eq!(
        pdf_pages(&out.join("2024/tong-ket-nguoi-tot-viec-tot/giay-khen-1520.pdf")),
        31
    );
    // A build of other dossiers (`--only`) leaves this one's files and entries alone.
    let before = files(&out);
    let line = summary(dir.path(), &["build", "--only", "2023/*"]);
    assert!(line.starts_with("built 0 documents"), "{line}");
    assert_eq!(before, files(&out));
    // A manifest edited to name a file outside `out/` does not reach it.
    let manifest = out.join(".thidua-manifest.json");
    let text = std::fs::read_to_string(&manifest).unwrap();
    let outside = dir.path().join("thidua.yaml");
    let bytes = std::fs::read(&outside).unwrap();
    let digest = format!("{:032x}", typst::utils::hash128(&bytes[..]));
    let entry = format!("\"files\": {{\n        \"../thidua.yaml\": \"{digest}\",");
    let edited = text.replacen("\"files\": {", &entry, 1);
    std::fs::write(&manifest, edited).unwrap();
    // The whole dossier removed: every file thidua made for it goes, folders and all.
    std::fs::remove_file(
        dir.path()
            .join("content/2024/tong-ket-nguoi-tot-viec-tot.yaml"),
    )
    .unwrap();
    let line = summary(dir.path(), &["build"]);
    assert!(line.contains("removed"), "{line}");
    assert_eq!(
        files(&out),
        [".thidua-manifest.json", "2024/ghi-chu.txt"],
        "{line}"
    );
    assert!(!out.join("2024/tong-ket-nguoi-tot-viec-tot").exists());
    assert!(outside.is_file(), "the project's own file stays");
}

#[test]
fn damaged_outputs_are_remade_and_force_typesets_everything() {
    let dir = project("hanoi-2024");
    let out = dir.path().join(DOSSIER);
    let first = summary(dir.path(), &["build"]);
    let all = first
        .split("typeset ")
        .nth(1)
        .unwrap()
        .split(')')
        .next()
        .unwrap()
        .to_string();
    let cert = out.join("giay-khen-1520/05-phong-to-chuc-can-bo.pdf");
    let good = std::fs::read(&cert).unwrap();
    std::fs::write(&cert, b"not a pdf").unwrap();
    std::fs::remove_file(out.join("quyet-dinh-1521.pdf")).unwrap();
    let line = summary(dir.path(), &["build"]);
    assert!(
        line.contains("typeset 2/"),
        "one batch and one decision: {line}"
    );
    assert_eq!(std::fs::read(&cert).unwrap(), good);
    assert!(out.join("quyet-dinh-1521.pdf").is_file());
    let line = summary(dir.path(), &["build", "--force"]);
    assert!(
        line.contains(&format!("typeset {all}")) && line.contains(", 0 written"),
        "{line}"
    );
    // With other options (page images), the same inputs make other files: all typeset again.
    let line = summary(dir.path(), &["build", "--format", "png", "--ppi", "20"]);
    assert!(line.contains(&format!("typeset {all}")), "{line}");
}

#[test]
fn a_hundredth_recipient_renumbers_every_certificate() {
    let dossier = "title: Khen\nawards:\n  - form: giay-khen\n    decision: {number: 7, date: 2025-03-05, signer: binh}\n    recipients_file: ds.csv\n";
    let list = |n: usize| {
        let rows: String = (1..=n).map(|i| format!("Người Số {i},male,,,\n")).collect();
        format!("name,gender,position,unit,collective\n{rows}")
    };
    let (l99, l100) = (list(99), list(100));
    let dir = project_from(
        CONFIG,
        &[("content/k.yaml", dossier), ("content/ds.csv", &l99)],
    );
    ok(&thidua(dir.path(), &["build"]));
    assert!(dir
        .path()
        .join("out/k/giay-khen-7/05-nguoi-so-5.pdf")
        .is_file());
    // The 100th: every number gains a digit, so every certificate is another file,
    // although the first batches' pages are the same.
    std::fs::write(dir.path().join("content/ds.csv"), &l100).unwrap();
    ok(&thidua(dir.path(), &["build"]));
    let fresh = project_from(
        CONFIG,
        &[("content/k.yaml", dossier), ("content/ds.csv", &l100)],
    );
    ok(&thidua(fresh.path(), &["build"]));
    same_bytes(&dir.path().join("out"), &fresh.path().join("out"));
    assert!(dir
        .path()
        .join("out/k/giay-khen-7/005-nguoi-so-5.pdf")
        .is_file());
}

#[test]
fn a_renumbered_document_that_fails_keeps_its_old_files() {
    let dir = project("hanoi-2024");
    let out = dir.path().join(DOSSIER);
    ok(&thidua(dir.path(), &["build"]));
    let yaml = dir
        .path()
        .join("content/2024/tong-ket-nguoi-tot-viec-tot.yaml");
    let text = std::fs::read_to_string(&yaml).unwrap();
    std::fs::write(&yaml, text.replace("number: 1520", "number: 1530")).unwrap();
    std::fs::create_dir_all(dir.path().join("templates")).unwrap();
    std::fs::write(
        dir.path().join("templates/certificate.typ.hbs"),
        "#let x = (\n",
    )
    .unwrap();
    let o = thidua(dir.path(), &["build"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        out.join("giay-khen-1520.pdf").is_file(),
        "old print file kept"
    );
    assert_eq!(files(&out.join("giay-khen-1520")).len(), 32);
    let manifest = std::fs::read_to_string(dir.path().join("out/.thidua-manifest.json")).unwrap();
    assert!(manifest.contains("giay-khen-1520.pdf"), "and still listed");
}
