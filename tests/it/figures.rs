//! The figures real reports have: decimals as written, a ceiling (`better: lower`), a
//! rate judged in points; in the table, the prose and the spreadsheet (numbers, never
//! text).

use crate::support::*;
use calamine::{open_workbook, Data, Reader, Xlsx};

const DOSSIER: &str = "title: T
achievements:
  - {name: Tỷ lệ hộ nghèo, key: ngheo, unit: \"%\", better: lower, target: 1.5, actual: 1.2}
  - {name: Thu ngân sách, key: thu, unit: triệu đồng, target: 45000, actual: 52380.50}
  - {name: Tỷ lệ tham gia bảo hiểm y tế, key: bhyt, unit: \"%\", target: 95, actual: 94.2}
  - {name: Số hộ nghèo, key: ho, unit: hộ, better: lower, target: 95, actual: 74}
  - {name: Tỷ lệ trẻ em tiêm chủng, unit: (%), target: 95, actual: 95.25}
report:
  number: 1
  date: 2026-12-10
  signer: lan
  sections:
    - heading: Kết quả
      text: |
        Thu ngân sách đạt {{achievements.thu.actual}} triệu đồng, bằng {{achievements.thu.percent}}
        kế hoạch; tỷ lệ hộ nghèo còn {{achievements.ngheo.actual}}%, {{achievements.ngheo.verdict}}
        chỉ tiêu; bảo hiểm y tế {{achievements.bhyt.verdict}}.
      table: achievements
";

#[test]
fn decimals_ceilings_and_rates_in_table_prose_and_sheet() {
    let dir = project_from(CONFIG, &[("content/a.yaml", DOSSIER)]);
    ok(&thidua(
        dir.path(),
        &["build", "-q", "--format", "pdf,xlsx"],
    ));
    let out = dir.path().join("out/a");
    let report = pdf_text(&out.join("bao-cao-1.pdf"));
    contains_all(
        &report,
        &[
            "Thu ngân sách đạt 52.380,50 triệu đồng, bằng 116,4% kế hoạch",
            "tỷ lệ hộ nghèo còn 1,2%, vượt chỉ tiêu; bảo hiểm y tế chưa đạt.",
            "Tỷ lệ hộ nghèo % ≤ 1,5 1,2 -0,3 điểm Vượt",
            "Thu ngân sách triệu đồng 45.000 52.380,50 116,4% Vượt",
            "Tỷ lệ tham gia bảo hiểm y tế % 95 94,2 -0,8 điểm Chưa đạt",
            "Số hộ nghèo hộ ≤ 95 74 77,9% Vượt",
            "Tỷ lệ trẻ em tiêm chủng (%) 95 95,25 +0,25 điểm Vượt",
        ],
    );
    let mut book: Xlsx<_> = open_workbook(out.join("bao-cao-1.xlsx")).unwrap();
    let sheet = book.worksheet_range("Chỉ tiêu").unwrap();
    let rows: Vec<Vec<Data>> = sheet.rows().map(|r| r.to_vec()).collect();
    let row = |name: &str| {
        rows.iter()
            .find(|r| r.get(1) == Some(&Data::String(name.into())))
            .unwrap_or_else(|| panic!("{name}: {rows:?}"))
            .clone()
    };
    let thu = row("Thu ngân sách");
    assert_eq!(
        (&thu[3], &thu[4]),
        (&Data::Float(45000.0), &Data::Float(52380.5))
    );
    assert!(
        matches!(thu[5], Data::Float(x) if (x - 1.164011).abs() < 1e-5),
        "{thu:?}"
    );
    let bhyt = row("Tỷ lệ tham gia bảo hiểm y tế");
    assert!(
        matches!(bhyt[5], Data::Float(x) if (x + 0.8).abs() < 1e-9),
        "{bhyt:?}"
    );
}

#[test]
fn figures_that_cannot_be_are_located_errors() {
    let bad = "title: T
achievements:
  - {name: A, target: 1.23456, actual: 1}
  - {name: B, target: \"1.200\", actual: 1}
  - {name: C, better: up, target: 1, actual: 1}
  - {name: D, key: d, unit: \"%\", target: 95, actual: 94.2}
report:
  number: 1
  date: 2026-12-10
  signer: lan
  sections: [{heading: H, text: \"{{achievements.d.percent}}\"}]
";
    let dir = project_from(CONFIG, &[("content/a.yaml", bad)]);
    let run = thidua(dir.path(), &["check"]);
    assert_eq!(run.status.code(), Some(1));
    contains_all(
        &stderr(&run),
        &[
            "a.yaml:3:23: achievements[0].target: `1.23456` has 5 decimals; 4 at most",
            "a.yaml:4:23: achievements[1].target: \"1.200\" is written in quotes: write the figure alone, as 1.200",
            "achievements[2].better: unknown variant `up`",
            "`d` is a rate (`unit: \"%\"`), judged in points",
            "4 errors",
        ],
    );
}

#[test]
fn three_decimals_may_be_a_thousand_and_are_said() {
    let dossier =
        "title: T\nachievements:\n  - {name: A, unit: hồ sơ, target: 1.200, actual: 1.254}\n";
    let dir = project_from(CONFIG, &[("content/a.yaml", dossier)]);
    let run = thidua(dir.path(), &["check"]);
    ok(&run);
    contains_all(
        &stderr(&run),
        &["achievements[0].actual: `1.254` is read as the decimal 1,254; a whole number is written without a thousands separator (`1254`)"],
    );
}
