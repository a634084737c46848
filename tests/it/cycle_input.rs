//! The award cycle's input: bad input located, votes on forms without a ballot, and
//! thresholds set per form.

use crate::cycle::{council_config, MEETING};
use crate::support::*;

/// Builds `dossier` with a council of 10 and returns its output, expecting exit 1.
fn refused(config: &str, dossier: &str) -> String {
    let dir = project_from(config, &[("content/x.yaml", dossier)]);
    let run = thidua(dir.path(), &["build"]);
    assert_eq!(run.status.code(), Some(1), "{}", stderr(&run));
    assert!(!dir.path().join("out").exists(), "nothing is written");
    stderr(&run)
}

#[test]
fn bad_cycle_input_is_located() {
    let config = council_config(10);
    let award = |extra: &str, votes: &str| {
        format!(
            "  - form: chien-si-thi-dua-co-so\n    {extra}\n    decision: {{number: 5, date: 2024-10-15, signer: lan}}\n    recipients:\n      - {{name: Phạm Văn A, gender: male, votes: {votes}}}\n"
        )
    };
    let cases: Vec<(String, String, &str)> = vec![
        (
            config.replace("chair: lan", "chair: lann"),
            format!("title: T\n{MEETING}awards:\n{}", award("reason: x", "9")),
            "thidua.yaml:",
        ),
        (
            config.clone(),
            format!(
                "title: T\n{}awards:\n{}",
                MEETING.replace("[binh]", "[binhh]"),
                award("reason: x", "9")
            ),
            "meeting.absent[0]: unknown person `binhh`",
        ),
        (
            config.clone(),
            format!(
                "title: T\n{MEETING}awards:\n{}",
                award(
                    "proposal: {number: 1, date: 2024-10-12, signer: ghost, to: X}",
                    "9"
                )
            ),
            "awards[0].proposal.signer: unknown person `ghost`",
        ),
        (
            config.clone(),
            format!(
                "title: T\n{}awards:\n{}",
                MEETING.replace("\"10:30\"", "\"07:30\""),
                award("reason: x", "9")
            ),
            "the meeting starts at 08:00 but ends at 07:30",
        ),
        (
            config.clone(),
            format!("title: T\n{MEETING}awards:\n{}", award("reason: x", "-3")),
            "awards[0].recipients[0].votes",
        ),
        (
            config.clone(),
            format!("title: T\n{MEETING}awards:\n{}", award("reason: x", "8.5")),
            "awards[0].recipients[0].votes",
        ),
        (
            config.clone(),
            format!("title: T\n{MEETING}awards:\n{}", award("reason: x", "11")),
            "11 votes, but the council has 10 members",
        ),
        (
            config.clone(),
            format!("title: T\nawards:\n{}", award("reason: x", "9")),
            "the dossier has no `meeting:`",
        ),
        (
            config.clone(),
            format!(
                "title: T\n{MEETING}awards:\n{}",
                award(
                    "proposal: {number: 1, date: 2024-10-20, signer: lan, to: X}",
                    "9"
                )
            ),
            "the proposal is dated 2024-10-20, after its decision of 2024-10-15",
        ),
        (
            CONFIG.to_string(),
            format!("title: T\n{MEETING}awards:\n{}", award("reason: x", "9")),
            "a meeting needs the council that met",
        ),
        (
            config.clone(),
            format!(
                "title: T\n{MEETING}awards:\n{}{}",
                award(
                    "proposal: {number: 1, date: 2024-10-12, signer: lan, to: X}",
                    "9"
                ),
                award(
                    "proposal: {number: 1, date: 2024-10-13, signer: lan, to: X}",
                    "9"
                )
                .replace("number: 5,", "number: 6,")
            ),
            "awards[1].proposal.date: Tờ trình 1 is also awards[0]'s, whose `date` differs",
        ),
        (
            config.clone(),
            format!(
                "title: T\n{}awards:\n{}",
                MEETING.replace("2024-10-10", "2024-10-13"),
                award("proposal: {number: 1, date: 2024-10-12, signer: lan, to: X}", "9")
            ),
            "meeting.date: the meeting of 2024-10-13 comes after the proposal of awards[0] (2024-10-12)",
        ),
        (
            config.clone(),
            format!(
                "title: T\n{}awards:\n{}",
                MEETING.replace("[binh]", "[lan]"),
                award("reason: x", "9")
            ),
            "meeting.absent[0]: `lan` chairs the meeting but is listed as absent",
        ),
        (
            config.clone(),
            format!(
                "title: T\n{}  chair: m3\nawards:\n{}",
                MEETING.replace("  text: Hội đồng thảo luận và bỏ phiếu kín.\n", ""),
                award("reason: x", "9")
            )
            .replace("chair: m3", "chair: m33"),
            "meeting.chair: unknown person `m33`",
        ),
        (
            config.clone(),
            "title: T\nawards:\n  - form: giay-khen\n    recipients: [{collective: Phòng A}]\n"
                .to_string(),
            "awards[0]: an award needs its `decision`",
        ),
    ];
    for (config, dossier, want) in cases {
        let err = refused(&config, &dossier);
        assert!(err.contains(want), "want {want:?} in:\n{err}");
        // A bad vote is reported once, not again as a missing one.
        assert!(!err.contains("no `votes`"), "{err}");
        assert!(
            err.contains("content/x.yaml:") || err.contains("thidua.yaml:"),
            "{err}"
        );
    }
    // A non-integer vote in a list is located at its row.
    let dir = project_from(
        &config,
        &[
            ("content/x.yaml", &format!("title: T\n{MEETING}awards:\n  - form: chien-si-thi-dua-co-so\n    decision: {{number: 5, date: 2024-10-15, signer: lan}}\n    recipients_file: l.csv\n")),
            ("content/l.csv", "name,gender,votes\nPhạm Văn A,male,chín\n"),
        ],
    );
    let run = thidua(dir.path(), &["build"]);
    assert_eq!(run.status.code(), Some(1));
    assert!(stderr(&run).contains("content/l.csv:2"), "{}", stderr(&run));
}

