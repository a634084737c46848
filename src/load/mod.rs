//! Load: `thidua.yaml`, every dossier under `content/` and their recipient files, into the
//! typed model, with every problem collected as a located [`Diagnostic`].

mod achievements;
mod agency;
mod ceremony;
mod columns;
mod csv;
mod cycle;
mod files;
#[cfg(test)]
mod fuzz_tests;
mod glyphs;
#[cfg(test)]
mod glyphs_tests;
mod history;
mod history_lists;
mod lenient;
#[cfg(test)]
mod lenient_tests;
mod locate;
mod numbered;
mod origin;
mod plausible;
mod recipients;
mod references;
mod texts;
mod validate;
mod xlsx;
mod year;

pub use glyphs::Glyphs;
pub use origin::Origin;
pub use year::year_of;

pub use locate::Locations;

use files::{dossier_files, parse, read_text};

use crate::diagnostic::{Diagnostic, Failure};
use crate::model::{Catalogue, Config, Dossier, Recipient};
use std::path::{Path, PathBuf};

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
    /// The data files it reads (lists, báo cáo thành tích texts), relative to the root.
    pub data_files: Vec<PathBuf>,
    /// The báo cáo thành tích texts beside it (`thanh-tich/<id or name>.md`), by stem.
    pub achievement_texts: std::collections::BTreeMap<String, String>,
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
    /// The rows of `history/`: earlier awards and yearly ratings.
    pub history: Vec<(crate::model::HistoryRow, Origin)>,
    /// Things worth a look that do not stop the build.
    pub warnings: Vec<Diagnostic>,
}

/// Loads and validates the project at `root`, collecting every problem before failing;
/// `covers` says which characters the fonts can print.
pub fn load(root: &Path, covers: &dyn Fn(char) -> bool) -> Result<Project, Failure> {
    let mut glyphs = Glyphs::new(covers);
    is_project(root)?;
    let mut loading = Loading::default();
    let found = (&mut loading.diags, &mut loading.warnings);
    let (config, catalogue) = read_config(root, &mut glyphs, found)?;
    let settings = config.as_ref().zip(catalogue.as_ref());
    for file in dossier_files(root)? {
        loading.dossier(root, file, settings, &mut glyphs)?;
    }
    let Loading {
        mut diags,
        mut warnings,
        mut dossiers,
        numbered,
        places,
        references,
        ..
    } = loading;
    numbered::clashes(numbered, &mut diags);
    year::resolve(&mut dossiers, places, &mut diags, &mut warnings);
    references::check(&dossiers, references, &mut diags);
    let latest = dossiers.iter().filter_map(|d| year_of(&d.dossier)).max();
    let history = match &catalogue {
        Some(c) => history::read(root, c, latest, &mut glyphs, (&mut diags, &mut warnings)),
        None => Vec::new(),
    };
    let (unprintable, invisible) = glyphs.finish();
    diags.extend(unprintable);
    warnings.extend(invisible);
    match (config, catalogue) {
        (Some(config), Some(catalogue)) if diags.is_empty() => Ok(Project {
            root: root.to_path_buf(),
            config,
            catalogue,
            dossiers,
            history,
            warnings,
        }),
        _ => {
            diags.extend(warnings.into_iter().map(Diagnostic::into_warning));
            Err(Failure::Input(diags))
        }
    }
}

/// Refuses a `root` that is not a folder, or holds no `thidua.yaml`.
fn is_project(root: &Path) -> Result<(), Failure> {
    if !root.is_dir() {
        let msg = t!("load-no-folder", folder = root.display().to_string());
        return Err(Failure::Env(anyhow::anyhow!(msg)));
    }
    if !root.join("thidua.yaml").is_file() {
        let msg = t!("load-not-a-project", folder = root.display().to_string());
        return Err(Failure::Env(anyhow::anyhow!(msg)));
    }
    Ok(())
}

