//! The years remembered, as users get them wrong: one person written two ways, files
//! that are no list, a register written over a source, numbers given twice, dates of
//! birth that are none; each said where it is, nothing else harmed.

use crate::support::*;

#[test]
fn one_id_born_twice_is_an_error_and_nothing_is_written() {
    let dossier = "title: T\nyear: 2026\nawards:\n  - form: chien-si-thi-dua-co-so\n    decision: {number: 60, date: 2026-10-01, signer: lan}\n    recipients:\n      - {name: Phạm Văn An, gender: male, id: NV1, born: 1980-01-01}\n";
    let older = "title: T\nyear: 2025\nawards:\n  - form: giay-khen\n    decision: {number: 3, date: 2025-10-01, signer: lan}\n    recipients:\n      - {name: Phạm Văn An, gender: male, id: NV1, born: 01/01/1980}\n";
    let history = "id,name,born,year,rating\nNV1,Phạm Văn An,1981-02-02,2024,tot\nNV2,Phạm Văn Ân,1979-01-01,2024,tot\n";
    let dir = project_from(
        CONFIG,
        &[
            ("content/t.yaml", dossier),
            ("content/o.yaml", older),
            ("history/xep-loai.csv", history),
        ],
    );
    // The same date written two ways is one date; the history's other date is not.
    let run = thidua(dir.path(), &["build"]);
    assert!(!run.status.success());
    let err = stderr(&run);
    contains_all(
        &err,
        &[
            "history/xep-loai.csv:2:",
            "`id` NV1 is born 1981-02-02 here and 01/01/1980 at content/o.yaml:7",
        ],
    );
    assert_eq!(err.matches("is born").count(), 1, "{err}");
    assert!(!dir.path().join("out").exists());
}

#[test]
fn namesakes_in_one_award_are_warned_of_unless_something_tells_them_apart() {
    let people = [
        // Told apart by their id, their birth, their gender: no warning.
        "{name: Phạm Văn An, gender: male, id: NV1, unit: Phòng A}",
        "{name: Phạm Văn An, gender: male, id: NV2, unit: Phòng B}",
        "{name: Lê Thị Bình, gender: female, born: 1980-01-01, unit: Phòng A}",
        "{name: Lê Thị Bình, gender: female, born: 1985-01-01, unit: Phòng B}",
        "{name: Trần Minh Hải, gender: male, unit: Phòng A}",
        "{name: Trần Minh Hải, gender: female, unit: Phòng B}",
        // Nothing tells these two apart: one warning, naming both places.
        "{name: Nguyễn Thị Hoà, gender: female, unit: Phòng A}",
        "{name: Nguyễn Thị Hòa, gender: female, unit: Phòng B}",
    ];
    let list: String = people.iter().map(|p| format!("      - {p}\n")).collect();
    let dossier = format!("title: T\nyear: 2026\nawards:\n  - form: giay-khen\n    decision: {{number: 60, date: 2026-10-01, signer: lan}}\n    recipients:\n{list}");
    let dir = project_from(CONFIG, &[("content/t.yaml", &dossier)]);
    let run = thidua(dir.path(), &["check"]);
    ok(&run);
    let err = stderr(&run);
    contains_all(
        &err,
        &[
            "content/t.yaml:14:10: awards[0].recipients[7]: two recipients named `Nguyễn Thị Hòa` in this award, and nothing tells them apart",
            "also at content/t.yaml:13:10 (awards[0].recipients[6])",
        ],
    );
    assert_eq!(err.matches("tells them apart").count(), 1, "{err}");
}

/// A dossier of 2026 whose award `form` (decided, number `n`, `more` keys) lists `people`.
fn dossier(form: &str, n: u32, more: &str, people: &[&str]) -> String {
    let list: String = people.iter().map(|p| format!("      - {p}\n")).collect();
    format!("title: T\nyear: 2026\nawards:\n  - form: {form}\n    decision: {{number: {n}, date: 2026-10-01, signer: lan{more}}}\n    recipients:\n{list}")
}

