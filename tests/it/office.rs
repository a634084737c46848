//! The Word and spreadsheet copies (`--format docx,xlsx`): the report, the decisions
//! with their annexes, the Tờ trình and the invitations as Word files that say what the
//! PDFs say; the annexes and the report's tables as workbooks of numbers and dates.

use crate::support::*;
use calamine::{open_workbook, Data, Reader, Xlsx};
use std::collections::BTreeSet;
use std::path::Path;

const QD: &str = "out/2024/tong-ket-nguoi-tot-viec-tot/quyet-dinh-1520";

/// The words of `text`: split at spaces and dashes, stripped of the punctuation around
/// them (a PDF's text runs the lines of Nơi nhận together, and may put a space between
/// a bold word and its comma), without the page numbers a PDF prints.
fn words(text: &str) -> BTreeSet<String> {
    let punctuation = |c: char| ",.;:()“”\"'!?".contains(c);
    text.split(|c: char| c.is_whitespace() || c == '-')
        .map(|w| w.trim_matches(punctuation))
        .filter(|w| !w.is_empty())
        .filter(|w| w.len() > 2 || !w.chars().all(|c| c.is_ascii_digit()))
        .map(String::from)
        .collect()
}

/// The PDF's words that the Word copy beside it lacks.
fn missing(pdf: &Path) -> Vec<String> {
    let docx = pdf.with_extension("docx");
    let (p, d) = (words(&pdf_text(pdf)), words(&docx_text(&docx)));
    p.difference(&d).cloned().collect()
}

