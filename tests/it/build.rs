//! Building: documents, counts, money, text and files read back from the PDFs.

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
            "Công nhận danh hiệu “Người tốt, việc tốt” cho 09 cá nhân",
            "I. CÁ NHÂN (09)",
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
fn builds_are_byte_identical() {
    let a = project("hanoi-2024");
    let b = project("hanoi-2024");
    ok(&thidua(a.path(), &["build", "--jobs", "1"]));
    ok(&thidua(b.path(), &["build", "--jobs", "2"]));
    let fa = files(&a.path().join("out"));
    assert_eq!(fa, files(&b.path().join("out")));
    for f in fa {
        let (x, y) = (
            std::fs::read(a.path().join("out").join(&f)).unwrap(),
            std::fs::read(b.path().join("out").join(&f)).unwrap(),
        );
        assert!(x == y, "{f} differs");
    }
}

#[test]
fn previews_as_png_and_svg() {
    let dir = project("hanoi-2024");
    ok(&thidua(
        dir.path(),
        &["build", "--format", "png", "--ppi", "30"],
    ));
    let out = dir.path().join(OUT);
    assert!(out.join("bao-cao-312-1.png").is_file());
    assert!(out
        .join("giay-khen-1520/01-phong-viec-lam-an-toan-lao-dong.png")
        .is_file());
    let png = std::fs::read(out.join("bao-cao-312-1.png")).unwrap();
    assert_eq!(&png[1..4], b"PNG");
    ok(&thidua(
        dir.path(),
        &["build", "--format", "svg", "--only", "2024/*"],
    ));
    assert!(out.join("quyet-dinh-1520-1.svg").is_file());
}

#[test]
fn only_limits_dossiers() {
    let yaml = |n: u32| {
        format!("title: T\nawards:\n  - form: giay-khen\n    decision: {{number: {n}, date: 2024-10-01, signer: lan}}\n    recipients:\n      - name: A B\n")
    };
    let dir = project_from(
        CONFIG,
        &[
            ("content/2023/a.yaml", &yaml(1)),
            ("content/2024/b.yaml", &yaml(2)),
        ],
    );
    ok(&thidua(dir.path(), &["build", "--only", "2024/*"]));
    assert!(!dir.path().join("out/2023").exists());
    assert!(dir.path().join("out/2024/b/quyet-dinh-2.pdf").is_file());
}

#[test]
fn repository_sample_builds() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = tempfile::tempdir().unwrap();
    ok(&thidua(
        root,
        &["build", ".", "--out", out.path().to_str().unwrap()],
    ));
    let dir = out.path().join("2017/tong-ket-thi-dua-2017");
    let decision = pdf_text(&dir.join("quyet-dinh-1050.pdf"));
    // March 2018: regime A (NĐ 91/2017), base salary 1.300.000: 0.3 → 390.000, 0.6 → 780.000.
    contains_all(
        &decision,
        &[
            "07 tập thể và 16 cá nhân",
            "Nghị định số 91/2017/NĐ-CP",
            "780.000",
            "390.000",
            "11.700.000",
            "Mười một triệu bảy trăm nghìn đồng",
        ],
    );
    assert_eq!(files(&dir.join("giay-khen-1050")).len(), 23);
    assert_eq!(pdf_pages(&dir.join("giay-khen-1050.pdf")), 23);
    let report = pdf_text(&dir.join("bao-cao-1102.pdf"));
    contains_all(
        &report,
        &["Số: 1102/BC-SLĐTBXH", "96,6%", "Chưa đạt", "1035/QĐ-UBND"],
    );
}

#[test]
fn shared_examples_build_unchanged() {
    let shared = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/examples");
    let Ok(entries) = std::fs::read_dir(&shared) else {
        // Outside the workspace the copy under tests/fixtures stands in (tested above).
        return;
    };
    for entry in entries {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&entry.unwrap().path(), dir.path());
        let o = thidua(dir.path(), &["build"]);
        ok(&o);
        assert!(files(&dir.path().join("out"))
            .iter()
            .any(|f| f.ends_with(".pdf")));
    }
}

#[test]
fn init_then_build_with_the_binary_alone() {
    let dir = tempfile::tempdir().unwrap();
    ok(&thidua(dir.path(), &["init", "p"]));
    let p = dir.path().join("p");
    ok(&thidua(&p, &["build"]));
    let decision = pdf_text(&p.join("out/2025/tong-ket/quyet-dinh-512.pdf"));
    contains_all(
        &decision,
        &["Số: 512/QĐ-SNV", "02 tập thể và 02 cá nhân", "DỰ THẢO"],
    );
    assert_eq!(pdf_pages(&p.join("out/2025/tong-ket/giay-khen-512.pdf")), 4);
    std::fs::write(p.join("thidua.yaml"), "# mine\n").unwrap();
    let o = thidua(dir.path(), &["init", "p", "--templates"]);
    ok(&o);
    assert_eq!(
        std::fs::read_to_string(p.join("thidua.yaml")).unwrap(),
        "# mine\n",
        "never overwrites"
    );
    assert!(stderr(&o).contains("skipped thidua.yaml"), "{}", stderr(&o));
    assert!(
        p.join("templates/decision.typ.hbs").is_file() && p.join("templates/thidua.typ").is_file()
    );
}

