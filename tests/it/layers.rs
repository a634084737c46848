//! Imports point down: each module of `src/` may use only the modules below it, so the
//! way of a dossier reads straight down (model ← load ← derive ← kinds ← render ←
//! typeset ← engine ← commands). Tests beside the code (`*_tests.rs`) may reach up.

use std::path::Path;

/// The layers, lowest first; a module uses only those of lower layers (and itself).
const LAYERS: &[&[&str]] = &[
    &["diagnostic", "digest", "inside", "lang", "pdf"],
    &["model"],
    &["load"],
    &["derive"],
    &["kinds"],
    &["render"],
    &["typeset"],
    &["git", "provenance", "signing"],
    &["deadline", "manifest", "output"],
    &["engine"],
    &["review"],
    &["cli"],
    &["cmd"],
    &["main"],
];

fn layer(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

#[test]
fn every_module_uses_only_the_modules_below_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut wrong = Vec::new();
    let mut files = 0;
    for entry in walkdir::WalkDir::new(&src)
        .into_iter()
        .filter_map(Result::ok)
    {
        let path = entry.path();
        let name = path.to_string_lossy();
        if path.extension().is_none_or(|e| e != "rs") || name.ends_with("_tests.rs") {
            continue;
        }
        files += 1;
        let rel = path.strip_prefix(&src).unwrap();
        let top = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy();
        let top = top.trim_end_matches(".rs");
        let mine = layer(top).unwrap_or_else(|| panic!("`{top}` has no layer in LAYERS"));
        let text = std::fs::read_to_string(path).unwrap();
        for (n, line) in text.lines().enumerate() {
            for (i, _) in line.match_indices("crate::") {
                let used: String = line[i + 7..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                let theirs = layer(&used).unwrap_or_else(|| panic!("`{used}` has no layer"));
                if used != top && theirs >= mine {
                    wrong.push(format!("{}:{}: {top} uses {used}", rel.display(), n + 1));
                }
            }
        }
    }
    assert!(files > 50, "read the sources ({files} files)");
    assert!(
        wrong.is_empty(),
        "imports that point up or sideways:\n{}",
        wrong.join("\n")
    );
}
