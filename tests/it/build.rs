//! Building: documents, counts, money and dates read back from the PDFs.

use crate::support::*;

const OUT: &str = "out/2024/tong-ket-nguoi-tot-viec-tot";

#[test]
fn example_builds_with_counts_annex_and_certificates() {
    let dir = project("hanoi-2024");
    ok(&thidua(dir.path(), &["build"]));
    let out = dir.path().join(OUT);
    let decision = pdf_text(&out.join("quyet-dinh-1520.pdf"));
    contains_all(
        &decision,
        &[
            "Số: 1520/QĐ-SLĐTBXH",
            "09 tập thể và 23 cá nhân",
            "I. TẬP THỂ (09)",
            "II. CÁ NHÂN (23)",
        ],
    );
    let csv =
        std::fs::read_to_string(dir.path().join("content/2024/giay-khen-chi-thi-34.csv")).unwrap();
    for line in csv.lines().skip(1) {
        let cols: Vec<&str> = line.split(',').collect();
        let name = if cols[0].is_empty() { cols[4] } else { cols[0] };
        assert!(decision.contains(name), "annex lacks {name}");
    }
    contains_all(
        &decision,
        &[
            "Phòng Việc làm - An toàn lao động",
            "Bà Nguyễn Thị Quỳnh Hương",
        ],
    );
    let certs: Vec<String> = files(&out.join("giay-khen-1520"));
    assert_eq!(certs.len(), 32, "{certs:?}");
    assert!(certs.iter().all(|f| f.ends_with(".pdf")));
    assert_eq!(certs[0], "01-phong-viec-lam-an-toan-lao-dong.pdf");
    for c in &certs {
        assert_eq!(pdf_pages(&out.join("giay-khen-1520").join(c)), 1, "{c}");
    }
    assert_eq!(pdf_pages(&out.join("giay-khen-1520.pdf")), 32);
    let report = pdf_text(&out.join("bao-cao-312.pdf"));
    contains_all(
        &report,
        &[
            "Số: 312/BC-SLĐTBXH",
            "Hà Nội, ngày 20 tháng 10 năm 2024",
            "178.747",
            "108,3%",
            "88,0%",
        ],
    );
    let all = files(dir.path().join("out").as_path());
    assert!(
        !all.iter().any(|f| f.contains("4521")),
        "external decision printed: {all:?}"
    );
}

#[test]
fn decision_money_and_words_are_computed() {
    let dir = project("hanoi-2024");
    ok(&thidua(dir.path(), &["build"]));
    let text = pdf_text(&dir.path().join(OUT).join("quyet-dinh-1520.pdf"));
    // Regime B (2024-10-15): 0.15 × 2.340.000 → 360.000; 0.3 × 2.340.000 → 710.000.
    contains_all(
        &text,
        &[
            "Mỗi tập thể được thưởng 710.000 đồng, mỗi cá nhân được thưởng 360.000 đồng",
            "14.670.000 đồng",
            "Mười bốn triệu sáu trăm bảy mươi nghìn đồng",
            "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
            "Nghị định số 98/2023/NĐ-CP",
            "KT. GIÁM ĐỐC",
            "PHÓ GIÁM ĐỐC",
            "Nguyễn Hồng Dân",
            "GIÁM ĐỐC SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI THÀNH PHỐ HÀ NỘI",
            "Hà Nội, ngày 15 tháng 10 năm 2024",
            "Nơi nhận:",
            "(Kèm theo Quyết định số 1520/QĐ-SLĐTBXH ngày 15 tháng 10 năm 2024",
        ],
    );
}

#[test]
fn title_decision_recognises_without_money() {
    let dir = project("hanoi-2024");
    ok(&thidua(dir.path(), &["build"]));
    let out = dir.path().join(OUT);
    let text = pdf_text(&out.join("quyet-dinh-1521.pdf"));
    contains_all(
        &text,
        &[
            "Công nhận danh hiệu “Người tốt, việc tốt” năm 2024 cho 09 cá nhân",
            "CÁ NHÂN (09)",
            "Ông Bùi Thành Thắng",
        ],
    );
    assert!(
        !text.contains("được thưởng"),
        "a title without money has no money article"
    );
    assert_eq!(pdf_pages(&out.join("nguoi-tot-viec-tot-1521.pdf")), 9);
}

