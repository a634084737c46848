//! The years remembered: people matched across dossiers and years, history/ read as
//! lists, the conditions a form sets on earlier years checked before proposing (a warning
//! that names what is missing), and `thidua history`.

use crate::support::*;

/// A year's dossier: Chiến sĩ thi đua cơ sở for `cstd` (YAML recipients), decided.
fn year(y: i32, number: u32, cstd: &str, more: &str) -> String {
    format!(
        "title: Năm {y}\nyear: {y}\nawards:\n  - form: chien-si-thi-dua-co-so\n    decision: {{number: {number}, date: {y}-11-20, signer: lan}}\n    recipients:\n{cstd}{more}"
    )
}

const A_2024: &str =
    "      - {name: Nguyễn Thị Hoà, gender: female}\n      - {name: Trần Văn Gián, gender: male}\n";
const A_2025: &str = "      - {name: Nguyễn Thị Hòa, gender: female, unit: Phòng khác}\n";
const A_2026: &str = "      - {name: Nguyễn Thị Hòa, gender: female}\n      - {name: Trần Văn Gián, gender: male}\n      - {name: Lê Văn Đột, gender: male}\n";

/// 2026 also proposes Chiến sĩ thi đua cấp tỉnh for Hòa (three years), Gián (2025
/// missing) and Đột (2025 only đột xuất).
const PROPOSED: &str = "  - form: chien-si-thi-dua-tinh
    proposal: {number: 7, date: 2026-11-25, signer: lan, to: Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi}
    recipients:
      - {name: Nguyễn Thị Hoà, gender: female}
      - {name: Trần Văn Gián, gender: male}
      - {name: Lê Văn Đột, gender: male}
";

fn project() -> tempfile::TempDir {
    let dot = "  - form: chien-si-thi-dua-co-so\n    basis: dot-xuat\n    decision: {number: 51, date: 2025-06-01, signer: lan}\n    recipients:\n      - {name: Lê Văn Đột, gender: male}\n";
    let history = "name,gender,year,form,number,symbol,date,issuer\nLê Văn Đột,male,2024,chien-si-thi-dua-co-so,12,QĐ-SNV,2024-11-20,Giám đốc Sở Nội vụ\n";
    project_from(
        CONFIG,
        &[
            ("content/2024.yaml", &year(2024, 40, A_2024, "")),
            ("content/2025.yaml", &year(2025, 41, A_2025, dot)),
            ("content/2026.yaml", &year(2026, 42, A_2026, PROPOSED)),
            ("history/khen-thuong.csv", history),
        ],
    )
}

#[test]
fn conditions_on_earlier_years_are_checked_before_proposing() {
    let dir = project();
    let run = thidua(dir.path(), &["check"]);
    ok(&run);
    let err = stderr(&run);
    // Hòa, written Hoà in 2024 and the proposal, has three consecutive years: no warning.
    assert!(!err.contains("`Nguyễn Thị Hoà` may not"), "{err}");
    contains_all(
        &err,
        &[
            "content/2026.yaml:",
            "`Trần Văn Gián` may not meet the conditions on earlier years for Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh: cần 03 lần liên tục Chiến sĩ thi đua cơ sở đến năm 2026; có 2024, 2026 — thiếu 2025",
            // Đột's 2025 award was đột xuất: it does not count, history's 2024 does.
            "`Lê Văn Đột` may not meet the conditions on earlier years for Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh: cần 03 lần liên tục Chiến sĩ thi đua cơ sở đến năm 2026; có 2024, 2026 — thiếu 2025",
        ],
    );
    assert_eq!(err.matches("may not meet").count(), 2, "{err}");
    // Warnings never exclude: the Tờ trình still proposes all three.
    ok(&thidua(dir.path(), &["build", "-q"]));
    let proposal = pdf_text(&dir.path().join("out/2026/to-trinh-7.pdf"));
    contains_all(
        &proposal,
        &["Nguyễn Thị Hoà", "Trần Văn Gián", "Lê Văn Đột"],
    );
}

