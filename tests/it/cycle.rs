//! The award cycle: the council's minutes with its votes, the Tờ trình, and the vote
//! deciding who the proposal, the decision, its certificates and the payment list name.

use crate::support::*;

/// [`CONFIG`] with a council of `n` members: lan chairs, the last one is the secretary.
pub fn council_config(n: usize) -> String {
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
pub const MEETING: &str = "meeting:
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
            "Kết quả bỏ phiếu kín đề nghị danh hiệu “Chiến sĩ thi đua cơ sở”",
            // The boundary: 8 of 10 is exactly 80 % and passes.
            "Ông Phạm Văn Đạt Phòng A 8 80,0% Đạt",
            "Bà Lê Thị Tròn Phòng B 10 100,0% Đạt",
            "Ông Hồ Văn Trượt Phòng C 7 70,0% Không đạt",
            "02/03",
            "(phiếu bằng văn bản của thành viên vắng mặt được tính)",
            // The Giấy khen, proposed without a ballot, is in the minutes too.
            "2. Các đề nghị khen thưởng Hội đồng thống nhất",
            "Tặng Giấy khen cho 01 tập thể và 01 cá nhân (Tờ trình số 245/TTr-HĐTĐKT)",
            "Biên bản đã được đọc lại trước Hội đồng",
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
            "Công nhận danh hiệu “Chiến sĩ thi đua cơ sở” năm 2024 cho 02 cá nhân",
            "Tặng Giấy khen cho 01 tập thể và 01 cá nhân",
            "Kính trình Giám đốc Sở Nội vụ tỉnh Quảng Ngãi xem xét, quyết định",
            "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG Cá nhân được đề nghị công nhận danh hiệu “Chiến sĩ thi đua cơ sở” năm 2024",
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
            "Theo đề nghị của Chủ tịch Hội đồng Thi đua - Khen thưởng Sở tại Tờ trình số 245/TTr-HĐTĐKT ngày 12 tháng 10 năm 2024",
            "các cá nhân có tên tại Điều 1",
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
            "Về việc đề nghị công nhận danh hiệu “Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh” năm 2024 cho 01 cá nhân",
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

#[test]
fn an_award_only_proposed_has_its_tờ_trình_and_nothing_else() {
    let dossier = format!(
        "title: Bình xét 2024\n{MEETING}report:\n  number: 4\n  date: 2024-10-20\n  signer: lan\n  sections: [{{heading: Khen thưởng, table: awards}}]\nawards:
  - form: chien-si-thi-dua-co-so
    proposal: {{number: 30, date: 2024-10-12, signer: lan, to: giám đốc sở nội vụ  tỉnh Quảng Ngãi}}
    recipients:
      - {{name: Phạm Văn Đạt, gender: male, votes: 9}}
  - form: bang-khen-ubnd-tinh
    proposal: {{number: 31, date: 2024-10-12, signer: lan, to: Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi}}
    recipients:
      - {{collective: Phòng Tổ chức}}
"
    );
    let dir = project_from(&council_config(10), &[("content/p.yaml", &dossier)]);
    let run = thidua(dir.path(), &["build"]);
    ok(&run);
    let out = dir.path().join("out/p");
    let mut made = files(&out);
    made.sort();
    assert_eq!(
        made,
        [
            "bao-cao-4.pdf",
            "bao-cao-thanh-tich-31/01-phong-to-chuc.pdf",
            "bien-ban-15.pdf",
            "to-trinh-30.pdf",
            "to-trinh-31.pdf"
        ],
        "no decision, certificates or payment list before the decision; the báo cáo thành tích a province's Bằng khen asks"
    );
    // Addressed to the head: the council proposes; to the province: the agency.
    contains_all(
        &pdf_text(&out.join("to-trinh-30.pdf")),
        &["Số: 30/TTr-HĐTĐKT", "Phạm Văn Đạt", "9 (90,0%)"],
    );
    contains_all(
        &pdf_text(&out.join("to-trinh-31.pdf")),
        &["Số: 31/TTr-SNV", "Tặng Bằng khen", "Phòng Tổ chức"],
    );
    // Nothing is awarded yet: the report counts none of it.
    let report = pdf_text(&out.join("bao-cao-4.pdf"));
    assert!(!report.contains("Chiến sĩ"), "{report}");
}
