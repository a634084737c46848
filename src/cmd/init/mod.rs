//! `thidua init DIR`: a new project with a worked example that builds at once; never
//! overwrites a file. With it, the JSON Schemas of its files and the editor's setting
//! that uses them; `thidua schema` prints a schema again after an upgrade.

mod kinds;

use super::schema::text;
use crate::model::schema::Target;
use crate::output;
use crate::render;
use anyhow::Result;
use std::borrow::Cow;
use std::path::{Path, PathBuf};

/// The example project, embedded so that `init` needs nothing but the binary. The
/// first line of each YAML file points the editor's YAML extension at its schema.
const EXAMPLE: &[(&str, &str)] = &[
    ("thidua.yaml", include_str!("thidua.yaml")),
    ("content/2025/tong-ket.yaml", include_str!("tong-ket.yaml")),
    (
        "content/2025/danh-sach-giay-khen.csv",
        include_str!("danh-sach-giay-khen.csv"),
    ),
    (".gitignore", "/out\n"),
    // VS Code's YAML extension (Red Hat) maps every dossier to its schema, so that a
    // new file gets completion without the first line.
    (".vscode/settings.json", include_str!("settings.json")),
    (".vscode/extensions.json", include_str!("extensions.json")),
];

/// Writes the example of an agency of `kind` (and with `templates`, the built-in
/// templates) into `dir`.
pub fn run(dir: &Path, templates: bool, kind: &str) -> Result<()> {
    let example = kinds::example(kind);
    let mut files: Vec<(PathBuf, Cow<str>)> = EXAMPLE
        .iter()
        .map(|(p, t)| {
            let text = match (&example, *p) {
                (None, _) => Cow::Borrowed(*t),
                (Some(e), "thidua.yaml") => Cow::Borrowed(e.config),
                (Some(e), _) => Cow::Owned(e.say(t)),
            };
            (PathBuf::from(p), text)
        })
        .collect();
    let history = kinds::history(kind).iter();
    files.extend(history.map(|(p, t)| (PathBuf::from(p), Cow::Borrowed(*t))));
    for target in [Target::Config, Target::Dossier] {
        let path = Path::new("schema").join(target.file());
        files.push((path, Cow::Owned(text(target))));
    }
    if templates {
        files.extend(
            render::builtin()
                .into_iter()
                .map(|(name, t)| (Path::new("templates").join(name), Cow::Borrowed(t))),
        );
    }
    let (mut written, mut skipped) = (0usize, Vec::new());
    for (rel, text) in files {
        if output::create_new(&dir.join(&rel), text.as_bytes())? {
            written += 1;
        } else {
            skipped.push(rel);
        }
    }
    for s in &skipped {
        super::say(&t!("init-skipped", file = s.display().to_string()));
    }
    let dir = dir.display().to_string();
    super::say(&t!("init-wrote", count = written, dir = dir));
    Ok(())
}