#[test]
fn history_prints_a_persons_years_and_namesakes_apart() {
    let dir = project();
    let run = thidua(dir.path(), &["history", "nguyễn thị hoà"]);
    ok(&run);
    let out = String::from_utf8_lossy(&run.stdout).to_string();
    contains_all(
        &out,
        &[
            "2024  Chiến sĩ thi đua cơ sở — Quyết định số 40/QĐ-SNV ngày 20/11/2024 của Giám đốc Sở Nội vụ tỉnh Quảng Ngãi  [content/2024.yaml:",
            "2025  Chiến sĩ thi đua cơ sở — Quyết định số 41/QĐ-SNV",
            "2026  Chiến sĩ thi đua cơ sở — Quyết định số 42/QĐ-SNV",
        ],
    );
    let run = thidua(dir.path(), &["history", "Lê Văn Đột", "--format", "json"]);
    ok(&run);
    let rows: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert_eq!(rows[0]["read"], "history/khen-thuong.csv:2");
    assert_eq!(rows[1]["counts"], false, "đột xuất");
    // Two namesakes told apart by their id: listed to choose from.
    let two = "title: T\nyear: 2026\nawards:\n  - form: giay-khen\n    decision: {number: 60, date: 2026-10-01, signer: lan}\n    recipients:\n      - {name: Phạm Văn An, gender: male, id: NV1}\n      - {name: Phạm Văn An, gender: male, id: NV2}\n";
    std::fs::write(dir.path().join("content/an.yaml"), two).unwrap();
    let run = thidua(dir.path(), &["history", "Phạm Văn An"]);
    assert_eq!(run.status.code(), Some(1));
    contains_all(&stderr(&run), &["2 people match", "(id NV1)", "(id NV2)"]);
    let run = thidua(dir.path(), &["history", "NV2"]);
    ok(&run);
    assert_eq!(
        String::from_utf8_lossy(&run.stdout)
            .matches("Giấy khen")
            .count(),
        1
    );
}

#[test]
fn bad_history_rows_are_located_and_nothing_is_written() {
    let dir = project();
    let bad = "name,year,form\nA,2024,giay-khenn\nB,2031,giay-khen\nC,năm,giay-khen\n";
    std::fs::write(dir.path().join("history/sai.csv"), bad).unwrap();
    std::fs::write(
        dir.path().join("history/xep-loai.csv"),
        "name,year,rating\nD,2025,gioi\n",
    )
    .unwrap();
    let run = thidua(dir.path(), &["build"]);
    assert_eq!(run.status.code(), Some(1));
    contains_all(
        &stderr(&run),
        &[
            "history/sai.csv:2:1: row 2: unknown form `giay-khenn`",
            "history/sai.csv:3:1: row 3: `year` 2031 is after the project's latest year, 2026",
            "history/sai.csv:4:1: row 4: `year` `năm` is not a year",
            "history/xep-loai.csv:2:1: row 2: unknown rating `gioi`; one of xuat-sac, tot, hoan-thanh, khong-hoan-thanh",
        ],
    );
    assert!(!dir.path().join("out").exists());
}

#[test]
fn ratings_and_initiatives_open_the_second_route_to_a_bang_khen() {
    let ratings = "name,gender,year,rating,initiatives\nĐỗ Văn Sáng,male,2025,xuat-sac,1\nĐỗ Văn Sáng,male,2026,xuat-sac,1\nPhan Thị Ít,female,2025,xuat-sac,1\nPhan Thị Ít,female,2026,tot,0\n";
    let dossier = "title: T\nyear: 2026\nawards:\n  - form: bang-khen-ubnd-tinh\n    proposal: {number: 8, date: 2026-11-25, signer: lan, to: Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi}\n    recipients:\n      - {name: Đỗ Văn Sáng, gender: male}\n      - {name: Phan Thị Ít, gender: female}\n";
    let dir = project_from(
        CONFIG,
        &[
            ("content/t.yaml", dossier),
            ("history/xep-loai.csv", ratings),
        ],
    );
    let run = thidua(dir.path(), &["check"]);
    ok(&run);
    let err = stderr(&run);
    assert!(!err.contains("`Đỗ Văn Sáng` may not"), "{err}");
    contains_all(
        &err,
        &[
            "`Phan Thị Ít` may not meet the conditions on earlier years for Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: cần 02",
            "cần 02 lần liên tục Chiến sĩ thi đua cơ sở đến năm 2026; chưa có năm nào — thiếu 2025, 2026",
            "cần 02 năm liên tục hoàn thành xuất sắc nhiệm vụ trở lên đến năm 2026; thiếu 2026",
        ],
    );
}