#[test]
fn report_counts_external_awards_and_agrees_with_decisions() {
    let dir = project("hanoi-2024");
    ok(&thidua(dir.path(), &["build"]));
    let text = pdf_text(&dir.path().join(OUT).join("bao-cao-312.pdf"));
    contains_all(
        &text,
        &[
            "4521/QĐ-UBND",
            "1520/QĐ-SLĐTBXH",
            "Tổng cộng",
            "BÁO CÁO",
            "Bạch Liên Hương",
        ],
    );
    // Giấy khen 9 + 23 = 32; NTVT 9; external Bằng khen 1 + 1; total collectives 10, individuals 33.
    contains_all(&text, &["9 23 32", "10 33 43"]);
}

#[test]
fn certificate_shows_name_decision_and_register() {
    let dir = project_from(
        CONFIG,
        &[(
            "content/2025/khen.yaml",
            "title: Khen thưởng\nawards:\n  - form: giay-khen\n    decision: {number: 7, date: 2025-03-05, signer: binh, register_from: 1201}\n    reason: Đã có thành tích xuất sắc năm 2024\n    recipients:\n      - {name: Đặng Thị Ánh, gender: female, position: Chuyên viên, unit: Phòng Tổ chức}\n      - {name: Lê Văn Tám, gender: male}\n",
        )],
    );
    ok(&thidua(dir.path(), &["build"]));
    let out = dir.path().join("out/2025/khen");
    assert_eq!(
        files(&out.join("giay-khen-7")),
        ["01-dang-thi-anh.pdf", "02-le-van-tam.pdf"]
    );
    let first = pdf_text(&out.join("giay-khen-7/01-dang-thi-anh.pdf"));
    contains_all(
        &first,
        &[
            "GIẤY KHEN",
            "Bà Đặng Thị Ánh",
            "Chuyên viên, Phòng Tổ chức",
            "07/QĐ-SNV",
            "05/03/2025",
            "Số sổ vàng: 1201",
            "GIÁM ĐỐC SỞ NỘI VỤ TỈNH QUẢNG NGÃI",
            "Võ Văn Bình",
        ],
    );
    let second = pdf_text(&out.join("giay-khen-7/02-le-van-tam.pdf"));
    contains_all(&second, &["Ông Lê Văn Tám", "Số sổ vàng: 1202"]);
    let decision = pdf_text(&out.join("quyet-dinh-7.pdf"));
    // Regime B, 2025-03-05, base salary 2.340.000.
    contains_all(
        &decision,
        &[
            "Số: 07/QĐ-SNV",
            "ngày 05 tháng 3 năm 2025",
            "02 cá nhân",
            "720.000 đồng",
            "Bảy trăm hai mươi nghìn đồng",
        ],
    );
}

#[test]
fn regime_follows_the_decision_date() {
    let dossier = |date: &str| {
        format!("title: T\nawards:\n  - form: giay-khen\n    decision: {{number: 3, date: {date}, signer: lan}}\n    recipients:\n      - {{name: Phạm Văn A, gender: male}}\n      - {{collective: Phòng Hành chính}}\n")
    };
    let cases = [
        (
            "2018-05-10",
            &[
                "Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003",
                "Nghị định số 91/2017/NĐ-CP",
                "390.000",
                "780.000",
            ][..],
        ),
        (
            "2024-02-01",
            &[
                "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
                "Nghị định số 98/2023/NĐ-CP",
                "270.000",
                "540.000",
            ][..],
        ),
        (
            "2025-08-01",
            &[
                "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
                "Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025",
                "710.000",
                "1.410.000",
            ][..],
        ),
    ];
    // From 2026-07-01 the base salary is 2.530.000 (NĐ 161/2026): 0.3 × → 759.000 → 760.000.
    let cases = [
        cases[0],
        cases[1],
        cases[2],
        (
            "2026-08-01",
            &["Nghị định số 152/2025/NĐ-CP", "760.000", "1.520.000"][..],
        ),
    ];
    for (date, want) in cases {
        let dir = project_from(CONFIG, &[("content/a.yaml", &dossier(date))]);
        ok(&thidua(dir.path(), &["build"]));
        let text = pdf_text(&dir.path().join("out/a/quyet-dinh-3.pdf"));
        contains_all(&text, want);
        if date.starts_with("2018") {
            assert!(
                !text.contains("98/2023"),
                "2018 must not cite the 2023 decree"
            );
        }
    }
}

