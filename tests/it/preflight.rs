//! Nothing prints a box: characters no font has, control characters and invisible ones
//! pasted from the web are named with their place before anything is typeset.

use crate::support::*;

fn dossier(names: &[&str]) -> String {
    let mut s = "title: T\nawards:\n  - form: giay-khen\n    decision: {number: 3, date: 2024-10-01, signer: lan}\n    recipients:\n".to_string();
    for n in names {
        s.push_str(&format!("      - {{name: \"{n}\", gender: male}}\n"));
    }
    s
}

#[test]
fn a_character_no_font_has_is_a_located_error_in_build_and_check() {
    // Ṁ is in Tinos: it prints, so it is no error.
    let text = dossier(&["Nguyễn Văn 𠀀", "Lê Thị 😀 Hoa", "Trần Văn Ṁinh"]);
    let dir = project_from(CONFIG, &[("content/a.yaml", &text)]);
    for cmd in ["build", "check"] {
        let o = thidua(dir.path(), &[cmd]);
        assert_eq!(o.status.code(), Some(1), "{cmd}: {}", stderr(&o));
        let e = stderr(&o);
        contains_all(
            &e,
            &[
                "content/a.yaml:6:28: awards[0].recipients[0].name: `𠀀` (U+20000 CJK UNIFIED IDEOGRAPH-20000) is in no font",
                "content/a.yaml:7:24: awards[0].recipients[1].name: `😀` (U+1F600 GRINNING FACE)",
                "fonts/",
                "2 errors",
            ],
        );
    }
    assert!(!dir.path().join("out/a/quyet-dinh-3.pdf").exists());
}

