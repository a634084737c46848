//! `thidua diff` on a git repository of three commits after a first: a recipient renamed,
//! a decision moved across 2025-07-01 (regime B to C: its Căn cứ and its money), a row
//! deleted; in text, Markdown and JSON; and its messages when git cannot answer.

use super::support::{ok, project_from, stderr, thidua, CONFIG};
use std::path::Path;
use std::process::{Command, Output};

const LIST: &str = "name,gender,position,unit\nNguyễn Văn An,male,Chuyên viên,Phòng Tổ chức\nLê Thị Bình,female,Chuyên viên,Phòng Tổ chức\nTrần Văn Chí,male,Kế toán,Văn phòng Sở\nPhạm Thị Dung,female,Phó Chánh Văn phòng,Văn phòng Sở\n";

fn dossier(date: &str) -> String {
    format!(
        "title: Khen thưởng\nawards:\n  - form: giay-khen\n    decision: {{number: 7, date: {date}, signer: lan, register_from: 101}}\n    recipients_file: danh-sach.csv\n"
    )
}

/// Whether git can be run here; a test that needs it says it skipped when not.
pub fn have_git() -> bool {
    let ok = Command::new("git").arg("--version").output().is_ok();
    if !ok {
        eprintln!("skipped: the `git` program is not installed (.ci/run installs it)");
    }
    ok
}

/// A project of `config` and `files` committed to a git repository of its own (`out/`
/// ignored); `None`, said, where git is not installed.
pub fn committed(config: &str, files: &[(&str, &str)]) -> Option<tempfile::TempDir> {
    if !have_git() {
        return None;
    }
    let mut files = files.to_vec();
    files.push((".gitignore", "/out\n"));
    let dir = crate::support::project_from(config, &files);
    git(dir.path(), &["init", "-q"]);
    git(dir.path(), &["add", "-A"]);
    git(dir.path(), &["commit", "-qm", "first"]);
    Some(dir)
}