#[test]
fn the_register_is_never_written_over_a_source_or_through_a_link() {
    let d = dossier("giay-khen", 60, "", &["{name: Phạm Văn An, gender: male}"]);
    let dir = project_from(CONFIG, &[("content/t.yaml", &d)]);
    let root = dir.path();
    std::fs::create_dir_all(root.join("out")).unwrap();
    std::os::unix::fs::symlink(root.join("thidua.yaml"), root.join("out/link.xlsx")).unwrap();
    let config = std::fs::read(root.join("thidua.yaml")).unwrap();
    for (file, said) in [
        ("thidua.yaml", "name it `….xlsx`"),
        ("content/so.xlsx", "inside `content/`"),
        ("out/link.xlsx", "a link"),
    ] {
        let run = thidua(root, &["history", "--xlsx", file]);
        assert!(!run.status.success(), "{file}");
        assert!(stderr(&run).contains(said), "{file}: {}", stderr(&run));
    }
    assert_eq!(std::fs::read(root.join("thidua.yaml")).unwrap(), config);
    assert!(!root.join("content/so.xlsx").exists());
    ok(&thidua(root, &["history", "--xlsx", "out/so.xlsx"]));
    assert!(root.join("out/so.xlsx").is_file());
}

#[test]
fn a_link_to_a_device_is_refused_without_reading_it() {
    let d = dossier("giay-khen", 60, "", &["{name: Phạm Văn An, gender: male}"]);
    let dir = project_from(CONFIG, &[("content/t.yaml", &d)]);
    let root = dir.path();
    std::fs::create_dir_all(root.join("history")).unwrap();
    std::fs::create_dir_all(root.join("content/thanh-tich")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", root.join("history/z.csv")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", root.join("content/thanh-tich/x.md")).unwrap();
    let started = std::time::Instant::now();
    let run = thidua(root, &["check"]);
    assert!(started.elapsed().as_secs() < 20, "it read the device");
    assert!(!run.status.success());
    contains_all(
        &stderr(&run),
        &["history/z.csv: a link", "content/thanh-tich/x.md: a link"],
    );
}

#[test]
fn so_vang_numbers_any_earlier_decision_gave_are_said() {
    let five = [
        "{name: A Một, gender: male}",
        "{name: A Hai, gender: male}",
        "{name: A Ba, gender: male}",
        "{name: A Bốn, gender: male}",
        "{name: A Năm, gender: male}",
    ];
    let files = [
        dossier("giay-khen", 601, ", register_from: 1", &five),
        dossier(
            "giay-khen",
            602,
            ", register_from: 2",
            &["{name: B Một, gender: male}"],
        ),
        dossier(
            "giay-khen",
            603,
            ", register_from: 4",
            &["{name: C Một, gender: male}"],
        ),
    ];
    let dir = project_from(
        CONFIG,
        &[
            ("content/a.yaml", &files[0]),
            ("content/b.yaml", &files[1]),
            ("content/c.yaml", &files[2]),
        ],
    );
    let run = thidua(dir.path(), &["check"]);
    ok(&run);
    let err = stderr(&run);
    contains_all(
        &err,
        &[
            "số sổ vàng 2–2 of register `giay-khen` (2026) overlap 1–5 of Quyết định số 601",
            "số sổ vàng 4–4 of register `giay-khen` (2026) overlap 1–5 of Quyết định số 601",
        ],
    );
    // A number that is none is refused where it is written.
    for bad in ["0", "18446744073709551615"] {
        let d = dossier(
            "giay-khen",
            60,
            &format!(", register_from: {bad}"),
            &five[..1],
        );
        let dir = project_from(CONFIG, &[("content/t.yaml", &d)]);
        let run = thidua(dir.path(), &["check"]);
        assert!(!run.status.success(), "{bad}");
        assert!(
            stderr(&run).contains("a register numbers from 1 to 99 999 999"),
            "{}",
            stderr(&run)
        );
    }
}

#[test]
fn a_date_of_birth_that_is_none_is_an_error_where_it_is_written() {
    let d = dossier(
        "giay-khen",
        60,
        "",
        &[
            "{name: Phạm Văn An, gender: male, born: 31/02/1985}",
            "{name: Lê Văn Bình, gender: male, born: 12/05/1985}",
        ],
    );
    let history = "name,born,year,rating\nTrần Văn Cường,abc,2025,tot\nLê Thị Dung,2099-01-01,2025,tot\nHồ Văn Em,1985,2025,tot\n";
    let dir = project_from(
        CONFIG,
        &[("content/t.yaml", &d), ("history/xep-loai.csv", history)],
    );
    let run = thidua(dir.path(), &["check"]);
    assert!(!run.status.success());
    let err = stderr(&run);
    contains_all(
        &err,
        &[
            "content/t.yaml:7:10: awards[0].recipients[0]: `born: 31/02/1985` is not a date of birth",
            "history/xep-loai.csv:2:1: row 2: `born` `abc` is not a date of birth",
            "history/xep-loai.csv:3:1: row 3: `born` `2099-01-01` is not a date of birth",
        ],
    );
    assert_eq!(err.matches("not a date of birth").count(), 3, "{err}");
}