#[test]
fn each_nominee_gets_a_report_of_achievements_with_the_years_before() {
    let dir = project();
    ok(&thidua(dir.path(), &["build", "-q", "--format", "docx"]));
    let folder = dir.path().join("out/2026/bao-cao-thanh-tich-7");
    let mut names = files(&folder);
    names.sort();
    assert_eq!(
        names,
        [
            "01-nguyen-thi-hoa.docx",
            "01-nguyen-thi-hoa.pdf",
            "02-tran-van-gian.docx",
            "02-tran-van-gian.pdf",
            "03-le-van-dot.docx",
            "03-le-van-dot.pdf"
        ]
    );
    let pdf = pdf_text(&folder.join("01-nguyen-thi-hoa.pdf"));
    let word = docx_text(&folder.join("01-nguyen-thi-hoa.docx"));
    for text in [&pdf, &word] {
        let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
        contains_all(
            &flat,
            &[
                "BÁO CÁO THÀNH TÍCH",
                "ĐỀ NGHỊ CÔNG NHẬN DANH HIỆU “CHIẾN SĨ THI ĐUA CẤP BỘ, BAN, NGÀNH, TỈNH”",
                "I. SƠ LƯỢC LÝ LỊCH",
                "Giới tính: Nữ",
                "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG",
                "2024 Chiến sĩ thi đua cơ sở Quyết định số 40/QĐ-SNV ngày 20/11/2024 của Giám đốc Sở Nội vụ tỉnh Quảng Ngãi",
                "2025 Chiến sĩ thi đua cơ sở Quyết định số 41/QĐ-SNV ngày 20/11/2025",
                "2026 Chiến sĩ thi đua cơ sở Quyết định số 42/QĐ-SNV ngày 20/11/2026",
                "NGƯỜI BÁO CÁO THÀNH TÍCH (Ký, ghi rõ họ và tên)",
                "Số, ngày, tháng, năm của quyết định công nhận danh hiệu thi đua; cơ quan ban hành quyết định",
                // No form of commendation before: said, not an empty table.
                "2. Hình thức khen thưởng Không có.",
            ],
        );
        // The form proposed is not among the years before; no one else's award is.
        assert!(!flat.contains("Lê Văn Đột"), "{flat}");
        assert_eq!(flat.matches("Quyết định số").count(), 3, "{flat}");
    }
    // Đột's đột xuất award is listed (it was received), history's too.
    let dot = pdf_text(&folder.join("03-le-van-dot.pdf"));
    let flat: String = dot.split_whitespace().collect::<Vec<_>>().join(" ");
    contains_all(
        &flat,
        &[
            "2024 Chiến sĩ thi đua cơ sở Quyết định số 12/QĐ-SNV",
            "Quyết định số 51/QĐ-SNV",
        ],
    );
}

#[test]
fn so_vang_numbers_run_on_across_a_year() {
    let award = |n: u32, from: u32, names: &[&str]| {
        let list: String = names
            .iter()
            .map(|x| format!("      - {{name: {x}, gender: male}}\n"))
            .collect();
        format!("  - form: giay-khen\n    decision: {{number: {n}, date: 2024-0{}-10, signer: lan, register_from: {from}}}\n    recipients:\n{list}", n % 9 + 1)
    };
    let a = format!(
        "title: A\nawards:\n{}",
        award(1, 101, &["Lê Văn A", "Lê Văn B", "Lê Văn C"])
    );
    let b = format!(
        "title: B\nawards:\n{}{}",
        award(2, 103, &["Lê Văn D"]),
        award(3, 110, &["Lê Văn E"])
    );
    let dir = project_from(CONFIG, &[("content/a.yaml", &a), ("content/b.yaml", &b)]);
    let run = thidua(dir.path(), &["check"]);
    ok(&run);
    let err = stderr(&run);
    contains_all(
        &err,
        &["content/b.yaml: awards[0].decision.register_from: số sổ vàng 103–103 of register `giay-khen` (2024) overlap 101–103 of Quyết định số 1 (content/a.yaml, awards[0])"],
    );
    assert!(
        !err.contains("given by no decision"),
        "gaps only when asked: {err}"
    );
    let run = thidua(dir.path(), &["check", "--registers"]);
    ok(&run);
    assert!(
        stderr(&run)
            .contains("số sổ vàng 104–109 of register `giay-khen` (2024) are given by no decision"),
        "{}",
        stderr(&run)
    );
}

#[test]
fn a_report_lists_only_what_was_received_by_its_date() {
    let dir = project();
    // Decided after the Tờ trình's date, and in a draft: neither received yet.
    let later = "title: Sau\nyear: 2026\nawards:\n  - form: giay-khen\n    decision: {number: 70, date: 2026-12-20, signer: lan}\n    recipients:\n      - {name: Nguyễn Thị Hòa, gender: female}\n";
    let draft = "title: Nháp\nyear: 2026\nstatus: draft\nawards:\n  - form: giay-khen\n    decision: {number: 71, date: 2026-10-20, signer: lan}\n    recipients:\n      - {name: Nguyễn Thị Hòa, gender: female}\n";
    std::fs::write(dir.path().join("content/sau.yaml"), later).unwrap();
    std::fs::write(dir.path().join("content/nhap.yaml"), draft).unwrap();
    ok(&thidua(dir.path(), &["build", "-q"]));
    let pdf = pdf_text(
        &dir.path()
            .join("out/2026/bao-cao-thanh-tich-7/01-nguyen-thi-hoa.pdf"),
    );
    assert!(
        !pdf.contains("70/QĐ-SNV") && !pdf.contains("71/QĐ-SNV"),
        "{pdf}"
    );
    assert!(pdf.contains("42/QĐ-SNV"));
}

