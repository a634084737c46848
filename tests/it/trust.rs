//! Faults a hostile try found (issue 31): a text too long for a spreadsheet's cell is
//! refused where it is written, a council member listed twice counts no share of votes,
//! a result a hair below a huge plan never prints as 100 %.

use crate::support::*;

const COUNCIL: &str = "council:
  name: Hội đồng Thi đua - Khen thưởng Sở
  members: [lan, binh, lan]
  chair: lan
  secretary: binh
";

#[test]
fn a_text_too_long_for_a_cell_is_refused_where_it_is_written() {
    let long = "B".repeat(40_000);
    let dossier = format!(
        "title: T\nachievements:\n  - {{name: {long}, unit: x, target: 5, actual: 3}}\n  - {{name: {}, unit: x, target: 5, actual: 3}}\n",
        "C".repeat(600)
    );
    let dir = project_from(CONFIG, &[("content/a.yaml", &dossier)]);
    let run = thidua(dir.path(), &["build", "--format", "xlsx"]);
    assert_eq!(run.status.code(), Some(1));
    contains_all(
        &stderr(&run),
        &[
            "content/a.yaml:3:12: achievements[0].name: a text of 40000 characters; a spreadsheet's cell holds 32767 at most",
            "achievements[1].name: an achievement's name of 600 characters; 500 at most",
            "2 errors",
        ],
    );
    assert!(!dir.path().join("out").exists());
}

#[test]
fn a_member_twice_is_one_error_and_no_share_of_votes() {
    let config = format!("{CONFIG}{COUNCIL}");
    let dossier = "title: T
meeting: {number: 1, date: 2024-09-20, start: \"08:00\", end: \"09:00\", venue: P}
awards:
  - form: chien-si-thi-dua-co-so
    decision: {number: 3, date: 2024-10-01, signer: lan}
    recipients:
      - {name: Phạm Văn A, gender: male, votes: 2}
";
    let dir = project_from(&config, &[("content/a.yaml", dossier)]);
    let run = thidua(dir.path(), &["check"]);
    assert_eq!(run.status.code(), Some(1));
    let err = stderr(&run);
    assert!(
        err.contains("`lan` is a member twice") && err.contains("1 error"),
        "{err}"
    );
    assert!(
        !err.contains("votes, below"),
        "nothing built on the list: {err}"
    );
}

#[test]
fn a_result_a_hair_below_a_huge_plan_is_below_it_in_print() {
    let dossier = "title: T
achievements:
  - {name: Thu ngân sách, unit: đồng, target: 10000000000000000000, actual: 9999999999999999999}
report:
  number: 1
  date: 2024-10-01
  signer: lan
  sections:
    - {heading: Kết quả, table: achievements}
";
    let dir = project_from(CONFIG, &[("content/a.yaml", dossier)]);
    ok(&thidua(dir.path(), &["build", "-q"]));
    let report = pdf_text(&dir.path().join("out/a/bao-cao-1.pdf"));
    contains_all(&report, &["99,9% Chưa đạt"]);
    assert!(!report.contains("100,0"), "{report}");
}

#[test]
fn a_conference_before_what_it_announces_is_said_once() {
    let dossier = "title: T
conference: {name: Hội nghị, date: 2024-09-30, start: \"08:00\", venue: Hội trường, chair: lan}
report:
  number: 1
  date: 2024-10-02
  signer: lan
  sections: [{heading: H, text: x}]
awards:
  - form: giay-khen
    decision: {number: 3, date: 2024-10-01, signer: lan}
    recipients: [{name: Phạm Văn A, gender: male}]
  - form: bang-khen-ubnd-tinh
    decision: {number: 9, date: 2024-10-05, issuer: Chủ tịch UBND tỉnh, symbol: QĐ-UBND}
    recipients: [{name: Lê Văn B, gender: male}]
";
    let dir = project_from(CONFIG, &[("content/a.yaml", dossier)]);
    let run = thidua(dir.path(), &["check"]);
    ok(&run);
    let err = stderr(&run);
    contains_all(
        &err,
        &[
            "content/a.yaml:10:33: awards[0].decision.date: a decision announced at the conference of 2024-09-30 is dated 2024-10-01, after it",
            "report.date: the report read at the conference of 2024-09-30 is dated 2024-10-02, after it",
        ],
    );
    // Another authority's decision may come later; each said once.
    assert!(!err.contains("awards[1]"), "{err}");
    assert_eq!(err.matches("after it").count(), 2, "{err}");
}

#[test]
fn a_negative_plan_is_one_error() {
    let dossier = "title: T\nachievements:\n  - {name: B, unit: x, target: -5, actual: 3}\n";
    let dir = project_from(CONFIG, &[("content/a.yaml", dossier)]);
    let run = thidua(dir.path(), &["check"]);
    let err = stderr(&run);
    assert!(
        err.contains("achievements[0].target") && err.contains("1 error"),
        "{err}"
    );
    assert!(!err.contains("times the plan"), "{err}");
}

#[test]
fn a_misspelt_name_in_a_block_of_a_template_is_a_located_error_with_the_nearest() {
    let fresh = tempfile::tempdir().unwrap();
    ok(&thidua(fresh.path(), &["init", "--templates", "p"]));
    let text = std::fs::read_to_string(fresh.path().join("p/templates/decision.typ.hbs")).unwrap();
    let cases = [
        (
            "{{#if award.money}}",
            "{{#if award.mony}}",
            "`award.mony`",
            "`money`",
        ),
        (
            "{{#each award.bases}}  par[{{this}}]\n{{/each}}",
            "{{#each award.basez}}  par[{{this}}]\n{{else}}-{{/each}}",
            "`award.basez`",
            "`bases`",
        ),
        // A branch the data never takes is checked too.
        (
            "{{#if award.money}}",
            "{{#if award.money}}{{else}}{{award.signr.name}}{{/if}}{{#if award.money}}",
            "`award.signr`",
            "`signer`",
        ),
    ];
    for (from, to, said, near) in cases {
        let dir = project_from(CONFIG, &[("content/a.yaml", TWO_PEOPLE)]);
        let misspelt = text.replacen(from, to, 1);
        assert_ne!(misspelt, text, "{from}");
        std::fs::create_dir_all(dir.path().join("templates")).unwrap();
        std::fs::write(dir.path().join("templates/decision.typ.hbs"), misspelt).unwrap();
        let run = thidua(dir.path(), &["check"]);
        assert_eq!(run.status.code(), Some(1), "{}", stderr(&run));
        let err = stderr(&run);
        contains_all(
            &err,
            &[
                "templates/decision.typ.hbs:",
                &format!("{said} names nothing in the data; did you mean {near}?"),
                "`thidua schema --template decision` lists every name",
            ],
        );
        assert_eq!(err.matches("names nothing").count(), 1, "said once: {err}");
    }
}

#[test]
fn schema_of_a_template_names_what_it_receives() {
    let run = thidua(
        std::path::Path::new("."),
        &["schema", "--template", "decision"],
    );
    ok(&run);
    let schema: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    let defs = &schema["definitions"];
    assert!(
        defs["AwardHead"]["properties"]["money"].is_object(),
        "{schema}"
    );
    assert!(defs["RecipientFacts"]["properties"]["display"].is_object());
    let run = thidua(
        std::path::Path::new("."),
        &["schema", "--template", "decison"],
    );
    assert_eq!(run.status.code(), Some(2));
    assert!(stderr(&run).contains("a similar value exists: 'decision'"));
}