/// `thidua.yaml`, checked beyond its types, and the forms catalogue after its overrides:
/// each `None` when it cannot be had (the problems pushed to `diags`).
fn read_config(
    root: &Path,
    glyphs: &mut Glyphs,
    (diags, warnings): (&mut Vec<Diagnostic>, &mut Vec<Diagnostic>),
) -> Result<(Option<Config>, Option<Catalogue>), Failure> {
    let config_text = read_text(root, Path::new("thidua.yaml"))?;
    let (mut read, loc) = match parse::<Config>(&config_text, Path::new("thidua.yaml"), glyphs) {
        Ok(parsed) => parsed,
        Err(d) => {
            diags.push(d);
            return Ok((None, None));
        }
    };
    // Warnings on settings read with stand-ins (a bad `kind`) would be about the stand-ins.
    let clean = read.errors.is_empty();
    diags.append(&mut read.errors);
    let mut catalogue = None;
    if let Some(c) = &read.value {
        let mut found = Vec::new();
        validate::config(c, &loc, &mut found);
        cycle::council(c, &loc, &mut found);
        agency::check(c, &loc, &mut found);
        catalogue = settings(c, &loc, &mut found);
        let (warned, wrong) = found.into_iter().partition::<Vec<_>, _>(|d| d.warning);
        diags.extend(wrong.into_iter().filter(|d| read.concerns_user(d)));
        if clean {
            warnings.extend(warned);
        }
    }
    Ok((read.value, catalogue))
}

/// What the dossiers give, one after another, until all are read: the problems, the
/// dossiers, and what is checked across them once all are read.
#[derive(Default)]
struct Loading {
    /// Errors, in the order found.
    diags: Vec<Diagnostic>,
    /// Things worth a look that do not stop the build.
    warnings: Vec<Diagnostic>,
    /// The dossiers read, in path order.
    dossiers: Vec<LoadedDossier>,
    /// The numbered documents each dossier issues, keyed by kind, year and number.
    numbered: Vec<(numbered::Key, Diagnostic)>,
    /// Where each report's `awards_from` patterns are written, by dossier.
    places: year::Places,
    /// The references in each report's texts, by dossier.
    references: Vec<(usize, Vec<references::Found>)>,
    /// Output folders taken, compared without case (as on Windows and macOS), by their dossier.
    folders: std::collections::HashMap<String, PathBuf>,
}

impl Loading {
    /// Reads and checks the dossier `file` (against the config and catalogue, when both
    /// could be read) and keeps it; only a failure to read the disk stops the load.
    fn dossier(
        &mut self,
        root: &Path,
        file: PathBuf,
        settings: Option<(&Config, &Catalogue)>,
        glyphs: &mut Glyphs,
    ) -> Result<(), Failure> {
        let text = match read_text(root, &file) {
            Ok(t) => t,
            Err(Failure::Input(d)) => {
                self.diags.extend(d);
                return Ok(());
            }
            Err(e) => return Err(e),
        };
        let (mut read, loc) = match parse::<Dossier>(&text, &file, glyphs) {
            Ok(parsed) => parsed,
            Err(d) => {
                self.diags.push(d);
                return Ok(());
            }
        };
        self.diags.append(&mut read.errors);
        let Some(mut dossier) = read.value.take() else {
            return Ok(());
        };
        plausible::figures_as_written(&mut dossier, &text, &loc);
        let rel = file
            .strip_prefix("content")
            .unwrap_or(&file)
            .with_extension("");
        self.take_folder(&file, &rel);
        // Problems beyond the types; those of a field holding a stand-in are not the user's.
        let mut found = Vec::new();
        let csv::Gathered {
            mut recipients,
            files: data_files,
            unread,
        } = csv::gather(root, (&file, &dossier, &loc), glyphs, &mut found);
        recipients::tidy(&mut recipients, &mut self.warnings);
        if let Some((config, cat)) = settings {
            let input = validate::Input {
                file: &file,
                dossier: &dossier,
                locations: &loc,
                recipients: &recipients,
                unread: &unread,
                repaired: &|path| read.repaired(path),
                troubled: &|path| read.troubled(path),
            };
            validate::dossier(config, cat, &input, &mut found, &mut self.warnings);
            cycle::dossier(config, cat, &input, &mut found, &mut self.warnings);
            ceremony::conference(config, &input, &mut found, &mut self.warnings);
        }
        self.diags
            .extend(found.into_iter().filter(|d| read.concerns_user(d)));
        self.for_later(&file, (&text, &dossier, &loc), &read);
        let (achievement_texts, read) = achievements::read(root, &file, glyphs, &mut self.diags);
        let data_files = data_files.into_iter().chain(read).collect();
        self.dossiers.push(LoadedDossier {
            file,
            rel,
            dossier,
            recipients,
            data_files,
            achievement_texts,
            awards_from: Vec::new(),
        });
        Ok(())
    }