#[test]
fn a_font_in_the_project_that_has_the_character_makes_the_build_pass() {
    let text = dossier(&["Trần Văn Ṁinh"]).replace("gender: male}", "gender: male, unit: Đội Ⅱ}");
    let dir = project_from(CONFIG, &[("content/a.yaml", &text)]);
    let o = thidua(dir.path(), &["check"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("`Ⅱ` (U+2161 ROMAN NUMERAL TWO) is in no font"),
        "{}",
        stderr(&o)
    );
    std::fs::create_dir_all(dir.path().join("fonts")).unwrap();
    std::fs::copy(
        fixture("fonts/DejaVuSerif-roman-two.ttf"),
        dir.path().join("fonts/DejaVuSerif-roman-two.ttf"),
    )
    .unwrap();
    ok(&thidua(dir.path(), &["build"]));
    let text = pdf_text(&dir.path().join("out/a/giay-khen-3/01-tran-van-minh.pdf"));
    contains_all(&text, &["Ṁinh", "Đội Ⅱ"]);
}

#[test]
fn a_list_pasted_from_a_web_page() {
    // NFD (macOS, the web), a non-breaking and a zero-width space, a Hán-Nôm name, a NUL.
    let nfd = "Nguye\u{302}\u{303}n Thi\u{323} Hoa";
    let csv = format!(
        "name,gender,unit\n{nfd},female,Phòng\u{a0}Tổ chức\nLê\u{200b} Văn An,male,Phòng A\nVõ Văn 𠀀,male,Phòng B\nLê Văn\0Bình,male,Phòng C\n"
    );
    let text = "title: T\nawards:\n  - form: giay-khen\n    decision: {number: 3, date: 2024-10-01, signer: lan}\n    recipients_file: ds.csv\n";
    let dir = project_from(
        CONFIG,
        &[("content/a.yaml", text), ("content/ds.csv", &csv)],
    );
    let o = thidua(dir.path(), &["build"]);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    contains_all(
        &e,
        &[
            "content/ds.csv:4:8: row 4, column name: `𠀀` (U+20000",
            "content/ds.csv:5:7: row 5, column name: a control character (U+0000)",
            "warning: content/ds.csv:2:28: row 2, column unit: a non-breaking space (U+00A0 NO-BREAK SPACE)",
            "warning: content/ds.csv:3:3: row 3, column name: a zero-width space (U+200B ZERO WIDTH SPACE)",
            "2 errors",
        ],
    );
    // Fixed, the rest builds: NFD was normalised, the invisible characters only warned of.
    let csv = csv
        .replace("Võ Văn 𠀀,male,Phòng B\n", "")
        .replace('\0', " ");
    std::fs::write(dir.path().join("content/ds.csv"), csv).unwrap();
    let o = thidua(dir.path(), &["build"]);
    ok(&o);
    assert!(
        stderr(&o).contains("warning: content/ds.csv:2:28:"),
        "{}",
        stderr(&o)
    );
    let annex = pdf_text(&dir.path().join("out/a/quyet-dinh-3.pdf"));
    contains_all(&annex, &["Bà Nguyễn Thị Hoa", "Ông Lê Văn Bình"]);
}

#[test]
fn every_bad_value_of_a_file_at_once() {
    let text = "title: T
achievements:
  - {name: A, unit: người, target: nhiều, actual: 5}
report: {number: 1, date: 2024-10-20, signer: lan, sections: [{heading: H, table: achievements}]}
awards:
  - form: giay-khen
    decision: {number: 3, date: 2024-13-01, signer: lan}
    recipients:
      - {name: Phạm Văn A, gender: male, postion: X}
";
    let dir = project_from(CONFIG, &[("content/a.yaml", text)]);
    let o = thidua(dir.path(), &["check"]);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    contains_all(
        &e,
        &[
            "content/a.yaml:3:36: achievements[0].target: `nhiều` is not a figure",
            "content/a.yaml:7:33: awards[0].decision.date: `2024-13-01` is not a valid date",
            "content/a.yaml:9:42: awards[0].recipients[0]: unknown field `postion`",
            "3 errors",
        ],
    );
    // The other problems of the file come in the same run: a wrong signer, a wrong form,
    // a bad row of its list, a misspelt status.
    let more = text
        .replace("title: T\n", "title: T\nstatus: finale\n")
        .replace(
            "signer: lan}\n    recipients:",
            "signer: bnh}\n    recipients_file: ds.csv\n    recipients:",
        )
        .replace("form: giay-khen", "form: giay-khenn");
    let dir = project_from(
        CONFIG,
        &[
            ("content/a.yaml", &more),
            ("content/ds.csv", "name,gender\nLê Văn B,woman\n"),
        ],
    );
    let o = thidua(dir.path(), &["check"]);
    assert_eq!(o.status.code(), Some(1));
    contains_all(
        &stderr(&o),
        &[
            "status: unknown variant `finale`",
            "did you mean `final`?",
            "unknown award form `giay-khenn`",
            "unknown person `bnh`",
            "content/ds.csv:2:10: row 2: unknown gender `woman`",
            "achievements[0].target",
            "awards[0].decision.date",
            "awards[0].recipients[0]: unknown field `postion`",
            "7 errors",
        ],
    );
}

#[test]
fn a_direction_control_is_an_error_shown_harmlessly() {
    let text = dossier(&["Phạm Văn\u{202e} Đức"]);
    let dir = project_from(CONFIG, &[("content/a.yaml", &text)]);
    let o = thidua(dir.path(), &["build"]);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    contains_all(
        &e,
        &["awards[0].recipients[0].name: a direction control (U+202E RIGHT-TO-LEFT OVERRIDE)"],
    );
    assert!(
        !e.contains('\u{202e}'),
        "the terminal gets a mark, not the control: {e}"
    );
}

#[test]
fn paired_quotes_print_typographic() {
    let text = "title: T
report:
  number: 5
  date: 2024-10-20
  signer: lan
  title: Tổng kết phong trào \"Người tốt, việc tốt\"
  sections:
    - heading: Kết quả
      text: Phong trào \"Dân vận khéo\" và **\"Người tốt, việc tốt\"**; màn hình 21\" giữ nguyên.
";
    let dir = project_from(CONFIG, &[("content/a.yaml", text)]);
    ok(&thidua(dir.path(), &["build"]));
    let report = pdf_text(&dir.path().join("out/a/bao-cao-5.pdf"));
    contains_all(
        &report,
        &[
            "phong trào “Người tốt, việc tốt”",
            "Phong trào “Dân vận khéo” và “Người tốt, việc tốt”",
            "màn hình 21\" giữ nguyên",
        ],
    );
}
