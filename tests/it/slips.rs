//! What a hostile try found, each said before anything is written: a partial that
//! includes itself (it overflowed the stack), two documents with one file name, YAML's
//! null printed as `~`, a misspelt template file, guests introduced twice, a programme
//! with no awards item.

use crate::support::*;

fn failing(dir: &std::path::Path) -> String {
    let run = thidua(dir, &["build"]);
    assert_eq!(run.status.code(), Some(1), "{}", stderr(&run));
    assert!(!dir.join("out").exists(), "nothing written");
    stderr(&run)
}

#[test]
fn a_partial_that_includes_itself_is_an_error_not_a_crash() {
    for partial in [
        "{{> decision}}",
        "{{#*inline \"r\"}}{{> r}}{{/inline}}{{> r}}",
    ] {
        let dir = project_from(
            CONFIG,
            &[
                ("content/a.yaml", TWO_PEOPLE),
                ("templates/decision.typ.hbs", partial),
            ],
        );
        let err = failing(dir.path());
        assert!(
            err.contains("templates/decision.typ.hbs: template error:"),
            "{err}"
        );
    }
}

#[test]
fn two_documents_with_one_file_name_are_an_error() {
    let config = format!(
        "{CONFIG}forms:\n  bao-cao: {{name: Kỷ niệm chương, kind: form, certificate: true}}\n"
    );
    let dossier = "title: T\nreport: {number: 245, date: 2024-10-01, signer: lan, sections: [{heading: H, text: x}]}\nawards:\n  - form: bao-cao\n    decision: {number: 245, date: 2024-10-01, signer: lan}\n    recipients: [{collective: Phòng A}]\n";
    let dir = project_from(&config, &[("content/a.yaml", dossier)]);
    let err = failing(dir.path());
    assert!(
        err.contains(
            "`a/bao-cao-245.pdf` would be written by both the report and the certificates"
        ),
        "{err}"
    );
}

#[test]
fn yaml_null_where_text_belongs_is_an_error() {
    let config = CONFIG.replace("place: Quảng Ngãi", "place: ~");
    let dir = project_from(&config, &[("content/a.yaml", TWO_PEOPLE)]);
    let err = failing(dir.path());
    assert!(
        err.contains("organization.place: empty (or YAML's null, `~`)"),
        "{err}"
    );
    let dossier = TWO_PEOPLE.replace("signer: lan}", "signer: lan, recipients: [~, Như trên]}");
    let dir = project_from(CONFIG, &[("content/a.yaml", &dossier)]);
    let err = failing(dir.path());
    assert!(
        err.contains("awards[0].decision.recipients[0]: empty (or YAML's null"),
        "{err}"
    );
}

#[test]
fn a_misspelt_template_file_and_a_doubtful_programme_are_warned_of() {
    let conference = "conference:\n  name: Hội nghị\n  date: 2024-10-20\n  programme:\n    - {time: \"08:00\", item: \"Tuyên bố lý do, giới thiệu đại biểu\"}\n    - {time: \"08:10\", item: Giới thiệu thành phần đại biểu}\n";
    let dossier = format!("{TWO_PEOPLE}{conference}");
    let dir = project_from(
        CONFIG,
        &[
            ("content/a.yaml", &dossier),
            ("templates/decison.typ.hbs", "x"),
        ],
    );
    let run = thidua(dir.path(), &["check"]);
    ok(&run);
    contains_all(
        &stderr(&run),
        &[
            "warning: templates/decison.typ.hbs: no template is read from this file",
            "did you mean `decision.typ.hbs`?",
            "conference.programme[1]: the guests are introduced at programme[0] already",
            "conference.programme: no item of the programme hands out the awards",
        ],
    );
}

#[test]
fn the_years_hold_against_hostile_settings_and_lists() {
    // A career is not a million years long: a located error, not a panic.
    let config = format!("{CONFIG}forms:\n  chien-si-thi-dua-tinh:\n    requires: {{C: {{any: [{{consecutive: 4294967295, of: [chien-si-thi-dua-co-so]}}]}}}}\n");
    let dossier = "title: T\nyear: 2026\nawards:\n  - form: chien-si-thi-dua-tinh\n    proposal: {number: 8, date: 2026-11-25, signer: lan, to: Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi}\n    recipients:\n      - {name: Lê Văn Tám, gender: male, born: 12/05/1985}\n";
    let dir = project_from(&config, &[("content/t.yaml", dossier)]);
    let err = failing(dir.path());
    assert!(err.contains("at most 50 years"), "{err}");
    // A list as Excel writes it in Vietnam (semicolons, CRLF), a date of birth written
    // otherwise: read, lines named right, one person.
    let history = "name;gender;born;year;form;number;symbol;date\r\nLê Văn Tám;male;1985-05-12;2024;chien-si-thi-dua-co-so;1;QĐ-SNV;2024-11-20\r\nLê Văn Tám;male;12/5/1985;2025;chien-si-thi-dua-co-so;2;QĐ-SNV;2025-11-20\r\nLê Văn Tám;male;12/5/1985;2026;chien-si-thi-dua-co-so;3;QĐ-SNV;2026-11-20\r\n";
    let dir = project_from(
        CONFIG,
        &[("content/t.yaml", dossier), ("history/k.csv", history)],
    );
    let run = thidua(dir.path(), &["check"]);
    ok(&run);
    assert!(!stderr(&run).contains("may not meet"), "{}", stderr(&run));
    let run = thidua(dir.path(), &["history", "Lê Văn Tám"]);
    ok(&run);
    let out = String::from_utf8_lossy(&run.stdout).to_string();
    contains_all(
        &out,
        &[
            "[history/k.csv:2]",
            "[history/k.csv:3]",
            "[history/k.csv:4]",
        ],
    );
    // A form keyed as the reports' folder is: an error, not a report overwritten.
    let config = format!("{CONFIG}forms:\n  bao-cao-thanh-tich: {{name: Kỷ niệm chương, kind: form, certificate: true}}\n");
    let both = format!("{dossier}  - form: bao-cao-thanh-tich\n    decision: {{number: 8, date: 2026-11-26, signer: lan}}\n    recipients:\n      - {{name: Lê Văn Tám, gender: male}}\n");
    let dir = project_from(&config, &[("content/t.yaml", &both)]);
    let err = failing(dir.path());
    assert!(err.contains("would be written by both the"), "{err}");
}
