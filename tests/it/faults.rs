//! Faults survived: links planted in `out/`, two dossiers for one folder, killed builds,
//! crafted spreadsheets, implausible figures, very long names.

use crate::support::*;
use std::path::Path;

#[cfg(unix)]
#[test]
fn a_link_planted_in_out_is_replaced_never_followed() {
    let dir = project_from(CONFIG, &[("content/a.yaml", TWO_PEOPLE)]);
    ok(&thidua(dir.path(), &["build"]));
    let outside = tempfile::tempdir().unwrap();
    let target = outside.path().join("stolen.pdf");
    let cert = dir.path().join("out/a/giay-khen-3/01-pham-van-a.pdf");
    std::fs::remove_file(&cert).unwrap();
    std::os::unix::fs::symlink(&target, &cert).unwrap();
    // A whole folder replaced by a link, too.
    let folder = dir.path().join("out/a/giay-khen-3");
    let moved = outside.path().join("moved");
    std::fs::rename(&folder, &moved).unwrap();
    std::os::unix::fs::symlink(&moved, &folder).unwrap();
    let edited = TWO_PEOPLE.replace("Phạm Văn A", "Phạm Văn An");
    std::fs::write(dir.path().join("content/a.yaml"), edited).unwrap();
    ok(&thidua(dir.path(), &["build"]));
    assert!(!target.exists(), "wrote through a link");
    assert!(!folder.is_symlink() && folder.is_dir());
    let cert = folder.join("01-pham-van-an.pdf");
    assert!(!cert.is_symlink());
    assert!(pdf_text(&cert).contains("Phạm Văn An"));
    // The files left outside were not removed through the link either.
    assert!(moved.join("02-le-thi-b.pdf").is_file());
}

#[test]
fn two_dossiers_for_one_folder_are_an_error_naming_both() {
    let dir = project_from(
        CONFIG,
        &[
            ("content/h.yaml", TWO_PEOPLE),
            ("content/h.yml", TWO_PEOPLE),
        ],
    );
    let o = thidua(dir.path(), &["build"]);
    assert_eq!(o.status.code(), Some(1));
    contains_all(
        &stderr(&o),
        &["`content/h.yaml` and `content/h.yml` would both write to `out/h/`"],
    );
    assert!(!dir.path().join("out/h").exists());
}

fn many(n: usize) -> String {
    let mut s = "title: T\nawards:\n  - form: giay-khen\n    decision: {number: 3, date: 2024-10-01, signer: lan}\n    recipients:\n".to_string();
    for i in 0..n {
        s.push_str(&format!("      - {{name: Người Thứ {i}, gender: male}}\n"));
    }
    s
}

/// Every file under `dir` but the manifest, with its bytes.
fn outputs(dir: &Path) -> Vec<(String, Vec<u8>)> {
    files(dir)
        .into_iter()
        .filter(|f| !f.ends_with(".thidua-manifest.json"))
        .map(|f| {
            let b = std::fs::read(dir.join(&f)).unwrap();
            (f, b)
        })
        .collect()
}

#[cfg(unix)]
#[test]
fn after_a_kill_the_next_build_leaves_what_a_clean_build_would() {
    let fewer = many(150);
    let clean = project_from(CONFIG, &[("content/a.yaml", &fewer)]);
    ok(&thidua(clean.path(), &["build"]));
    let want = outputs(&clean.path().join("out"));
    // Killed while files are typeset (temporary files about) and while they are put in
    // place (the first certificate there), in a first build and in a rebuild.
    let mut caught = 0;
    for attempt in 0..4 {
        let dir = project_from(CONFIG, &[("content/a.yaml", &many(200))]);
        let out = dir.path().join("out");
        if attempt % 2 == 1 {
            ok(&thidua(dir.path(), &["build"]));
            let renamed = many(200).replace("Người Thứ", "Người Khác");
            std::fs::write(dir.path().join("content/a.yaml"), renamed).unwrap();
        }
        let new_name = if attempt == 3 {
            "nguoi-khac"
        } else {
            "nguoi-thu"
        };
        let moment = || {
            if attempt < 2 {
                files(&out)
                    .iter()
                    .any(|f| f.contains(".thidua-") && f.ends_with(".tmp"))
            } else {
                let certs = std::fs::read_dir(out.join("a/giay-khen-3"))
                    .into_iter()
                    .flatten();
                certs
                    .flatten()
                    .any(|e| e.file_name().to_string_lossy().contains(new_name))
            }
        };
        let mut child = crate::support::binary()
            .args(["build", "-q"])
            .current_dir(dir.path())
            .spawn()
            .unwrap();
        let start = std::time::Instant::now();
        while !moment() && start.elapsed().as_secs() < 20 {
            std::thread::yield_now();
        }
        let running = child.try_wait().unwrap().is_none();
        let _ = child.kill(); // SIGKILL
        child.wait().unwrap();
        caught += running as usize;
        std::fs::write(dir.path().join("content/a.yaml"), &fewer).unwrap();
        ok(&thidua(dir.path(), &["build", "--force"]));
        let got = outputs(&out);
        let extra: Vec<_> = got
            .iter()
            .filter(|f| !want.contains(f))
            .map(|f| &f.0)
            .collect();
        let missing: Vec<_> = want
            .iter()
            .filter(|f| !got.contains(f))
            .map(|f| &f.0)
            .collect();
        assert!(
            extra.is_empty() && missing.is_empty(),
            "attempt {attempt}: extra or changed {extra:?}, missing {missing:?}"
        );
    }
    assert!(caught > 0, "no build was killed while running");
}

