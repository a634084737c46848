//! Helpers for the integration tests: temp projects, the real binary, PDF text.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The fixture folder.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Copies a folder tree.
pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// A temp folder holding a copy of fixture `name`.
pub fn project(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture(name), dir.path());
    dir
}

/// A temp project from a `thidua.yaml` and dossier files.
pub fn project_from(config: &str, files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("thidua.yaml"), config).unwrap();
    for (path, text) in files {
        let p = dir.path().join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    dir
}

/// A small agency config used by many tests.
pub const CONFIG: &str = "organization:
  parent: ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI
  name: SỞ NỘI VỤ
  short: SNV
  place: Quảng Ngãi
  head: Giám đốc Sở Nội vụ tỉnh Quảng Ngãi
people:
  lan:
    name: Trần Thị Lan
    position: Giám đốc
  binh:
    name: Võ Văn Bình
    position: Phó Giám đốc
    authority: KT. GIÁM ĐỐC
";

/// A dossier with one Giấy khen decision (number 3 of 2024) for two people.
pub const TWO_PEOPLE: &str = "title: T\nawards:\n  - form: giay-khen\n    decision: {number: 3, date: 2024-10-01, signer: lan}\n    recipients:\n      - {name: Phạm Văn A, gender: male}\n      - {name: Lê Thị B, gender: female}\n";

/// The real binary, speaking English: the suite reads its messages in English, except
/// in its Vietnamese run (`THIDUA_LANG` is the only thing that decides, never `LANG`).
pub fn binary() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_thidua"));
    command.env("THIDUA_LANG", "en");
    command
}

/// Runs the real binary with `args` in `dir`. A run that fails (bad input, a verdict) is
/// run again in Vietnamese, which must say the same at the same places in Vietnamese.
pub fn thidua(dir: &Path, args: &[&str]) -> Output {
    let o = binary()
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    if !o.status.success() {
        crate::vietnamese::agrees(dir, args, &o);
    }
    o
}

/// Standard error as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Asserts success, showing stderr otherwise.
pub fn ok(o: &Output) {
    assert!(
        o.status.success(),
        "exit {:?}\n{}",
        o.status.code(),
        stderr(o)
    );
}

/// The text of a PDF, whitespace folded to single spaces.
pub fn pdf_text(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let text = pdf_extract::extract_text_from_mem(&bytes).unwrap();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The number of pages of a PDF.
pub fn pdf_pages(path: &Path) -> usize {
    lopdf::Document::load(path).unwrap().get_pages().len()
}

/// Asserts that `text` contains every needle.
pub fn contains_all(text: &str, needles: &[&str]) {
    for n in needles {
        assert!(text.contains(n), "missing {n:?} in:\n{text}");
    }
}

/// Every file under `dir`, relative, sorted.
pub fn files(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            e.path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect();
    v.sort();
    v
}

/// The text of each page of a PDF, whitespace folded.
pub fn page_texts(path: &Path) -> Vec<String> {
    let bytes = std::fs::read(path).unwrap();
    pdf_extract::extract_text_from_mem_by_pages(&bytes)
        .unwrap()
        .iter()
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

/// A project with one Giấy khen decision (number 77) for the recipients in `csv`.
pub fn list_project(csv: &str) -> tempfile::TempDir {
    let yaml = "title: T\nawards:\n  - form: giay-khen\n    decision: {number: 77, date: 2024-10-15, signer: lan}\n    reason: Đã có thành tích xuất sắc\n    recipients_file: ds.csv\n";
    project_from(CONFIG, &[("content/d.yaml", yaml), ("content/ds.csv", csv)])
}

/// The parts (batches or pieces) the manifest in `dir/out` lists for the joined file `key`.
pub fn manifest_parts(dir: &Path, key: &str) -> Vec<serde_json::Value> {
    let path = dir.join("out/.thidua-manifest.json");
    let m: serde_json::Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    m["units"][key]["parts"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

/// The text of a Word file: its body's and page headers' paragraphs, each on a line,
/// whitespace folded within a line.
pub fn docx_text(path: &Path) -> String {
    use std::io::Read;
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    let mut lines = Vec::new();
    for para in xml.split("</w:p>") {
        let mut line = String::new();
        let mut rest = para;
        while let Some(i) = rest.find("<w:t") {
            rest = &rest[i + 4..];
            // `<w:t>` or `<w:t xml:space="preserve">`, not `<w:tbl>` or `<w:tc>`.
            if !(rest.starts_with('>') || rest.starts_with(' ')) {
                continue;
            }
            let (Some(open), Some(close)) = (rest.find('>'), rest.find("</w:t>")) else {
                break;
            };
            line.push_str(&rest[open + 1..close]);
            rest = &rest[close..];
        }
        let line = line
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&apos;", "'")
            .replace("&amp;", "&");
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if !line.is_empty() {
            lines.push(line);
        }
    }
    lines.join("\n")
}

/// The repository's own sample project (thidua.yaml and content/) in a temp folder.
pub fn sample() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::copy(repo.join("thidua.yaml"), dir.path().join("thidua.yaml")).unwrap();
    copy_dir(&repo.join("content"), &dir.path().join("content"));
    dir
}
