//! Households (hộ gia đình): a third section of an award's list, with money of their
//! own, named `Hộ ông …` in lists and `Gia đình ông …` on certificates, counted apart in
//! every document, copy and figure; and the forms that are or are not given to them.

use crate::support::*;
use calamine::{open_workbook, Data, Reader, Xlsx};

/// The commune sample built: a Giấy khen with a household read from its CSV, and a Gia
/// đình văn hóa for four households at a prize the commune sets.
fn commune() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let sample = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/xa-hoa-vang");
    copy_dir(&sample, dir.path());
    ok(&thidua(
        dir.path(),
        &["build", "-q", "--format", "pdf,docx,xlsx"],
    ));
    dir
}

#[test]
fn households_flow_through_every_document_of_the_commune() {
    let dir = commune();
    let out = dir.path().join("out/2026/tong-ket");
    // A Giấy khen's household is paid 0,45 × 2.530.000 rounded up: 1.140.000 đồng.
    let decision = pdf_text(&out.join("quyet-dinh-512.pdf"));
    contains_all(
        &decision,
        &[
            "cho 02 tập thể, 02 cá nhân và 01 hộ gia đình (có danh sách kèm theo)",
            "mỗi hộ gia đình được thưởng 1.140.000 đồng",
            "Tổng số tiền thưởng: 5.700.000 đồng",
            "các tập thể, cá nhân, hộ gia đình có tên tại Điều 1",
            "Tập thể, cá nhân, hộ gia đình được tặng Giấy khen",
            "III. HỘ GIA ĐÌNH (01)",
            "Hộ ông Lê Văn Sáu Thôn Phước Thuận 1.140.000",
        ],
    );
    contains_all(
        &pdf_text(&out.join("to-trinh-90.pdf")),
        &["Căn cứ thành tích đạt được năm 2026 của các tập thể, cá nhân, hộ gia đình và kết quả họp xét"],
    );
    // The Gia đình văn hóa: households alone, its decree among the Căn cứ, the prize set.
    let cultured = pdf_text(&out.join("quyet-dinh-513.pdf"));
    contains_all(
        &cultured,
        &[
            "Công nhận danh hiệu “Gia đình văn hóa” năm 2026 cho 04 hộ gia đình",
            "Căn cứ Nghị định số 86/2023/NĐ-CP",
            "Mỗi hộ gia đình được thưởng 500.000 đồng. Tổng số tiền thưởng: 2.000.000 đồng",
            "Hộ gia đình được công nhận danh hiệu “Gia đình văn hóa” năm 2026",
            "Hộ ông Nguyễn Văn Tám",
            "Hộ bà Trần Thị Chín",
            "Hộ ông Phan Văn Mười",
            "Hộ bà Lê Thị Mai",
        ],
    );
    // A list of one section is headed without a numeral, with no II to follow.
    assert!(
        cultured.contains("HỘ GIA ĐÌNH (04)") && !cultured.contains("I. HỘ"),
        "{cultured}"
    );
    let paid = pdf_text(&out.join("danh-sach-chi-tien-513.pdf"));
    assert!(
        paid.contains("HỘ GIA ĐÌNH (04)") && !paid.contains("I. HỘ"),
        "{paid}"
    );
    // Certificates address the family, in the list's order.
    let certificates = page_texts(&out.join("gia-dinh-van-hoa-513.pdf"));
    assert_eq!(certificates.len(), 4);
    contains_all(
        &certificates[2],
        &["Gia đình ông Phan Văn Mười", "Thôn An Trạch"],
    );
    contains_all(&certificates[3], &["Gia đình bà Lê Thị Mai"]);
    let last = page_texts(&out.join("giay-khen-512.pdf")).pop().unwrap();
    contains_all(&last, &["Gia đình ông Lê Văn Sáu", "Số sổ vàng: 105"]);
    // The report counts them in a column of their own, and its prose names them.
    let report = pdf_text(&out.join("bao-cao-245.pdf"));
    contains_all(
        &report,
        &[
            "02 tập thể, 04 cá nhân và 05 hộ gia đình",
            "Tập thể Cá nhân Hộ gia đình Cộng",
            "Giấy khen 512/QĐ-UBND 2 2 1 5",
            "Gia đình văn hóa 513/QĐ-UBND 0 0 4 4",
            "Tổng cộng 2 4 5 11",
        ],
    );
    // The master of ceremonies calls the families up.
    contains_all(
        &pdf_text(&out.join("kich-ban.pdf")),
        &[
            "Trân trọng kính mời đại diện các hộ gia đình sau lên nhận danh hiệu “Gia đình văn hóa”",
            "Gia đình ông Nguyễn Văn Tám, Thôn Phước Thuận",
        ],
    );
    // The payment list, its workbook and the Word copy of the decision say the same.
    contains_all(
        &pdf_text(&out.join("danh-sach-chi-tien-512.pdf")),
        &[
            "III. HỘ GIA ĐÌNH (01)",
            "Hộ ông Lê Văn Sáu",
            "Tổng cộng: 5.700.000 đồng",
        ],
    );
    let mut book: Xlsx<_> = open_workbook(out.join("danh-sach-chi-tien-512.xlsx")).unwrap();
    let sheet = book.worksheet_range("Danh sách").unwrap();
    let rows: Vec<Vec<Data>> = sheet.rows().map(|r| r.to_vec()).collect();
    let at = rows
        .iter()
        .position(|r| r.first() == Some(&Data::String("III. HỘ GIA ĐÌNH (01)".into())))
        .expect("the households' heading");
    assert_eq!(rows[at + 1][1], Data::String("Hộ ông Lê Văn Sáu".into()));
    assert_eq!(rows[at + 1][3], Data::Float(1_140_000.0));
    contains_all(
        &docx_text(&out.join("quyet-dinh-512.docx")),
        &["III. HỘ GIA ĐÌNH (01)", "Hộ ông Lê Văn Sáu", "Địa chỉ"],
    );
    // The council's Tờ trình under the body of two lines: a paragraph each in Word.
    let asked = docx_text(&out.join("to-trinh-90.docx"));
    assert!(
        asked.starts_with("DỰ THẢO\nỦY BAN NHÂN DÂN\nXÃ HÒA VANG\nHỘI ĐỒNG THI ĐUA"),
        "{asked}"
    );
}