#[test]
fn word_copies_say_every_name_count_amount_and_word_of_the_pdf() {
    let dir = project("hanoi-2024");
    ok(&thidua(dir.path(), &["build", "-q", "--format", "docx"]));
    let decision = dir.path().join(QD).with_extension("pdf");
    let text = docx_text(&decision.with_extension("docx"));
    // The header, the articles and the annex, in the Decree's order.
    let order = [
        "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 1520/QĐ-SLĐTBXH",
        "QUYẾT ĐỊNH",
        "Điều 1. Tặng Giấy khen cho 09 tập thể và 23 cá nhân (có danh sách kèm theo)",
        "Tổng số tiền thưởng: 14.670.000 đồng (Bằng chữ: Mười bốn triệu sáu trăm bảy mươi nghìn đồng)",
        "Nơi nhận:",
        "DANH SÁCH",
        "I. TẬP THỂ (09)",
        "II. CÁ NHÂN (23)",
    ];
    let mut at = 0;
    for needle in order {
        let found = text[at..].find(needle);
        assert!(
            found.is_some(),
            "{needle:?} missing after byte {at} in:\n{text}"
        );
        at += found.unwrap();
    }
    // Every word the PDF prints, the Word copy prints too: names, counts, amounts.
    assert_eq!(missing(&decision), Vec::<String>::new());
    let out = dir.path().join("out/2024/tong-ket-nguoi-tot-viec-tot");
    let report = std::fs::read_dir(&out)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("bao-cao")
        })
        .unwrap()
        .with_extension("pdf");
    assert_eq!(missing(&report), Vec::<String>::new());
    // The header row of each annex table repeats on every page; rows never split.
    let xml = raw_document(&decision.with_extension("docx"));
    assert_eq!(xml.matches("<w:tblHeader />").count(), 2, "one per table");
    assert!(xml.contains("<w:cantSplit />"));
    // A4 and the configured margins (30 mm left = 1701 twips), Times New Roman.
    assert!(xml.contains(r#"<w:pgSz w:w="11906" w:h="16838""#), "A4");
    assert!(xml.contains(r#"w:left="1701""#));
}

#[test]
fn the_award_cycle_and_the_invitations_have_word_copies() {
    let dir = sample();
    ok(&thidua(dir.path(), &["build", "-q", "--format", "docx"]));
    let out = dir.path().join("out/2025/binh-xet-2025");
    for pdf in [
        "to-trinh-245.pdf",
        "quyet-dinh-1522.pdf",
        "giay-moi-90/01-nguyen-thi-ha.pdf",
    ] {
        assert_eq!(missing(&out.join(pdf)), Vec::<String>::new(), "{pdf}");
    }
    let proposal = docx_text(&out.join("to-trinh-245.docx"));
    contains_all(
        &proposal,
        &[
            "TỜ TRÌNH",
            "Kính gửi:",
            "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG",
            "Số phiếu (tỷ lệ)",
        ],
    );
    let invitation = docx_text(&out.join("giay-moi-90/01-nguyen-thi-ha.docx"));
    contains_all(
        &invitation,
        &[
            "GIẤY MỜI",
            "Bà Nguyễn Thị Hà",
            "Tới dự:",
            "Thời gian:",
            "Rất mong Bà đến dự đúng thời gian./.",
        ],
    );
    // One Word copy per invitee, as there is one PDF each; none for kinds without one.
    let invitations = files(&out.join("giay-moi-90"));
    let docx = invitations.iter().filter(|f| f.ends_with(".docx")).count();
    let pdf = invitations.iter().filter(|f| f.ends_with(".pdf")).count();
    assert_eq!(docx, pdf);
    assert!(!out.join("chuong-trinh.docx").exists());
    // The same sources give the same bytes, whichever worker made them.
    let before = std::fs::read(out.join("to-trinh-245.docx")).unwrap();
    ok(&thidua(
        dir.path(),
        &["build", "-q", "--force", "-j", "1", "--format", "docx"],
    ));
    assert_eq!(
        before,
        std::fs::read(out.join("to-trinh-245.docx")).unwrap()
    );
    // Copies not asked for any more are cleaned away with the build that drops them.
    ok(&thidua(dir.path(), &["build", "-q"]));
    assert!(!out.join("to-trinh-245.docx").exists());
}

#[test]
fn libreoffice_reads_the_word_copy_as_the_pdf_reads() {
    let Some(soffice) = ["soffice", "libreoffice"].into_iter().find(|p| {
        std::process::Command::new(p)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    }) else {
        eprintln!("skipped: LibreOffice (soffice) is not installed; .ci/run installs it");
        return;
    };
    let dir = project("hanoi-2024");
    ok(&thidua(dir.path(), &["build", "-q", "--format", "docx"]));
    let decision = dir.path().join(QD);
    let converted = tempfile::tempdir().unwrap();
    let profile = format!(
        "-env:UserInstallation=file://{}/profile",
        converted.path().display()
    );
    // LibreOffice lays the copy out with the project's Tinos (metric twin of the Times New
    // Roman the copy names), not whatever serif the machine has (DejaVu: 5 pages, not 3).
    let fonts = converted.path().join("fonts.conf");
    std::fs::write(
        &fonts,
        format!(
            "<?xml version=\"1.0\"?><fontconfig>\
             <include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>\
             <dir>{}</dir><cachedir>{}</cachedir></fontconfig>",
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("fonts")
                .display(),
            converted.path().join("font-cache").display()
        ),
    )
    .unwrap();
    let o = std::process::Command::new(soffice)
        .env("FONTCONFIG_FILE", &fonts)
        .args([&profile, "--headless", "--convert-to", "pdf", "--outdir"])
        .arg(converted.path())
        .arg(decision.with_extension("docx"))
        .output()
        .unwrap();
    let pdf = converted.path().join("quyet-dinh-1520.pdf");
    assert!(pdf.exists(), "LibreOffice made no PDF: {}", stderr(&o));
    // The words of LibreOffice's PDF of the Word copy are those of thidua's PDF.
    let (ours, theirs) = (
        words(&pdf_text(&decision.with_extension("pdf"))),
        words(&pdf_text(&pdf)),
    );
    let lost: Vec<_> = ours.difference(&theirs).collect();
    let added: Vec<_> = theirs.difference(&ours).collect();
    assert!(
        lost.is_empty() && added.is_empty(),
        "lost {lost:?}, added {added:?}"
    );
    // With the same font its pages break as the PDF's (3), give or take a page for the
    // version of LibreOffice.
    let (theirs, ours) = (pdf_pages(&pdf), pdf_pages(&decision.with_extension("pdf")));
    assert!(theirs.abs_diff(ours) <= 1, "{theirs} pages, ours {ours}");
}

#[test]
fn spreadsheets_hold_numbers_dates_and_the_total() {
    let dir = project("hanoi-2024");
    ok(&thidua(dir.path(), &["build", "-q", "--format", "xlsx"]));
    let path = dir.path().join(QD).with_extension("xlsx");
    let mut book: Xlsx<_> = open_workbook(&path).unwrap();
    let sheet = book.worksheet_range("Danh sách").unwrap();
    let rows: Vec<Vec<Data>> = sheet.rows().map(|r| r.to_vec()).collect();
    let find = |label: &str| {
        rows.iter()
            .find(|r| r.first().is_some_and(|c| *c == label))
            .unwrap_or_else(|| panic!("no row {label}: {rows:?}"))
            .clone()
    };
    // The decision's number, and its date as a date.
    assert_eq!(
        find("Số quyết định")[1],
        Data::String("1520/QĐ-SLĐTBXH".into())
    );
    match &find("Ngày ký")[1] {
        // 15 October 2024 is day 45580 of Excel's calendar (from 30 December 1899).
        Data::DateTime(d) => assert_eq!((d.is_datetime(), d.as_f64()), (true, 45580.0)),
        other => panic!("the date is {other:?}"),
    }
    // 9 collectives at 710.000 and 23 individuals at 360.000, as numbers.
    let amounts: Vec<f64> = rows
        .iter()
        .filter(|r| matches!(r.first(), Some(Data::Float(_))))
        .filter_map(|r| match r.get(3) {
            Some(Data::Float(f)) => Some(*f),
            _ => None,
        })
        .collect();
    assert_eq!(amounts.len(), 32);
    assert_eq!(amounts.iter().filter(|a| **a == 710_000.0).count(), 9);
    assert_eq!(amounts.iter().filter(|a| **a == 360_000.0).count(), 23);
    assert_eq!(find("Tổng cộng")[3], Data::Float(14_670_000.0));
    // The same names as the PDF's annex.
    let pdf = pdf_text(&dir.path().join(QD).with_extension("pdf"));
    for r in rows
        .iter()
        .filter(|r| matches!(r.first(), Some(Data::Float(_))))
    {
        let name = r[1].to_string();
        assert!(pdf.contains(&name), "{name} is not in the PDF");
    }
    let formula = book.worksheet_formula("Danh sách").unwrap();
    assert!(formula.rows().flatten().any(|f| f.starts_with("SUM(")));
}

#[test]
fn the_report_tables_as_sheets() {
    let dir = sample();
    ok(&thidua(dir.path(), &["build", "-q", "--format", "xlsx"]));
    let out = dir.path().join("out/2017/tong-ket-thi-dua-2017");
    let mut book: Xlsx<_> = open_workbook(out.join("bao-cao-1102.xlsx")).unwrap();
    assert_eq!(book.sheet_names(), vec!["Chỉ tiêu", "Khen thưởng"]);
    let targets = book.worksheet_range("Chỉ tiêu").unwrap();
    let row = targets
        .rows()
        .find(|r| {
            r.get(1)
                .is_some_and(|c| *c == "Chỉ tiêu nhiệm vụ của Ngành")
        })
        .unwrap()
        .to_vec();
    // Plan, result and share as numbers (the share shown as a per cent); the verdict as
    // the PDF prints it.
    assert_eq!(row[3], Data::Float(29.0));
    assert_eq!(row[4], Data::Float(28.0));
    assert_eq!(row[5], Data::Float(28.0 / 29.0));
    let awards = book.worksheet_range("Khen thưởng").unwrap();
    let total = awards
        .rows()
        .find(|r| r.get(1).is_some_and(|c| *c == "Tổng cộng"))
        .unwrap()
        .to_vec();
    assert_eq!(
        &total[3..6],
        &[Data::Float(9.0), Data::Float(21.0), Data::Float(30.0)]
    );
    let pdf = pdf_text(&out.join("bao-cao-1102.pdf"));
    assert!(pdf.contains("Tổng cộng 9 21 30"), "{pdf}");
    // No spreadsheet for a kind without tables (the Tờ trình), none without the flag.
    assert!(!dir
        .path()
        .join("out/2025/binh-xet-2025/to-trinh-245.xlsx")
        .exists());
}

#[test]
fn drafts_are_marked_in_every_copy_and_previews_are_one_kind() {
    let dir = tempfile::tempdir().unwrap();
    ok(&thidua(dir.path(), &["init", "p"]));
    let p = dir.path().join("p");
    ok(&thidua(&p, &["build", "-q", "--format", "docx,xlsx"]));
    let out = p.join("out/2025/tong-ket");
    let docx = docx_text(&out.join("quyet-dinh-512.docx"));
    assert!(docx.starts_with("DỰ THẢO"), "{docx}");
    for book in ["quyet-dinh-512.xlsx", "danh-sach-chi-tien-512.xlsx"] {
        let mut book: Xlsx<_> = open_workbook(out.join(book)).unwrap();
        let first = book.worksheet_range_at(0).unwrap().unwrap();
        assert_eq!(first.get((0, 0)), Some(&Data::String("DỰ THẢO".into())));
    }
    // PNG and SVG previews together is a usage error, as clap's own.
    let o = thidua(&p, &["build", "-q", "--format", "png,svg"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("PNG or SVG"));
}

/// The XML of a Word file's body.
fn raw_document(path: &Path) -> String {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml
}
