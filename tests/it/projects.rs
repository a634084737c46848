//! Whole projects and the command line: the sample, the shared example, init, previews,
//! archival PDFs, --only, piped output, PDF dates and reproducible bytes.

use crate::support::*;

const OUT: &str = "out/2024/tong-ket-nguoi-tot-viec-tot";

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
    let built = thidua(&p, &["build"]);
    ok(&built);
    assert!(!stderr(&built).contains("warning"), "{}", stderr(&built));
    // The award cycle: the minutes with the votes, one Tờ trình for both awards.
    let out = p.join("out/2025/tong-ket");
    contains_all(
        &pdf_text(&out.join("bien-ban-18.pdf")),
        &[
            "Số: 18/BB-HĐTĐKT",
            "có mặt 04/05",
            "5 100,0% Đạt",
            "4 80,0% Đạt",
        ],
    );
    contains_all(
        &pdf_text(&out.join("to-trinh-90.pdf")),
        &[
            "Công nhận danh hiệu “Chiến sĩ thi đua cơ sở” năm 2025 cho 02 cá nhân",
            "Tặng Giấy khen cho 02 tập thể và 02 cá nhân",
            "4 (80,0%)",
        ],
    );
    // The conference: an invitation per invitee, a script calling everyone, a slide per turn.
    assert_eq!(pdf_pages(&out.join("giay-moi-95.pdf")), 2);
    contains_all(
        &pdf_text(&out.join("kich-ban.pdf")),
        &[
            "KỊCH BẢN",
            "Bà Nguyễn Thị Hồng",
            "Ban Thi đua - Khen thưởng",
        ],
    );
    assert_eq!(
        pdf_pages(&out.join("trinh-chieu.pdf")),
        3,
        "a title and one turn per award"
    );
    // The report's prose names its figures; `render` shows them resolved.
    let source = thidua(
        &p,
        &[
            "render",
            "content/2025/tong-ket.yaml",
            "--doc",
            "bao-cao-245",
        ],
    );
    ok(&source);
    let source = String::from_utf8_lossy(&source.stdout);
    assert!(
        source.contains("1\\.254 hồ sơ, đạt 104,5% kế hoạch"),
        "{source}"
    );
    assert!(pdf_text(&out.join("bao-cao-245.pdf")).contains("1.254 hồ sơ, đạt 104,5% kế hoạch"));
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
fn piped_output_is_one_line_and_quiet_is_silent() {
    let dir = project("hanoi-2024");
    let o = thidua(dir.path(), &["build"]);
    ok(&o);
    let e = stderr(&o);
    let summary: Vec<&str> = e.lines().filter(|l| l.starts_with("built ")).collect();
    assert_eq!(summary.len(), 1, "{e}");
    assert!(
        summary[0].starts_with("built 6 documents (48 files, 48 written; typeset 7/7) into"),
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
fn pdf_dates_come_from_the_document_or_source_date_epoch() {
    let dir = project("hanoi-2024");
    ok(&thidua(dir.path(), &["build"]));
    let bytes = std::fs::read(dir.path().join(OUT).join("quyet-dinh-1520.pdf")).unwrap();
    let has = |b: &[u8], n: &str| b.windows(n.len()).any(|w| w == n.as_bytes());
    assert!(
        has(&bytes, "/CreationDate(D:20241015000000Z)"),
        "the decision's own date"
    );
    let o = crate::support::binary()
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
