//! Who issues and signs an agency's papers beyond its kind's defaults: marks written on
//! a document, a council's vice-chair, an office's Tờ trình, an agency renamed over the
//! years, a school's pupils and the prize it sets.

use crate::agency::{unwarned, CASES};
use crate::support::*;

#[test]
fn a_document_may_carry_its_own_marks_and_a_vice_chair_signs_for_the_council() {
    let c = &CASES[0];
    let config = format!(
        "organization:\n  kind: xa\n{}  thu: {{name: Đặng Thị Thu, position: Trưởng phòng Văn hóa - Xã hội}}\ncouncil:\n  name: Hội đồng Thi đua - Khen thưởng xã\n  members: [truong, pho, thu]\n  chair: truong\n  vice_chairs: [pho]\n  secretary: thu\n",
        c.config
    );
    let dossier = "title: T
report:
  number: 12
  date: 2026-11-20
  signer: {person: pho, authority: [TL. Chủ tịch]}
  sections: [{heading: Khen thưởng, table: awards}]
awards:
  - form: giay-khen
    proposal: {number: 40, date: 2026-11-22, signer: pho, to: Chủ tịch Ủy ban nhân dân xã Hòa Vang}
    decision: {number: 31, date: 2026-11-25, signer: {person: pho, authority: [KT. CHỦ TỊCH]}}
    recipients: [{name: Lê Văn An, gender: male}]
";
    let dir = project_from(&config, &[("content/tk.yaml", dossier)]);
    let run = thidua(dir.path(), &["build"]);
    ok(&run);
    let out = dir.path().join("out/tk");
    // Lines written on the document win over the role's marks.
    contains_all(
        &pdf_text(&out.join("bao-cao-12.pdf")),
        &["TL. CHỦ TỊCH PHÓ CHỦ TỊCH"],
    );
    let report = pdf_text(&out.join("bao-cao-12.pdf"));
    assert!(!report.contains("TM."), "{report}");
    contains_all(
        &pdf_text(&out.join("quyet-dinh-31.pdf")),
        &["KT. CHỦ TỊCH PHÓ CHỦ TỊCH"],
    );
    contains_all(
        &pdf_text(&out.join("to-trinh-40.pdf")),
        &[
            "Số: 40/TTr-HĐTĐKT",
            "TM. HỘI ĐỒNG KT. CHỦ TỊCH PHÓ CHỦ TỊCH Phan Thị Tâm",
        ],
    );
    // A vice-chair who is not a member, or a person no one declared, is an error.
    let bad = config
        .replace("vice_chairs: [pho]", "vice_chairs: [thu2, pho]")
        .replace("members: [truong, pho, thu]", "members: [truong, thu]");
    std::fs::write(dir.path().join("thidua.yaml"), bad).unwrap();
    let run = thidua(dir.path(), &["check"]);
    assert_eq!(run.status.code(), Some(1));
    contains_all(
        &stderr(&run),
        &[
            "council.vice_chairs[0]: unknown person `thu2`",
            "council.vice_chairs[1]: the vice-chair `pho` is not among the members",
        ],
    );
}

