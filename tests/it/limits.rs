//! Limits: crafted spreadsheets and lists, implausible figures, texts and names too long.

use crate::support::*;
use std::io::Write;

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
            "content/a.csv:1:1: header, row 1: unknown column `gendr`",
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
    let text = TWO_PEOPLE.replace(
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
fn oversized_texts_are_refused_quickly() {
    let text = TWO_PEOPLE
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
