//! The language thidua speaks: Vietnamese by default, English on request, decided by
//! `--lang` and `THIDUA_LANG` alone; the documents and what scripts read are the same in
//! both.

use crate::support::*;
use std::path::Path;
use std::process::Output;

/// The binary as a user runs it: no `THIDUA_LANG` unless given, and a system language
/// of English, which must change nothing.
fn as_user(dir: &Path, args: &[&str], lang: Option<&str>) -> Output {
    let mut c = binary();
    c.args(args)
        .current_dir(dir)
        .env_remove("THIDUA_LANG")
        .env("LANG", "en_US.UTF-8")
        .env("LC_ALL", "en_US.UTF-8")
        .env("SOURCE_DATE_EPOCH", "1700000000");
    if let Some(l) = lang {
        c.env("THIDUA_LANG", l);
    }
    c.output().unwrap()
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

#[test]
fn vietnamese_by_default_english_by_flag_or_variable_never_by_lang() {
    let here = Path::new(".");
    let vi = text(&as_user(here, &["build", "--help"], None));
    contains_all(
        &vi,
        &[
            "Cách dùng:",
            "Tạo mọi văn bản của dự án",
            "Tùy chọn",
            "In trợ giúp",
        ],
    );
    for en in [
        as_user(here, &["build", "--help", "--lang", "en"], None),
        as_user(here, &["--lang=en", "build", "--help"], None),
        as_user(here, &["build", "--help"], Some("en")),
    ] {
        let en = text(&en);
        contains_all(
            &en,
            &["Usage:", "Build every document of the project", "Options"],
        );
        assert!(!en.contains("Cách dùng"), "{en}");
    }
    // The flag wins over the variable.
    let vi = text(&as_user(here, &["--lang", "vi", "--help"], Some("en")));
    assert!(vi.contains("Các lệnh"), "{vi}");
    // A language thidua does not speak is refused, as any bad value of a flag.
    let fr = as_user(here, &["--lang", "fr", "check"], None);
    assert_eq!(fr.status.code(), Some(2), "{}", text(&fr));
    let fr = as_user(here, &["check"], Some("fr"));
    assert_eq!(fr.status.code(), Some(2), "{}", text(&fr));
}

#[test]
fn bad_input_is_said_in_vietnamese_with_keys_as_written() {
    let dossier = "title: T\nawards:\n  - form: giay-khen\n    decision: {number: 3, date: 2024-10-01, signer: lan}\n    recipients:\n      - {name: Phạm Văn A, gender: male, gioi_tinh: nam}\n      - {name: Lê Thị B, gender: female, votes: 74.5}\n      - {name: Trần Văn C}\n";
    let dir = project_from(CONFIG, &[("content/a.yaml", dossier)]);
    let o = as_user(dir.path(), &["check"], None);
    assert_eq!(o.status.code(), Some(1));
    let said = text(&o);
    contains_all(
        &said,
        &[
            "lỗi: content/a.yaml:6:",
            "awards[0].recipients[0]: không có trường `gioi_tinh`; các trường hợp lệ: `name`, `gender`",
            "awards[0].recipients[1].votes: sai kiểu: đã ghi số thập phân `74.5`, cần một số nguyên không âm",
            "gợi ý:",
            "thiếu giới tính (`gender`)",
            "lỗi\n",
        ],
    );
    let en = text(&as_user(dir.path(), &["check", "--lang", "en"], None));
    contains_all(
        &en,
        &[
            "unknown field `gioi_tinh`, expected one of `name`, `gender`",
            "invalid type: floating point `74.5`, expected a whole number",
        ],
    );
}

#[test]
fn the_documents_are_the_same_bytes_in_both_languages() {
    let dir = sample();
    let mut made = Vec::new();
    for lang in ["vi", "en"] {
        let out = dir.path().join(format!("out-{lang}"));
        let args = [
            "build",
            "--format",
            "docx,xlsx",
            "--out",
            out.to_str().unwrap(),
        ];
        let o = as_user(dir.path(), &args, Some(lang));
        assert!(o.status.success(), "{}", text(&o));
        made.push(out);
    }
    let names = files(&made[0]);
    assert_eq!(names, files(&made[1]));
    assert!(
        names.iter().filter(|n| n.ends_with(".pdf")).count() > 20,
        "{names:?}"
    );
    let differ: Vec<&String> = names
        .iter()
        .filter(|n| {
            std::fs::read(made[0].join(n)).unwrap() != std::fs::read(made[1].join(n)).unwrap()
        })
        .collect();
    assert!(differ.is_empty(), "{differ:?}");
    // `verify`'s verdict opens its line with the same word in both languages.
    let pdf = made[0].join(names.iter().find(|n| n.ends_with(".pdf")).unwrap());
    for lang in ["vi", "en"] {
        let o = as_user(dir.path(), &["verify", pdf.to_str().unwrap()], Some(lang));
        assert!(
            text(&o).contains(": OK") || text(&o).starts_with("OK"),
            "{}",
            text(&o)
        );
    }
}

#[test]
fn nothing_a_user_or_a_file_wrote_steers_the_terminal_in_either_language() {
    let dir = project_from(CONFIG, &[("content/a.yaml", TWO_PEOPLE)]);
    let evil = "x\u{1b}]0;PWNED\u{7}\u{202e}\u{2066}";
    let only = format!("{evil}*");
    let out = dir.path().join(format!("o{evil}"));
    let runs: Vec<Vec<&str>> = vec![
        vec![evil],
        vec!["build", "--jobs", evil],
        vec!["build", "--only", &only],
        vec!["build", "--out", out.to_str().unwrap()],
        vec!["render", evil],
        vec!["verify", "--code", evil],
    ];
    for lang in ["vi", "en"] {
        for args in &runs {
            let said = text(&as_user(dir.path(), args, Some(lang)));
            let steering = said
                .chars()
                .any(|c| matches!(c, '\u{1b}' | '\u{7}' | '\u{202e}' | '\u{2066}'));
            assert!(!steering, "{lang} {args:?}: {said:?}");
        }
    }
}