#[test]
fn a_communes_office_proposes_its_own_awards() {
    let c = &CASES[0];
    let config = format!(
        "organization:\n  kind: xa\n{}  thu: {{name: Đặng Thị Thu, position: Trưởng phòng Văn hóa - Xã hội}}\n",
        c.config
    );
    let dossier = "title: T
awards:
  - form: giay-khen
    proposal: {number: 80, date: 2026-11-22, signer: thu, to: Chủ tịch Ủy ban nhân dân xã Hòa Vang, from: office}
    decision: {number: 31, date: 2026-11-25, signer: truong}
    recipients: [{name: Lê Văn An, gender: male}]
";
    let dir = project_from(&config, &[("content/tk.yaml", dossier)]);
    let run = thidua(dir.path(), &["build"]);
    ok(&run);
    let out = dir.path().join("out/tk");
    let render = ["render", "content/tk.yaml", "--doc", "to-trinh-80"];
    let source = String::from_utf8_lossy(&thidua(dir.path(), &render).stdout).into_owned();
    assert!(
        source.contains("name: [PHÒNG VĂN HÓA \\- XÃ HỘI]"),
        "{source}"
    );
    contains_all(
        &pdf_text(&out.join("to-trinh-80.pdf")),
        &[
            "ỦY BAN NHÂN DÂN XÃ HÒA VANG",
            "Số: 80/TTr-VHXH",
            "Lưu: VT, VHXH. TRƯỞNG PHÒNG Đặng Thị Thu",
        ],
    );
    let upward = pdf_text(&out.join("to-trinh-80.pdf"));
    assert!(!upward.contains("TM."), "{upward}");
    contains_all(
        &pdf_text(&out.join("quyet-dinh-31.pdf")),
        &["Theo đề nghị của Trưởng phòng Văn hóa - Xã hội tại Tờ trình số 80/TTr-VHXH ngày 22 tháng 11 năm 2026."],
    );
    // An office does not ask a higher level; a kind with no office name must give one.
    let up = dossier.replace(
        "to: Chủ tịch Ủy ban nhân dân xã Hòa Vang",
        "to: Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng",
    );
    std::fs::write(dir.path().join("content/tk.yaml"), up).unwrap();
    let run = thidua(dir.path(), &["check"]);
    assert_eq!(run.status.code(), Some(1));
    contains_all(
        &stderr(&run),
        &["awards[0].proposal.from: an office proposes only to its own agency's head"],
    );
}

#[test]
fn an_agency_renamed_prints_each_year_under_its_own_name() {
    // Before the 2025 reform a district's Phòng; from 1 July 2025 a commune.
    let config = "organization:
  - name: SỞ NỘI VỤ
    parent: ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM
    short: SNV
    place: Quảng Nam
    head: Giám đốc Sở Nội vụ tỉnh Quảng Nam
  - from: 2025-07-01
    kind: so
    province: thành phố Đà Nẵng
    parent: ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG
    name: SỞ NỘI VỤ
    short: SNV
    place: Đà Nẵng
    head: Giám đốc Sở Nội vụ thành phố Đà Nẵng
people:
  lan: {name: Trần Thị Lan, position: Giám đốc}
";
    // Each also asks the province for its Bằng khen, named as the province then was.
    let ask = |date: &str, to: &str| {
        format!("  - form: bang-khen-ubnd-tinh\n    proposal: {{number: 7, date: {date}, signer: lan, to: {to}}}\n    recipients: [{{name: Lê Văn C, gender: male}}]\n")
    };
    let old =
        TWO_PEOPLE.to_string() + &ask("2024-10-02", "Chủ tịch Ủy ban nhân dân tỉnh Quảng Nam");
    let new = TWO_PEOPLE
        .replace("number: 3, date: 2024-10-01", "number: 4, date: 2026-10-01")
        .replace("title: T", "title: U")
        + &ask("2026-10-02", "Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng");
    let dir = project_from(
        config,
        &[("content/a.yaml", &old), ("content/b.yaml", &new)],
    );
    let run = thidua(dir.path(), &["build"]);
    ok(&run);
    let before = pdf_text(&dir.path().join("out/a/quyet-dinh-3.pdf"));
    let after = pdf_text(&dir.path().join("out/b/quyet-dinh-4.pdf"));
    contains_all(
        &before,
        &[
            "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM",
            "Quảng Nam, ngày 01 tháng 10 năm 2024",
            "GIÁM ĐỐC SỞ NỘI VỤ TỈNH QUẢNG NAM",
        ],
    );
    contains_all(
        &after,
        &[
            "ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG",
            "Đà Nẵng, ngày 01 tháng 10 năm 2026",
            "GIÁM ĐỐC SỞ NỘI VỤ THÀNH PHỐ ĐÀ NẴNG",
        ],
    );
    assert!(!after.contains("QUẢNG NAM"), "{after}");
    let asked = |dossier: &str| pdf_text(&dir.path().join(format!("out/{dossier}/to-trinh-7.pdf")));
    let (before, after) = (asked("a"), asked("b"));
    assert!(
        before.contains("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho"),
        "{before}"
    );
    assert!(!before.contains("Đà Nẵng"), "{before}");
    contains_all(
        &after,
        &["Bằng khen của Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng"],
    );
    // Names listed out of order are an error at the date.
    let swapped = config
        .replace("from: 2025-07-01", "from: 2020-01-01")
        .replace(
            "  - name: SỞ NỘI VỤ\n    parent: ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM",
            "  - from: 2021-01-01\n    name: SỞ NỘI VỤ\n    parent: ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM",
        );
    std::fs::write(dir.path().join("thidua.yaml"), swapped).unwrap();
    let run = thidua(dir.path(), &["check"]);
    assert_eq!(run.status.code(), Some(1), "{}", stderr(&run));
    contains_all(&stderr(&run), &["organization[1].from: each name after the first needs its `from` date, later than the one before"]);
}

