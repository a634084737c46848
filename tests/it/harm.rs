//! Commands that must not do harm: failed builds keep the previous outputs, usage errors,
//! `check` writes nothing, templates reach only the project's assets.

use crate::support::*;

#[test]
fn failed_build_leaves_previous_outputs_untouched() {
    let dir = project("hanoi-2024");
    ok(&thidua(dir.path(), &["build"]));
    let out = dir.path().join("out");
    let before: Vec<(String, Vec<u8>)> = files(&out)
        .into_iter()
        .map(|f| (f.clone(), std::fs::read(out.join(&f)).unwrap()))
        .collect();
    let dossier = dir
        .path()
        .join("content/2024/tong-ket-nguoi-tot-viec-tot.yaml");
    let text = std::fs::read_to_string(&dossier).unwrap();
    std::fs::write(
        &dossier,
        text.replace("signer: dan", "signer: nobody")
            .replace("Bạch Liên Hương", "Changed Name"),
    )
    .unwrap();
    let o = thidua(dir.path(), &["build"]);
    assert_eq!(o.status.code(), Some(1));
    for (f, bytes) in before {
        assert!(std::fs::read(out.join(&f)).unwrap() == bytes, "{f} changed");
    }
}

#[test]
fn usage_errors_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(
        thidua(dir.path(), &["build", "--no-such-flag"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(thidua(dir.path(), &["frobnicate"]).status.code(), Some(2));
    assert_eq!(
        thidua(dir.path(), &["build", "--only", "[x"]).status.code(),
        Some(2)
    );
    assert_eq!(
        thidua(dir.path(), &["build", "--format", "png", "--ppi", "1e9"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn not_a_project_and_protected_out() {
    let dir = tempfile::tempdir().unwrap();
    let o = thidua(dir.path(), &["build"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("no `thidua.yaml`"), "{}", stderr(&o));
    let dir = project("hanoi-2024");
    let o = thidua(dir.path(), &["build", "--out", "content"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("refusing"), "{}", stderr(&o));
}

#[test]
fn check_writes_nothing_and_render_prints_escaped_source() {
    let dir = project("hanoi-2024");
    let o = thidua(dir.path(), &["check"]);
    ok(&o);
    assert!(!dir.path().join("out").exists());
    let o = thidua(
        dir.path(),
        &[
            "render",
            "content/2024/tong-ket-nguoi-tot-viec-tot.yaml",
            "--doc",
            "quyet-dinh-1520",
        ],
    );
    ok(&o);
    let src = String::from_utf8(o.stdout).unwrap();
    assert!(src.contains("#import \"/thidua.typ\""), "{src}");
    assert!(
        src.contains("Số: ") || src.contains("1520\\/QĐ\\-SLĐTBXH"),
        "{src}"
    );
    assert!(!src.contains("bao-cao"), "only the chosen document");
    let o = thidua(
        dir.path(),
        &[
            "render",
            "content/2024/tong-ket-nguoi-tot-viec-tot.yaml",
            "--doc",
            "nope",
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("quyet-dinh-1520"),
        "lists the documents it has"
    );
}

#[test]
fn broken_user_template_is_reported_not_panicked() {
    let dir = project("hanoi-2024");
    std::fs::create_dir_all(dir.path().join("templates")).unwrap();
    std::fs::write(
        dir.path().join("templates/report.typ.hbs"),
        "#import \"/thidua.typ\": *\n{{report.nonexistent_field}}\n",
    )
    .unwrap();
    let o = thidua(dir.path(), &["build"]);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(e.contains("templates/report.typ.hbs"), "{e}");
    std::fs::write(
        dir.path().join("templates/report.typ.hbs"),
        "#let x = (\n{{report.title}}\n",
    )
    .unwrap();
    let o = thidua(dir.path(), &["build"]);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(
        e.contains("templates/report.typ.hbs") && e.contains("typst:"),
        "{e}"
    );
}

#[test]
fn templates_reach_only_project_assets_and_known_fonts() {
    let dir = project("hanoi-2024");
    let templates = dir.path().join("templates");
    std::fs::create_dir_all(&templates).unwrap();
    std::fs::create_dir_all(dir.path().join("assets")).unwrap();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.txt"), "secret").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(
        outside.path().join("secret.txt"),
        dir.path().join("assets/link.txt"),
    )
    .unwrap();
    let attempts = [
        "#read(\"/etc/passwd\")",
        "#read(\"../../../../etc/passwd\")",
        "#read(\"/thidua.yaml\")",
        "#read(\"/assets/link.txt\")",
        "#set text(font: \"No Such Font\")\nx",
    ];
    for attempt in attempts {
        std::fs::write(
            templates.join("report.typ.hbs"),
            format!("#import \"/thidua.typ\": *\n{attempt}\n"),
        )
        .unwrap();
        let o = thidua(dir.path(), &["build"]);
        assert_eq!(o.status.code(), Some(1), "{attempt} must fail");
        let e = stderr(&o);
        assert!(
            e.contains("templates/report.typ.hbs") && e.contains("typst:"),
            "{attempt}: {e}"
        );
        assert!(
            !e.contains("root:") && !e.contains("secret"),
            "{attempt} leaked: {e}"
        );
        // typst's hint names a flag of its own CLI, which thidua does not have.
        assert!(!e.contains("--root"), "{attempt}: {e}");
    }
    assert!(!dir
        .path()
        .join("out/2024/tong-ket-nguoi-tot-viec-tot/bao-cao-312.pdf")
        .exists());
    assert!(
        dir.path()
            .join("out/2024/tong-ket-nguoi-tot-viec-tot/quyet-dinh-1520.pdf")
            .is_file(),
        "other documents still built"
    );
}
