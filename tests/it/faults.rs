//! Faults survived: links planted in `out/`, two dossiers for one folder, killed builds,
//! crafted spreadsheets, implausible figures, very long names.

use crate::support::*;
use std::io::Write;
use std::path::Path;

const ONE: &str = "title: T\nawards:\n  - form: giay-khen\n    decision: {number: 3, date: 2024-10-01, signer: lan}\n    recipients:\n      - {name: Phạm Văn A, gender: male}\n      - {name: Lê Thị B, gender: female}\n";

#[cfg(unix)]
#[test]
fn a_link_planted_in_out_is_replaced_never_followed() {
    let dir = project_from(CONFIG, &[("content/a.yaml", ONE)]);
    ok(&thidua(dir.path(), &["build"]));
    let outside = tempfile::tempdir().unwrap();
    let target = outside.path().join("stolen.pdf");
    let cert = dir.path().join("out/a/giay-khen-3/01-pham-van-a.pdf");
    std::fs::remove_file(&cert).unwrap();
    std::os::unix::fs::symlink(&target, &cert).unwrap();
    // A whole folder replaced by a link, too.
    let folder = dir.path().join("out/a/giay-khen-3");
    let moved = outside.path().join("moved");
    std::fs::rename(&folder, &moved).unwrap();
    std::os::unix::fs::symlink(&moved, &folder).unwrap();
    let edited = ONE.replace("Phạm Văn A", "Phạm Văn An");
    std::fs::write(dir.path().join("content/a.yaml"), edited).unwrap();
    ok(&thidua(dir.path(), &["build"]));
    assert!(!target.exists(), "wrote through a link");
    assert!(!folder.is_symlink() && folder.is_dir());
    let cert = folder.join("01-pham-van-an.pdf");
    assert!(!cert.is_symlink());
    assert!(pdf_text(&cert).contains("Phạm Văn An"));
    // The files left outside were not removed through the link either.
    assert!(moved.join("02-le-thi-b.pdf").is_file());
}

#[test]
fn two_dossiers_for_one_folder_are_an_error_naming_both() {
    let dir = project_from(CONFIG, &[("content/h.yaml", ONE), ("content/h.yml", ONE)]);
    let o = thidua(dir.path(), &["build"]);
    assert_eq!(o.status.code(), Some(1));
    contains_all(
        &stderr(&o),
        &["`content/h.yaml` and `content/h.yml` would both write to `out/h/`"],
    );
    assert!(!dir.path().join("out/h").exists());
}

fn many(n: usize) -> String {
    let mut s = "title: T\nawards:\n  - form: giay-khen\n    decision: {number: 3, date: 2024-10-01, signer: lan}\n    recipients:\n".to_string();
    for i in 0..n {
        s.push_str(&format!("      - {{name: Người Thứ {i}, gender: male}}\n"));
    }
    s
}

/// Every file under `dir` but the manifest, with its bytes.
fn outputs(dir: &Path) -> Vec<(String, Vec<u8>)> {
    files(dir)
        .into_iter()
        .filter(|f| !f.ends_with(".thidua-manifest.json"))
        .map(|f| {
            let b = std::fs::read(dir.join(&f)).unwrap();
            (f, b)
        })
        .collect()
}