#[test]
fn a_school_rewards_its_pupils_with_the_prize_it_sets() {
    let config = "organization:
  kind: truong
  province: Quảng Ngãi
  parent: SỞ GIÁO DỤC VÀ ĐÀO TẠO QUẢNG NGÃI
  name: [TRƯỜNG THCS, NGUYỄN DU]
  in_text: Trường THCS Nguyễn Du
  short: THCSND
  place: Quảng Ngãi
people:
  hieu: {name: Đỗ Thị Hoa, position: Hiệu trưởng}
";
    let dossier = "title: Khen thưởng học sinh
school_year: 2025-2026
awards:
  - form: hoc-sinh-gioi
    proposal: {number: 20, date: 2026-05-20, signer: hieu, to: Hiệu trưởng Trường THCS Nguyễn Du}
    decision: {number: 21, date: 2026-05-25, signer: hieu}
    amount: 200000
    recipients_file: hs.csv
  - form: hoc-sinh-xuat-sac
    decision: {number: 22, date: 2026-05-25, signer: hieu}
    recipients: [{name: Lê Minh Châu, class: 9A}]
";
    let csv = "name,class\nNguyễn Văn An,9A\nTrần Thị Bích,8B\n";
    let dir = project_from(
        config,
        &[("content/hs.yaml", dossier), ("content/hs.csv", csv)],
    );
    let run = thidua(dir.path(), &["build"]);
    ok(&run);
    // No prize for the second: said once, at its form; no gender asked of pupils.
    let err = stderr(&run);
    contains_all(
        &err,
        &[
            "awards[1].form: Học sinh Xuất sắc has no prize built in",
            "`amount: 0` if there is none",
        ],
    );
    assert!(!err.contains("gender"), "{err}");
    let out = dir.path().join("out/hs");
    contains_all(
        &pdf_text(&out.join("quyet-dinh-21.pdf")),
        &[
            // Pupils are counted as pupils, and their circular is among the Căn cứ.
            "Căn cứ Thông tư số 22/2021/TT-BGDĐT",
            "Công nhận danh hiệu “Học sinh Giỏi” năm học 2025-2026 cho 02 học sinh",
            "Mỗi học sinh được thưởng 200.000 đồng. Tổng số tiền thưởng: 400.000 đồng",
            "các học sinh có tên tại Điều 1",
            "HỌC SINH (02)",
            "Em Nguyễn Văn An Học sinh lớp 9A",
            "Em Trần Thị Bích Học sinh lớp 8B",
        ],
    );
    let decision = pdf_text(&out.join("quyet-dinh-22.pdf"));
    assert!(
        !decision.contains("Điều 3"),
        "no money, no article on it: {decision}"
    );
    contains_all(
        &pdf_text(&out.join("hoc-sinh-gioi-21/01-nguyen-van-an.pdf")),
        &["CÔNG NHẬN DANH HIỆU HỌC SINH GIỎI Em Nguyễn Văn An Học sinh lớp 9A"],
    );
    contains_all(
        &pdf_text(&out.join("danh-sach-chi-tien-21.pdf")),
        &["200.000", "400.000"],
    );
    contains_all(
        &pdf_text(&out.join("to-trinh-20.pdf")),
        // Pupils alone: the Tờ trình speaks of pupils.
        &["Căn cứ thành tích đạt được năm học 2025-2026 của các học sinh, kính đề nghị"],
    );
    // A pupils' title to someone with no class (a teacher): an error at that person.
    let teacher = dossier.replace(
        "{name: Lê Minh Châu, class: 9A}",
        "{name: Cô giáo Hà, gender: female}",
    );
    std::fs::write(dir.path().join("content/hs.yaml"), teacher).unwrap();
    let run = thidua(dir.path(), &["check"]);
    assert_eq!(run.status.code(), Some(1));
    contains_all(
        &stderr(&run),
        &["awards[1].recipients[0]: Học sinh Xuất sắc is a pupils' title: a pupil has a `class`"],
    );
    // `amount: 0` says there is none; an odd school year or prize is an error.
    let none = dossier.replace(
        "recipients: [{name: Lê",
        "amount: 0\n    recipients: [{name: Lê",
    );
    std::fs::write(dir.path().join("content/hs.yaml"), &none).unwrap();
    let run = thidua(dir.path(), &["check"]);
    ok(&run);
    assert!(unwarned(&stderr(&run)), "{}", stderr(&run));
    let bad = none
        .replace("2025-2026", "2025-2027")
        .replace("amount: 200000", "amount: 5");
    std::fs::write(dir.path().join("content/hs.yaml"), bad).unwrap();
    let run = thidua(dir.path(), &["check"]);
    assert_eq!(run.status.code(), Some(1));
    contains_all(
        &stderr(&run),
        &[
            "school_year: `2025-2027` is not a school year",
            "awards[0].amount: an amount of 5 đồng each is not a prize",
        ],
    );
}

