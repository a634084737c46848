//! The award cycle: the council's minutes with its votes, the Tờ trình, and the vote
//! deciding who the proposal, the decision, its certificates and the payment list name.

use crate::support::*;

/// [`CONFIG`] with a council of `n` members: lan chairs, the last one is the secretary.
fn council_config(n: usize) -> String {
    let mut config = CONFIG.to_string();
    let mut keys = vec!["lan".to_string(), "binh".to_string()];
    for i in 3..=n {
        config.push_str(&format!(
            "  m{i}:\n    name: Thành Viên Số {i}\n    position: Trưởng phòng {i}\n"
        ));
        keys.push(format!("m{i}"));
    }
    config.push_str(&format!(
        "council:\n  name: Hội đồng Thi đua - Khen thưởng Sở\n  members: [{}]\n  chair: lan\n  secretary: {}\n",
        keys.join(", "),
        keys[n - 1]
    ));
    config
}

/// The meeting of 10 October 2024 (regime B), `binh` absent.
const MEETING: &str = "meeting:
  number: 15
  date: 2024-10-10
  start: \"08:00\"
  end: \"10:30\"
  venue: Phòng họp tầng 3
  absent: [binh]
  text: Hội đồng thảo luận và bỏ phiếu kín.
";

/// A dossier: CSTĐ cơ sở for three (one from a list with votes and achievements), the
/// third below 80 % of 10 members; a Giấy khen under the same Tờ trình.
fn dossier() -> String {
    format!(
        "title: Tổng kết năm 2024\nyear: 2024\n{MEETING}awards:
  - form: chien-si-thi-dua-co-so
    proposal: {{number: 245, date: 2024-10-12, signer: lan, to: Giám đốc Sở Nội vụ tỉnh Quảng Ngãi}}
    decision: {{number: 1522, date: 2024-10-15, signer: lan}}
    recipients:
      - {{name: Phạm Văn Đạt, gender: male, unit: Phòng A, votes: 8, achievement: Sáng kiến cấp cơ sở}}
      - {{name: Lê Thị Tròn, gender: female, unit: Phòng B, votes: 10}}
    recipients_file: cstd.csv
  - form: giay-khen
    proposal: {{number: 245, date: 2024-10-12, signer: lan, to: Giám đốc Sở Nội vụ tỉnh Quảng Ngãi}}
    decision: {{number: 1523, date: 2024-10-15, signer: lan}}
    recipients:
      - {{collective: Phòng Tổ chức}}
      - {{name: Đỗ Văn Khen, gender: male}}
"
    )
}

const CSV: &str =
    "name,gender,unit,votes,achievement\nHồ Văn Trượt,male,Phòng C,7,Hoàn thành tốt nhiệm vụ\n";

const OUT: &str = "out/2024/cstd";

fn cycle_project() -> tempfile::TempDir {
    project_from(
        &council_config(10),
        &[
            ("content/2024/cstd.yaml", &dossier()),
            ("content/2024/cstd.csv", CSV),
        ],
    )
}

