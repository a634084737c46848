//! `thidua watch`: it rebuilds for what a build reads and nothing else, and it ends on
//! Ctrl-C wherever it was started.

use crate::support::*;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const ONE: &str = "title: T\nawards:\n  - form: giay-khen\n    decision: {number: 3, date: 2024-10-01, signer: lan}\n    recipients:\n      - {name: Phạm Văn A, gender: male}\n";

/// Waits until `done`, for at most 20 s.
fn wait(what: &str, done: &dyn Fn() -> bool) {
    let start = Instant::now();
    while !done() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "timed out waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn a_log_beside_the_project_starts_no_rebuild_an_edit_does() {
    let dir = project_from(CONFIG, &[("content/a.yaml", ONE)]);
    let log = dir.path().join("watch.log");
    let mut child = crate::support::binary()
        .args(["watch"])
        .current_dir(dir.path())
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .unwrap();
    let built = || {
        let text = std::fs::read_to_string(&log).unwrap_or_default();
        text.lines().filter(|l| l.starts_with("built ")).count()
    };
    wait("the first build", &|| built() == 1);
    // Its own log grows, notes and PDFs come and go: none of it is read by a build.
    for i in 0..5 {
        std::fs::write(dir.path().join("notes.txt"), format!("{i}")).unwrap();
        std::fs::write(dir.path().join("content/scan.pdf"), format!("{i}")).unwrap();
        std::thread::sleep(Duration::from_millis(300));
    }
    assert_eq!(built(), 1, "{}", std::fs::read_to_string(&log).unwrap());
    let edited = ONE.replace("Phạm Văn A", "Phạm Văn Anh");
    std::fs::write(dir.path().join("content/a.yaml"), edited).unwrap();
    wait("the rebuild", &|| built() == 2);
    std::thread::sleep(Duration::from_millis(1000));
    assert_eq!(built(), 2, "{}", std::fs::read_to_string(&log).unwrap());
    child.kill().unwrap();
    child.wait().unwrap();
}

#[cfg(unix)]
#[test]
fn a_watch_logging_into_its_own_project_rebuilds_once() {
    let dir = project_from(CONFIG, &[("content/a.yaml", ONE)]);
    std::fs::create_dir_all(dir.path().join("templates")).unwrap();
    // Its log where a build reads (a template's folder, a list's extension).
    let log = dir.path().join("templates/watch.csv");
    let mut child = crate::support::binary()
        .args(["watch"])
        .current_dir(dir.path())
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .unwrap();
    let built = || {
        let text = std::fs::read_to_string(&log).unwrap_or_default();
        text.lines().filter(|l| l.starts_with("built ")).count()
    };
    wait("the first build", &|| built() == 1);
    // A file with no extension among the dossiers, and a log, are not read either.
    std::fs::write(dir.path().join("content/notes"), "x").unwrap();
    std::fs::write(dir.path().join("content/build.log"), "x").unwrap();
    std::thread::sleep(Duration::from_millis(2000));
    assert_eq!(built(), 1, "{}", std::fs::read_to_string(&log).unwrap());
    child.kill().unwrap();
    child.wait().unwrap();
}

#[cfg(unix)]
#[test]
fn ctrl_c_ends_a_watch_started_in_the_background() {
    let dir = project_from(CONFIG, &[("content/a.yaml", ONE)]);
    // A script's background job starts with SIGINT ignored.
    let script = format!(
        "'{}' watch -q & pid=$!; echo $pid; wait $pid",
        env!("CARGO_BIN_EXE_thidua")
    );
    let mut shell = Command::new("sh")
        .args(["-c", &script])
        .current_dir(dir.path())
        .env("THIDUA_LANG", "en")
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(shell.stdout.take().unwrap()),
        &mut line,
    )
    .unwrap();
    let pid = line.trim().to_string();
    let pdf = dir.path().join("out/a/quyet-dinh-3.pdf");
    wait("the first build", &|| pdf.is_file());
    let sent = Command::new("kill").args(["-INT", &pid]).status().unwrap();
    assert!(sent.success());
    let start = Instant::now();
    loop {
        if let Some(status) = shell.try_wait().unwrap() {
            assert_eq!(status.code(), Some(130), "ended by the signal");
            break;
        }
        if start.elapsed() > Duration::from_secs(10) {
            let _ = Command::new("kill").args(["-KILL", &pid]).status();
            panic!("watch ignored SIGINT");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn watch_rebuilds_an_edited_list_and_survives_a_bad_edit() {
    let dir = project("hanoi-2024");
    let mut child = crate::support::binary()
        .args(["watch", "-q", "--jobs", "1"])
        .current_dir(dir.path())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let pdf = dir
        .path()
        .join("out/2024/tong-ket-nguoi-tot-viec-tot")
        .join("quyet-dinh-1521.pdf");
    let wait = |what: &str, done: &dyn Fn() -> bool| {
        let start = std::time::Instant::now();
        while !done() {
            assert!(
                start.elapsed().as_secs() < 20,
                "timed out waiting for {what}"
            );
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    };
    wait("the first build", &|| pdf.is_file() && pdf_pages(&pdf) > 0);
    std::thread::sleep(std::time::Duration::from_millis(300));
    let dossier = dir
        .path()
        .join("content/2024/tong-ket-nguoi-tot-viec-tot.yaml");
    let text = std::fs::read_to_string(&dossier).unwrap();
    std::fs::write(&dossier, text.replace("signer: phong", "signer: nobody")).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(800));
    assert!(
        pdf_text(&pdf).contains("Lý Phương Linh"),
        "a bad edit keeps the previous output"
    );
    std::fs::write(&dossier, &text).unwrap();
    let csv = dir
        .path()
        .join("content/2024/nguoi-tot-viec-tot-cap-so.csv");
    let list = std::fs::read_to_string(&csv).unwrap();
    std::fs::write(&csv, list.replace("Lý Phương Linh", "Lý Phương Lynh")).unwrap();
    wait("the rebuilt decision", &|| {
        pdf_text(&pdf).contains("Lý Phương Lynh")
    });
    assert!(child.try_wait().unwrap().is_none(), "still watching");
    child.kill().unwrap();
    child.wait().unwrap();
}

#[test]
fn the_files_of_an_output_folder_made_after_the_watch_began_are_no_edit() {
    // The first build fails, so the output folder is made only by the build after the fix;
    // its spreadsheet copies (an .xlsx reads like a list) must start no build of their own.
    let bad = ONE.replace("number: 3", "number: ba");
    let dir = project_from(CONFIG, &[("content/a.yaml", &bad)]);
    let log = dir.path().join("watch.log");
    // Ended even when an assertion fails, so that no watch outlives the test.
    struct Ended(std::process::Child);
    impl Drop for Ended {
        fn drop(&mut self) {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
    let _watch = Ended(
        crate::support::binary()
            .args(["watch", "--format", "xlsx,docx"])
            .current_dir(dir.path())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .unwrap(),
    );
    let text = || std::fs::read_to_string(&log).unwrap_or_default();
    wait("the first build", &|| text().contains("rebuild failed"));
    std::fs::write(dir.path().join("content/a.yaml"), ONE).unwrap();
    wait("the build after the fix", &|| text().contains("built "));
    std::thread::sleep(Duration::from_millis(1500));
    let builds: Vec<String> = text()
        .lines()
        .filter(|l| l.starts_with("built "))
        .map(String::from)
        .collect();
    assert_eq!(builds.len(), 1, "{}", text());
    assert!(
        dir.path().join("out/a/quyet-dinh-3.xlsx").is_file(),
        "{}",
        text()
    );
}
