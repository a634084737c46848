//! `thidua schema`: the JSON Schemas of thidua.yaml and of a dossier accept every
//! project in the repository (the sample, the fixtures, the shared examples, `init`'s and
//! the tests' own) and reject a misspelt key, a wrong type and a bad date; `init` points
//! the editor at them.

use super::cycle::MEETING;
use super::support::{ok, thidua, CONFIG, TWO_PEOPLE};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// The schema `thidua schema ARGS` prints, as a validator.
fn validator(args: &[&str]) -> jsonschema::Validator {
    let o = thidua(Path::new("."), &[&["schema"], args].concat());
    ok(&o);
    let schema: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
    jsonschema::validator_for(&schema).unwrap()
}

/// The problems `v` finds in YAML `text`, as `path: message`.
fn problems(v: &jsonschema::Validator, text: &str) -> Vec<String> {
    let value: Value = serde_yaml::from_str(text).unwrap();
    v.iter_errors(&value)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

/// Every `thidua.yaml` and dossier of the projects under `roots`.
fn projects(roots: &[PathBuf]) -> (Vec<PathBuf>, Vec<PathBuf>) {
    let (mut configs, mut dossiers) = (Vec::new(), Vec::new());
    for root in roots {
        for e in walkdir::WalkDir::new(root)
            .into_iter()
            .filter_map(Result::ok)
        {
            let p = e.path();
            let rel = p
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            if rel.starts_with("target") || rel.starts_with("out") {
                continue;
            }
            if p.file_name().is_some_and(|n| n == "thidua.yaml") {
                configs.push(p.to_path_buf());
            } else if rel.contains("content/")
                && p.extension().is_some_and(|x| x == "yaml" || x == "yml")
            {
                dossiers.push(p.to_path_buf());
            }
        }
    }
    (configs, dossiers)
}

#[test]
fn every_project_in_the_repository_is_valid() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let init = tempfile::tempdir().unwrap();
    ok(&thidua(init.path(), &["init", "p"]));
    let mut roots = vec![
        repo.to_path_buf(),
        repo.join("../shared/examples"),
        init.path().join("p"),
    ];
    roots.retain(|r| r.exists());
    let (configs, dossiers) = projects(&roots);
    assert!(configs.len() >= 3, "{configs:?}");
    assert!(dossiers.len() >= 3, "{dossiers:?}");
    let (config, dossier) = (validator(&["config"]), validator(&[]));
    for (v, files) in [(&config, &configs), (&dossier, &dossiers)] {
        for f in files {
            let text = std::fs::read_to_string(f).unwrap();
            let p = problems(v, &text);
            assert!(p.is_empty(), "{}: {p:#?}", f.display());
        }
    }
    // The tests' own projects too: the agency, a decision, the award cycle.
    assert_eq!(problems(&config, CONFIG), Vec::<String>::new());
    assert_eq!(problems(&dossier, TWO_PEOPLE), Vec::<String>::new());
    let cycle = format!("title: T\n{MEETING}");
    assert_eq!(problems(&dossier, &cycle), Vec::<String>::new());
}

