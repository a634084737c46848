//! The year's report: `awards_from` counts other dossiers' decisions, each once.

use crate::support::*;

#[test]
fn the_years_report_counts_other_dossiers_once() {
    let one = |n: u32, names: &[&str]| {
        let list: String = names
            .iter()
            .map(|n| format!("      - {{name: {n}, gender: male}}\n"))
            .collect();
        format!("title: D{n}\nawards:\n  - form: giay-khen\n    decision: {{number: {n}, date: 2024-10-01, signer: lan}}\n    recipients:\n{list}")
    };
    let report = |from: &str| {
        format!("title: Năm\nreport:\n  number: 9\n  date: 2024-12-30\n  signer: lan\n  awards_from: [{from}]\n  sections:\n    - heading: Khen thưởng\n      table: awards\n")
    };
    let dir = project_from(
        CONFIG,
        &[
            ("content/2024/a.yaml", &one(1, &["Phạm Văn A", "Lê Văn B"])),
            ("content/2024/b.yaml", &one(2, &["Trần Văn C"])),
            ("content/year.yaml", &report("\"2024/*.yaml\"")),
        ],
    );
    ok(&thidua(dir.path(), &["build", "-q"]));
    let text = pdf_text(&dir.path().join("out/year/bao-cao-9.pdf"));
    contains_all(&text, &["01/QĐ-SNV, 02/QĐ-SNV", "Tổng cộng 0 3 3"]);

    // A pattern that matches nothing is an error at its line; a decision listed twice is counted once.
    let dir = project_from(
        CONFIG,
        &[
            ("content/2024/a.yaml", &one(1, &["Phạm Văn A"])),
            ("content/year.yaml", &report("\"2023/*.yaml\"")),
        ],
    );
    let run = thidua(dir.path(), &["build"]);
    assert_eq!(run.status.code(), Some(1));
    assert!(
        stderr(&run).contains(
            "content/year.yaml:6:17: report.awards_from[0]: `2023/*.yaml` matches no other dossier"
        ),
        "{}",
        stderr(&run)
    );
    // The same decision of the province in two dossiers counted: once, with a warning.
    let external = "  - form: bang-khen-ubnd-tinh\n    decision: {number: 77, date: 2024-09-30, issuer: Chủ tịch UBND tỉnh, symbol: QĐ-UBND}\n    recipients:\n      - {collective: Phòng Tổ chức}\n";
    let dir = project_from(
        CONFIG,
        &[
            (
                "content/2024/a.yaml",
                &format!("{}{external}", one(1, &["Phạm Văn A"])),
            ),
            (
                "content/year.yaml",
                &format!("{}awards:\n{external}", report("\"2024/*.yaml\"")),
            ),
        ],
    );
    let run = thidua(dir.path(), &["build"]);
    ok(&run);
    assert!(
        stderr(&run).contains("decision 77 in `2024/a.yaml` is already counted from `year.yaml`"),
        "{}",
        stderr(&run)
    );
    let text = pdf_text(&dir.path().join("out/year/bao-cao-9.pdf"));
    contains_all(&text, &["77/QĐ-UBND", "Tổng cộng 1 1 2"]);
}

#[test]
fn one_decision_giving_two_forms_counts_both() {
    // A province's decision gives a Bằng khen and a Cờ thi đua: two awards, one decision.
    let other = "title: O\nawards:\n  - form: bang-khen-ubnd-tinh\n    decision: {number: 1035, date: 2024-09-30, issuer: Chủ tịch UBND tỉnh, symbol: QĐ-UBND}\n    recipients: [{collective: Phòng A}]\n  - form: co-thi-dua-ubnd-tinh\n    decision: {number: 1035, date: 2024-09-30, issuer: Chủ tịch UBND tỉnh, symbol: QĐ-UBND}\n    recipients: [{collective: Phòng B}]\n";
    let report = "title: Năm\nreport:\n  number: 9\n  date: 2024-12-30\n  signer: lan\n  awards_from: [\"2024/*.yaml\"]\n  sections:\n    - heading: Khen thưởng\n      text: \"{{awards.co-thi-dua-ubnd-tinh.collectives}} cờ.\"\n      table: awards\n";
    let dir = project_from(
        CONFIG,
        &[
            ("content/2024/o.yaml", other),
            ("content/year.yaml", report),
        ],
    );
    let run = thidua(dir.path(), &["build"]);
    ok(&run);
    assert!(
        !stderr(&run).contains("already counted"),
        "{}",
        stderr(&run)
    );
    let text = pdf_text(&dir.path().join("out/year/bao-cao-9.pdf"));
    contains_all(&text, &["01 cờ.", "Tổng cộng 2 0 2"]);
}