/// `git ARGS` in `dir`, as a fixed author, checked.
pub fn git(dir: &Path, args: &[&str]) -> Output {
    let out = Command::new("git")
        .args([
            "-c",
            "user.name=T",
            "-c",
            "user.email=t@example.org",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// A project in git: a first commit, then the three changes, one commit each.
fn history() -> tempfile::TempDir {
    let dir = project_from(
        CONFIG,
        &[
            ("content/2025/khen.yaml", &dossier("2025-06-30")),
            ("content/2025/danh-sach.csv", LIST),
            (".gitignore", "/out\n"),
        ],
    );
    let p = dir.path();
    git(p, &["init", "-q"]);
    git(p, &["add", "-A"]);
    git(p, &["commit", "-qm", "first"]);
    let csv = p.join("content/2025/danh-sach.csv");
    std::fs::write(&csv, LIST.replace("Lê Thị Bình", "Lê Thị Bính")).unwrap();
    git(p, &["commit", "-qam", "rename"]);
    std::fs::write(p.join("content/2025/khen.yaml"), dossier("2025-07-01")).unwrap();
    git(p, &["commit", "-qam", "date"]);
    let deleted = LIST.replace("Lê Thị Bình,female,Chuyên viên,Phòng Tổ chức\n", "");
    std::fs::write(&csv, deleted.replace("Lê Thị Bình", "Lê Thị Bính")).unwrap();
    git(p, &["commit", "-qam", "delete"]);
    dir
}

fn diff(dir: &Path, args: &[&str]) -> (i32, String) {
    let out = thidua(dir, &[&["diff"], args].concat());
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    let code = out.status.code().unwrap();
    assert!(
        code < 2,
        "diff {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (code, text)
}

fn json(dir: &Path, old: &str, new: &str) -> serde_json::Value {
    let (code, text) = diff(dir, &[old, new, "--format", "json"]);
    assert_eq!(code, 1);
    serde_json::from_str(&text).unwrap()
}

/// The changes of the decision in a JSON review.
fn decision(review: &serde_json::Value) -> Vec<serde_json::Value> {
    let docs = review["dossiers"][0]["documents"].as_array().unwrap();
    let d = docs
        .iter()
        .find(|d| d["kind"] == "decision")
        .expect("the decision changes");
    d["changes"].as_array().unwrap().clone()
}

#[test]
fn a_renamed_recipient() {
    if !have_git() {
        return;
    }
    let dir = history();
    let p = dir.path();
    let (code, text) = diff(p, &["HEAD~3", "HEAD~2"]);
    assert_eq!(code, 1);
    assert!(text.contains("HEAD~3 ("), "{text}");
    assert!(
        text.contains(
            "renamed  Lê Thị Bình → Lê Thị Bính (annex.individuals, STT 2, số sổ vàng 102)"
        ),
        "{text}"
    );
    assert!(
        text.contains("+ 2025/khen/giay-khen-7/02-le-thi-binh.pdf")
            || text.contains("~ 2025/khen/giay-khen-7/02-le-thi-binh.pdf"),
        "{text}"
    );
    let changes = decision(&json(p, "HEAD~3", "HEAD~2"));
    let renamed = changes.iter().find(|c| c["what"] == "renamed").unwrap();
    assert_eq!(renamed["old_name"], "Lê Thị Bình");
    assert_eq!(renamed["name"], "Lê Thị Bính");
    assert_eq!(renamed["new_number"], 2);
    assert_eq!(renamed["new_register"], "102");
    let (_, md) = diff(p, &["HEAD~3", "HEAD~2", "--format", "markdown"]);
    assert!(md.starts_with("## thidua diff: HEAD\\~3 ("), "{md}");
    assert!(md.contains("- renamed  Lê Thị Bình → Lê Thị Bính"), "{md}");
    assert!(md.contains("<details><summary>files:"), "{md}");
}

#[test]
fn a_decision_moved_into_another_regime() {
    if !have_git() {
        return;
    }
    let dir = history();
    let p = dir.path();
    let (code, text) = diff(p, &["HEAD~2", "HEAD~1"]);
    assert_eq!(code, 1);
    for needle in [
        "− Căn cứ Nghị định số 98/2023/NĐ-CP",
        "+ Căn cứ Nghị định số 152/2025/NĐ-CP",
        "ngày 30 tháng 6 năm 2025 → ngày 01 tháng 7 năm 2025",
        "money: 360.000 → 710.000",
    ] {
        assert!(text.contains(needle), "{needle:?} in {text}");
    }
    let changes = decision(&json(p, "HEAD~2", "HEAD~1"));
    let money: Vec<_> = changes.iter().filter(|c| c["what"] == "changed").collect();
    assert_eq!(money.len(), 4, "every recipient's money: {changes:?}");
    let total = changes
        .iter()
        .find(|c| c["field"] == "award.money.total_words")
        .expect("the total in words changes");
    assert_ne!(total["old"], total["new"]);
    let (_, md) = diff(p, &["HEAD~2", "HEAD~1", "--format", "markdown"]);
    assert!(md.contains("money: 360.000 → 710.000"), "{md}");
}

#[test]
fn a_deleted_row() {
    if !have_git() {
        return;
    }
    let dir = history();
    let p = dir.path();
    let (code, text) = diff(p, &["HEAD~1", "HEAD"]);
    assert_eq!(code, 1);
    for needle in [
        "removed  Lê Thị Bính (annex.individuals, STT 2, số sổ vàng 102)",
        "moved    Trần Văn Chí (annex.individuals, STT 3 → 2, số sổ vàng 103 → 102)",
        "moved    Phạm Thị Dung (annex.individuals, STT 4 → 3, số sổ vàng 104 → 103)",
        "award.money.total_words: Hai triệu tám trăm bốn mươi nghìn đồng → Hai triệu một trăm ba mươi nghìn đồng",
        "− 2025/khen/giay-khen-7/04-pham-thi-dung.pdf",
    ] {
        assert!(text.contains(needle), "{needle:?} in {text}");
    }
    let changes = decision(&json(p, "HEAD~1", "HEAD"));
    let total = changes
        .iter()
        .find(|c| c["field"] == "award.total")
        .expect("the count changes");
    assert_eq!(
        (total["old"].as_u64(), total["new"].as_u64()),
        (Some(4), Some(3))
    );
    let (_, md) = diff(p, &["HEAD~1", "HEAD", "--format", "markdown"]);
    assert!(md.contains("- removed  Lê Thị Bính"), "{md}");
}

#[test]
fn no_difference_exits_0_and_the_working_tree_is_the_default() {
    if !have_git() {
        return;
    }
    let dir = history();
    let p = dir.path();
    let (code, text) = diff(p, &[]);
    assert_eq!(
        (code, text.contains("no difference in the documents")),
        (0, true),
        "{text}"
    );
    // A build in between changes nothing: `out/` is no source.
    super::support::ok(&thidua(p, &["build", "-q"]));
    std::fs::write(p.join("content/2025/khen.yaml"), dossier("2025-07-02")).unwrap();
    let (code, text) = diff(p, &[]);
    assert_eq!(code, 1);
    assert!(text.contains("→ the working tree"), "{text}");
    assert!(
        text.contains("ngày 01 tháng 7 năm 2025 → ngày 02 tháng 7 năm 2025"),
        "{text}"
    );
}

#[test]
fn a_renumbered_document_is_compared_with_its_old_self() {
    if !have_git() {
        return;
    }
    let dir = history();
    let p = dir.path();
    let yaml = dossier("2025-07-01").replace("number: 7", "number: 9");
    std::fs::write(p.join("content/2025/khen.yaml"), yaml).unwrap();
    let csv = p.join("content/2025/danh-sach.csv");
    let list = std::fs::read_to_string(&csv).unwrap();
    std::fs::write(&csv, list.replace("Trần Văn Chí", "Trần Văn Chính")).unwrap();
    let (code, text) = diff(p, &[]);
    assert_eq!(code, 1);
    for needle in [
        "decision 2025/khen/quyet-dinh-7.pdf → 2025/khen/quyet-dinh-9.pdf (renumbered)",
        "renamed  Trần Văn Chí → Trần Văn Chính",
        "award.symbol: 07/QĐ-SNV → 09/QĐ-SNV",
    ] {
        assert!(text.contains(needle), "{needle:?} in {text}");
    }
}

#[test]
fn files_read_as_a_checkout_reads_them() {
    if !have_git() {
        return;
    }
    // Line ends converted on checkout (as on Windows): no change in the documents.
    let dir = project_from(
        CONFIG,
        &[
            ("content/2025/khen.yaml", &dossier("2025-06-30")),
            ("content/2025/danh-sach.csv", LIST),
            (
                ".gitattributes",
                "*.yaml text eol=crlf\n*.csv text eol=crlf\n",
            ),
        ],
    );
    let p = dir.path();
    git(p, &["init", "-q"]);
    git(p, &["add", "-A"]);
    git(p, &["commit", "-qm", "first"]);
    for f in ["content/2025/khen.yaml", "content/2025/danh-sach.csv"] {
        let text = std::fs::read_to_string(p.join(f))
            .unwrap()
            .replace('\n', "\r\n");
        std::fs::write(p.join(f), text).unwrap();
    }
    let (code, text) = diff(p, &[]);
    assert_eq!(code, 0, "{text}");
}

#[test]
fn git_that_cannot_answer_is_said() {
    if !have_git() {
        return;
    }
    let outside = project_from(CONFIG, &[("content/a.yaml", &dossier("2025-06-30"))]);
    let o = thidua(outside.path(), &["diff"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("is not inside a git repository"));
    let dir = history();
    let o = thidua(dir.path(), &["diff", "no-such-branch"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("there is no revision `no-such-branch`"));
    // A shallow clone has only its last commit.
    let shallow = tempfile::tempdir().unwrap();
    let url = format!("file://{}", dir.path().display());
    git(shallow.path(), &["clone", "-q", "--depth", "1", &url, "c"]);
    let o = thidua(&shallow.path().join("c"), &["diff", "HEAD~1"]);
    assert_eq!(o.status.code(), Some(2));
    let said = String::from_utf8_lossy(&o.stderr);
    assert!(
        said.contains("shallow clone") && said.contains("--unshallow"),
        "{said}"
    );
    // A project added since OLD is all new, not an error.
    let moved = history();
    let m = moved.path();
    std::fs::create_dir(m.join("du-an")).unwrap();
    for f in ["thidua.yaml", "content"] {
        git(m, &["mv", f, &format!("du-an/{f}")]);
    }
    git(m, &["commit", "-qm", "moved"]);
    let (code, text) = diff(&m.join("du-an"), &["HEAD~1", "HEAD"]);
    assert_eq!(code, 1);
    assert!(
        text.contains("without the project") && text.contains("content/2025/khen.yaml (added)"),
        "{text}"
    );
    // A dossier only at one side is added or removed, not an error.
    std::fs::write(
        dir.path().join("content/2025/moi.yaml"),
        dossier("2025-08-01").replace("number: 7", "number: 8"),
    )
    .unwrap();
    let (code, text) = diff(dir.path(), &[]);
    assert_eq!(code, 1);
    assert!(text.contains("content/2025/moi.yaml (added)"), "{text}");
    // A new document lists who is on it.
    assert!(
        text.contains("decision 2025/moi/quyet-dinh-8.pdf (added)"),
        "{text}"
    );
    assert!(text.contains("added    Nguyễn Văn An ("), "{text}");
}

#[test]
fn diff_and_build_find_the_project_they_are_in_and_refuse_where_there_is_none() {
    if !have_git() {
        return;
    }
    // A repository whose project sits in a subfolder.
    let repo = tempfile::tempdir().unwrap();
    let p = repo.path().join("thi-dua");
    std::fs::create_dir_all(p.join("content/2025")).unwrap();
    std::fs::write(p.join("thidua.yaml"), CONFIG).unwrap();
    std::fs::write(p.join("content/2025/khen.yaml"), dossier("2025-06-30")).unwrap();
    std::fs::write(p.join("content/2025/danh-sach.csv"), LIST).unwrap();
    git(repo.path(), &["init", "-q"]);
    git(repo.path(), &["add", "-A"]);
    git(repo.path(), &["commit", "-qm", "first"]);
    let csv = p.join("content/2025/danh-sach.csv");
    std::fs::write(&csv, LIST.replace("Lê Thị Bình", "Lê Thị Bính")).unwrap();
    // From content/: the project above it, and its change.
    let (code, text) = diff(&p.join("content"), &[]);
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("Lê Thị Bính"), "{text}");
    // From the repository's root, above the project: no project here, exit 2, never 0.
    let out = thidua(repo.path(), &["diff"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no thidua project in"),
        "{}",
        stderr(&out)
    );
    // build and check run from content/ work on the project above.
    ok(&thidua(&p.join("content/2025"), &["build", "-q"]));
    assert!(p.join("out/2025/khen").is_dir());
    ok(&thidua(&p.join("content"), &["check"]));
}
