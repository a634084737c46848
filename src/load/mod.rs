//! Load: `thidua.yaml`, every dossier under `content/` and their recipient files, into the
//! typed model, with every problem collected as a located [`Diagnostic`].

mod ceremony;
mod csv;
mod cycle;
#[cfg(test)]
mod fuzz_tests;
mod glyphs;
#[cfg(test)]
mod glyphs_tests;
mod lenient;
#[cfg(test)]
mod lenient_tests;
mod locate;
mod numbered;
mod plausible;
mod references;
mod validate;
mod xlsx;
mod year;

pub use glyphs::Glyphs;

pub use locate::Locations;

use crate::diagnostic::{Diagnostic, Failure};
use crate::model::{Catalogue, Config, Dossier, Recipient};
use anyhow::Context;
use serde::de::DeserializeOwned;
use std::path::{Path, PathBuf};
use unicode_normalization::UnicodeNormalization;

/// Where a recipient was written: for messages that point at it.
#[derive(Debug, Clone)]
pub struct Origin {
    /// File, relative to the project root.
    pub file: PathBuf,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// Field path or CSV row description.
    pub path: String,
}

impl Origin {
    /// A problem with the recipient written here.
    pub fn diagnostic(&self, message: impl Into<String>) -> Diagnostic {
        Diagnostic::file(&self.file, message)
            .at(self.line, self.column)
            .field(&self.path)
    }
}

/// A dossier with everything it references.
#[derive(Debug)]
pub struct LoadedDossier {
    /// Its file, relative to the project root (`content/2024/x.yaml`).
    pub file: PathBuf,
    /// Its path under `content/` without the extension: the folder its outputs go to.
    pub rel: PathBuf,
    /// The parsed data.
    pub dossier: Dossier,
    /// Per award: inline recipients, then the rows of its `recipients_file`. Emptied
    /// once the documents are planned: their facts hold the recipients from then on.
    pub recipients: Vec<Vec<(Recipient, Origin)>>,
    /// The data files it reads (its recipient lists), relative to the project root.
    pub data_files: Vec<PathBuf>,
    /// The other dossiers whose awards its report counts (`report.awards_from`), by index.
    pub awards_from: Vec<usize>,
}

/// The whole project, loaded and validated.
#[derive(Debug)]
pub struct Project {
    /// The project root.
    pub root: PathBuf,
    /// `thidua.yaml`.
    pub config: Config,
    /// Forms, regimes and salaries after the project's overrides.
    pub catalogue: Catalogue,
    /// Dossiers in path order.
    pub dossiers: Vec<LoadedDossier>,
    /// Things worth a look that do not stop the build.
    pub warnings: Vec<Diagnostic>,
}

