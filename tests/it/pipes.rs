//! Every command ends quietly when its reader goes away (`thidua render FILE | head`):
//! never a panic with a backtrace (exit 101).

use crate::support::*;
use std::process::Stdio;

/// Runs `thidua args` in `dir` with its output read by no one: the pipe's reader is
/// closed at once. Its standard error and exit status.
fn into_closed_pipe(dir: &std::path::Path, args: &[&str]) -> (String, Option<i32>) {
    let mut child = crate::support::binary()
        .args(args)
        .current_dir(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    (
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code(),
    )
}

#[test]
fn every_command_ends_quietly_into_a_closed_pipe() {
    let dir = tempfile::tempdir().unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::copy(root.join("thidua.yaml"), dir.path().join("thidua.yaml")).unwrap();
    copy_dir(&root.join("content"), &dir.path().join("content"));
    ok(&thidua(dir.path(), &["build"]));
    let pdfs: Vec<String> = files(&dir.path().join("out"))
        .into_iter()
        .filter(|f| f.ends_with(".pdf"))
        .map(|f| format!("out/{f}"))
        .collect();
    let mut verify = vec!["verify"];
    verify.extend(pdfs.iter().map(String::as_str));
    let render = ["render", "content/2025/binh-xet-2025.yaml"];
    for args in [
        &render[..],
        &["schema"],
        &["forms"],
        &verify,
        &["check"],
        &["build"],
    ] {
        for _ in 0..3 {
            let (err, code) = into_closed_pipe(dir.path(), args);
            assert!(
                !err.contains("panicked") && code != Some(101),
                "{args:?}: {code:?} {err}"
            );
        }
    }
}
