//! The payment list (danh sách chi tiền thưởng): the decision's recipients, amounts and
//! total, as PDF and as a spreadsheet whose total is a formula; a long one in pieces.

use crate::support::*;
use calamine::{open_workbook, Data, Reader, Xlsx};
use std::path::Path;

const DIR: &str = "out/2024/tong-ket-nguoi-tot-viec-tot";

#[test]
fn the_payment_list_agrees_with_its_decision() {
    let dir = project("hanoi-2024");
    ok(&thidua(dir.path(), &["build", "-q"]));
    let out = dir.path().join(DIR);
    let decision = pdf_text(&out.join("quyet-dinh-1520.pdf"));
    let list = pdf_text(&out.join("danh-sach-chi-tien-1520.pdf"));
    contains_all(
        &list,
        &[
            "DANH SÁCH CHI TIỀN THƯỞNG",
            "(Kèm theo Quyết định số 1520/QĐ-SLĐTBXH ngày 15 tháng 10 năm 2024 của Giám đốc Sở",
            "I. TẬP THỂ (09)",
            "II. CÁ NHÂN (23)",
            "Tổng cộng: 14.670.000 đồng",
            "Mười bốn triệu sáu trăm bảy mươi nghìn đồng",
            "NGƯỜI LẬP BIỂU",
            "KẾ TOÁN TRƯỞNG",
            "THỦ TRƯỞNG ĐƠN VỊ",
            "Ký nhận",
        ],
    );
    // The decision says the same total and words.
    contains_all(
        &decision,
        &["14.670.000", "Mười bốn triệu sáu trăm bảy mươi nghìn đồng"],
    );
    assert_eq!(
        list.matches("710.000").count(),
        9,
        "each collective's amount"
    );
    assert_eq!(
        list.matches("360.000").count(),
        23,
        "each individual's amount"
    );
    for name in [
        "Nguyễn Thị Quỳnh Hương",
        "Phan Diệu Dung",
        "Trung tâm Dịch vụ việc làm",
    ] {
        assert!(decision.contains(name) && list.contains(name), "{name}");
    }
    // A title without money has no payment list.
    assert!(!out.join("danh-sach-chi-tien-1521.pdf").exists());
    assert!(!out.join("danh-sach-chi-tien-1521.xlsx").exists());

    // The spreadsheet: the same rows, amounts as numbers, the total a SUM formula.
    let path = out.join("danh-sach-chi-tien-1520.xlsx");
    let mut book: Xlsx<_> = open_workbook(&path).expect("the workbook opens");
    let sheet = book.worksheet_range("Danh sách").expect("its sheet");
    let rows: Vec<&[Data]> = sheet.rows().collect();
    let amounts: Vec<f64> = rows
        .iter()
        .filter(|r| matches!(r.first(), Some(Data::Float(_))))
        .filter_map(|r| match r.get(3) {
            Some(Data::Float(x)) => Some(*x),
            _ => None,
        })
        .collect();
    assert_eq!(amounts.len(), 32, "a row per recipient");
    assert_eq!(amounts.iter().sum::<f64>(), 14_670_000.0);
    let total = rows
        .iter()
        .position(|r| r.first() == Some(&Data::String("Tổng cộng".into())))
        .expect("a total row");
    assert_eq!(
        rows[total][3],
        Data::Float(14_670_000.0),
        "the cached total"
    );
    let formulas = book.worksheet_formula("Danh sách").expect("its formulas");
    let formula = formulas
        .rows()
        .flatten()
        .find(|f| !f.is_empty())
        .expect("a formula");
    assert!(formula.starts_with("SUM(D"), "{formula}");
    let names: Vec<String> = rows
        .iter()
        .filter_map(|r| r.get(1))
        .map(|d| d.to_string())
        .collect();
    assert!(names.iter().any(|n| n == "Bà Phan Diệu Dung"), "{names:?}");
    // Built again, the spreadsheet has the same bytes.
    let first = std::fs::read(&path).unwrap();
    ok(&thidua(dir.path(), &["build", "-q", "--force"]));
    assert_eq!(first, std::fs::read(&path).unwrap());
}