#[test]
fn votes_on_a_form_without_ballot_are_a_warning() {
    let dossier = format!(
        "title: T\n{MEETING}awards:\n  - form: giay-khen\n    decision: {{number: 5, date: 2024-10-15, signer: lan}}\n    recipients:\n      - {{name: Phạm Văn A, gender: male, votes: 3}}\n"
    );
    let dir = project_from(&council_config(10), &[("content/x.yaml", &dossier)]);
    let run = thidua(dir.path(), &["build"]);
    ok(&run);
    assert!(
        stderr(&run).contains("`giay-khen` takes no ballot"),
        "{}",
        stderr(&run)
    );
    let minutes = pdf_text(&dir.path().join("out/x/bien-ban-15.pdf"));
    contains_all(&minutes, &["Phạm Văn A", "30,0%"]);
    assert!(
        !minutes.contains("Không đạt"),
        "no verdict without a threshold"
    );
    // The nominee stays: no threshold, no one left out.
    assert!(pdf_text(&dir.path().join("out/x/quyet-dinh-5.pdf")).contains("Phạm Văn A"));
}

#[test]
fn a_threshold_set_per_form_decides() {
    let config = format!(
        "{}forms:\n  giay-khen:\n    threshold: 50\n",
        council_config(10)
    );
    let dossier = format!(
        "title: T\n{MEETING}awards:\n  - form: giay-khen\n    decision: {{number: 5, date: 2024-10-15, signer: lan}}\n    recipients:\n      - {{name: Phạm Văn Năm, gender: male, votes: 5}}\n      - {{name: Phạm Văn Bốn, gender: male, votes: 4}}\n"
    );
    let dir = project_from(&config, &[("content/x.yaml", &dossier)]);
    ok(&thidua(dir.path(), &["build", "-q"]));
    let out = dir.path().join("out/x");
    contains_all(
        &pdf_text(&out.join("bien-ban-15.pdf")),
        &["50,0% Đạt", "40,0% Không đạt"],
    );
    let decision = pdf_text(&out.join("quyet-dinh-5.pdf"));
    assert!(
        decision.contains("Năm") && !decision.contains("Bốn"),
        "{decision}"
    );
}

