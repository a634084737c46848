//! Records forged as only thidua's own code can forge them — a field changed and the file
//! stamped again, its digest recomputed — are never OK.

use super::{verify, Rebuilds, Verdict};
use crate::engine::{self, Export, Preview};
use crate::provenance::{self, Provenance};
use std::path::Path;
use std::process::Command;
use std::time::Duration;

const CONFIG: &str =
    "organization: {name: SỞ NỘI VỤ, short: SNV, place: Quảng Ngãi, head: Giám đốc Sở Nội vụ}
people:
  lan: {name: Trần Thị Lan, position: Giám đốc}
";
const DOSSIER: &str = "title: T
awards:
  - form: giay-khen
    decision: {number: 3, date: 2024-10-01, signer: lan}
    recipients:
      - {name: Phạm Văn A, gender: male}
      - {name: Lê Thị B, gender: female}
";
const DECISION: &str = "out/2024/khen/quyet-dinh-3.pdf";

fn git(dir: &Path, args: &[&str]) -> bool {
    Command::new("git")
        .arg("-C")
        .arg(dir)
        .args([
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@t",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success())
}

/// A project committed to git and built; `None` without git.
fn committed() -> Option<tempfile::TempDir> {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::write(p.join("thidua.yaml"), CONFIG).unwrap();
    std::fs::create_dir_all(p.join("content/2024")).unwrap();
    std::fs::write(p.join("content/2024/khen.yaml"), DOSSIER).unwrap();
    std::fs::write(p.join(".gitignore"), "/out\n").unwrap();
    let made = git(p, &["init", "-q"]) && git(p, &["add", "-A"]) && git(p, &["commit", "-qm", "a"]);
    if !made {
        eprintln!("skipped: git is not installed; .ci/run installs it");
        return None;
    }
    build(p);
    Some(dir)
}

fn build(root: &Path) {
    let options = engine::Options {
        out: Some(root.join("out")),
        export: Export {
            write: true,
            preview: Preview::None,
            pdf: Default::default(),
            copies: crate::kinds::Copies::NONE,
        },
        ..engine::Options::check()
    };
    let prepared = engine::prepare(root, &options).unwrap();
    let ran = engine::run(&prepared, &options, &|| {}).unwrap();
    assert!(ran.settled.problems.is_empty());
}

/// The verdict on `bytes` as a file of the project at `root`.
fn verdict(root: &Path, bytes: &[u8]) -> (bool, bool, String) {
    let mut rebuilds = Rebuilds::new(Duration::from_secs(60));
    let (v, line) = verify(bytes, &root.join("x.pdf"), Some(root), &mut rebuilds);
    (matches!(v, Verdict::Ok), matches!(v, Verdict::Error), line)
}

/// The file at `path` with its record changed by `edit`, stamped again.
fn restamped(path: &Path, edit: impl Fn(&mut Provenance)) -> Vec<u8> {
    let bytes = std::fs::read(path).unwrap();
    let mut record = provenance::read(&bytes).unwrap().provenance;
    edit(&mut record);
    provenance::stamp(&bytes, &record).unwrap()
}

#[test]
fn a_record_edited_and_stamped_again_is_never_ok() {
    let Some(dir) = committed() else { return };
    let p = dir.path();
    let genuine = std::fs::read(p.join(DECISION)).unwrap();
    let (ok, _, line) = verdict(p, &genuine);
    assert!(ok, "{line}");
    assert!(line.contains("the sources at commit"), "{line}");
    // Said to be made from uncommitted changes, where there are none.
    let (ok, error, line) = verdict(p, &restamped(&p.join(DECISION), |r| r.dirty = true));
    assert!(!ok && error, "{line}");
    assert!(line.contains("the sources have none now"), "{line}");
    // A path outside the output folder, another unit, options written otherwise.
    let outside = restamped(&p.join(DECISION), |r| r.file = "../../thidua.yaml".into());
    let (ok, _, line) = verdict(p, &outside);
    assert!(!ok && line.contains("STALE"), "{line}");
    let unit = restamped(&p.join(DECISION), |r| r.unit.push('x'));
    let (ok, _, line) = verdict(p, &unit);
    assert!(!ok && line.contains("STALE"), "{line}");
    let inputs = restamped(&p.join(DECISION), |r| r.inputs = "0".repeat(32));
    let (ok, _, line) = verdict(p, &inputs);
    assert!(
        !ok && line.contains("EDITED: its record is not what thidua writes (inputs)"),
        "{line}"
    );
    let options = restamped(&p.join(DECISION), |r| {
        r.options = r.options.replace("; ", ";")
    });
    let (ok, _, line) = verdict(p, &options);
    assert!(!ok && line.contains("(options)"), "{line}");
    // A preview no build makes (it would take all the memory there is to render).
    let huge = restamped(&p.join(DECISION), |r| {
        r.options = r.options.replace("preview=none", "preview=png 100000")
    });
    let (ok, error, line) = verdict(p, &huge);
    assert!(
        !ok && error && line.contains("its record cannot be read"),
        "{line}"
    );
    // Options written otherwise than a build writes them: a date with a leading zero, a
    // resolution written another way.
    for (from, to) in [
        ("epoch=", "epoch=01700000000"),
        ("preview=none", "preview=png 0300"),
    ] {
        let odd = restamped(&p.join(DECISION), |r| {
            r.options = r.options.replace(from, to)
        });
        let (ok, _, line) = verdict(p, &odd);
        assert!(!ok, "{to}: {line}");
    }
    // Said to be made outside git, of a project in git: not checked against its tree.
    let (ok, error, line) = verdict(p, &restamped(&p.join(DECISION), |r| r.commit = None));
    assert!(!ok && error, "{line}");
    assert!(
        line.contains("records no git repository, and the project is in one"),
        "{line}"
    );
}

#[test]
fn uncommitted_changes_said_to_be_none_are_not_ok() {
    let Some(dir) = committed() else { return };
    let p = dir.path();
    // Built from a change not committed: the record says so, and it verifies against
    // the working tree.
    let renamed = DOSSIER.replace("Lê Thị B", "Lê Thị Bé");
    std::fs::write(p.join("content/2024/khen.yaml"), renamed).unwrap();
    build(p);
    let (ok, _, line) = verdict(p, &std::fs::read(p.join(DECISION)).unwrap());
    assert!(ok, "{line}");
    assert!(
        line.contains("with uncommitted changes") && line.contains("in the working tree"),
        "{line}"
    );
    // Said to be the commit's alone: the commit makes other bytes.
    let (ok, error, line) = verdict(p, &restamped(&p.join(DECISION), |r| r.dirty = false));
    assert!(!ok && !error, "{line}");
    assert!(line.contains("DIFFERENT: the sources at commit"), "{line}");
}
