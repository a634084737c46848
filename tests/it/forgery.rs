//! `verify` cannot be fooled: a record's field edited, a print file whose page was swapped
//! and its record made to match, a commit that is not in the repository, another version
//! of thidua — none is OK. (Edits keep their length, so the file stays a well-formed PDF
//! whose record reads back intact: only making it again can tell.)

use super::review::{committed, git, have_git};
use super::support::{ok, project_from, stderr, thidua, CONFIG, TWO_PEOPLE};
use std::path::Path;

const DOSSIER: &str = "content/2024/khen.yaml";
const PRINT: &str = "out/2024/khen/giay-khen-3.pdf";
const DECISION: &str = "out/2024/khen/quyet-dinh-3.pdf";

fn verify(dir: &Path, files: &[&str]) -> (i32, String) {
    let o = thidua(dir, &[&["verify"], files].concat());
    let said = String::from_utf8_lossy(&o.stdout).to_string() + &stderr(&o);
    (o.status.code().unwrap(), said)
}

/// The value of the record's field `name` in `bytes`.
fn field(bytes: &[u8], name: &str) -> String {
    let text = String::from_utf8_lossy(bytes);
    let open = format!("<thidua:{name}>");
    let at = text.rfind(&open).expect("the field") + open.len();
    text[at..at + text[at..].find('<').unwrap()].to_string()
}

/// `bytes` with the record's field `name` set to `value` (of the same length).
fn forged(bytes: &[u8], name: &str, value: &str) -> Vec<u8> {
    let old = format!("<thidua:{name}>{}<", field(bytes, name));
    let new = format!("<thidua:{name}>{value}<");
    assert_eq!(old.len(), new.len(), "a forgery of the same length");
    let at = bytes
        .windows(old.len())
        .rposition(|w| w == old.as_bytes())
        .unwrap();
    let mut out = bytes.to_vec();
    out[at..at + new.len()].copy_from_slice(new.as_bytes());
    out
}

#[test]
fn a_print_file_with_another_page_and_a_matching_record_is_not_ok() {
    let dir = project_from(CONFIG, &[(DOSSIER, TWO_PEOPLE)]);
    let p = dir.path();
    ok(&thidua(p, &["build", "-q"]));
    let genuine = std::fs::read(p.join(PRINT)).unwrap();
    // The same project with one name changed makes a print file whose own record is
    // intact; given the genuine file's inputs, its record reads as the genuine one's.
    let other = project_from(
        CONFIG,
        &[(DOSSIER, &TWO_PEOPLE.replace("Lê Thị B", "Lê Thị C"))],
    );
    ok(&thidua(other.path(), &["build", "-q"]));
    let swapped = std::fs::read(other.path().join(PRINT)).unwrap();
    let swapped = forged(&swapped, "Inputs", &field(&genuine, "Inputs"));
    std::fs::write(p.join("swapped.pdf"), &swapped).unwrap();
    let (code, said) = verify(p, &[PRINT, "swapped.pdf"]);
    assert_eq!(code, 1, "{said}");
    assert!(said.contains(&format!("{PRINT}: OK")), "{said}");
    assert!(
        said.contains("swapped.pdf: DIFFERENT: the sources in the working tree make other bytes"),
        "{said}"
    );
    // A decision typeset in pieces likewise: the decision of the other project.
    let decision = std::fs::read(other.path().join(DECISION)).unwrap();
    let genuine = std::fs::read(p.join(DECISION)).unwrap();
    let decision = forged(&decision, "Inputs", &field(&genuine, "Inputs"));
    std::fs::write(p.join("decision.pdf"), decision).unwrap();
    let (code, said) = verify(p, &["decision.pdf"]);
    assert_eq!(code, 1, "{said}");
}

#[test]
fn another_version_and_a_commit_not_here_cannot_be_checked() {
    let Some(dir) = committed(CONFIG, &[(DOSSIER, TWO_PEOPLE)]) else {
        return;
    };
    let p = dir.path();
    ok(&thidua(p, &["build", "-q"]));
    let genuine = std::fs::read(p.join(DECISION)).unwrap();
    let (code, said) = verify(p, &[DECISION, PRINT]);
    assert_eq!(code, 0, "{said}");
    assert!(
        said.contains("make the same bytes, its record included"),
        "{said}"
    );
    // Another version: this one cannot say.
    let version = field(&genuine, "Version");
    let other: String = version
        .chars()
        .map(|c| if c.is_ascii_digit() { '9' } else { c })
        .collect();
    std::fs::write(p.join("version.pdf"), forged(&genuine, "Version", &other)).unwrap();
    let (code, said) = verify(p, &["version.pdf"]);
    assert_eq!(code, 2, "{said}");
    assert!(said.contains(&format!("made by thidua {other}")), "{said}");
    assert!(said.contains("verify it with that version"), "{said}");
    // A commit that is not in the repository.
    let nowhere = "0123456789abcdef0123456789abcdef01234567";
    std::fs::write(p.join("commit.pdf"), forged(&genuine, "Commit", nowhere)).unwrap();
    let (code, said) = verify(p, &["commit.pdf"]);
    assert_eq!(code, 2, "{said}");
    assert!(
        said.contains("commit 0123456789ab is not in this repository"),
        "{said}"
    );
    // Another commit that is: its sources make other bytes.
    std::fs::write(p.join(DOSSIER), TWO_PEOPLE.replace("Lê Thị B", "Lê Thị C")).unwrap();
    git(p, &["commit", "-qam", "second"]);
    let second = String::from_utf8(git(p, &["rev-parse", "HEAD"]).stdout).unwrap();
    std::fs::write(
        p.join("moved.pdf"),
        forged(&genuine, "Commit", second.trim()),
    )
    .unwrap();
    let (code, said) = verify(p, &["moved.pdf", DECISION]);
    assert_eq!(code, 1, "{said}");
    assert!(
        said.contains("moved.pdf: DIFFERENT: the sources at commit"),
        "{said}"
    );
    // The genuine file still verifies against its own commit, whatever is checked out.
    assert!(said.contains(&format!("{DECISION}: OK")), "{said}");
    // Bytes after the record: edited.
    let mut appended = genuine.clone();
    appended.extend_from_slice(b"\n% a comment\n");
    std::fs::write(p.join("appended.pdf"), appended).unwrap();
    let (code, said) = verify(p, &["appended.pdf"]);
    assert_eq!(code, 1, "{said}");
    assert!(said.contains("appended.pdf: EDITED"), "{said}");
}