#[test]
fn votes_in_a_spreadsheet_are_read_as_numbers() {
    let book = |second: Option<&str>| {
        let mut wb = rust_xlsxwriter::Workbook::new();
        let ws = wb.add_worksheet();
        for (c, h) in ["name", "gender", "votes", "achievement"]
            .iter()
            .enumerate()
        {
            ws.write_string(0, c as u16, *h).unwrap();
        }
        ws.write_string(1, 0, "Phạm Văn Đủ").unwrap();
        ws.write_string(1, 1, "male").unwrap();
        ws.write_number(1, 2, 9.0).unwrap();
        ws.write_string(1, 3, "Sáng kiến cấp cơ sở").unwrap();
        ws.write_string(2, 0, "Lê Văn Thiếu").unwrap();
        ws.write_string(2, 1, "male").unwrap();
        match second {
            Some(text) => ws.write_string(2, 2, text).unwrap(),
            None => ws.write_number(2, 2, 7.0).unwrap(),
        };
        wb.save_to_buffer().unwrap()
    };
    let dossier = format!(
        "title: T\n{MEETING}awards:\n  - form: chien-si-thi-dua-co-so\n    proposal: {{number: 2, date: 2024-10-12, signer: lan, to: Giám đốc Sở}}\n    decision: {{number: 5, date: 2024-10-15, signer: lan}}\n    recipients_file: l.xlsx\n"
    );
    let dir = project_from(&council_config(10), &[("content/x.yaml", &dossier)]);
    std::fs::write(dir.path().join("content/l.xlsx"), book(None)).unwrap();
    let run = thidua(dir.path(), &["build"]);
    ok(&run);
    assert!(stderr(&run).contains("Lê Văn Thiếu"), "{}", stderr(&run));
    let proposal = pdf_text(&dir.path().join("out/x/to-trinh-2.pdf"));
    contains_all(
        &proposal,
        &["Phạm Văn Đủ", "Sáng kiến cấp cơ sở", "9 (90,0%)"],
    );
    assert!(!proposal.contains("Thiếu"));

    std::fs::write(dir.path().join("content/l.xlsx"), book(Some("bảy"))).unwrap();
    let run = thidua(dir.path(), &["build"]);
    assert_eq!(run.status.code(), Some(1));
    assert!(
        stderr(&run)
            .contains("sheet \"Sheet1\", row 3, column C: votes `bảy` is not a whole number"),
        "{}",
        stderr(&run)
    );
}

#[test]
fn money_or_a_threshold_keyed_by_no_regime_is_an_error() {
    let config = format!(
        "{CONFIG}forms:\n  giay-khen: {{ threshold: {{ c: 50 }} }}\n  lao-dong-tien-tien: {{ money: {{ Z: [0.3, ~] }} }}\n"
    );
    let dir = project_from(&config, &[("content/t.yaml", TWO_PEOPLE)]);
    let run = thidua(dir.path(), &["check"]);
    assert_eq!(run.status.code(), Some(1));
    contains_all(
        &stderr(&run),
        &[
            "forms.giay-khen.threshold.c: unknown regime `c`; the regimes are A, B, C (did you mean `C`?)",
            "forms.lao-dong-tien-tien.money.Z: unknown regime `Z`",
        ],
    );
}

#[test]
fn a_meeting_numbered_0_and_a_vote_written_0x3_are_errors() {
    let dossier = format!(
        "title: T\n{}awards:\n  - form: chien-si-thi-dua-co-so\n    decision: {{number: 5, date: 2024-10-15, signer: lan}}\n    recipients_file: v.csv\n",
        MEETING.replace("number: 15", "number: 0")
    );
    let csv = "name,gender,votes\nPhạm Văn Đạt,male,0x3\nLê Thị Tròn,female,9\n";
    let dir = project_from(
        &council_config(10),
        &[("content/p.yaml", &dossier), ("content/v.csv", csv)],
    );
    let run = thidua(dir.path(), &["check"]);
    assert_eq!(run.status.code(), Some(1));
    contains_all(
        &stderr(&run),
        &[
            "meeting.number: document number 0: numbers start at 1",
            "content/v.csv:2:19: row 2, column 3: votes `0x3` is not a whole number",
        ],
    );
}
