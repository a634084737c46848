//! Text stays text: hostile names, Markdown and NFD input print as written.

use crate::support::*;

#[test]
fn hostile_text_prints_literally() {
    let names = [
        r#"#read("/etc/passwd")"#,
        "*A* _b_ $c$ <d> @e [f]",
        r"\ // /* = - + ~ -- ...",
        "{{x}} }} ]",
    ];
    let mut yaml = String::from("title: T\nawards:\n  - form: giay-khen\n    decision: {number: 3, date: 2024-10-01, signer: lan}\n    recipients:\n");
    for n in names {
        yaml.push_str(&format!(
            "      - collective: '{}'\n",
            n.replace('\'', "''")
        ));
    }
    let dir = project_from(CONFIG, &[("content/a.yaml", &yaml)]);
    ok(&thidua(dir.path(), &["build"]));
    let text = pdf_text(&dir.path().join("out/a/quyet-dinh-3.pdf"));
    for n in names {
        // Paired quotes print typographic, all else literally.
        let n = n.replace("(\"", "(“").replace("\")", "”)");
        let folded = n.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            text.contains(&folded),
            "{n:?} not printed literally in:\n{text}"
        );
    }
    assert!(!text.contains("root:"), "file contents leaked");
}

#[test]
fn nfd_input_is_normalised() {
    let nfd = "Nguye\u{0302}\u{0303}n Thi\u{0323} Hoa\u{0300}";
    let yaml = format!("title: T\nawards:\n  - form: giay-khen\n    decision: {{number: 3, date: 2024-10-01, signer: lan}}\n    recipients:\n      - name: {nfd}\n");
    let dir = project_from(CONFIG, &[("content/a.yaml", &yaml)]);
    ok(&thidua(dir.path(), &["build"]));
    let text = pdf_text(&dir.path().join("out/a/quyet-dinh-3.pdf"));
    assert!(text.contains("Nguyễn Thị Hoà"), "{text}");
    assert!(dir
        .path()
        .join("out/a/giay-khen-3/01-nguyen-thi-hoa.pdf")
        .is_file());
}

#[test]
fn markdown_and_names_stay_text_in_every_document() {
    let yaml = "title: T\nreport:\n  number: 1\n  date: 2024-10-20\n  signer: lan\n  sections:\n    - heading: 'H #x'\n      text: |\n        **Lưu ý**(xem phụ lục) và **a**(panic(\"x\")); *b*; 1. x\n\n        ### Việc *làm*\n        - #read(\"/etc/passwd\")\nawards:\n  - form: giay-khen\n    decision: {number: 2, date: 2024-10-01, signer: lan}\n    reason: 'Đã có thành tích $x$ <y> @z.'\n    recipients:\n      - {name: '*Tên* _lạ_ #x', gender: male, position: '[chức vụ]', unit: 'Đơn vị (1); #2'}\n";
    let dir = project_from(CONFIG, &[("content/a.yaml", yaml)]);
    ok(&thidua(dir.path(), &["build"]));
    // The text layer puts a space between a bold run and the next: compare without spaces.
    let report = pdf_text(&dir.path().join("out/a/bao-cao-1.pdf")).replace(' ', "");
    for want in [
        "Lưu ý(xem phụ lục)",
        "a(panic(“x”));",
        "b;",
        "1. Việc làm",
        "#read(“/etc/passwd”)",
        "H #X",
    ] {
        assert!(report.contains(&want.replace(' ', "")), "{want}: {report}");
    }
    let decision = pdf_text(&dir.path().join("out/a/quyet-dinh-2.pdf"));
    contains_all(
        &decision,
        &[
            "Ông *Tên* _lạ_ #x",
            "[chức vụ], Đơn vị (1); #2",
            "đã có thành tích $x$ <y> @z.",
        ],
    );
    let cert = pdf_text(&dir.path().join("out/a/giay-khen-2/01-ten-la-x.pdf"));
    contains_all(
        &cert,
        &[
            "Ông *Tên* _lạ_ #x",
            "Đã có thành tích $x$ <y> @z.",
            "Số sổ vàng",
        ],
    );
}
