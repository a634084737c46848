//! Recipient lists from spreadsheets, and recipients removed from a list.

use crate::support::*;

const OUT: &str = "out/2024/tong-ket-nguoi-tot-viec-tot";

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
        e.contains("content/loi.xlsx: sheet \"DS\", row 1: unknown column `chuc vu`"),
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