const COMMUNE: &str = "organization:
  kind: xa
  province: Đà Nẵng
  name: ỦY BAN NHÂN DÂN XÃ HÒA VANG
  short: UBND
  place: Hòa Vang
people:
  lan: {name: Trần Thị Lan, position: Chủ tịch Ủy ban nhân dân xã, title: Chủ tịch}
";

fn dossier(form: &str, date: &str, more: &str, recipients: &str) -> String {
    format!(
        "title: T\nawards:\n  - form: {form}\n    decision: {{number: 3, date: {date}, signer: lan}}\n{more}    recipients:\n{recipients}"
    )
}

#[test]
fn a_household_where_the_form_has_no_money_for_it_is_said() {
    // Under the 2024 regime a Giấy khen has no household money built in.
    let households =
        "      - {household: Hộ ông Lê Văn An}\n      - {household: Hộ bà Võ Thị Bình}\n";
    let text = dossier("giay-khen", "2024-10-01", "", households);
    let dir = project_from(COMMUNE, &[("content/t.yaml", &text)]);
    let run = thidua(dir.path(), &["check"]);
    assert_eq!(run.status.code(), Some(1), "{}", stderr(&run));
    contains_all(
        &stderr(&run),
        &[
            "t.yaml:6:10: awards[0].recipients[0]: Giấy khen has no money for households in the regime in force",
            "t.yaml:7:10: awards[0].recipients[1]",
            "a third coefficient under `forms: { giay-khen: { money: … } }`, or put them in an award of their own with `amount`",
        ],
    );
    // With the prize the agency sets, it is.
    let text = dossier(
        "giay-khen",
        "2024-10-01",
        "    amount: 300000\n",
        households,
    );
    std::fs::write(dir.path().join("content/t.yaml"), text).unwrap();
    ok(&thidua(dir.path(), &["build", "-q"]));
    let decision = pdf_text(&dir.path().join("out/t/quyet-dinh-3.pdf"));
    contains_all(
        &decision,
        &["Mỗi hộ gia đình được thưởng 300.000 đồng", "600.000 đồng"],
    );
    // A Gia đình văn hóa is for households alone; a recipient is one kind, never two.
    let others = "      - {collective: Thôn An Trạch}\n      - {name: Lê Văn An, household: Hộ ông Lê Văn An}\n      - {household: Hộ}\n";
    let text = dossier("gia-dinh-van-hoa", "2026-12-01", "    amount: 0\n", others);
    std::fs::write(dir.path().join("content/t.yaml"), text).unwrap();
    let run = thidua(dir.path(), &["check"]);
    assert_eq!(run.status.code(), Some(1));
    contains_all(
        &stderr(&run),
        &[
            "recipients[0]: `gia-dinh-van-hoa` is not given to collectives",
            "recipients[1]: a recipient has one of `name` (an individual), `collective` or `household`, not two",
            "recipients[2]: household `Hộ` names nobody",
        ],
    );
}