#[cfg(unix)]
#[test]
fn after_a_kill_the_next_build_leaves_what_a_clean_build_would() {
    let fewer = many(150);
    let clean = project_from(CONFIG, &[("content/a.yaml", &fewer)]);
    ok(&thidua(clean.path(), &["build"]));
    let want = outputs(&clean.path().join("out"));
    // Killed while files are typeset (temporary files about) and while they are put in
    // place (the first certificate there), in a first build and in a rebuild.
    let mut caught = 0;
    for attempt in 0..4 {
        let dir = project_from(CONFIG, &[("content/a.yaml", &many(200))]);
        let out = dir.path().join("out");
        if attempt % 2 == 1 {
            ok(&thidua(dir.path(), &["build"]));
            let renamed = many(200).replace("Người Thứ", "Người Khác");
            std::fs::write(dir.path().join("content/a.yaml"), renamed).unwrap();
        }
        let new_name = if attempt == 3 {
            "nguoi-khac"
        } else {
            "nguoi-thu"
        };
        let moment = || {
            if attempt < 2 {
                files(&out)
                    .iter()
                    .any(|f| f.contains(".thidua-") && f.ends_with(".tmp"))
            } else {
                let certs = std::fs::read_dir(out.join("a/giay-khen-3"))
                    .into_iter()
                    .flatten();
                certs
                    .flatten()
                    .any(|e| e.file_name().to_string_lossy().contains(new_name))
            }
        };
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_thidua"))
            .args(["build", "-q"])
            .current_dir(dir.path())
            .spawn()
            .unwrap();
        let start = std::time::Instant::now();
        while !moment() && start.elapsed().as_secs() < 20 {
            std::thread::yield_now();
        }
        let running = child.try_wait().unwrap().is_none();
        let _ = child.kill(); // SIGKILL
        child.wait().unwrap();
        caught += running as usize;
        std::fs::write(dir.path().join("content/a.yaml"), &fewer).unwrap();
        ok(&thidua(dir.path(), &["build", "--force"]));
        let got = outputs(&out);
        let extra: Vec<_> = got
            .iter()
            .filter(|f| !want.contains(f))
            .map(|f| &f.0)
            .collect();
        let missing: Vec<_> = want
            .iter()
            .filter(|f| !got.contains(f))
            .map(|f| &f.0)
            .collect();
        assert!(
            extra.is_empty() && missing.is_empty(),
            "attempt {attempt}: extra or changed {extra:?}, missing {missing:?}"
        );
    }
    assert!(caught > 0, "no build was killed while running");
}

/// A minimal `.xlsx` with `cells` (reference, text) on its one sheet and `padding` bytes
/// of spaces in the sheet's XML.
fn xlsx(cells: &[(&str, &str)], padding: usize) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    let mut put = |name: &str, text: &str| {
        zip.start_file(name, opts).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    };
    put(
        "[Content_Types].xml",
        r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#,
    );
    put(
        "_rels/.rels",
        r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
    );
    put(
        "xl/workbook.xml",
        r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
    );
    put(
        "xl/_rels/workbook.xml.rels",
        r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#,
    );
    let mut rows = String::new();
    for (r, t) in cells {
        let row: String = r.chars().skip_while(|c| c.is_ascii_alphabetic()).collect();
        rows.push_str(&format!(
            r#"<row r="{row}"><c r="{r}" t="inlineStr"><is><t>{t}</t></is></c></row>"#
        ));
    }
    let sheet = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rows}</sheetData>{}</worksheet>"#,
        " ".repeat(padding)
    );
    put("xl/worksheets/sheet1.xml", &sheet);
    zip.finish().unwrap().into_inner()
}