    /// Takes the output folder `out/REL/` for the dossier `file`: an error when another
    /// dossier writes there already, the names compared without case (as on Windows and
    /// macOS).
    fn take_folder(&mut self, file: &Path, rel: &Path) {
        let folder = rel.to_string_lossy().replace('\\', "/");
        if let Some(first) = self
            .folders
            .insert(folder.to_lowercase(), file.to_path_buf())
        {
            let msg = t!(
                "load-same-folder",
                first = first.display().to_string(),
                file = file.display().to_string(),
                folder = folder
            );
            self.diags
                .push(Diagnostic::file(file, msg).hint(t!("load-same-folder-hint")));
        }
    }

    /// Keeps what of the next dossier (`file`, its text, data and field positions) is
    /// checked across dossiers once all are read: its numbered documents (but those of a
    /// field holding a stand-in), the references in its report, where its report's
    /// `awards_from` patterns are written.
    fn for_later(
        &mut self,
        file: &Path,
        (text, dossier, loc): (&str, &Dossier, &Locations),
        read: &lenient::Read<Dossier>,
    ) {
        let own = numbered::numbered(file, dossier, loc);
        self.numbered
            .extend(own.into_iter().filter(|(_, d)| read.concerns_user(d)));
        let found = references::find(file, text, dossier, loc);
        if !found.is_empty() {
            self.references.push((self.dossiers.len(), found));
        }
        if let Some(r) = &dossier.report {
            let at = |i| {
                locate(
                    Diagnostic::file(file, ""),
                    loc,
                    &format!("report.awards_from[{i}]"),
                )
            };
            let places = (0..r.awards_from.len()).map(at).collect();
            self.places.push((self.dossiers.len(), places));
        }
    }
}

/// The nearest folder above `file` that holds a `thidua.yaml`: the project of a dossier.
/// The project `dir` is in: `dir` itself, or the nearest folder above it holding a
/// `thidua.yaml` (as git finds its repository), so that a command run in `content/`
/// works on the project.
pub fn find_project(dir: &Path) -> Option<PathBuf> {
    // A folder that does not exist is no place to start from: said where it is read.
    let abs = std::path::absolute(dir).ok().filter(|d| d.is_dir())?;
    abs.ancestors()
        .find(|d| d.join("thidua.yaml").is_file())
        .map(Path::to_path_buf)
}

pub fn project_root(file: &Path) -> Option<PathBuf> {
    let abs = std::path::absolute(file).ok()?;
    abs.ancestors()
        .skip(1)
        .find(|d| d.join("thidua.yaml").is_file())
        .map(Path::to_path_buf)
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

/// "Did you mean" for serde's ``unknown field `x`, expected one of `a`, `b` `` (and
/// ``unknown variant `x`, expected `a` or `b` ``).
fn unknown_field_hint(msg: &str) -> Option<String> {
    let rest = msg
        .strip_prefix("unknown field `")
        .or_else(|| msg.strip_prefix("unknown variant `"))?;
    let (field, expected) = rest.split_once('`')?;
    let known: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    crate::diagnostic::near(field, known)
}

/// Attaches the position of `path` in a file to `d`.
pub fn locate(d: Diagnostic, loc: &Locations, path: &str) -> Diagnostic {
    let d = d.field(path);
    match loc.find(path) {
        Some((line, col)) => d.at(line, col),
        None => d,
    }
}