#[test]
fn two_projects_of_one_repository_are_each_checked_against_their_own() {
    if !have_git() {
        eprintln!("skipped: git is not installed; .ci/run installs it");
        return;
    }
    let repo = tempfile::tempdir().unwrap();
    let r = repo.path();
    for (project, name) in [("a", "Lê Thị B"), ("b", "Lê Thị C")] {
        let dir = r.join(project);
        std::fs::create_dir_all(dir.join("content/2024")).unwrap();
        std::fs::write(dir.join("thidua.yaml"), CONFIG).unwrap();
        std::fs::write(dir.join(DOSSIER), TWO_PEOPLE.replace("Lê Thị B", name)).unwrap();
    }
    std::fs::write(r.join(".gitignore"), "out/\n").unwrap();
    git(r, &["init", "-q"]);
    git(r, &["add", "-A"]);
    git(r, &["commit", "-qm", "both"]);
    ok(&thidua(&r.join("a"), &["build", "-q"]));
    ok(&thidua(&r.join("b"), &["build", "-q"]));
    // a's decision put among b's files: checked against b's sources, whatever came first.
    std::fs::copy(r.join("a").join(DECISION), r.join("b/out/from-a.pdf")).unwrap();
    let (a, b) = (format!("a/{DECISION}"), "b/out/from-a.pdf");
    let (code, said) = verify(r, &[&a, b]);
    assert_eq!(code, 1, "{said}");
    assert!(said.contains(&format!("{a}: OK")), "{said}");
    assert!(said.contains("from-a.pdf: DIFFERENT"), "{said}");
}

#[cfg(unix)]
#[test]
fn a_source_linked_from_outside_the_project_is_refused() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("decision.typ.hbs"), "x").unwrap();
    let dir = project_from(CONFIG, &[(DOSSIER, TWO_PEOPLE)]);
    let p = dir.path();
    std::fs::create_dir_all(p.join("templates")).unwrap();
    let link = p.join("templates/decision.typ.hbs");
    std::os::unix::fs::symlink(outside.path().join("decision.typ.hbs"), &link).unwrap();
    let run = thidua(p, &["build"]);
    assert_eq!(run.status.code(), Some(1));
    let err = stderr(&run);
    assert!(
        err.contains("`templates/decision.typ.hbs` leads outside the project folder (a link)"),
        "{err}"
    );
    // A file to verify that is a pipe, not a file, is said so, never waited on.
    std::fs::remove_file(&link).unwrap();
    ok(&thidua(p, &["build", "-q"]));
    let fifo = p.join("pipe.pdf");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if made.is_ok_and(|s| s.success()) {
        let (code, said) = verify(p, &["pipe.pdf"]);
        assert_eq!(code, 2, "{said}");
        assert!(said.contains("it is not a file"), "{said}");
    }
}

#[test]
fn a_file_built_with_previews_verifies_as_built() {
    let dir = project_from(CONFIG, &[(DOSSIER, TWO_PEOPLE)]);
    let p = dir.path();
    ok(&thidua(
        p,
        &["build", "-q", "--format", "png", "--ppi", "72"],
    ));
    let (code, said) = verify(p, &[DECISION, PRINT]);
    assert_eq!(code, 0, "{said}");
}

#[cfg(unix)]
#[test]
fn a_repository_git_will_not_read_is_said_when_building() {
    let Some(dir) = committed(CONFIG, &[(DOSSIER, TWO_PEOPLE)]) else {
        return;
    };
    let p = dir.path();
    // Owned by someone else: git refuses it ("dubious ownership") unless run by them.
    let given = std::process::Command::new("chown")
        .args(["-R", "12345:12345"])
        .arg(p)
        .status();
    if !given.is_ok_and(|s| s.success()) {
        eprintln!("skipped: the folder cannot be given to another owner here");
        return;
    }
    let run = thidua(p, &["build"]);
    ok(&run);
    let err = stderr(&run);
    if !err.contains("dubious ownership") {
        eprintln!("skipped: git reads a repository of another owner here");
        return;
    }
    assert!(
        err.contains("warning: the files cannot record their commit"),
        "{err}"
    );
    // What they record is never checked clean: the file cannot be checked here.
    let (code, said) = verify(p, &[DECISION]);
    assert_eq!(code, 2, "{said}");
}