#[test]
fn a_renaming_crossed_by_a_dossier_and_a_village_title_are_said_right() {
    let config = "organization:
  - {kind: xa, province: Đà Nẵng, name: ỦY BAN NHÂN DÂN XÃ HÒA TIẾN, short: UBND, place: Hòa Tiến}
  - {from: 2025-07-01, kind: xa, province: Đà Nẵng, name: ỦY BAN NHÂN DÂN XÃ HÒA VANG, short: UBND, place: Hòa Vang}
people:
  a: {name: Đỗ An, position: Quyền Chủ tịch Ủy ban nhân dân xã}
";
    let dossier = "title: T
report: {number: 5, date: 2025-07-10, signer: a, sections: [{heading: K, table: awards}]}
awards:
  - form: thon-van-hoa
    decision: {number: 3, date: 2025-06-25, signer: a}
    recipients: [{collective: Thôn La Bông}]
";
    let dir = project_from(config, &[("content/t.yaml", dossier)]);
    let run = thidua(dir.path(), &["build"]);
    ok(&run);
    contains_all(
        &stderr(&run),
        &["its documents run from 2025-06-25 to 2025-07-10, across the agency's new name from 2025-07-01"],
    );
    let out = dir.path().join("out/t");
    // An acting head is told from `Quyền …`; a village's title heads its certificate.
    contains_all(
        &pdf_text(&out.join("quyet-dinh-3.pdf")),
        &["Q. CHỦ TỊCH Đỗ An"],
    );
    contains_all(
        &pdf_text(&out.join("thon-van-hoa-3/01-thon-la-bong.pdf")),
        &["CÔNG NHẬN DANH HIỆU THÔN, TỔ DÂN PHỐ VĂN HÓA Thôn La Bông"],
    );
}

#[test]
fn final_certificates_without_an_emblem_are_warned_of() {
    let c = &CASES[0];
    let config = format!("organization:\n  kind: xa\n{}", c.config);
    let dir = project_from(&config, &[("content/tk.yaml", &crate::agency::dossier(c))]);
    let run = thidua(dir.path(), &["check"]);
    ok(&run);
    contains_all(
        &stderr(&run),
        &["warning: content/tk.yaml: its certificates are final but print a placeholder where the emblem belongs", "assets/emblem.png"],
    );
    // A draft, or an emblem of the project's: no warning.
    let draft = format!("status: draft\n{}", crate::agency::dossier(c));
    std::fs::write(dir.path().join("content/tk.yaml"), draft).unwrap();
    assert!(!stderr(&thidua(dir.path(), &["check"])).contains("emblem"));
    std::fs::write(
        dir.path().join("content/tk.yaml"),
        crate::agency::dossier(c),
    )
    .unwrap();
    std::fs::create_dir_all(dir.path().join("assets")).unwrap();
    std::fs::write(
        dir.path().join("assets/emblem.svg"),
        "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'/>",
    )
    .unwrap();
    let run = thidua(dir.path(), &["check"]);
    ok(&run);
    let emblem = stderr(&run)
        .lines()
        .any(|l| l.contains("placeholder where the emblem"));
    assert!(
        !emblem && crate::agency::unwarned(&stderr(&run)),
        "{}",
        stderr(&run)
    );
}
