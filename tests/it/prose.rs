//! Figures in a report's prose come from the data: `{{…}}` names a computed fact, printed
//! as the tables print it; anything else Handlebars could run is a located error.

use crate::support::*;

/// A report whose text names an achievement's figures and the awards' counts, with the
/// award table; `actual` is the achievement's result.
fn dossier(actual: u64, conference: &str) -> String {
    format!(
        "title: T
year: 2024
conference: {{name: \"{conference}\", date: 2024-10-22}}
achievements:
  - {{name: Giải quyết việc làm, key: viec-lam, unit: lao động, target: 165000, actual: {actual}}}
report:
  number: 7
  date: 2024-10-20
  signer: lan
  awards_from: [\"2024/*.yaml\"]
  sections:
    - heading: Kết quả
      text: |
        Giải quyết việc làm cho {{{{ achievements.viec-lam.actual }}}} lao động, đạt
        {{{{achievements.viec-lam.percent}}}} kế hoạch ({{{{achievements.viec-lam.status}}}}).
        Tại {{{{conference.name}}}}, {{{{awards.all.recipients}}}} lượt được khen; Giấy khen:
        {{{{awards.giay-khen.collectives}}}} tập thể, {{{{awards.giay-khen.individuals}}}} cá nhân,
        {{{{awards.giay-khen.money}}}} đồng ({{{{awards.giay-khen.decisions}}}}). Braces {{x}} stay.
      table: achievements
    - heading: Khen thưởng
      text: \"Ngày {{{{conference.date}}}}; {{{{achievements.viec-lam.name}}}} {{{{achievements.viec-lam.target}}}}; {{{{awards.giay-khen.recipients}}}} từ {{{{awards.giay-khen.date}}}}; {{{{awards.all.collectives}}}}/{{{{awards.all.individuals}}}}/{{{{awards.all.money}}}}.\"
      table: awards
awards:
  - form: giay-khen
    decision: {{number: 3, date: 2024-10-01, signer: lan}}
    recipients:
      - {{name: Phạm Văn A, gender: male}}
      - {{collective: Phòng Tổ chức}}
"
    )
}

/// Another dossier counted by `awards_from`: two more individuals with a Giấy khen.
const OTHER: &str = "title: O\nawards:\n  - form: giay-khen\n    decision: {number: 4, date: 2024-10-02, signer: lan}\n    recipients:\n      - {name: Lê Văn B, gender: male}\n      - {name: Lê Văn C, gender: male}\n";

#[test]
fn prose_figures_agree_with_the_tables() {
    let dir = project_from(
        CONFIG,
        &[
            ("content/r.yaml", &dossier(178747, "Hội nghị tổng kết")),
            ("content/2024/o.yaml", OTHER),
        ],
    );
    ok(&thidua(dir.path(), &["build", "-q"]));
    let report = dir.path().join("out/r/bao-cao-7.pdf");
    let text = pdf_text(&report);
    contains_all(
        &text,
        &[
            "Giải quyết việc làm cho 178.747 lao động, đạt 108,3% kế hoạch (Vượt)",
            // The table's row says the same.
            "165.000 178.747 108,3% Vượt",
            // Counted with the other dossier's decision: 1 collective, 3 individuals.
            "Tại Hội nghị tổng kết, 04 lượt được khen; Giấy khen: 01 tập thể, 03 cá nhân",
            "03/QĐ-SNV, 04/QĐ-SNV",
            "Braces {x} stay.",
            "Tổng cộng 1 3 4",
            "Ngày ngày 22 tháng 10 năm 2024; Giải quyết việc làm 165.000; 04 từ ngày 01 tháng 10 năm 2024; 01/03/1.790.000.",
        ],
    );
    // Money: one collective at 710.000 (0,3 × 2.340.000 rounded up) is 2024-10's regime B:
    // 0,3 × 2.340.000 = 702.000 → 710.000; individuals 0,15 × → 360.000 each.
    assert!(text.contains("đồng (03/QĐ-SNV, 04/QĐ-SNV)"), "{text}");

    // The result changes: the sentence and the table change together.
    std::fs::write(
        dir.path().join("content/r.yaml"),
        dossier(160000, "Hội nghị tổng kết"),
    )
    .unwrap();
    ok(&thidua(dir.path(), &["build", "-q"]));
    let text = pdf_text(&report);
    contains_all(
        &text,
        &[
            "cho 160.000 lao động, đạt 97,0% kế hoạch (Chưa đạt)",
            "165.000 160.000 97,0% Chưa đạt",
        ],
    );
}

#[test]
fn referenced_values_print_literally() {
    let hostile = r#"*A* _b_ $c$ <d> @e [f] #read(\"/etc/passwd\") \\ {{year}}"#;
    let dir = project_from(
        CONFIG,
        &[
            ("content/r.yaml", &dossier(1, hostile)),
            ("content/2024/o.yaml", OTHER),
        ],
    );
    ok(&thidua(dir.path(), &["build", "-q"]));
    let text = pdf_text(&dir.path().join("out/r/bao-cao-7.pdf"));
    assert!(
        text.contains(r#"Tại *A* _b_ $c$ <d> @e [f] #read("/etc/passwd") \ {{year}}, 04 lượt"#),
        "{text}"
    );
}

#[test]
fn what_is_not_a_fact_is_a_located_error() {
    let base = dossier(1, "H");
    let cases = [
        (
            "{{achievements.viec-lam.percent}}",
            "{{achievements.viec-lam.percen}}",
            "`{{achievements.viec-lam.percen}}` names no fact",
            "did you mean `achievements.viec-lam.percent`",
        ),
        (
            "{{achievements.viec-lam.percent}}",
            "{{achievements.luong.percent}}",
            "no achievement of this dossier has `key: luong`",
            "",
        ),
        (
            "{{awards.giay-khen.collectives}}",
            "{{awards.bang-khen-bo.collectives}}",
            "has no decided award of form `bang-khen-bo`",
            "",
        ),
        (
            "{{awards.all.recipients}}",
            "{{#each awards}}",
            "`{{#each awards}}` is not a reference",
            "",
        ),
        (
            "{{awards.all.recipients}}",
            "{{> x}}",
            "`{{> x}}` is not a reference",
            "",
        ),
        (
            "{{awards.all.recipients}}",
            "{{{raw}}}",
            "`{{{raw}}}` is not a reference",
            "",
        ),
    ];
    // An achievement key a text could not name, or one given twice.
    let twice = base.replace(
        "achievements:\n",
        "achievements:\n  - {name: B, key: viec-lam, target: 1, actual: 1}\n",
    );
    let bad_key = base.replace("key: viec-lam,", "key: việc làm,");
    for (text, want) in [
        (twice, "another achievement already has `key: viec-lam`"),
        (bad_key, "`việc làm` cannot be named in a text"),
    ] {
        let dir = project_from(
            CONFIG,
            &[("content/r.yaml", &text), ("content/2024/o.yaml", OTHER)],
        );
        let run = thidua(dir.path(), &["build"]);
        assert_eq!(run.status.code(), Some(1));
        assert!(
            stderr(&run).contains(want),
            "want {want:?}:\n{}",
            stderr(&run)
        );
    }
    for (good, bad, want, hint) in cases {
        let text = base.replacen(good, bad, 1);
        let dir = project_from(
            CONFIG,
            &[("content/r.yaml", &text), ("content/2024/o.yaml", OTHER)],
        );
        let run = thidua(dir.path(), &["build"]);
        assert_eq!(run.status.code(), Some(1), "{bad}");
        let err = stderr(&run);
        assert!(
            err.contains(want) && err.contains(hint),
            "want {want:?}:\n{err}"
        );
        // Located at the reference's own line and column.
        let line = text.lines().position(|l| l.contains(bad)).unwrap() + 1;
        let at = text.lines().nth(line - 1).unwrap();
        let column = at[..at.find(bad).unwrap()].chars().count() + 1;
        assert!(
            err.contains(&format!("content/r.yaml:{line}:{column}:")),
            "{bad} at {line}:{column}:\n{err}"
        );
        assert!(!dir.path().join("out").exists());
    }
}
