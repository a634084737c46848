//! The conference: invitations with the right weekday, the programme, the script that
//! calls every recipient once in turns no larger than `stage`, and a slide per turn.

use crate::support::*;

/// A conference on `date` inviting three, with a programme whose awards item is at 09:00.
fn conference(date: &str, stage: usize) -> String {
    format!(
        "conference:
  name: Hội nghị tổng kết năm
  date: {date}
  start: \"08:00\"
  venue: Hội trường tầng 2
  chair: lan
  invitation: {{number: 12, date: 2024-01-02, signer: binh}}
  invitees:
    - {{name: Nguyễn Thị Hà, gender: female, position: Thứ trưởng}}
    - {{name: Trần Văn Nam, gender: male}}
    - {{collective: Lãnh đạo các phòng}}
  programme:
    - {{time: \"08:00\", item: Khai mạc, by: lan}}
    - {{time: \"08:30\", item: Tham luận, by: Đại diện Công đoàn Sở}}
    - {{time: \"09:00\", item: Trao khen thưởng, awards: true}}
  stage: {stage}
"
    )
}

/// An award of `n` recipients (a CSV list) under decision `number`.
fn award(form: &str, number: u32, list: &str) -> String {
    format!("  - form: {form}\n    decision: {{number: {number}, date: 2024-01-15, signer: lan}}\n    recipients_file: {list}\n")
}

fn names(prefix: &str, n: usize) -> String {
    let mut csv = String::from("name,gender\n");
    for i in 1..=n {
        csv.push_str(&format!("{prefix} Số {i:03},male\n"));
    }
    csv
}

#[test]
fn invitations_carry_the_weekday_of_the_conference() {
    for (date, phrase) in [
        (
            "2024-02-29",
            "08 giờ 00, thứ Năm, ngày 29 tháng 02 năm 2024",
        ),
        ("2025-12-30", "08 giờ 00, thứ Ba, ngày 30 tháng 12 năm 2025"),
        (
            "2026-07-05",
            "08 giờ 00, Chủ nhật, ngày 05 tháng 7 năm 2026",
        ),
    ] {
        let dossier = format!("title: T\n{}", conference(date, 10));
        let dir = project_from(CONFIG, &[("content/h.yaml", &dossier)]);
        ok(&thidua(dir.path(), &["build", "-q"]));
        let out = dir.path().join("out/h");
        let pages = page_texts(&out.join("giay-moi-12.pdf"));
        assert_eq!(pages.len(), 3, "one page per invitee");
        for (page, who) in pages.iter().zip([
            "Bà Nguyễn Thị Hà, Thứ trưởng",
            "Ông Trần Văn Nam",
            "Lãnh đạo các phòng",
        ]) {
            contains_all(
                page,
                &[
                    "GIẤY MỜI",
                    "Số: 12/GM-SNV",
                    "Quảng Ngãi, ngày 02 tháng 01 năm 2024",
                    who,
                    "Tới dự: Hội nghị tổng kết năm",
                    "Chủ trì: Trần Thị Lan, Giám đốc",
                    phrase,
                    "Địa điểm: Hội trường tầng 2",
                    "KT. GIÁM ĐỐC",
                    "Võ Văn Bình",
                ],
            );
        }
        let mut each = files(&out.join("giay-moi-12"));
        each.sort();
        assert_eq!(
            each,
            [
                "01-nguyen-thi-ha.pdf",
                "02-tran-van-nam.pdf",
                "03-lanh-dao-cac-phong.pdf"
            ]
        );
    }
}

#[test]
fn the_script_calls_everyone_once_in_turns_of_stage() {
    let dossier = format!(
        "title: T\n{}awards:\n{}{}  - form: bang-khen-thu-tuong\n    decision: {{number: 77, date: 2024-01-10, issuer: Thủ tướng Chính phủ, symbol: QĐ-TTg}}\n    presenter: binh\n    recipients:\n      - {{collective: Phòng Tổ chức}}\n",
        conference("2024-01-20", 10),
        award("giay-khen", 5, "gk.csv"),
        // A title that prints no certificate goes on stage when it says so.
        award("lao-dong-tien-tien", 6, "ld.csv") + "    on_stage: true\n",
    );
    let dir = project_from(
        CONFIG,
        &[
            ("content/h.yaml", &dossier),
            ("content/gk.csv", &names("Giấy Khen", 200)),
            ("content/ld.csv", &names("Lao Động", 7)),
        ],
    );
    ok(&thidua(dir.path(), &["build", "-q"]));
    let out = dir.path().join("out/h");
    let script = pdf_text(&out.join("kich-ban.pdf"));
    // 1 turn for the Prime Minister's award, 20 of 10 for 200, 1 of 7: 22 turns.
    assert_eq!(script.matches("Lượt ").count(), 22, "{script}");
    for i in 1..=200 {
        let name = format!("Ông Giấy Khen Số {i:03}");
        assert_eq!(script.matches(&name).count(), 1, "{name}");
    }
    for i in 1..=7 {
        assert_eq!(script.matches(&format!("Lao Động Số {i:03}")).count(), 1);
    }
    // The highest authority first, its presenter invited; then the agency's own.
    // Compared without spaces: a line may break after the `/` of a symbol.
    let flat: String = script.split_whitespace().collect();
    let pm = flat
        .find("Quyếtđịnhsố77/QĐ-TTg")
        .expect("the Prime Minister's decision");
    let own = flat
        .find("Quyếtđịnhsố05/QĐ-SNV")
        .expect("the agency's decision");
    assert!(pm < own);
    contains_all(
        &script,
        &[
            "Trân trọng kính mời đồng chí Võ Văn Bình, Phó Giám đốc lên trao Bằng khen của Thủ tướng Chính phủ cho tập thể.",
            "Tiếp theo chương trình: Khai mạc. Trân trọng kính mời đồng chí Trần Thị Lan, Giám đốc.",
            "Trân trọng kính mời Đại diện Công đoàn Sở.",
            // A title is received as a title, its name quoted.
            "lên nhận danh hiệu “Lao động tiên tiến”:",
            "tặng Giấy khen cho 200 cá nhân",
        ],
    );
    // Turns of at most 10: the 11th name of the list opens the second turn.
    let page = |n: usize| script.find(&format!("Lượt {n}.")).unwrap();
    let eleventh = script.find("Giấy Khen Số 011").unwrap();
    assert!(page(3) < eleventh && eleventh < page(4));
    // A slide per turn and a title slide.
    assert_eq!(pdf_pages(&out.join("trinh-chieu.pdf")), 23);
    let programme = pdf_text(&out.join("chuong-trinh.pdf"));
    contains_all(
        &programme,
        &[
            "CHƯƠNG TRÌNH",
            "08:00 Khai mạc Trần Thị Lan, Giám đốc",
            "Đại diện Công đoàn Sở",
        ],
    );
}

#[test]
fn the_script_greets_introduces_the_guests_and_announces_a_title_without_a_stage() {
    let conf = conference("2024-01-20", 10).replace(
        "item: Tham luận",
        "item: \"Tuyên bố lý do, giới thiệu đại biểu\"",
    ) + "  guests: [\"Ông Lê Văn Tư, Bí thư Đảng ủy\"]\n";
    let dossier = format!(
        "title: T\nyear: 2023\n{conf}awards:\n{}{}",
        award("giay-khen", 5, "gk.csv"),
        award("lao-dong-tien-tien", 6, "ld.csv"),
    );
    let dir = project_from(
        CONFIG,
        &[
            ("content/h.yaml", &dossier),
            ("content/gk.csv", &names("Giấy Khen", 3)),
            ("content/ld.csv", &names("Lao Động", 60)),
        ],
    );
    ok(&thidua(dir.path(), &["build", "-q"]));
    let out = dir.path().join("out/h");
    let script = pdf_text(&out.join("kich-ban.pdf"));
    let flat: String = script.split_whitespace().collect();
    let at = |s: &str| {
        let s: String = s.split_whitespace().collect();
        flat.find(&s).unwrap_or_else(|| panic!("{s}: {script}"))
    };
    // The greeting first; the guests, in the order written, at the item that introduces them.
    let greeting = at("Kính thưa các đồng chí lãnh đạo, các vị đại biểu, khách quý!");
    let item = at("Tiếp theo chương trình: Tuyên bố lý do, giới thiệu đại biểu.");
    let guests = [
        "Bà Nguyễn Thị Hà, Thứ trưởng",
        "Ông Trần Văn Nam",
        "Lãnh đạo các phòng",
        "Ông Lê Văn Tư, Bí thư Đảng ủy",
    ]
    .map(at);
    assert!(greeting < item && item < guests[0], "{script}");
    assert!(guests.windows(2).all(|w| w[0] < w[1]), "{guests:?}");
    assert!(guests[3] < at("09:00 – Trao khen thưởng"));
    assert!(
        script.contains(
            "Hôm nay, 08 giờ 00, thứ Bảy, ngày 20 tháng 01 năm 2024, tại Hội trường tầng 2,"
        ),
        "{script}"
    );
    // The title is announced, quoted with its year, and nobody of its 60 is called.
    at("công nhận danh hiệu “Lao động tiên tiến” năm 2023 cho 60 cá nhân");
    at("Chỉ công bố, không mời lên sân khấu");
    assert!(!script.contains("Lao Động Số"), "{script}");
    assert_eq!(
        script.matches("Lượt ").count(),
        1,
        "only the Giấy khen's turn"
    );
    // The slides: a title slide, the Giấy khen's turn, the title's count.
    let slides = page_texts(&out.join("trinh-chieu.pdf"));
    assert_eq!(slides.len(), 3, "{slides:?}");
    contains_all(&slides[1], &["GIẤY KHEN", "Lượt 1", "Ông Giấy Khen Số 003"]);
    contains_all(
        &slides[2],
        &["DANH HIỆU “LAO ĐỘNG TIÊN TIẾN”", "60 cá nhân"],
    );
    // With no item that introduces them, the guests come before the programme.
    let plain = format!("title: T\n{}", conference("2024-01-20", 10));
    let dir = project_from(CONFIG, &[("content/h.yaml", &plain)]);
    ok(&thidua(dir.path(), &["build", "-q"]));
    let script = pdf_text(&dir.path().join("out/h/kich-ban.pdf"));
    let guest = script.find("Bà Nguyễn Thị Hà").expect("introduced");
    assert!(guest < script.find("08:00 – Khai mạc").unwrap(), "{script}");
}

/// `n` collectives with long names (a CSV list).
pub fn long_collectives(n: usize) -> String {
    let mut csv = String::from("collective\n");
    for i in 1..=n {
        csv.push_str(&format!(
            "\"Phòng Lao động - Thương binh và Xã hội huyện Số {i:03}, tỉnh Quảng Ngãi\"\n"
        ));
    }
    csv
}

#[test]
fn a_turn_of_thirty_long_names_continues_on_further_slides() {
    let dossier = format!(
        "title: T\n{}awards:\n{}",
        conference("2024-01-20", 30),
        award("giay-khen", 5, "gk.csv")
    );
    let dir = project_from(
        CONFIG,
        &[
            ("content/h.yaml", &dossier),
            ("content/gk.csv", &long_collectives(30)),
        ],
    );
    ok(&thidua(dir.path(), &["build", "-q"]));
    let slides = page_texts(&dir.path().join("out/h/trinh-chieu.pdf"));
    assert!(
        slides.len() >= 3,
        "a title slide and a turn of 30 on two or more"
    );
    let flat: Vec<String> = slides
        .iter()
        .map(|s| s.split_whitespace().collect())
        .collect();
    for i in 1..=30 {
        let name = format!("huyệnSố{i:03},");
        let on: Vec<usize> = (1..flat.len())
            .filter(|k| flat[*k].contains(&name))
            .collect();
        assert_eq!(on.len(), 1, "{name} on one slide: {on:?}");
    }
    assert!(flat[1].contains("Lượt1") && !flat[1].contains("tiếptheo"));
    for s in &flat[2..] {
        assert!(s.contains("Lượt1(tiếptheo)"), "{s}");
    }
}

#[test]
fn bad_ceremony_input_is_located() {
    let good = conference("2024-01-20", 10);
    let cases = [
        (
            good.replace("by: lan", "by: lann"),
            "conference.programme[0].by: `lann` is no one's key",
        ),
        (
            good.replace("stage: 10", "stage: 0"),
            "conference.stage: `stage: 0` calls no one",
        ),
        (
            good.replace("stage: 10", "stage: 31"),
            "conference.stage: a turn of 31 is more than a stage holds; 30 at most",
        ),
        (
            good.replace("date: 2024-01-20", "date: 2023-12-20"),
            "conference.date: the conference of 2023-12-20 is before its invitation of 2024-01-02",
        ),
        (
            good.replace(
                "{collective: Lãnh đạo các phòng}",
                "{name: A B, collective: Lãnh đạo}",
            ),
            "conference.invitees[2]: an invitee has either `name`",
        ),
    ];
    for (conf, want) in cases {
        let dir = project_from(CONFIG, &[("content/h.yaml", &format!("title: T\n{conf}"))]);
        let run = thidua(dir.path(), &["build"]);
        assert_eq!(run.status.code(), Some(1), "{want}");
        assert!(
            stderr(&run).contains(want),
            "want {want:?}:\n{}",
            stderr(&run)
        );
        assert!(stderr(&run).contains("content/h.yaml:"), "located");
        assert!(!dir.path().join("out").exists());
    }
}

#[test]
fn a_conference_block_adds_its_files_and_changes_no_other() {
    let dir = project("hanoi-2024");
    ok(&thidua(dir.path(), &["build", "-q"]));
    let out = dir.path().join("out");
    let snapshot = |out: &std::path::Path| -> std::collections::BTreeMap<String, Vec<u8>> {
        files(out)
            .into_iter()
            .filter(|f| !f.ends_with(".thidua-manifest.json"))
            .map(|f| {
                let bytes = std::fs::read(out.join(&f)).unwrap();
                (f, bytes)
            })
            .collect()
    };
    let before = snapshot(&out);
    let file = dir
        .path()
        .join("content/2024/tong-ket-nguoi-tot-viec-tot.yaml");
    let text = std::fs::read_to_string(&file).unwrap();
    let added = "  chair: huong\n  start: \"08:00\"\n  invitation: {number: 88, date: 2024-10-15, signer: huong}\n  invitees:\n    - {name: Nguyễn Thị Hà, gender: female, position: Thứ trưởng}\n    - {collective: Lãnh đạo các phòng}\n  programme:\n    - {time: \"08:00\", item: Khai mạc, by: huong}\n    - {time: \"09:15\", item: Trao khen thưởng, awards: true}\n";
    assert!(text.contains("  chair: huong\n"));
    std::fs::write(&file, text.replacen("  chair: huong\n", added, 1)).unwrap();
    ok(&thidua(dir.path(), &["build", "-q"]));
    let after = snapshot(&out);
    for (f, bytes) in &before {
        assert!(after.get(f) == Some(bytes), "{f} changed");
    }
    let mut new: Vec<&String> = after.keys().filter(|f| !before.contains_key(*f)).collect();
    new.sort();
    let dir_of = "2024/tong-ket-nguoi-tot-viec-tot/";
    let want: Vec<String> = [
        "chuong-trinh.pdf",
        "giay-moi-88.pdf",
        "giay-moi-88/01-nguyen-thi-ha.pdf",
        "giay-moi-88/02-lanh-dao-cac-phong.pdf",
        "kich-ban.pdf",
        "trinh-chieu.pdf",
    ]
    .iter()
    .map(|f| format!("{dir_of}{f}"))
    .collect();
    assert_eq!(new.iter().map(|s| s.as_str()).collect::<Vec<_>>(), want);
}

#[test]
fn an_invitation_longer_than_a_page_is_named() {
    let notes: Vec<String> = (1..=40).map(|i| format!("Ghi chú số {i}.")).collect();
    let conf = conference("2024-01-20", 10).replace(
        "signer: binh}",
        &format!("signer: binh, notes: [{}]}}", notes.join(", ")),
    );
    let dir = project_from(CONFIG, &[("content/h.yaml", &format!("title: T\n{conf}"))]);
    let run = thidua(dir.path(), &["build"]);
    assert_eq!(run.status.code(), Some(1));
    assert!(
        stderr(&run).contains("giay-moi-12: the invitation `01-nguyen-thi-ha` takes 2 pages"),
        "{}",
        stderr(&run)
    );
}