#[test]
fn households_sort_by_their_heads_given_names_and_unaddressed_ones_are_warned_of() {
    let list = "      - {household: Hộ ông Lê Văn Sáu}\n      - {household: Gia đình bà Trần Thị An}\n      - {household: Nguyễn Văn Bảy}\n";
    let text = dossier(
        "gia-dinh-van-hoa",
        "2026-12-01",
        "    amount: 0\n    sort: name\n",
        list,
    );
    let dir = project_from(COMMUNE, &[("content/t.yaml", &text)]);
    let run = thidua(dir.path(), &["build"]);
    ok(&run);
    contains_all(
        &stderr(&run),
        &["`Nguyễn Văn Bảy` without `gender`: printed without Ông/Bà"],
    );
    let text = pdf_text(&dir.path().join("out/t/quyet-dinh-3.pdf"));
    let order: Vec<usize> = [
        "Hộ bà Trần Thị An",
        "Hộ Nguyễn Văn Bảy",
        "Hộ ông Lê Văn Sáu",
    ]
    .iter()
    .map(|n| text.find(n).unwrap_or_else(|| panic!("{n} in {text}")))
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    let files = files(&dir.path().join("out/t"));
    assert!(
        files
            .iter()
            .any(|f| f.ends_with("gia-dinh-van-hoa-3/01-tran-thi-an.pdf")),
        "{files:?}"
    );
}

#[test]
fn titles_are_not_given_to_households_and_an_amount_says_what_it_replaces() {
    // A title for individuals, even with a prize of the agency's own.
    let one = "      - {household: Hộ ông Lê Văn An}\n";
    let text = dossier(
        "chien-si-thi-dua-co-so",
        "2026-12-01",
        "    amount: 500000\n",
        one,
    );
    let dir = project_from(COMMUNE, &[("content/t.yaml", &text)]);
    let run = thidua(dir.path(), &["check"]);
    assert_eq!(run.status.code(), Some(1), "{}", stderr(&run));
    contains_all(
        &stderr(&run),
        &["`chien-si-thi-dua-co-so` is not given to households"],
    );
    // A form of one's own paying households alone is given to them alone.
    let config =
        format!("{COMMUNE}forms:\n  ho: {{name: Hộ tiêu biểu, money: {{C: [~, ~, 0.45]}}}}\n");
    let text = dossier(
        "ho",
        "2026-12-01",
        "",
        "      - {name: Lê Văn An, gender: male}\n",
    );
    let dir = project_from(&config, &[("content/t.yaml", &text)]);
    let run = thidua(dir.path(), &["check"]);
    contains_all(&stderr(&run), &["`ho` is not given to individuals"]);
    // An amount on a Giấy khen replaces the individuals' money too: said.
    let both = "      - {name: Lê Văn An, gender: male}\n      - {household: Hộ bà Võ Thị Bình}\n";
    let text = dossier("giay-khen", "2026-12-01", "    amount: 300000\n", both);
    std::fs::write(dir.path().join("content/t.yaml"), text).unwrap();
    let run = thidua(dir.path(), &["check"]);
    ok(&run);
    contains_all(
        &stderr(&run),
        &["awards[0].amount: `amount: 300000` replaces the 760000 đồng Giấy khen gives each of its individuals"],
    );
}