#[test]
fn crafted_spreadsheets_end_in_located_errors() {
    let award = |file: &str| {
        format!("title: T\nawards:\n  - form: giay-khen\n    decision: {{number: 3, date: 2024-10-01, signer: lan}}\n    recipients_file: {file}\n")
    };
    // A cell at the last row and column of a sheet: far.xlsx is tiny, and reads in no time.
    let dir = project_from(CONFIG, &[("content/far.yaml", &award("far.xlsx"))]);
    let far = xlsx(
        &[("A1", "name"), ("A2", "Phạm Văn A"), ("XFD1048576", "x")],
        0,
    );
    assert!(far.len() < 4000);
    std::fs::write(dir.path().join("content/far.xlsx"), far).unwrap();
    ok(&thidua(dir.path(), &["build"]));
    let annex = pdf_text(&dir.path().join("out/far/quyet-dinh-3.pdf"));
    assert!(annex.contains("Phạm Văn A"), "{annex}");
    // A zip bomb: 80 MB of sheet packed into less than 1 MB.
    let dir = project_from(CONFIG, &[("content/bomb.yaml", &award("bomb.xlsx"))]);
    let bomb = xlsx(&[("A1", "name"), ("A2", "Phạm Văn A")], 80 << 20);
    assert!(bomb.len() < 1 << 20, "{}", bomb.len());
    std::fs::write(dir.path().join("content/bomb.xlsx"), bomb).unwrap();
    let o = thidua(dir.path(), &["build"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    contains_all(
        &stderr(&o),
        &["content/bomb.xlsx: the spreadsheet unpacks to 83 MB; more than 64 MB is refused"],
    );
}

#[test]
fn csv_header_and_empty_list_problems_are_located() {
    let award = |file: &str| {
        format!("title: T\nawards:\n  - form: giay-khen\n    decision: {{number: 3, date: 2024-10-01, signer: lan}}\n    recipients: [{{name: Phạm Văn A, gender: male}}]\n    recipients_file: {file}\n")
    };
    let dir = project_from(
        CONFIG,
        &[
            ("content/a.yaml", &award("a.csv")),
            ("content/a.csv", "name,gendr\nLê Văn B,male\n"),
            (
                "content/b.yaml",
                &award("b.csv").replace("number: 3", "number: 4"),
            ),
            ("content/b.csv", ""),
        ],
    );
    let o = thidua(dir.path(), &["check"]);
    assert_eq!(o.status.code(), Some(1));
    contains_all(
        &stderr(&o),
        &[
            "content/a.csv:1:1: header, column 2: unknown column `gendr`",
            "did you mean `gender`?",
            "content/b.csv: the file is empty",
            "2 errors",
        ],
    );
}

#[test]
fn implausible_figures_are_located_errors() {
    let text = "title: T
achievements:
  - {name: A, target: 1, actual: 100000000000000000}
report: {number: 0, date: 0024-10-20, signer: lan}
awards:
  - form: giay-khen
    decision: {number: 0, date: 9999-12-31, signer: lan}
    recipients: [{name: Phạm Văn A, gender: male}]
";
    let dir = project_from(CONFIG, &[("content/a.yaml", text)]);
    let o = thidua(dir.path(), &["check"]);
    assert_eq!(o.status.code(), Some(1));
    contains_all(
        &stderr(&o),
        &[
            "content/a.yaml:3:34: achievements[0].actual: the result 100000000000000000 is over 100 times the plan 1",
            "content/a.yaml:4:27: report.date: the date 0024-10-20 is not plausible",
            "content/a.yaml:4:18: report.number: document number 0: numbers start at 1",
            "content/a.yaml:7:33: awards[0].decision.date: the date 9999-12-31 is not plausible",
            "content/a.yaml:7:24: awards[0].decision.number: document number 0: numbers start at 1",
            "5 errors",
        ],
    );
}

#[test]
fn a_near_miss_prints_the_decimals_that_tell_it_from_the_plan() {
    let text = "title: T
achievements:
  - {name: Việc làm, target: 2000, actual: 1999}
  - {name: Đào tạo, target: 10000, actual: 10004}
report:
  number: 5
  date: 2024-10-20
  signer: lan
  sections: [{heading: Kết quả, table: achievements}]
";
    let dir = project_from(CONFIG, &[("content/a.yaml", text)]);
    ok(&thidua(dir.path(), &["build"]));
    let report = pdf_text(&dir.path().join("out/a/bao-cao-5.pdf"));
    contains_all(&report, &["99,95% Chưa đạt", "100,04% Vượt"]);
}

#[test]
fn very_long_names_build_again_and_again() {
    let long = "Tổ công tác liên ngành phòng chống ".repeat(10);
    let text = ONE.replace(
        "{name: Lê Thị B, gender: female}",
        &format!("{{collective: '{long}'}}"),
    );
    let dir = project_from(CONFIG, &[("content/a.yaml", &text)]);
    ok(&thidua(dir.path(), &["build"]));
    std::fs::write(
        dir.path().join("content/a.yaml"),
        text.replace("Phạm Văn A", "Phạm Văn An"),
    )
    .unwrap();
    ok(&thidua(dir.path(), &["build"]));
    let names = files(&dir.path().join("out/a/giay-khen-3"));
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(names.iter().all(|n| n.len() < 120), "{names:?}");
    assert!(
        names[0].starts_with("01-to-cong-tac-lien-nganh"),
        "{names:?}"
    );
}

#[test]
fn every_output_is_counted_and_a_table_that_lost_a_row_fails() {
    let dir = project("hanoi-2024");
    let o = thidua(dir.path(), &["build"]);
    ok(&o);
    let e = stderr(&o);
    assert!(
        e.contains(": 41 certificates, 41 pages, 2 annexes 41 rows"),
        "{e}"
    );
    // A template that numbers its rows wrongly (it shows row 1 twice and row 0 never).
    let fresh = tempfile::tempdir().unwrap();
    ok(&thidua(fresh.path(), &["init", "--templates", "p"]));
    let text = std::fs::read_to_string(fresh.path().join("p/templates/decision.typ.hbs")).unwrap();
    std::fs::create_dir_all(dir.path().join("templates")).unwrap();
    let template = dir.path().join("templates/decision.typ.hbs");
    let broken = text.replace(
        "#metadata({{{row}}})<thidua-row>",
        "#metadata({{#if @first}}1{{else}}{{{row}}}{{/if}})<thidua-row>",
    );
    assert_ne!(broken, text);
    std::fs::write(&template, broken).unwrap();
    let o = thidua(dir.path(), &["build"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    contains_all(
        &stderr(&o),
        &["the annex came out with", "rows missing: 1; shown twice: 2"],
    );
}

#[test]
fn a_template_that_loops_for_good_is_stopped_with_its_place() {
    let dir = project_from(CONFIG, &[("content/a.yaml", ONE)]);
    std::fs::create_dir_all(dir.path().join("templates")).unwrap();
    let fresh = tempfile::tempdir().unwrap();
    ok(&thidua(fresh.path(), &["init", "--templates", "p"]));
    let text = std::fs::read_to_string(fresh.path().join("p/templates/decision.typ.hbs")).unwrap();
    let looping = format!("{text}\n#for i in range(100000) {{ for j in range(100000) {{ }} }}\n");
    std::fs::write(dir.path().join("templates/decision.typ.hbs"), looping).unwrap();
    let start = std::time::Instant::now();
    let o = thidua(dir.path(), &["build", "--timeout", "2"]);
    assert!(start.elapsed().as_secs() < 30, "took {:?}", start.elapsed());
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    contains_all(
        &stderr(&o),
        &[
            "content/a.yaml: quyet-dinh-3: typesetting took more than 2 s and was stopped",
            "templates/decision.typ.hbs",
            "--timeout",
        ],
    );
    // The next build, with the template mended, leaves no temporary file behind.
    std::fs::remove_dir_all(dir.path().join("templates")).unwrap();
    ok(&thidua(dir.path(), &["build"]));
    assert!(files(&dir.path().join("out"))
        .iter()
        .all(|f| !f.ends_with(".tmp")));
}

#[test]
fn oversized_texts_are_refused_quickly() {
    let text = ONE
        .replace("    recipients:\n", &format!("    reason: '{}'\n    recipients:\n", "Đã có thành tích. ".repeat(300)))
        .replace("Lê Thị B", &"Lê Thị B ".repeat(60))
        + &format!("report: {{number: 1, date: 2024-10-20, signer: lan, sections: [{{heading: H, text: '{}'}}]}}\n", "x".repeat(5_000_000));
    let dir = project_from(CONFIG, &[("content/a.yaml", &text)]);
    let start = std::time::Instant::now();
    let o = thidua(dir.path(), &["check"]);
    assert!(start.elapsed().as_secs() < 10, "took {:?}", start.elapsed());
    assert_eq!(o.status.code(), Some(1));
    contains_all(
        &stderr(&o),
        &[
            "content/a.yaml:9:82: report.sections[0].text: a text of 5000000 characters; more than 100000 is refused",
            "awards[0].reason: a reason of 5400 characters cannot fit on a certificate",
            "awards[0].recipients[1]: `name` of 539 characters; 500 at most",
        ],
    );
}

#[test]
fn one_number_in_two_dossiers_of_a_year_is_an_error_and_an_empty_selection_is_said() {
    let next_year = ONE.replace("2024-10-01", "2025-01-05");
    let dir = project_from(
        CONFIG,
        &[
            ("content/a.yaml", ONE),
            ("content/b.yaml", ONE),
            ("content/c.yaml", &next_year),
        ],
    );
    let o = thidua(dir.path(), &["check"]);
    assert_eq!(o.status.code(), Some(1));
    contains_all(
        &stderr(&o),
        &[
            "content/b.yaml:4:24: awards[0].decision.number: the number of decision 3/QĐ of 2024 is already used in `content/a.yaml:4`",
            "1 error",
        ],
    );
    std::fs::remove_file(dir.path().join("content/b.yaml")).unwrap();
    let o = thidua(dir.path(), &["build", "--only", "a.yaml"]);
    ok(&o);
    contains_all(
        &stderr(&o),
        &[
            "warning: no dossier matches `--only a.yaml`",
            "built 0 documents",
        ],
    );
}