#[test]
fn misspelt_keys_wrong_types_and_bad_dates_are_flagged() {
    let dossier = validator(&[]);
    let misspelt = TWO_PEOPLE.replace("recipients:", "recipents:");
    let p = problems(&dossier, &misspelt);
    assert!(
        p.iter()
            .any(|m| m.contains("/awards/0") && m.contains("recipents")),
        "{p:?}"
    );
    let p = problems(&dossier, &TWO_PEOPLE.replace("number: 3", "number: ba"));
    assert!(
        p.iter().any(|m| m.contains("/awards/0/decision/number")),
        "{p:?}"
    );
    let p = problems(&dossier, &TWO_PEOPLE.replace("2024-10-01", "1/10/2024"));
    assert!(
        p.iter().any(|m| m.contains("/awards/0/decision/date")),
        "{p:?}"
    );
    let p = problems(&dossier, &TWO_PEOPLE.replace("2024-10-01", "2024-10-32"));
    assert!(
        p.iter().any(|m| m.contains("/awards/0/decision/date")),
        "{p:?}"
    );
    let p = problems(&dossier, "title: T\nreport:\n  number: 1\n  date: 2024-10-01\n  signer: lan\n  sections:\n    - { heading: H, table: award }\n");
    assert!(
        p.iter().any(|m| m.contains("/report/sections/0/table")),
        "{p:?}"
    );
    let p = problems(&dossier, "title: T\nstatus: nhap\n");
    assert!(p.iter().any(|m| m.contains("/status")), "{p:?}");
    let config = validator(&["config"]);
    let p = problems(
        &config,
        &CONFIG.replace("  short: SNV\n", "  shortname: SNV\n"),
    );
    assert!(p.iter().any(|m| m.contains("shortname")), "{p:?}");
    assert!(
        p.iter().any(|m| m.contains("short")),
        "a required key missing: {p:?}"
    );
    // As strict as the loader where a schema can say it: a gender, a time of day, one
    // name for each recipient.
    let people =
        "      - {name: Phạm Văn A, gender: male}\n      - {name: Lê Thị B, gender: female}\n";
    for (bad, at) in [
        ("      - {name: A, gender: x}\n", "/awards/0/recipients/0"),
        (
            "      - {name: A, collective: B}\n",
            "/awards/0/recipients/0",
        ),
        ("      - {}\n", "/awards/0/recipients/0"),
    ] {
        let p = problems(&dossier, &TWO_PEOPLE.replace(people, bad));
        assert!(p.iter().any(|m| m.contains(at)), "{bad}: {p:?}");
    }
    for good in [
        "      - {household: Hộ bà C, gender: Nữ}\n",
        "      - {name: A, gender: ÔNG}\n",
    ] {
        let p = problems(&dossier, &TWO_PEOPLE.replace(people, good));
        assert!(p.is_empty(), "{good}: {p:?}");
    }
    let meeting = "title: T\nmeeting: {number: 1, date: 2024-10-01, start: \"25:00\", end: \"09:00\", venue: P}\n";
    let p = problems(&dossier, meeting);
    assert!(p.iter().any(|m| m.contains("/meeting/start")), "{p:?}");
    assert!(problems(&dossier, &meeting.replace("25:00", "8h30")).is_empty());
}

#[test]
fn keys_are_documented_in_vietnamese_and_english() {
    let read = |lang: &str| -> Value {
        let o = thidua(Path::new("."), &["schema", "--lang", lang]);
        serde_json::from_slice(&o.stdout).unwrap()
    };
    let (en, vi) = (read("en"), read("vi"));
    let award = |s: &Value| s["definitions"]["Award"]["properties"]["recipients_file"].clone();
    let text = award(&en)["description"].as_str().unwrap().to_string();
    assert!(text.contains("CSV") && !text.contains("tệp"), "{text}");
    let text = award(&vi)["description"].as_str().unwrap().to_string();
    assert!(text.contains("CSV") && text.contains("Tệp"), "{text}");
    // Every property of every object says what it is, in each language on its own.
    let mut undocumented = Vec::new();
    for (name, def) in en["definitions"].as_object().unwrap() {
        for (key, prop) in def["properties"].as_object().into_iter().flatten() {
            let said = |s: &Value| s.as_str().unwrap_or("").to_string();
            let e = said(&prop["description"]);
            let v = said(&vi["definitions"][name]["properties"][key]["description"]);
            let vietnamese = v.chars().any(|c| {
                "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùý".contains(c)
            });
            if e.is_empty() || e == v || e.contains("\n\n") || v.contains("\n\n") || !vietnamese {
                undocumented.push(format!("{name}.{key}"));
            }
        }
    }
    assert!(undocumented.is_empty(), "{undocumented:?}");
}

#[test]
fn init_points_the_editor_at_the_schemas() {
    let dir = tempfile::tempdir().unwrap();
    ok(&thidua(dir.path(), &["init", "p"]));
    let p = dir.path().join("p");
    let first = |f: &str| {
        let text = std::fs::read_to_string(p.join(f)).unwrap();
        text.lines().next().unwrap().to_string()
    };
    assert_eq!(
        first("thidua.yaml"),
        "# yaml-language-server: $schema=schema/thidua.json"
    );
    assert_eq!(
        first("content/2025/tong-ket.yaml"),
        "# yaml-language-server: $schema=../../schema/dossier.json"
    );
    // The files the lines name are the schemas `thidua schema` prints.
    for (file, args) in [
        ("schema/thidua.json", vec!["schema", "config"]),
        ("schema/dossier.json", vec!["schema"]),
    ] {
        let written = std::fs::read(p.join(file)).unwrap();
        assert_eq!(written, thidua(&p, &args).stdout, "{file}");
    }
    let settings: Value =
        serde_json::from_slice(&std::fs::read(p.join(".vscode/settings.json")).unwrap()).unwrap();
    assert_eq!(
        settings["yaml.schemas"]["./schema/dossier.json"],
        serde_json::json!(["content/**/*.yaml", "content/**/*.yml"])
    );
    // The new project builds as it is.
    ok(&thidua(&p, &["check"]));
}
