//! Bad input: located messages, all at once, exit 1, previous outputs untouched.

use crate::support::*;

fn dossier(awards: &str) -> String {
    format!("title: T\nawards:\n{awards}")
}

const GOOD: &str = "  - form: giay-khen\n    decision: {number: 3, date: 2024-10-01, signer: lan}\n    recipients:\n      - name: Phạm Văn A\n";

#[test]
fn yaml_syntax_error_is_located() {
    let dir = project_from(
        CONFIG,
        &[(
            "content/a.yaml",
            "title: T\nawards:\n  - form: [giay-khen\n",
        )],
    );
    let o = thidua(dir.path(), &["check"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("content/a.yaml:"), "{}", stderr(&o));
}

/// What `check` says of a project of `files`, which it refuses.
fn refused(files: &[(&str, &str)]) -> String {
    let dir = project_from(CONFIG, files);
    let o = thidua(dir.path(), &["check"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    stderr(&o)
}

#[test]
fn a_quote_left_open_is_named_where_it_opens() {
    // The parser stops lines below, at the next quote; the hint names the line to fix.
    let text = "title: \"T\nawards:\n  - form: giay-khen\n    decision: {number: 3, date: 2024-10-01, signer: lan}\n    recipients:\n      - {name: \"Phạm Văn A\", gender: male}\n";
    let err = refused(&[("content/a.yaml", text)]);
    assert!(
        err.contains("hint: line 1 opens a quote (\") that it does not close"),
        "{err}"
    );
}

#[test]
fn an_error_is_not_said_again_as_a_warning() {
    // A misspelt key is an error; the gender it was meant to give is not warned of too,
    // nor is an amount that could not be read said missing.
    let text = "title: T\nawards:\n  - form: giay-khen\n    amount: \"200.000 đồng\"\n    decision: {number: 3, date: 2024-10-01, signer: lan}\n    recipients:\n      - {name: Phạm Văn A, gendr: male}\n";
    let err = refused(&[("content/a.yaml", text)]);
    assert!(
        err.contains("awards[0].recipients[0]") && err.contains("gendr"),
        "{err}"
    );
    assert!(err.contains("awards[0].amount"), "{err}");
    assert!(!err.contains("without `gender`"), "{err}");
    assert!(!err.contains("no prize built in"), "{err}");
}

#[test]
fn a_bad_cell_of_a_list_is_pointed_at() {
    let list = "name,gender,position\nPhạm Văn A,male,Chuyên viên\n\"Lê Thị, B\",femal,Kế toán\n";
    let text = "title: T\nawards:\n  - form: giay-khen\n    decision: {number: 3, date: 2024-10-01, signer: lan}\n    recipients_file: ds.csv\n";
    // Row 3, the cell after `"Lê Thị, B",` (a quoted comma is no cell's end).
    let err = refused(&[("content/a.yaml", text), ("content/ds.csv", list)]);
    assert!(
        err.contains("content/ds.csv:3:13: row 3: unknown gender `femal`"),
        "{err}"
    );
}

#[test]
fn unknown_key_names_file_line_and_field() {
    let bad = "  - form: giay-khen\n    decision: {number: 3, date: 2024-10-01, signer: lan}\n    recipients:\n      - name: Phạm Văn A\n        postion: Chuyên viên\n";
    let dir = project_from(CONFIG, &[("content/a.yaml", &dossier(bad))]);
    let o = thidua(dir.path(), &["check"]);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(e.contains("content/a.yaml:7:9:"), "{e}");
    assert!(e.contains("did you mean `position`?"), "{e}");
    assert!(e.contains("awards[0].recipients[0]"), "{e}");
    assert!(e.contains("postion"), "{e}");
}

#[test]
fn invalid_date_is_reported() {
    let bad = GOOD.replace("2024-10-01", "2024-02-30");
    let dir = project_from(CONFIG, &[("content/a.yaml", &dossier(&bad))]);
    let o = thidua(dir.path(), &["check"]);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(e.contains("content/a.yaml:4:"), "{e}");
    assert!(
        e.contains("2024-02-30") && e.contains("expected a date like 2024-10-15"),
        "{e}"
    );
}

#[test]
fn unknown_signer_and_form_with_hints_all_at_once() {
    let bad = GOOD
        .replace("signer: lan", "signer: lna")
        .replace("giay-khen", "giay-khn");
    let bad2 = GOOD
        .replace("name: Phạm Văn A", "collective: X\n        name: Y")
        .replace("number: 3", "number: 4");
    let dir = project_from(
        CONFIG,
        &[
            ("content/a.yaml", &dossier(&bad)),
            ("content/b.yaml", &dossier(&bad2)),
        ],
    );
    let o = thidua(dir.path(), &["build"]);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(
        e.contains("content/a.yaml:4:")
            && e.contains("unknown person `lna`")
            && e.contains("did you mean `lan`?"),
        "{e}"
    );
    assert!(
        e.contains("content/a.yaml:3:")
            && e.contains("unknown award form `giay-khn`")
            && e.contains("`giay-khen`"),
        "{e}"
    );
    assert!(
        e.contains("content/b.yaml:6:") && e.contains("not two"),
        "{e}"
    );
    assert!(e.contains("3 errors"), "{e}");
    assert!(
        !dir.path().join("out").exists(),
        "nothing written on invalid input"
    );
}

#[test]
fn recipients_file_problems() {
    let missing = format!("{GOOD}    recipients_file: khong-co.csv\n");
    let outside = format!("{GOOD}    recipients_file: ../../etc/passwd\n");
    let csv_bad = format!("{GOOD}    recipients_file: ds.csv\n");
    let dir = project_from(
        CONFIG,
        &[
            ("content/a.yaml", &dossier(&missing)),
            ("content/b.yaml", &dossier(&outside)),
            ("content/c.yaml", &dossier(&csv_bad)),
            (
                "content/ds.csv",
                "name,gender,position,unit,collective\nLê Văn B,male,,,\nLê Văn C,robot,,,\n,,,,\n",
            ),
        ],
    );
    let o = thidua(dir.path(), &["check"]);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(
        e.contains("content/a.yaml:7:") && e.contains("khong-co.csv") && e.contains("not found"),
        "{e}"
    );
    assert!(
        e.contains("content/b.yaml:7:") && e.contains("outside the project"),
        "{e}"
    );
    assert!(
        e.contains("content/ds.csv:3:10: row 3: unknown gender `robot`"),
        "{e}"
    );
    // A blank row (Excel leaves them) is no recipient, and no error.
    assert!(!e.contains("row 4"), "{e}");
}

#[test]
fn duplicate_recipients_warn_with_both_places() {
    let dir = project("hanoi-2024");
    let o = thidua(dir.path(), &["check"]);
    ok(&o);
    let e = stderr(&o);
    assert!(e.contains("warning: content/2024/giay-khen-chi-thi-34.csv:3:1: row 3: `Phòng Việc làm - An toàn lao động` is listed twice"), "{e}");
    assert!(
        e.contains("also at content/2024/tong-ket-nguoi-tot-viec-tot.yaml:"),
        "{e}"
    );
    let yaml = GOOD.replace(
        "      - name: Phạm Văn A\n",
        "      - name: Lê Thị Hòa\n      - name: Lê Thị Hoà\n      - name: Lê Thị Hoa\n",
    );
    let dir = project_from(CONFIG, &[("content/a.yaml", &dossier(&yaml))]);
    let e = stderr(&thidua(dir.path(), &["check"]));
    assert_eq!(e.matches("is listed twice").count(), 1, "{e}");
    assert!(
        e.contains("content/a.yaml:7:") && e.contains("also at content/a.yaml:6:"),
        "{e}"
    );
}

#[test]
fn hostile_files_end_in_located_errors_quickly() {
    let deep = format!(
        "title: T\nawards: {}{}\n",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    let mut bomb = String::from("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for i in 1..10 {
        bomb.push_str(&format!(
            "a{i}: &a{i} [{}]\n",
            vec![format!("*a{}", i - 1); 9].join(", ")
        ));
    }
    bomb.push_str("title: *a9\n");
    let dir = project_from(
        CONFIG,
        &[
            ("content/empty.yaml", ""),
            ("content/dup.yaml", "title: T\ntitle: U\n"),
            (
                "content/tilde.yaml",
                "title: T\nreport: {number: 1, date: 2024-01-01, signer: ~}\n",
            ),
            ("content/deep.yaml", &deep),
            ("content/bomb.yaml", &bomb),
        ],
    );
    std::fs::write(
        dir.path().join("content/binary.yaml"),
        [0xff, 0xfe, 0x00, 0x01, 0x80, 0x81],
    )
    .unwrap();
    let big = "title: T\n".to_string()
        + &"# filler line of a comment that is long enough\n".repeat(400_000);
    std::fs::write(dir.path().join("content/big.yaml"), big).unwrap();
    let start = std::time::Instant::now();
    let o = thidua(dir.path(), &["check"]);
    let took = start.elapsed();
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(
        e.contains("content/empty.yaml:") && e.contains("missing field `title`"),
        "{e}"
    );
    assert!(
        e.contains("content/dup.yaml:2:1: title: `title` is written twice"),
        "{e}"
    );
    assert!(
        e.contains("content/tilde.yaml:2:47: report.signer: no person named here"),
        "{e}"
    );
    assert!(e.contains("content/deep.yaml:2:"), "{e}");
    assert!(e.contains("content/bomb.yaml:"), "{e}");
    assert!(e.contains("content/binary.yaml:1:1: not UTF-8 text"), "{e}");
    assert!(
        e.contains("content/big.yaml: file is 18 MB; files over 16 MB are refused"),
        "{e}"
    );
    assert!(e.contains("7 errors"), "{e}");
    assert!(took.as_secs() < 10, "took {took:?}");
}

#[test]
fn messages_show_the_source_line() {
    let bad = GOOD.replace("signer: lan", "signer: lna");
    let dir = project_from(CONFIG, &[("content/a.yaml", &dossier(&bad))]);
    let e = stderr(&thidua(dir.path(), &["check"]));
    let want = "error: content/a.yaml:4:53: awards[0].decision.signer: unknown person `lna`\n  |\n4 |     decision: {number: 3, date: 2024-10-01, signer: lna}\n  |                                                     ^\n  hint: did you mean `lan`?";
    assert!(e.contains(want), "{e}");
}

#[test]
fn implausible_settings_are_located() {
    let cfg = format!("{CONFIG}base_salary: 99999999999999\nmargins: {{left: 10}}\ncertificate:\n  paper: B5\n  fields:\n    name: {{x: .nan, y: 1, width: 10}}\n    nme: {{x: 1, y: 1, width: 10}}\n");
    let dir = project_from(&cfg, &[("content/a.yaml", &dossier(GOOD))]);
    let o = thidua(dir.path(), &["check"]);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    for want in [
        "thidua.yaml:15:14: base_salary: base salary 99999999999999 đồng is not plausible",
        "margins.left: margin 10 mm is outside Nghị định 30/2020/NĐ-CP's 30–35 mm",
        "certificate.paper: unknown paper `B5`",
        "certificate.fields.name: positions, width, size and lines must be positive numbers",
        "certificate.fields.nme: unknown certificate field `nme`",
    ] {
        assert!(e.contains(want), "{want}\n{e}");
    }
}

#[test]
fn two_own_decisions_with_one_number_collide() {
    let dir = project_from(
        CONFIG,
        &[("content/a.yaml", &dossier(&format!("{GOOD}{GOOD}")))],
    );
    let e = stderr(&thidua(dir.path(), &["check"]));
    assert!(
        e.contains("content/a.yaml:8:")
            && e.contains(
                "awards[1].decision.number: decision number 3 is already used by awards[0]"
            ),
        "{e}"
    );
}

#[test]
fn list_messages_speak_of_the_list_and_come_in_line_order() {
    let text = "title: T\nawards:\n  - form: giay-khen\n    decision: {number: 3, date: 2024-10-01, signer: lnn}\n    recipients_file: ds.csv\n";
    let csv = "name,gender,position\nnguyễn thị hồng,,Chuyên viên\nLê Văn B,male\n";
    let dir = project_from(CONFIG, &[("content/a.yaml", text), ("content/ds.csv", csv)]);
    let o = thidua(dir.path(), &["check"]);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    contains_all(
        &e,
        &[
            "content/ds.csv:3:1: row 3: this row has 2 fields where the header has 3",
            "warning: content/ds.csv:2:1: row 2: `nguyễn thị hồng` is written in lower case",
            "fill the `gender` column",
        ],
    );
    let (yaml, list) = (
        e.find("content/a.yaml:4").unwrap(),
        e.find("content/ds.csv:3").unwrap(),
    );
    assert!(yaml < list, "files in order: {e}");
    let o = thidua(dir.path(), &["check", "nope"]);
    assert!(stderr(&o).contains("there is no folder"), "{}", stderr(&o));
}