/// A decision of `collectives` then `individuals`.
fn long_list(collectives: usize, individuals: usize) -> tempfile::TempDir {
    let mut csv = String::from("name,gender,position,unit,collective\n");
    for i in 0..collectives {
        csv.push_str(&format!(",,,Xã số {i},Phòng Văn hóa - Thông tin số {i}\n"));
    }
    for i in 0..individuals {
        let position = if i % 7 == 3 {
            "\"Phó Trưởng phòng phụ trách công tác thi đua, khen thưởng và truyền thông\""
        } else {
            "Chuyên viên"
        };
        csv.push_str(&format!(
            "Lê Văn Hùng {i},male,{position},Phòng {},\n",
            i % 40
        ));
    }
    list_project(&csv)
}

#[test]
fn a_long_payment_list_in_pieces_has_the_pages_of_one_compilation() {
    const LIST: &str = "out/d/danh-sach-chi-tien-77.pdf";
    let pieces = long_list(12, 300);
    ok(&thidua(pieces.path(), &["build", "-q"]));
    let whole = long_list(12, 300);
    let template = include_str!("../../templates/payment.typ.hbs");
    std::fs::create_dir_all(whole.path().join("templates")).unwrap();
    std::fs::write(whole.path().join("templates/payment.typ.hbs"), template).unwrap();
    ok(&thidua(whole.path(), &["build", "-q"]));
    let parts = manifest_parts(pieces.path(), "d/danh-sach-chi-tien-77.pdf").len();
    assert!(parts >= 3, "built in pieces: {parts}");
    let (a, b) = (
        page_texts(&pieces.path().join(LIST)),
        page_texts(&whole.path().join(LIST)),
    );
    assert!(a.len() > 10, "{} pages", a.len());
    assert_eq!(a, b, "the pages of one compilation");
    let all = a.join(" ");
    assert_eq!(all.matches("DANH SÁCH CHI TIỀN THƯỞNG").count(), 1);
    assert_eq!(all.matches("Lê Văn Hùng 150 ").count(), 1, "each row once");
    // 12 × 710.000 + 300 × 360.000, once, on the last page.
    assert_eq!(all.matches("Tổng cộng: 116.520.000 đồng").count(), 1);
    assert!(a.last().unwrap().contains("THỦ TRƯỞNG ĐƠN VỊ"));
}

#[test]
fn an_edit_in_a_long_payment_list_retypesets_its_piece_only() {
    let dir = long_list(0, 300);
    ok(&thidua(dir.path(), &["build", "-q"]));
    let parts = |dir: &Path| manifest_parts(dir, "d/danh-sach-chi-tien-77.pdf");
    let before = parts(dir.path());
    let csv = dir.path().join("content/ds.csv");
    let text = std::fs::read_to_string(&csv).unwrap();
    // A name as long as the others: the widths of the columns stay.
    let edited = text.replace("Lê Văn Hùng 150,", "Lê Văn Hưng 150,");
    assert_ne!(edited, text);
    std::fs::write(&csv, edited).unwrap();
    ok(&thidua(dir.path(), &["build", "-q"]));
    let after = parts(dir.path());
    assert!(
        before.len() >= 3 && before.len() == after.len(),
        "{before:?}"
    );
    let changed = before
        .iter()
        .zip(&after)
        .filter(|(b, a)| b["inputs"] != a["inputs"]);
    assert_eq!(
        changed.count(),
        1,
        "one piece retypeset:\n{before:?}\n{after:?}"
    );
    let list = pdf_text(&dir.path().join("out/d/danh-sach-chi-tien-77.pdf"));
    assert!(list.contains("Lê Văn Hưng 150") && !list.contains("Lê Văn Hùng 150 "));
}

#[test]
fn payment_list_false_makes_none() {
    let dir = project("hanoi-2024");
    let config = dir.path().join("thidua.yaml");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(&config, format!("{text}payment_list: false\n")).unwrap();
    ok(&thidua(dir.path(), &["build", "-q"]));
    let out = dir.path().join(DIR);
    assert!(out.join("quyet-dinh-1520.pdf").exists());
    assert!(!out.join("danh-sach-chi-tien-1520.pdf").exists());
    assert!(!out.join("danh-sach-chi-tien-1520.xlsx").exists());
}