#[test]
fn sort_by_name_uses_vietnamese_order() {
    let yaml = "title: T\nawards:\n  - form: giay-khen\n    sort: name\n    decision: {number: 3, date: 2024-10-01, signer: lan}\n    recipients:\n      - name: Trần Văn Đạt\n      - name: Lê Thị Ân\n      - name: Nguyễn Văn Duy\n      - name: Phạm Thị An\n";
    let dir = project_from(CONFIG, &[("content/a.yaml", yaml)]);
    ok(&thidua(dir.path(), &["build"]));
    let text = pdf_text(&dir.path().join("out/a/quyet-dinh-3.pdf"));
    let pos = |n: &str| text.find(n).unwrap_or_else(|| panic!("{n} missing"));
    assert!(pos("Phạm Thị An") < pos("Lê Thị Ân"));
    assert!(pos("Lê Thị Ân") < pos("Nguyễn Văn Duy"));
    assert!(pos("Nguyễn Văn Duy") < pos("Trần Văn Đạt"));
}

#[test]
fn draft_marks_every_page() {
    let dir = project("hanoi-2024");
    ok(&thidua(dir.path(), &["build", "--draft"]));
    for f in [
        "bao-cao-312.pdf",
        "quyet-dinh-1520.pdf",
        "giay-khen-1520/01-phong-viec-lam-an-toan-lao-dong.pdf",
    ] {
        let path = dir.path().join(OUT).join(f);
        let pages = pdf_pages(&path);
        let text = pdf_text(&path);
        assert_eq!(
            text.matches("DỰ THẢO").count(),
            pages,
            "{f}: a mark on every page"
        );
    }
    let dir = project("hanoi-2024");
    ok(&thidua(dir.path(), &["build"]));
    assert!(!pdf_text(&dir.path().join(OUT).join("bao-cao-312.pdf")).contains("DỰ THẢO"));
}

#[test]
fn settings_reach_the_documents() {
    let cfg = format!("{CONFIG}words: {{le: true, ngan: true}}\n");
    let yaml = "title: T\nawards:\n  - form: giay-khen\n    decision: {number: 4, date: 2025-08-01, signer: lan}\n    recipients:\n      - {name: Lê Văn A, gender: male}\n      - {collective: Tổ 1}\n";
    let dir = project_from(&cfg, &[("content/a.yaml", yaml)]);
    ok(&thidua(dir.path(), &["build"]));
    let text = pdf_text(&dir.path().join("out/a/quyet-dinh-4.pdf"));
    // 710.000 + 1.410.000 = 2.120.000, with lẻ and ngàn.
    contains_all(
        &text,
        &["2.120.000 đồng", "Hai triệu một trăm hai mươi ngàn đồng"],
    );
    let dir = project_from(
        &cfg,
        &[("content/a.yaml", &yaml.replace("2025-08-01", "2016-05-01"))],
    );
    let e = stderr(&thidua(dir.path(), &["check"]));
    assert!(
        e.contains("no legal regime is in force on 2016-05-01"),
        "{e}"
    );
    let wrong = yaml.replace("giay-khen", "tap-the-lao-dong-xuat-sac");
    let dir = project_from(&cfg, &[("content/a.yaml", &wrong)]);
    let e = stderr(&thidua(dir.path(), &["check"]));
    assert!(
        e.contains("`tap-the-lao-dong-xuat-sac` is not given to individuals"),
        "{e}"
    );
}
