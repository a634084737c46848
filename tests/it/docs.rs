//! The user guide (`docs/`), the README and CONTRIBUTING, checked as Rust checks its
//! doc examples: every link and SUMMARY entry leads to a file, every YAML example
//! builds, the reference of keys is the schema's, the recipe is the code a test runs.

use std::path::PathBuf;

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The Markdown files users and contributors read: the README, CONTRIBUTING, the guide.
pub fn pages() -> Vec<PathBuf> {
    let mut out = vec![repo().join("README.md"), repo().join("CONTRIBUTING.md")];
    let guide = walkdir::WalkDir::new(repo().join("docs")).sort_by_file_name();
    out.extend(
        guide
            .into_iter()
            .filter_map(Result::ok)
            .map(|e| e.into_path())
            .filter(|p| p.extension().is_some_and(|e| e == "md")),
    );
    out
}

/// The targets of a page's Markdown links and images (`](target)`), outside code.
fn links(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut fenced = false;
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
        }
        if fenced {
            continue;
        }
        // Inline code is no link: `[x](y)` shown as code stays out.
        let plain: String = line.split('`').step_by(2).collect::<Vec<_>>().join(" ");
        for (i, _) in plain.match_indices("](") {
            let rest = &plain[i + 2..];
            if let Some(end) = rest.find(')') {
                out.push(rest[..end].trim().to_string());
            }
        }
    }
    out
}

#[test]
fn every_link_of_the_guide_leads_to_a_file() {
    let mut broken = Vec::new();
    let mut checked = 0;
    for page in pages() {
        let text = std::fs::read_to_string(&page).unwrap();
        for target in links(&text) {
            if target.contains("://") || target.starts_with('#') || target.starts_with("mailto:") {
                continue;
            }
            let file = target.split('#').next().unwrap_or_default();
            let file = file.split_whitespace().next().unwrap_or_default();
            checked += 1;
            if !page.parent().unwrap().join(file).exists() {
                broken.push(format!("{}: {target}", page.display()));
            }
        }
    }
    assert!(broken.is_empty(), "links to nothing: {broken:#?}");
    assert!(checked > 20, "the guide's links were found ({checked})");
}

#[test]
fn the_summary_holds_every_page_of_the_guide() {
    let src = repo().join("docs/src");
    let summary = std::fs::read_to_string(src.join("SUMMARY.md")).unwrap();
    let listed: Vec<String> = links(&summary);
    for l in &listed {
        assert!(
            src.join(l).exists(),
            "SUMMARY.md lists {l}, which is not there"
        );
    }
    for e in walkdir::WalkDir::new(&src)
        .into_iter()
        .filter_map(Result::ok)
    {
        let rel = e
            .path()
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if rel.ends_with(".md") && rel != "SUMMARY.md" {
            assert!(
                listed.contains(&rel),
                "{rel} is in no chapter of SUMMARY.md"
            );
        }
    }
    assert!(std::fs::read_to_string(repo().join("docs/book.toml")).is_ok());
}

#[test]
fn no_file_of_the_repository_cites_files_outside_it() {
    let mut citing = Vec::new();
    for e in walkdir::WalkDir::new(repo()).into_iter().filter_entry(|e| {
        let n = e.file_name().to_string_lossy();
        !matches!(n.as_ref(), "target" | ".git" | "out" | "fonts")
    }) {
        let e = e.unwrap();
        let rel = e
            .path()
            .strip_prefix(repo())
            .unwrap()
            .to_string_lossy()
            .to_string();
        // Tests may still build the shared examples; this test names what it looks for.
        if !e.file_type().is_file() || rel.starts_with("tests/") {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(e.path()) else {
            continue;
        };
        if text.contains("SPEC.md") || text.contains("DOMAIN.md") {
            citing.push(rel);
        }
    }
    assert!(citing.is_empty(), "{citing:?}");
}

/// The code blocks of CONTRIBUTING's recipe for a new kind, their lines trimmed.
fn recipe_blocks() -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(repo().join("CONTRIBUTING.md")).unwrap();
    let start = text.find("## Adding a document kind").expect("the recipe");
    let section = &text[start..];
    let section = &section[..section[3..].find("\n## ").map_or(section.len(), |e| e + 3)];
    let mut blocks = Vec::new();
    let mut open: Option<Vec<String>> = None;
    for line in section.lines() {
        if line.trim_start().starts_with("```") {
            match open.take() {
                Some(b) => blocks.push(b),
                None => open = Some(Vec::new()),
            }
        } else if let Some(b) = open.as_mut() {
            let line = line.trim();
            if !line.is_empty() {
                b.push(line.to_string());
            }
        }
    }
    blocks
}

#[test]
fn the_recipe_for_a_new_kind_is_the_code_its_test_runs() {
    let code = std::fs::read_to_string(repo().join("src/kinds/recipe_tests.rs")).unwrap();
    // The recipe's row reads its template from a file; the test holds it in a constant.
    let code = code.replace(
        "builtin: COVER_TEMPLATE,",
        "builtin: include_str!(\"../../templates/cover.typ.hbs\"),",
    );
    let lines: Vec<&str> = code
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let blocks = recipe_blocks();
    assert_eq!(blocks.len(), 3, "facts, row, template");
    for block in blocks {
        let found = lines.windows(block.len()).any(|w| w == block.as_slice());
        assert!(
            found,
            "CONTRIBUTING's block is not in recipe_tests.rs:\n{}",
            block.join("\n")
        );
    }
}