#[test]
fn archival_pdf_a2b_with_metadata() {
    let dir = project("hanoi-2024");
    ok(&thidua(dir.path(), &["build", "--pdf-standard", "a-2b"]));
    let out = dir.path().join(OUT);
    for f in [
        "quyet-dinh-1520.pdf",
        "bao-cao-312.pdf",
        "giay-khen-1520.pdf",
        "giay-khen-1520/02-phong-tre-em-binh-dang-gioi.pdf",
    ] {
        let bytes = std::fs::read(out.join(f)).unwrap();
        let has = |needle: &str| bytes.windows(needle.len()).any(|w| w == needle.as_bytes());
        assert!(
            has("<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>"),
            "{f}: PDF/A-2b identification"
        );
        assert!(
            has("/Lang(vi-VN)") && has("/Title<") && has("/Author<") && has("/Subject<"),
            "{f}: metadata"
        );
    }
    let doc = lopdf::Document::load(out.join("quyet-dinh-1520.pdf")).unwrap();
    let info = doc
        .trailer
        .get(b"Info")
        .and_then(|o| o.as_reference())
        .and_then(|r| doc.get_dictionary(r))
        .unwrap();
    let text = |k: &[u8]| lopdf::decode_text_string(info.get(k).unwrap()).unwrap();
    assert_eq!(text(b"Title"), "Quyết định 1520/QĐ-SLĐTBXH");
    assert_eq!(text(b"Author"), "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI");
    assert_eq!(text(b"Subject"), "Về việc tặng Giấy khen");
    let o = thidua(dir.path(), &["build", "--pdf-standard", "a-9z"]);
    assert_eq!(
        o.status.code(),
        Some(2),
        "a wrong flag value is a usage error"
    );
}

#[test]
fn spreadsheet_recipients_keep_text_and_convert_dates_and_numbers() {
    let yaml = "title: T\nawards:\n  - form: giay-khen\n    decision: {number: 9, date: 2024-10-01, signer: lan}\n    recipients_file: ds.xlsx\n    sheet: Danh sách\n";
    let dir = project_from(CONFIG, &[("content/a.yaml", yaml)]);
    std::fs::copy(
        fixture("xlsx/danh-sach.xlsx"),
        dir.path().join("content/ds.xlsx"),
    )
    .unwrap();
    ok(&thidua(dir.path(), &["build"]));
    let text = pdf_text(&dir.path().join("out/a/quyet-dinh-9.pdf"));
    contains_all(
        &text,
        &[
            "01 tập thể và 03 cá nhân",
            "Đội sản xuất số 3, Xí nghiệp 01",
            "Ông Nguyễn Văn Một",
            "Tổ trưởng tổ 0012, 0012",
            "Bà Lê Thị Hai",
            "Nhân viên, 05/03/2024",
            "Ông Trần Văn Ba",
            "12,5, 2024",
        ],
    );
}

#[test]
fn spreadsheet_errors_name_sheet_row_and_column() {
    let yaml = |file: &str, sheet: &str| {
        format!("title: T\nawards:\n  - form: giay-khen\n    decision: {{number: 9, date: 2024-10-01, signer: lan}}\n    recipients_file: {file}\n{sheet}")
    };
    let dir = project_from(
        CONFIG,
        &[
            ("content/a.yaml", &yaml("loi.xlsx", "")),
            ("content/b.yaml", &yaml("ds.xlsx", "    sheet: Danh sach\n")),
        ],
    );
    std::fs::copy(
        fixture("xlsx/loi.xlsx"),
        dir.path().join("content/loi.xlsx"),
    )
    .unwrap();
    std::fs::copy(
        fixture("xlsx/danh-sach.xlsx"),
        dir.path().join("content/ds.xlsx"),
    )
    .unwrap();
    let o = thidua(dir.path(), &["check"]);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(
        e.contains("content/loi.xlsx: sheet \"DS\", row 1, column C: unknown column `chuc vu`"),
        "{e}"
    );
    assert!(
        e.contains("content/ds.xlsx: no sheet named `Danh sach`")
            && e.contains("did you mean `Danh sách`?"),
        "{e}"
    );
    let dir = project_from(CONFIG, &[("content/c.yaml", &yaml("gt.xlsx", ""))]);
    std::fs::copy(
        fixture("xlsx/gioi-tinh.xlsx"),
        dir.path().join("content/gt.xlsx"),
    )
    .unwrap();
    let e = stderr(&thidua(dir.path(), &["check"]));
    assert!(
        e.contains("content/gt.xlsx: sheet \"Danh sách\", row 3, column B: unknown gender `robot`"),
        "{e}"
    );
}