/// Loads and validates the project at `root`, collecting every problem before failing;
/// `covers` says which characters the fonts can print.
pub fn load(root: &Path, covers: &dyn Fn(char) -> bool) -> Result<Project, Failure> {
    let mut diags = Vec::new();
    let mut warnings = Vec::new();
    let mut glyphs = Glyphs::new(covers);
    let config_path = root.join("thidua.yaml");
    if !root.is_dir() {
        return Err(Failure::Env(anyhow::anyhow!(
            "there is no folder `{}`",
            root.display()
        )));
    }
    if !config_path.is_file() {
        return Err(Failure::Env(anyhow::anyhow!(
            "no `thidua.yaml` in `{}`: not a thidua project (create one with `thidua init DIR`)",
            root.display()
        )));
    }
    let config_text = read_text(root, Path::new("thidua.yaml"))?;
    let mut config: Option<(Config, Locations)> = None;
    let mut catalogue = None;
    match parse::<Config>(&config_text, Path::new("thidua.yaml"), &mut glyphs) {
        Err(d) => diags.push(d),
        Ok((mut read, loc)) => {
            diags.append(&mut read.errors);
            if let Some(c) = &read.value {
                let mut found = Vec::new();
                validate::config(c, &loc, &mut found);
                cycle::council(c, &loc, &mut found);
                catalogue = settings(c, &loc, &mut found);
                diags.extend(found.into_iter().filter(|d| read.concerns_user(d)));
            }
            config = read.value.map(|c| (c, loc));
        }
    }
    let mut dossiers = Vec::new();
    let mut numbered = Vec::new();
    let mut places: year::Places = Vec::new();
    let mut references = Vec::new();
    // Output folders taken, compared without case (as on Windows and macOS), by their dossier.
    let mut folders: std::collections::HashMap<String, PathBuf> = Default::default();
    for file in dossier_files(root)? {
        let text = match read_text(root, &file) {
            Ok(t) => t,
            Err(Failure::Input(d)) => {
                diags.extend(d);
                continue;
            }
            Err(e) => return Err(e),
        };
        let (mut read, loc) = match parse::<Dossier>(&text, &file, &mut glyphs) {
            Ok(parsed) => parsed,
            Err(d) => {
                diags.push(d);
                continue;
            }
        };
        diags.append(&mut read.errors);
        let Some(dossier) = read.value.take() else {
            continue;
        };
        let rel = file
            .strip_prefix("content")
            .unwrap_or(&file)
            .with_extension("");
        let folder = rel.to_string_lossy().replace('\\', "/");
        if let Some(first) = folders.insert(folder.to_lowercase(), file.clone()) {
            let msg = format!(
                "`{}` and `{}` would both write to `out/{folder}/`, one over the other",
                first.display(),
                file.display()
            );
            diags.push(Diagnostic::file(&file, msg).hint("rename one of them"));
        }
        // Problems beyond the types; those of a field holding a stand-in are not the user's.
        let mut found = Vec::new();
        let csv::Gathered {
            recipients,
            files: data_files,
        } = csv::gather(root, (&file, &dossier, &loc), &mut glyphs, &mut found);
        if let (Some((config, _)), Some(cat)) = (&config, &catalogue) {
            let input = validate::Input {
                file: &file,
                dossier: &dossier,
                locations: &loc,
                recipients: &recipients,
            };
            validate::dossier(config, cat, &input, &mut found, &mut warnings);
            cycle::dossier(config, cat, &input, &mut found, &mut warnings);
            ceremony::conference(config, &input, &mut found, &mut warnings);
        }
        diags.extend(found.into_iter().filter(|d| read.concerns_user(d)));
        let own = numbered::numbered(&file, &dossier, &loc);
        numbered.extend(own.into_iter().filter(|(_, d)| read.concerns_user(d)));
        let found = references::find(&file, &text, &dossier, &loc);
        if !found.is_empty() {
            references.push((dossiers.len(), found));
        }
        if let Some(r) = &dossier.report {
            let at = |i| {
                locate(
                    Diagnostic::file(&file, ""),
                    &loc,
                    &format!("report.awards_from[{i}]"),
                )
            };
            places.push((dossiers.len(), (0..r.awards_from.len()).map(at).collect()));
        }
        dossiers.push(LoadedDossier {
            file,
            rel,
            dossier,
            recipients,
            data_files,
            awards_from: Vec::new(),
        });
    }
    numbered::clashes(numbered, &mut diags);
    year::resolve(&mut dossiers, places, &mut diags, &mut warnings);
    references::check(&dossiers, references, &mut diags);
    let (unprintable, invisible) = glyphs.finish();
    diags.extend(unprintable);
    warnings.extend(invisible);
    match (config, catalogue) {
        (Some((config, _)), Some(catalogue)) if diags.is_empty() => Ok(Project {
            root: root.to_path_buf(),
            config,
            catalogue,
            dossiers,
            warnings,
        }),
        _ => {
            diags.extend(warnings.into_iter().map(Diagnostic::into_warning));
            Err(Failure::Input(diags))
        }
    }
}

/// The nearest folder above `file` that holds a `thidua.yaml`: the project of a dossier.
pub fn project_root(file: &Path) -> Option<PathBuf> {
    let abs = std::path::absolute(file).ok()?;
    abs.ancestors()
        .skip(1)
        .find(|d| d.join("thidua.yaml").is_file())
        .map(Path::to_path_buf)
}

/// Every `*.yaml`/`*.yml` under `content/`, sorted, hidden entries skipped.
fn dossier_files(root: &Path) -> Result<Vec<PathBuf>, Failure> {
    let content = root.join("content");
    if !content.is_dir() {
        return Ok(Vec::new());
    }
    let mut files = Vec::new();
    let walk = walkdir::WalkDir::new(&content)
        .sort_by_file_name()
        .into_iter();
    for entry in
        walk.filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'))
    {
        let entry = entry.with_context(|| format!("failed to read `{}`", content.display()))?;
        let is_yaml = matches!(
            entry.path().extension().and_then(|e| e.to_str()),
            Some("yaml" | "yml")
        );
        if entry.file_type().is_file() && is_yaml {
            files.push(
                entry
                    .path()
                    .strip_prefix(root)
                    .unwrap_or(entry.path())
                    .to_path_buf(),
            );
        }
    }
    Ok(files)
}

/// The largest YAML file read; a larger one is refused rather than parsed.
const MAX_YAML: u64 = 16 * 1024 * 1024;