#[test]
fn the_vote_decides_every_document_of_the_award() {
    let dir = cycle_project();
    let run = thidua(dir.path(), &["build"]);
    ok(&run);
    // The nominee below the threshold is named, with the line of the vote.
    let err = stderr(&run);
    assert!(
        err.contains("content/2024/cstd.csv:2")
            && err.contains("Hồ Văn Trượt")
            && err.contains("7 of 10"),
        "{err}"
    );
    let out = dir.path().join(OUT);
    let minutes = pdf_text(&out.join("bien-ban-15.pdf"));
    contains_all(
        &minutes,
        &[
            "BIÊN BẢN",
            "Số: 15/BB-HĐTĐKT",
            "Họp Hội đồng Thi đua - Khen thưởng Sở xét đề nghị khen thưởng năm 2024",
            "Thời gian bắt đầu: 08 giờ 00, ngày 10 tháng 10 năm 2024",
            "Địa điểm: Phòng họp tầng 3",
            "có mặt 09/10 thành viên",
            "Vắng mặt: Võ Văn Bình, Phó Giám đốc",
            "Chủ trì (chủ tọa): Trần Thị Lan, Giám đốc",
            "Thư ký (người ghi biên bản): Thành Viên Số 10",
            "Hội đồng thảo luận và bỏ phiếu kín.",
            // The boundary: 8 of 10 is exactly 80 % and passes.
            "Ông Phạm Văn Đạt Phòng A 8 80,0% Đạt",
            "Bà Lê Thị Tròn Phòng B 10 100,0% Đạt",
            "Ông Hồ Văn Trượt Phòng C 7 70,0% Không đạt",
            "02/03",
            "Cuộc họp kết thúc vào 10 giờ 30, ngày 10 tháng 10 năm 2024",
            "THƯ KÝ",
            "CHỦ TỌA",
            "Lưu: VT, Hồ sơ.",
        ],
    );
    // No place-and-date line on minutes.
    assert!(!minutes.contains("Quảng Ngãi, ngày"), "{minutes}");

    let proposal = pdf_text(&out.join("to-trinh-245.pdf"));
    let decision = pdf_text(&out.join("quyet-dinh-1522.pdf"));
    let payment = pdf_text(&out.join("danh-sach-chi-tien-1522.pdf"));
    contains_all(
        &proposal,
        &[
            "TỜ TRÌNH",
            "Số: 245/TTr-HĐTĐKT",
            "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG SỞ",
            "Quảng Ngãi, ngày 12 tháng 10 năm 2024",
            "Về việc đề nghị khen thưởng năm 2024",
            "Kính gửi: Giám đốc Sở Nội vụ tỉnh Quảng Ngãi",
            "Căn cứ Nghị định số 98/2023/NĐ-CP",
            "Công nhận danh hiệu Chiến sĩ thi đua cơ sở cho 02 cá nhân",
            "Tặng Giấy khen cho 01 tập thể và 01 cá nhân",
            "Kính trình Giám đốc Sở Nội vụ tỉnh Quảng Ngãi xem xét, quyết định",
            "DANH SÁCH ĐỀ NGHỊ CÔNG NHẬN DANH HIỆU CHIẾN SĨ THI ĐUA CƠ SỞ",
            "(Kèm theo Tờ trình số 245/TTr-HĐTĐKT ngày 12 tháng 10 năm 2024 của Hội đồng Thi đua - Khen thưởng Sở)",
            "Sáng kiến cấp cơ sở",
            "8 (80,0%)",
            "10 (100,0%)",
            "TM. HỘI ĐỒNG",
            "CHỦ TỊCH",
        ],
    );
    // Line breaks fall anywhere in these: compared without spaces.
    let squashed = |t: &str| t.split_whitespace().collect::<String>();
    assert!(
        squashed(&proposal).contains("(Biênbảnsố15/BB-HĐTĐKT)"),
        "{proposal}"
    );
    contains_all(
        &decision,
        &[
            "cho 02 cá nhân",
            "tại Tờ trình số 245/TTr-HĐTĐKT ngày 12 tháng 10 năm 2024",
            "Tổng số tiền thưởng: 4.680.000 đồng",
        ],
    );
    contains_all(
        &payment,
        &[
            "Tổng cộng: 4.680.000 đồng",
            "Bốn triệu sáu trăm tám mươi nghìn đồng",
        ],
    );
    for doc in [&proposal, &decision, &payment] {
        contains_all(doc, &["Phạm Văn Đạt", "Lê Thị Tròn"]);
        assert!(!doc.contains("Trượt"), "left out by the vote: {doc}");
    }
    let certificates = files(&out.join("chien-si-thi-dua-co-so-1522"));
    assert_eq!(certificates.len(), 2, "{certificates:?}");
    assert!(certificates.iter().all(|f| !f.contains("truot")));
    // The same list, in the same order, in the proposal and the decision.
    let order = |text: &str| {
        let a = text.rfind("Phạm Văn Đạt").unwrap();
        let b = text.rfind("Lê Thị Tròn").unwrap();
        a < b
    };
    assert!(order(&proposal) && order(&decision));
}

#[test]
fn eight_of_nine_misses_the_provincial_ninety_percent() {
    let dossier = format!(
        "title: T\n{MEETING}awards:
  - form: chien-si-thi-dua-tinh
    proposal: {{number: 7, date: 2024-10-12, signer: lan, to: [Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi, Ban Thi đua - Khen thưởng tỉnh]}}
    decision: {{number: 88, date: 2024-10-30, issuer: Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi, symbol: QĐ-UBND}}
    recipients:
      - {{name: Nguyễn Văn Chín, gender: male, votes: 9}}
      - {{name: Trần Văn Tám, gender: male, votes: 8}}
"
    );
    let dir = project_from(&council_config(9), &[("content/t.yaml", &dossier)]);
    let run = thidua(dir.path(), &["build"]);
    ok(&run);
    assert!(stderr(&run).contains("Trần Văn Tám"), "{}", stderr(&run));
    let out = dir.path().join("out/t");
    let minutes = pdf_text(&out.join("bien-ban-15.pdf"));
    contains_all(
        &minutes,
        &[
            "từ 90% tổng số thành viên",
            "Ông Nguyễn Văn Chín 9 100,0% Đạt",
            "Ông Trần Văn Tám 8 88,9% Không đạt",
        ],
    );
    // The agency asks the province: its own header and symbol, several addressees.
    let proposal = pdf_text(&out.join("to-trinh-7.pdf"));
    contains_all(
        &proposal,
        &[
            "SỞ NỘI VỤ",
            "Số: 07/TTr-SNV",
            "Về việc đề nghị công nhận danh hiệu Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh cho 01 cá nhân",
            "Nguyễn Văn Chín",
        ],
    );
    let squashed = proposal.split_whitespace().collect::<String>();
    assert!(
        squashed.contains("Kínhgửi:-ChủtịchỦybannhândântỉnhQuảngNgãi;-BanThiđua-Khenthưởngtỉnh."),
        "{proposal}"
    );
    assert!(!proposal.contains("Tám"));
    // Someone else's decision is not printed.
    assert!(!out.join("quyet-dinh-88.pdf").exists());
}

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
    ];
    for (config, dossier, want) in cases {
        let err = refused(&config, &dossier);
        assert!(err.contains(want), "want {want:?} in:\n{err}");
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