#[test]
fn watch_rebuilds_an_edited_list_and_survives_a_bad_edit() {
    let dir = project("hanoi-2024");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_thidua"))
        .args(["watch", "-q", "--jobs", "1"])
        .current_dir(dir.path())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let pdf = dir.path().join(OUT).join("quyet-dinh-1521.pdf");
    let wait = |what: &str, done: &dyn Fn() -> bool| {
        let start = std::time::Instant::now();
        while !done() {
            assert!(
                start.elapsed().as_secs() < 20,
                "timed out waiting for {what}"
            );
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    };
    wait("the first build", &|| pdf.is_file() && pdf_pages(&pdf) > 0);
    std::thread::sleep(std::time::Duration::from_millis(300));
    let dossier = dir
        .path()
        .join("content/2024/tong-ket-nguoi-tot-viec-tot.yaml");
    let text = std::fs::read_to_string(&dossier).unwrap();
    std::fs::write(&dossier, text.replace("signer: phong", "signer: nobody")).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(800));
    assert!(
        pdf_text(&pdf).contains("Lý Phương Linh"),
        "a bad edit keeps the previous output"
    );
    std::fs::write(&dossier, &text).unwrap();
    let csv = dir
        .path()
        .join("content/2024/nguoi-tot-viec-tot-cap-so.csv");
    let list = std::fs::read_to_string(&csv).unwrap();
    std::fs::write(&csv, list.replace("Lý Phương Linh", "Lý Phương Lynh")).unwrap();
    wait("the rebuilt decision", &|| {
        pdf_text(&pdf).contains("Lý Phương Lynh")
    });
    assert!(child.try_wait().unwrap().is_none(), "still watching");
    child.kill().unwrap();
    child.wait().unwrap();
}

#[test]
fn piped_output_is_one_line_and_quiet_is_silent() {
    let dir = project("hanoi-2024");
    let o = thidua(dir.path(), &["build"]);
    ok(&o);
    let e = stderr(&o);
    let summary: Vec<&str> = e.lines().filter(|l| l.starts_with("built ")).collect();
    assert_eq!(summary.len(), 1, "{e}");
    assert!(
        summary[0].starts_with("built 5 documents (46 files, 46 written; typeset 6/6) into"),
        "{e}"
    );
    assert!(
        !e.contains('\u{1b}') && !e.contains('\r'),
        "no progress bar when piped: {e:?}"
    );
    let o = thidua(dir.path(), &["build", "-q", "--force"]);
    ok(&o);
    assert_eq!(stderr(&o), "", "-q prints nothing but errors");
}

#[test]
fn removed_recipients_leave_no_stale_certificates() {
    let dir = project("hanoi-2024");
    ok(&thidua(dir.path(), &["build"]));
    let folder = dir.path().join(OUT).join("giay-khen-1520");
    assert_eq!(files(&folder).len(), 32);
    std::fs::write(folder.join("notes.txt"), "mine").unwrap();
    let csv = dir.path().join("content/2024/giay-khen-chi-thi-34.csv");
    let text = std::fs::read_to_string(&csv).unwrap();
    std::fs::write(&csv, text.replace(",,,,Phòng Tổ chức cán bộ\n", "")).unwrap();
    ok(&thidua(dir.path(), &["build"]));
    let now = files(&folder);
    assert_eq!(
        now.len(),
        32,
        "31 certificates and the user's own file: {now:?}"
    );
    assert!(
        now.contains(&"notes.txt".to_string()),
        "files thidua did not name stay"
    );
    assert!(
        !now.iter().any(|f| f.contains("phong-to-chuc-can-bo")),
        "{now:?}"
    );
    assert_eq!(
        pdf_pages(&dir.path().join(OUT).join("giay-khen-1520.pdf")),
        31
    );
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

#[test]
fn pdf_dates_come_from_the_document_or_source_date_epoch() {
    let dir = project("hanoi-2024");
    ok(&thidua(dir.path(), &["build"]));
    let bytes = std::fs::read(dir.path().join(OUT).join("quyet-dinh-1520.pdf")).unwrap();
    let has = |b: &[u8], n: &str| b.windows(n.len()).any(|w| w == n.as_bytes());
    assert!(
        has(&bytes, "/CreationDate(D:20241015000000Z)"),
        "the decision's own date"
    );
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_thidua"))
        .args(["build", "--out", "out2"])
        .current_dir(dir.path())
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .env("TZ", "Asia/Ho_Chi_Minh")
        .output()
        .unwrap();
    ok(&o);
    let bytes = std::fs::read(
        dir.path()
            .join("out2/2024/tong-ket-nguoi-tot-viec-tot/quyet-dinh-1520.pdf"),
    )
    .unwrap();
    assert!(
        has(&bytes, "/CreationDate(D:20231114221320Z)"),
        "SOURCE_DATE_EPOCH, in UTC whatever TZ says"
    );
}