/// Reads a UTF-8 text file under the root, normalised to NFC, without a byte-order mark.
fn read_text(root: &Path, rel: &Path) -> Result<String, Failure> {
    let size = std::fs::metadata(root.join(rel))
        .map(|m| m.len())
        .unwrap_or(0);
    if size > MAX_YAML {
        let msg = format!(
            "file is {} MB; files over {} MB are refused",
            size / 1_000_000,
            MAX_YAML / 1024 / 1024
        );
        return Err(Failure::Input(vec![
            Diagnostic::file(rel, msg).hint("split it into several dossiers")
        ]));
    }
    let bytes = std::fs::read(root.join(rel))
        .with_context(|| format!("failed to read `{}`", rel.display()))?;
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s.trim_start_matches('\u{feff}').nfc().collect()),
        Err(e) => {
            let line = 1 + e.as_bytes()[..e.utf8_error().valid_up_to()]
                .iter()
                .filter(|b| **b == b'\n')
                .count();
            let d = Diagnostic::file(rel, "not UTF-8 text")
                .at(line, 1)
                .hint("save the file as UTF-8");
            Err(Failure::Input(vec![d]))
        }
    }
}

/// Parses YAML into `T` with every type error located (bad values replaced by stand-ins,
/// so the rest is still checked), its text's characters checked for printing; also
/// returns the field locations. A syntax error stops the file.
fn parse<T: DeserializeOwned>(
    text: &str,
    file: &Path,
    glyphs: &mut Glyphs,
) -> Result<(lenient::Read<T>, Locations), Diagnostic> {
    let loc = Locations::scan_values(text, &mut |path, start, value| {
        glyphs.yaml(file, text, path, start, value)
    });
    let value = match serde_yaml::from_str::<serde_yaml::Value>(text) {
        Ok(v) => v,
        Err(e) => return Err(syntax_error(&e, file, text, &loc)),
    };
    let read = lenient::read(text, value, file, &loc);
    Ok((read, loc))
}

/// The forms catalogue after the settings' overrides, its problems located.
fn settings(c: &Config, loc: &Locations, diags: &mut Vec<Diagnostic>) -> Option<Catalogue> {
    match Catalogue::new(c) {
        Ok(cat) => Some(cat),
        Err(errs) => {
            for e in errs {
                let field = e.split(':').next().unwrap_or_default().to_string();
                let message = e.trim_start_matches(&format!("{field}: "));
                diags.push(locate(
                    Diagnostic::file("thidua.yaml", message),
                    loc,
                    &field,
                ));
            }
            None
        }
    }
}

/// serde_yaml's error for a file that is not YAML (or has a key twice), located.
fn syntax_error(e: &serde_yaml::Error, file: &Path, text: &str, loc: &Locations) -> Diagnostic {
    let msg = e.to_string();
    let msg = msg.split(" at line ").next().unwrap_or(&msg).to_string();
    let (path, msg) = match msg.split_once(": ") {
        Some((p, m)) if !p.contains(' ') && !p.is_empty() => (Some(p.to_string()), m.to_string()),
        _ => (None, msg),
    };
    let mut d = Diagnostic::file(file, msg);
    if let Some(l) = e.location() {
        // An error at the end of the file is shown on its last line.
        let last = text.lines().count().max(1);
        d = if l.line() > last {
            d.at(last, 1)
        } else {
            d.at(l.line(), l.column())
        };
    }
    if let Some(p) = path {
        d = d.field(p);
    }
    if d.message.starts_with("duplicate") {
        if let Some((path, (line, col))) = &loc.duplicate {
            d = Diagnostic::file(file, format!("`{path}` is written twice"))
                .at(*line, *col)
                .field(path)
                .hint("keep one of them");
        }
    }
    d
}

/// "Did you mean" for serde's ``unknown field `x`, expected one of `a`, `b` `` (and
/// ``unknown variant `x`, expected `a` or `b` ``).
fn unknown_field_hint(msg: &str) -> Option<String> {
    let rest = msg
        .strip_prefix("unknown field `")
        .or_else(|| msg.strip_prefix("unknown variant `"))?;
    let (field, expected) = rest.split_once('`')?;
    let known: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    crate::diagnostic::suggest(field, known).filter(|h| h.starts_with("did you mean"))
}

/// Attaches the position of `path` in a file to `d`.
pub fn locate(d: Diagnostic, loc: &Locations, path: &str) -> Diagnostic {
    let d = d.field(path);
    match loc.find(path) {
        Some((line, col)) => d.at(line, col),
        None => d,
    }
}