#[test]
fn every_output_is_counted_and_a_table_that_lost_a_row_fails() {
    let dir = project("hanoi-2024");
    let o = thidua(dir.path(), &["build"]);
    ok(&o);
    let e = stderr(&o);
    assert!(
        e.contains(": 41 certificates, 41 pages, 2 annexes 41 rows"),
        "{e}"
    );
    // A template that numbers its rows wrongly (it shows row 1 twice and row 0 never).
    let fresh = tempfile::tempdir().unwrap();
    ok(&thidua(fresh.path(), &["init", "--templates", "p"]));
    let text = std::fs::read_to_string(fresh.path().join("p/templates/decision.typ.hbs")).unwrap();
    std::fs::create_dir_all(dir.path().join("templates")).unwrap();
    let template = dir.path().join("templates/decision.typ.hbs");
    let broken = text.replace(
        "#metadata({{{row}}})<thidua-row>",
        "#metadata({{#if @first}}1{{else}}{{{row}}}{{/if}})<thidua-row>",
    );
    assert_ne!(broken, text);
    std::fs::write(&template, broken).unwrap();
    let o = thidua(dir.path(), &["build"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    contains_all(
        &stderr(&o),
        &["the annex came out with", "rows missing: 1; shown twice: 2"],
    );
}

#[test]
fn a_template_that_loops_for_good_is_stopped_with_its_place() {
    let dir = project_from(CONFIG, &[("content/a.yaml", TWO_PEOPLE)]);
    std::fs::create_dir_all(dir.path().join("templates")).unwrap();
    let fresh = tempfile::tempdir().unwrap();
    ok(&thidua(fresh.path(), &["init", "--templates", "p"]));
    let text = std::fs::read_to_string(fresh.path().join("p/templates/decision.typ.hbs")).unwrap();
    let looping = format!("{text}\n#for i in range(100000) {{ for j in range(100000) {{ }} }}\n");
    std::fs::write(dir.path().join("templates/decision.typ.hbs"), looping).unwrap();
    let start = std::time::Instant::now();
    let o = thidua(dir.path(), &["build", "--timeout", "2"]);
    assert!(start.elapsed().as_secs() < 30, "took {:?}", start.elapsed());
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    contains_all(
        &stderr(&o),
        &[
            "content/a.yaml: quyet-dinh-3: typesetting took more than 2 s and was stopped",
            "templates/decision.typ.hbs",
            "--timeout",
        ],
    );
    // The next build, with the template mended, leaves no temporary file behind.
    let template = dir.path().join("templates/decision.typ.hbs");
    let looping = std::fs::read(&template).unwrap();
    std::fs::remove_dir_all(dir.path().join("templates")).unwrap();
    ok(&thidua(dir.path(), &["build"]));
    assert!(files(&dir.path().join("out"))
        .iter()
        .all(|f| !f.ends_with(".tmp")));
    // Verifying against sources that loop: stopped too, the file not checked (exit 2).
    std::fs::create_dir_all(dir.path().join("templates")).unwrap();
    std::fs::write(&template, looping).unwrap();
    let o = thidua(
        dir.path(),
        &["verify", "--timeout", "2", "out/a/quyet-dinh-3.pdf"],
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("typesetting took more than 2 s"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn one_number_in_two_dossiers_of_a_year_is_an_error_and_an_empty_selection_is_said() {
    let next_year = TWO_PEOPLE.replace("2024-10-01", "2025-01-05");
    let dir = project_from(
        CONFIG,
        &[
            ("content/a.yaml", TWO_PEOPLE),
            ("content/b.yaml", TWO_PEOPLE),
            ("content/c.yaml", &next_year),
        ],
    );
    let o = thidua(dir.path(), &["check"]);
    assert_eq!(o.status.code(), Some(1));
    contains_all(
        &stderr(&o),
        &[
            "content/b.yaml:4:24: awards[0].decision.number: the number of decision 3/QĐ of 2024 is already used in `content/a.yaml:4`",
            "1 error",
        ],
    );
    std::fs::remove_file(dir.path().join("content/b.yaml")).unwrap();
    let o = thidua(dir.path(), &["build", "--only", "a.yaml"]);
    ok(&o);
    contains_all(
        &stderr(&o),
        &[
            "warning: no dossier matches `--only a.yaml`",
            "built 0 documents",
        ],
    );
}

#[cfg(unix)]
#[test]
fn a_document_whose_files_cannot_all_be_put_in_place_keeps_its_old_ones() {
    let dir = project_from(CONFIG, &[("content/a.yaml", TWO_PEOPLE)]);
    ok(&thidua(dir.path(), &["build"]));
    let certs = dir.path().join("out/a/giay-khen-3");
    assert!(certs.join("01-pham-van-a.pdf").is_file());
    // The renamed recipient's new file cannot take its place: a folder stands there.
    std::fs::create_dir(certs.join("01-pham-van-an.pdf")).unwrap();
    let edited = TWO_PEOPLE.replace("Phạm Văn A", "Phạm Văn An");
    std::fs::write(dir.path().join("content/a.yaml"), edited).unwrap();
    let o = thidua(dir.path(), &["build"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("01-pham-van-an.pdf"), "{}", stderr(&o));
    assert!(
        certs.join("01-pham-van-a.pdf").is_file(),
        "the old certificate was removed"
    );
    // Once the place is free, the next build puts the new file there and removes the old.
    std::fs::remove_dir(certs.join("01-pham-van-an.pdf")).unwrap();
    ok(&thidua(dir.path(), &["build"]));
    assert!(pdf_text(&certs.join("01-pham-van-an.pdf")).contains("Phạm Văn An"));
    assert!(!certs.join("01-pham-van-a.pdf").exists());
}
