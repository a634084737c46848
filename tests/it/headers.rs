//! Recipient lists as offices write them: a title above the header, Vietnamese column
//! names in any case, STT and Ghi chú left out, Nam and Nữ; every unknown column said
//! at once and nothing after it; each row named by the line a spreadsheet shows.

use crate::support::*;

const LIST: &str = "DANH SÁCH ĐỀ NGHỊ TẶNG GIẤY KHEN,,,,,,
,,,,,,
STT,Họ và tên,GIỚI TÍNH,Chức vụ,Đơn vị,Tóm tắt thành tích,Ghi chú
1,Nguyễn Thị Hồng,Nữ,Chuyên viên,Phòng Kinh tế,Số hóa hồ sơ,
2,Phạm Văn Đức,Nam,Phó Trưởng phòng,Văn phòng,Đề án vị trí việc làm,chuyển công tác
3,Lê Văn Ba,,Chuyên viên,Văn phòng,Cải cách hành chính,
";

fn dossier(file: &str) -> String {
    format!("title: T\nawards:\n  - form: giay-khen\n    decision: {{number: 3, date: 2024-10-01, signer: lan}}\n    recipients_file: {file}\n")
}

#[test]
fn a_list_with_a_title_and_vietnamese_headers_is_read() {
    let dir = project_from(
        CONFIG,
        &[
            ("content/a.yaml", &dossier("ds.csv")),
            ("content/ds.csv", LIST),
        ],
    );
    let run = thidua(dir.path(), &["build", "-q"]);
    ok(&run);
    let decision = pdf_text(&dir.path().join("out/a/quyet-dinh-3.pdf"));
    contains_all(
        &decision,
        &[
            "Bà Nguyễn Thị Hồng Chuyên viên, Phòng Kinh tế",
            "Ông Phạm Văn Đức Phó Trưởng phòng, Văn phòng",
            "Lê Văn Ba",
        ],
    );
    assert!(
        !decision.contains("chuyển công tác"),
        "Ghi chú is not printed: {decision}"
    );
    // The warning names the row a spreadsheet shows: the sixth line.
    let run = thidua(dir.path(), &["check"]);
    contains_all(
        &stderr(&run),
        &["content/ds.csv:6:1: row 6: `Lê Văn Ba` without `gender`: printed without Ông/Bà"],
    );
}

#[test]
fn unknown_columns_are_said_at_once_and_nothing_follows() {
    let list = "Họ và tên,Điện thoại,Email\nNguyễn Văn An,0905,a@b\n";
    let dir = project_from(
        CONFIG,
        &[
            ("content/a.yaml", &dossier("ds.csv")),
            ("content/ds.csv", list),
        ],
    );
    let run = thidua(dir.path(), &["check"]);
    assert_eq!(run.status.code(), Some(1));
    let err = stderr(&run);
    contains_all(
        &err,
        &[
            "content/ds.csv:1:1: header, row 1: unknown columns `Điện thoại`, `Email`",
            "name (họ và tên), gender (giới tính)",
            "1 error",
        ],
    );
    assert!(!err.contains("at least one recipient"), "{err}");
}

#[test]
fn rows_of_a_list_saved_by_excel_are_named_as_excel_shows_them() {
    // Excel saves CRLF line ends, `;` in Vietnamese locales.
    let list = "DANH SÁCH\r\nSTT;Họ và tên;Giới tính\r\n1;Nguyễn Văn An;Nam\r\n2;Lê Thị Bình;X\r\n";
    let dir = project_from(
        CONFIG,
        &[
            ("content/a.yaml", &dossier("ds.csv")),
            ("content/ds.csv", list),
        ],
    );
    let run = thidua(dir.path(), &["check"]);
    assert_eq!(run.status.code(), Some(1));
    contains_all(
        &stderr(&run),
        &[
            "content/ds.csv:4:1: row 4: unknown gender `X`",
            "4 | 2;Lê Thị Bình;X",
        ],
    );
}