#[test]
fn one_file_of_part_ii_for_several_nominees_is_said() {
    let d = "title: T\nyear: 2026\nawards:\n  - form: chien-si-thi-dua-tinh\n    proposal: {number: 8, date: 2026-11-25, signer: lan, to: Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi}\n    recipients:\n      - {name: Nguyễn Văn An, gender: male, id: A1}\n      - {name: Nguyễn Văn An, gender: male, id: A2}\n      - {name: Nguyễn Văn Ân, gender: male, id: A3}\n";
    let dir = project_from(
        CONFIG,
        &[
            ("content/t.yaml", d),
            ("content/thanh-tich/nguyen-van-an.md", "Thành tích.\n"),
        ],
    );
    let run = thidua(dir.path(), &["check"]);
    ok(&run);
    assert!(
        stderr(&run).contains("content/thanh-tich/nguyen-van-an.md: `nguyen-van-an.md` is part II of 3 nominees' reports: Nguyễn Văn An (A1), Nguyễn Văn An (A2), Nguyễn Văn Ân (A3)"),
        "{}",
        stderr(&run)
    );
}

#[test]
fn a_school_says_its_school_years() {
    let year = |y: i32, n: u32, more: &str| {
        format!("title: Năm học {y}-{}\nschool_year: {y}-{}\nawards:\n  - form: chien-si-thi-dua-co-so\n    decision: {{number: {n}, date: {}-05-20, signer: lan}}\n    recipients:\n      - {{name: Lê Thị Hoa, gender: female}}\n{more}", y + 1, y + 1, y + 1)
    };
    let proposal = "  - form: chien-si-thi-dua-tinh\n    proposal: {number: 7, date: 2026-05-25, signer: lan, to: Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi}\n    recipients:\n      - {name: Lê Thị Hoa, gender: female}\n";
    let dir = project_from(
        CONFIG,
        &[
            ("content/2023.yaml", &year(2023, 40, "")),
            ("content/2025.yaml", &year(2025, 42, proposal)),
        ],
    );
    let run = thidua(dir.path(), &["check"]);
    ok(&run);
    assert!(
        stderr(&run).contains("cần 03 lần liên tục Chiến sĩ thi đua cơ sở đến năm học 2025-2026; có 2023-2024, 2025-2026 — thiếu 2024-2025"),
        "{}",
        stderr(&run)
    );
    let run = thidua(
        dir.path(),
        &["history", "Lê Thị Hoa", "--format", "markdown"],
    );
    ok(&run);
    let out = String::from_utf8_lossy(&run.stdout);
    assert!(
        out.contains("| 2023-2024 | Chiến sĩ thi đua cơ sở |"),
        "{out}"
    );
    // Typed without its marks, the name still finds her.
    let run = thidua(dir.path(), &["history", "le thi hoa"]);
    ok(&run);
    assert!(String::from_utf8_lossy(&run.stdout).starts_with("Lê Thị Hoa"));
}

#[test]
fn what_one_record_of_an_id_says_of_its_person_holds_for_all() {
    // NV021 is born in 1982 (said in the Tờ trình); the nominee without `id` is born in
    // 1988: not NV021, whose earlier years do not count for him.
    let older = dossier(
        "chien-si-thi-dua-co-so",
        50,
        "",
        &["{name: Nguyễn Văn Hùng, gender: male, id: NV021}"],
    );
    let older = older.replace("2026", "2025");
    let d = "title: T\nyear: 2026\nawards:\n  - form: chien-si-thi-dua-co-so\n    decision: {number: 60, date: 2026-10-01, signer: lan}\n    recipients:\n      - {name: Nguyễn Văn Hùng, gender: male, id: NV021}\n      - {name: Nguyễn Văn Hùng, gender: male, born: 17/02/1988}\n  - form: bang-khen-ubnd-tinh\n    proposal: {number: 8, date: 2026-11-25, signer: lan, to: Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi}\n    recipients:\n      - {name: Nguyễn Văn Hùng, gender: male, id: NV021, born: 05/11/1982}\n      - {name: Nguyễn Văn Hùng, gender: male, born: 17/02/1988}\n";
    let dir = project_from(
        CONFIG,
        &[("content/2025.yaml", &older), ("content/2026.yaml", d)],
    );
    let run = thidua(dir.path(), &["check"]);
    ok(&run);
    let err = stderr(&run);
    assert_eq!(err.matches("may not meet").count(), 1, "{err}");
    assert!(
        err.contains("content/2026.yaml:13:10: awards[1].recipients[1]"),
        "{err}"
    );
}