#[test]
fn the_register_is_a_workbook_on_request() {
    use calamine::{open_workbook, Data, Reader, Xlsx};
    let dir = project();
    let file = dir.path().join("so.xlsx");
    let run = thidua(dir.path(), &["history", "--xlsx", file.to_str().unwrap()]);
    ok(&run);
    let mut book: Xlsx<_> = open_workbook(&file).unwrap();
    let sheet = book.worksheet_range("Sổ theo dõi khen thưởng").unwrap();
    let rows: Vec<Vec<String>> = sheet
        .rows()
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    Data::Float(f) => f.to_string(),
                    c => c.to_string(),
                })
                .collect()
        })
        .collect();
    let hoa: Vec<&Vec<String>> = rows
        .iter()
        .filter(|r| r.iter().any(|c| c.contains("Nguyễn Thị H")))
        .collect();
    // Three Chiến sĩ thi đua cơ sở of hers, with their decisions.
    assert_eq!(
        hoa.iter()
            .filter(|r| r.iter().any(|c| c.contains("Chiến sĩ thi đua cơ sở")))
            .count(),
        3,
        "{rows:?}"
    );
    assert!(
        hoa.iter()
            .any(|r| r[0] == "2024" && r[5].contains("Quyết định số 40/QĐ-SNV")),
        "{hoa:?}"
    );
    assert!(
        rows.iter()
            .any(|r| r.get(3).is_some_and(|c| c == "Ngày sinh")),
        "{rows:?}"
    );
}

#[test]
fn part_ii_of_a_report_may_be_a_file_beside_the_dossier() {
    let dir = project();
    let texts = dir.path().join("content/thanh-tich");
    std::fs::create_dir_all(&texts).unwrap();
    std::fs::write(
        texts.join("tran-van-gian.md"),
        "Chủ trì **số hóa** hồ sơ của Sở.\n",
    )
    .unwrap();
    std::fs::write(texts.join("tran-van-giang.md"), "Một tên viết sai.\n").unwrap();
    let run = thidua(dir.path(), &["check"]);
    ok(&run);
    ok(&thidua(dir.path(), &["build", "-q"]));
    assert!(
        stderr(&run).contains(
            "content/thanh-tich/tran-van-giang.md: `tran-van-giang` is no nominee's id nor name"
        ),
        "{}",
        stderr(&run)
    );
    let pdf = pdf_text(
        &dir.path()
            .join("out/2026/bao-cao-thanh-tich-7/02-tran-van-gian.pdf"),
    );
    assert!(pdf.contains("Chủ trì số hóa hồ sơ của Sở."), "{pdf}");
}

#[test]
fn a_form_over_its_share_of_the_year_is_warned_of() {
    let config = format!("{CONFIG}forms:\n  chien-si-thi-dua-co-so: {{ratio: {{of: lao-dong-tien-tien, max: 15}}}}\n");
    let many = |n: usize, prefix: &str| -> String {
        (1..=n)
            .map(|i| format!("      - {{name: {prefix} Số {i:02}, gender: male}}\n"))
            .collect()
    };
    let dossier = |best: usize| {
        format!(
            "title: T\nyear: 2026\nawards:\n  - form: lao-dong-tien-tien\n    decision: {{number: 1, date: 2026-11-20, signer: lan}}\n    recipients:\n{}  - form: chien-si-thi-dua-co-so\n    decision: {{number: 2, date: 2026-11-20, signer: lan}}\n    recipients:\n{}",
            many(20, "Lê Văn"),
            many(best, "Trần Văn")
        )
    };
    let dir = project_from(&config, &[("content/t.yaml", &dossier(4))]);
    let run = thidua(dir.path(), &["check"]);
    ok(&run);
    assert!(
        stderr(&run).contains("Chiến sĩ thi đua cơ sở in 2026: 4, 20,0% of the 20 Lao động tiên tiến — over the 15% `ratio:` allows"),
        "{}",
        stderr(&run)
    );
    // 3 of 20 is 15 %: at the cap, not over it.
    std::fs::write(dir.path().join("content/t.yaml"), dossier(3)).unwrap();
    let run = thidua(dir.path(), &["check"]);
    ok(&run);
    assert!(
        !stderr(&run).contains("`ratio:` allows"),
        "{}",
        stderr(&run)
    );
}
