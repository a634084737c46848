//! `thidua verify`: which dossier and commit made each PDF, whether it was edited since,
//! and whether the current sources make the same bytes; or whose certificate a check
//! code is.

use crate::diagnostic::Failure;
use crate::engine::{self, remake, Export, Prepared, Preview, Remade};
use crate::kinds::{code, Selection};
use crate::provenance::{self, Options, Provenance};
use anyhow::anyhow;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Verifies `files`, with sources from `project` (or the project the files lie in);
/// `Ok(true)` when every file verifies.
pub fn run(files: &[PathBuf], project: Option<&Path>) -> Result<bool, Failure> {
    let mut prepared: HashMap<(PathBuf, bool, String), Result<Prepared, String>> = HashMap::new();
    let mut all_ok = true;
    for file in files {
        let (ok, line) = match std::fs::read(file) {
            Err(e) => (false, format!("cannot be read: {e}")),
            Ok(bytes) => verify(&bytes, file, project, &mut prepared),
        };
        all_ok &= ok;
        println!("{}: {line}", file.display());
    }
    Ok(all_ok)
}

/// One file's verdict and what to say of it.
fn verify(
    bytes: &[u8],
    file: &Path,
    project: Option<&Path>,
    prepared: &mut HashMap<(PathBuf, bool, String), Result<Prepared, String>>,
) -> (bool, String) {
    let Some(found) = provenance::read(bytes) else {
        return (
            false,
            "not made by thidua (it records no provenance)".into(),
        );
    };
    let p = &found.provenance;
    let made = made_by(p);
    if !found.intact {
        return (false, format!("EDITED after thidua made it ({made})"));
    }
    let Some(options) = Options::parse(&p.options) else {
        return (false, format!("its record cannot be read ({made})"));
    };
    let Some(root) = project.map(Path::to_path_buf).or_else(|| find_root(file)) else {
        return (
            false,
            format!("made by {made}; no project found to compare with (use --project DIR)"),
        );
    };
    let key = (root.clone(), options.draft, p.dossier.clone());
    let ready = prepared.entry(key).or_insert_with(|| {
        let selection = Selection {
            pattern: glob::Pattern::new(&glob::Pattern::escape(&p.dossier)).ok(),
            changed: None,
        };
        engine::prepare(&root, options.draft, &selection).map_err(|f| match f {
            Failure::Input(d) => {
                format!("{} problem(s) in the sources (see `thidua check`)", d.len())
            }
            Failure::Env(e) => format!("{e:#}"),
        })
    });
    let ready = match ready {
        Ok(p) => p,
        Err(e) => {
            return (
                false,
                format!("made by {made}; the sources cannot be read: {e}"),
            )
        }
    };
    let export = export(&options);
    match remake(ready, &export, &p.unit, &p.file) {
        Remade::Gone => (
            false,
            format!("STALE: the sources no longer make this file ({made})"),
        ),
        Remade::Failed(d) => (
            false,
            format!(
                "made by {made}; the sources fail to make it now: {}",
                d[0].message
            ),
        ),
        Remade::Made {
            inputs,
            bytes: rebuilt,
        } => {
            // Rebuilt bytes are typst's, before any stamp: compared with the file's. A
            // joined file is compared by its inputs (which a batch shares with others).
            let same = match rebuilt {
                Some(b) => b == provenance::body(bytes),
                None => inputs == p.inputs,
            };
            if same {
                (true, format!("OK: {made}; the sources make the same bytes"))
            } else {
                (
                    false,
                    format!("STALE: the sources now make a different file ({made})"),
                )
            }
        }
    }
}

/// `content/x.yaml at commit 1a2b3c4d5e6f with uncommitted changes, thidua 0.1.0`.
fn made_by(p: &Provenance) -> String {
    let at = match &p.commit {
        Some(c) if p.dirty => format!(
            "at commit {} with uncommitted changes",
            &c[..12.min(c.len())]
        ),
        Some(c) => format!("at commit {}", &c[..12.min(c.len())]),
        None => "(not in git)".to_string(),
    };
    format!("{} {at}, thidua {}", p.dossier, p.version)
}

/// The project a file under its output folder belongs to.
fn find_root(file: &Path) -> Option<PathBuf> {
    let abs = std::path::absolute(file).ok()?;
    abs.ancestors()
        .skip(1)
        .find(|d| d.join("thidua.yaml").is_file())
        .map(Path::to_path_buf)
}

/// The export a record names.
fn export(o: &Options) -> Export {
    let standards = o
        .standards
        .iter()
        .filter_map(|s| serde_json::from_value(serde_json::Value::String(s.clone())).ok())
        .collect();
    let preview = match o.preview.split_once(' ') {
        Some(("png", ppi)) => Preview::Png(ppi.parse().unwrap_or(144.0)),
        _ if o.preview == "svg" => Preview::Svg,
        _ => Preview::None,
    };
    Export {
        write: true,
        preview,
        standards,
    }
}

/// Finds the certificate whose check code is `typed` in the project at `root`; `Ok(true)`
/// when there is one.
pub fn code(typed: &str, root: &Path) -> Result<bool, Failure> {
    let wanted = code::normal(typed).ok_or_else(|| {
        Failure::Env(anyhow!(
            "`{typed}` is not a check code: eight letters and digits, as `7KQ2-M9XD`"
        ))
    })?;
    let p = engine::prepare(root, false, &Default::default())?;
    for doc in p.docs.iter().filter(|d| d.kind.name == "certificates") {
        let data = doc.facts.data(None);
        let award = &data["award"];
        let pages = data["recipients"].as_array().cloned().unwrap_or_default();
        for (i, r) in pages.iter().enumerate() {
            if r["code"].as_str() != Some(wanted.as_str()) {
                continue;
            }
            let text = |v: &serde_json::Value| v.as_str().unwrap_or("").to_string();
            let register = text(&r["register"]);
            println!("{wanted}: {}", text(&r["display"]));
            if !text(&r["detail"]).is_empty() {
                println!("  {}", text(&r["detail"]));
            }
            println!(
                "  {} — Quyết định số {} ngày {}",
                text(&award["form_name"]),
                text(&award["symbol"]),
                text(&award["date_short"])
            );
            let register = if register.is_empty() {
                "—".into()
            } else {
                register
            };
            println!("  Số sổ vàng: {register}");
            let dossier = &p.project.dossiers[doc.dossier].file;
            let pdf = doc
                .dir
                .join(&doc.stem)
                .join(&doc.pages[i])
                .with_extension("pdf");
            println!(
                "  dossier {}, certificate {}",
                dossier.display(),
                pdf.display()
            );
            return Ok(true);
        }
    }
    println!("{wanted}: no certificate of this project has this check code");
    Ok(false)
}
