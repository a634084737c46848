//! Every YAML example of the README, CONTRIBUTING and the guide builds, as Rust checks
//! its doc examples. A fence says what its example is: `yaml,config` (a whole
//! thidua.yaml), `yaml,dossier` (a whole dossier), `yaml,config-fragment` and
//! `yaml,dossier-fragment` (top-level keys that replace those of the project `thidua
//! init` makes, or of its dossier), `yaml,ignore` (shown only: an error, a line). Each is
//! put into a fresh copy of that project and must pass `thidua check`.

use crate::docs::pages;
use crate::support::*;
use std::path::{Path, PathBuf};

/// One example: where it is, what it is, its text.
struct Example {
    at: String,
    kind: String,
    text: String,
}

/// The YAML examples of `text` (page `name`), with their fences' annotations.
fn examples_of(name: &str, text: &str) -> Vec<Example> {
    let mut out = Vec::new();
    let mut open: Option<(usize, String, String)> = None;
    for (i, line) in text.lines().enumerate() {
        let fence = line.trim_start();
        match open.as_mut() {
            None => {
                if let Some(info) = fence.strip_prefix("```").filter(|i| i.starts_with("yaml")) {
                    let kind = info.split_once(',').map_or("", |(_, k)| k.trim());
                    open = Some((i + 1, kind.to_string(), String::new()));
                } else if fence.starts_with("```") {
                    open = Some((i + 1, "other".into(), String::new()));
                }
            }
            Some((start, kind, body)) => {
                if fence.starts_with("```") {
                    if kind != "other" {
                        let indent = line.len() - fence.len();
                        let text = body
                            .lines()
                            .map(|l| l.get(indent..).unwrap_or(l.trim_start()))
                            .collect::<Vec<_>>()
                            .join("\n");
                        out.push(Example {
                            at: format!("{name}:{start}"),
                            kind: kind.clone(),
                            text: text + "\n",
                        });
                    }
                    open = None;
                } else {
                    body.push_str(line);
                    body.push('\n');
                }
            }
        }
    }
    out
}

/// Every example of every page.
fn examples() -> Vec<Example> {
    let root = crate::docs::repo();
    pages()
        .iter()
        .flat_map(|p| {
            let name = p.strip_prefix(&root).unwrap().display().to_string();
            examples_of(&name, &std::fs::read_to_string(p).unwrap())
        })
        .collect()
}

/// `base`'s top-level keys replaced by `fragment`'s.
fn merged(base: &str, fragment: &str) -> Result<String, String> {
    let mut base: serde_yaml::Mapping = serde_yaml::from_str(base).map_err(|e| e.to_string())?;
    let part: serde_yaml::Mapping =
        serde_yaml::from_str(fragment).map_err(|e| format!("not YAML keys: {e}"))?;
    for (k, v) in part {
        base.insert(k, v);
    }
    serde_yaml::to_string(&base).map_err(|e| e.to_string())
}

/// The project `thidua init` makes, in a folder of its own.
fn base() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    ok(&thidua(dir.path(), &["init", "p"]));
    let root = dir.path().join("p");
    (dir, root)
}

/// The init project's first dossier.
fn first_dossier(root: &Path) -> PathBuf {
    let mut all: Vec<PathBuf> = walkdir::WalkDir::new(root.join("content"))
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    all.sort();
    all.remove(0)
}

/// Puts `e` into a fresh init project and checks it: `Ok` when `thidua check` passes.
fn check(e: &Example) -> Result<(), String> {
    let (_dir, root) = base();
    let config = root.join("thidua.yaml");
    let dossier = first_dossier(&root);
    match e.kind.as_str() {
        "ignore" => return Ok(()),
        "config" => std::fs::write(&config, &e.text).unwrap(),
        "config-fragment" => {
            let text = merged(&std::fs::read_to_string(&config).unwrap(), &e.text)?;
            std::fs::write(&config, text).unwrap();
        }
        "dossier" => {
            // Alone: the init example's numbers would clash with its own.
            std::fs::remove_file(&dossier).unwrap();
            std::fs::write(root.join("content/example.yaml"), &e.text).unwrap();
        }
        "dossier-fragment" => {
            let text = merged(&std::fs::read_to_string(&dossier).unwrap(), &e.text)?;
            std::fs::write(&dossier, text).unwrap();
        }
        other => return Err(format!("unmarked (`yaml,{other}`): mark it config, dossier, config-fragment, dossier-fragment or ignore")),
    }
    let run = thidua(&root, &["check"]);
    match run.status.code() {
        Some(0) => Ok(()),
        _ => Err(stderr(&run)),
    }
}

#[test]
fn every_yaml_example_of_the_guide_builds() {
    let all = examples();
    assert!(
        all.len() >= 10,
        "the guide's examples were found ({})",
        all.len()
    );
    let failed: Vec<String> = all
        .iter()
        .filter_map(|e| {
            check(e)
                .err()
                .map(|why| format!("{} ({}):\n{why}", e.at, e.kind))
        })
        .collect();
    assert!(
        failed.is_empty(),
        "{} of {} examples fail:\n{}",
        failed.len(),
        all.len(),
        failed.join("\n")
    );
}

#[test]
fn a_broken_example_fails() {
    let page = "Text.\n\n```yaml,dossier-fragment\nawards:\n  - form: giay-khen\n    decision: {number: 1, date: 2025-13-01, signer: lan}\n```\n\n```yaml\ntitle: x\n```\n";
    let found = examples_of("page.md", page);
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].at, "page.md:3");
    let why = check(&found[0]).unwrap_err();
    assert!(why.contains("2025-13-01"), "{why}");
    assert!(check(&found[1]).unwrap_err().contains("unmarked"));
    let good = Example {
        at: String::new(),
        kind: "config-fragment".into(),
        text: "margins: {top: 20, bottom: 20, left: 30, right: 15}\n".into(),
    };
    check(&good).unwrap();
}