#[test]
fn households_written_wrongly_are_said() {
    let list = "      - {name: Hộ ông Lê Văn An, gender: male}
      - {collective: Gia đình bà Võ Thị Bình}
      - {household: \"Hộ ông Trần\\nVăn Ba\", unit: \"Thôn\\tAn Trạch\"}
      - {household: Hộ bà Đỗ Văn Tư, gender: male}
      - {household: Hộ ông !!!}
      - {household: Hộ ông Phan Văn Năm, position: Trưởng thôn}
      - {household: Hộ ông Nguyễnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn}
      - {name: Ông Lý Văn Sáu, gender: male}
";
    let text = dossier("giay-khen", "2026-12-01", "", list);
    let dir = project_from(COMMUNE, &[("content/t.yaml", &text)]);
    let run = thidua(dir.path(), &["check"]);
    assert_eq!(run.status.code(), Some(1));
    contains_all(
        &stderr(&run),
        &[
            "recipients[0]: `name: Hộ ông Lê Văn An` reads as a household, and is counted among the individuals",
            "write `household: Hộ ông Lê Văn An`",
            "recipients[1]: `collective: Gia đình bà Võ Thị Bình` reads as a household",
            "recipients[2]: `household` holds a line break or a tab: printed on one line, as `Hộ ông Trần Văn Ba`",
            "recipients[2]: `unit` holds a line break or a tab: printed on one line, as `Thôn An Trạch`",
            "recipients[3]: household `Hộ bà Đỗ Văn Tư` says bà, its `gender` ông",
            "recipients[4]: household `Hộ ông !!!` names nobody",
            "recipients[5]: a household has no `position`",
            "recipients[6]: `household` has a word of 46 characters, longer than a line",
            "recipients[7]: `name: Ông Lý Văn Sáu` starts with its honorific",
        ],
    );
    // A date that cannot be read is one error, not the rules of the form besides.
    let text = dossier(
        "giay-khen",
        "20/12/2026",
        "",
        "      - {household: Hộ ông Lê Văn An}\n",
    );
    std::fs::write(dir.path().join("content/t.yaml"), text).unwrap();
    let run = thidua(dir.path(), &["check"]);
    let err = stderr(&run);
    assert!(
        err.contains("1 error") && err.contains("decision.date"),
        "{err}"
    );
}

#[test]
fn a_form_of_ones_own_is_checked_where_it_is_written() {
    let config = format!(
        "{COMMUNE}forms:
  giay-khen: {{given_to: [], money: {{C: [0.3, 0.6, 10000]}}, bases: [{{from: 1800-01-01, text: \" \"}}]}}
"
    );
    let dir = project_from(&config, &[("content/t.yaml", TWO_PEOPLE)]);
    let run = thidua(dir.path(), &["check"]);
    assert_eq!(run.status.code(), Some(1));
    contains_all(
        &stderr(&run),
        &[
            "thidua.yaml:10:",
            "forms.giay-khen.given_to: `given_to` names no one",
            "forms.giay-khen.money.C: a coefficient of 10000 × the base salary is not plausible",
            "forms.giay-khen.bases[0].text: an empty `Căn cứ` line",
            "forms.giay-khen.bases[0].from: a `Căn cứ` line from 1800-01-01 is not plausible",
        ],
    );
    assert!(
        !stderr(&run).contains("is not given to"),
        "{}",
        stderr(&run)
    );
}
