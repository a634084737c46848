//! Preparing a build: the project loaded, its templates parsed and fonts loaded beside
//! it, and its documents planned; and what to export.

use crate::diagnostic::{Diagnostic, Failure};
use crate::kinds::{self, Doc};
use crate::load::{self, Project};
use crate::render::Templates;
use crate::typeset::{self, Env, PdfSettings};
use std::path::Path;

/// Page images to write beside the PDFs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Preview {
    /// PDF only.
    None,
    /// PNG pages at this many pixels per inch.
    Png(f32),
    /// SVG pages.
    Svg,
}

/// What to export besides checking that each document typesets.
#[derive(Debug, Clone)]
pub struct Export {
    /// Produce files at all (false for `check`).
    pub write: bool,
    /// Page images beside the PDFs.
    pub preview: Preview,
    /// The PDFs' standards and date.
    pub pdf: PdfSettings,
    /// Word and spreadsheet copies beside the PDFs.
    pub copies: crate::kinds::Copies,
}

/// A loaded project with its templates, typesetting environment and planned documents.
pub struct Prepared {
    /// The project, without its recipient lists once planned (see `LoadedDossier`).
    pub project: Project,
    /// Its templates.
    pub templates: Templates,
    /// Fonts and libraries.
    pub env: Env,
    /// The documents to produce.
    pub docs: Vec<Doc>,
    /// The số sổ vàng no decision of a year gives (`check --registers` says them).
    pub register_gaps: Vec<Diagnostic>,
}

/// Loads `root` and plans the documents `options` select, collecting every input problem.
pub fn prepare(root: &Path, options: &super::Options) -> Result<Prepared, Failure> {
    // The templates are parsed and the fonts loaded while the project is read; the
    // project's characters are checked against the fonts once they are there.
    let fonts = std::sync::OnceLock::new();
    let (loaded, templates) = std::thread::scope(|s| {
        let templates = s.spawn(|| {
            let _ = fonts.set(typeset::Fonts::load(root));
            Templates::parse(root)
        });
        let loaded = load::load(root, &|c| fonts.wait().covers(c));
        let templates = templates
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (loaded, templates)
    });
    let templates = templates.map(|t| {
        let fonts = fonts
            .into_inner()
            .expect("fonts are loaded with the templates");
        let env = Env::with_fonts(root.to_path_buf(), t.library.clone(), fonts);
        (t, env)
    });
    let (project, (mut templates, env)) = match (loaded, templates) {
        (Ok(p), Ok(t)) => (p, t),
        (Err(Failure::Env(e)), _) => return Err(Failure::Env(e)),
        (p, t) => {
            let mut diags = match p {
                Err(Failure::Input(d)) => d,
                _ => Vec::new(),
            };
            diags.extend(t.err().unwrap_or_default());
            return Err(Failure::Input(diags));
        }
    };
    templates.spell(project.config.words);
    let mut project = project;
    project.warnings.append(&mut templates.warnings);
    project
        .warnings
        .extend(crate::derive::duplicates::warnings(&project));
    // The register of the years, made at most once: for the checks here and the plan.
    let register = std::cell::OnceCell::new();
    let (errors, years): (Vec<_>, Vec<_>) = crate::derive::years::warnings(&project, &register)
        .into_iter()
        .partition(|d| !d.warning);
    if !errors.is_empty() {
        return Err(Failure::Input(errors));
    }
    project.warnings.extend(years);
    // The sổ vàng, read while the recipient lists are there: overlaps are said, the
    // numbers no decision gives kept for `check --registers`.
    let (overlaps, register_gaps) = crate::derive::years::registers(&project);
    project.warnings.extend(overlaps);
    project
        .warnings
        .extend(crate::derive::years::unmatched(&project));
    project
        .warnings
        .extend(crate::derive::years::shares(&project));
    let docs = kinds::plan(
        &project,
        (options.draft, options.electronic),
        &options.selection,
        &register,
    );
    let clashing = clashes(&docs);
    if !clashing.is_empty() {
        return Err(Failure::Input(clashing));
    }
    project
        .warnings
        .extend(placeholder_emblem(&project, &docs, options.draft));
    // The documents' facts hold every recipient now; the lists as loaded (100 000 rows
    // of strings at most) are not read again.
    for d in &mut project.dossiers {
        d.recipients = Vec::new();
    }
    Ok(Prepared {
        project,
        templates,
        env,
        docs,
        register_gaps,
    })
}

/// Two documents whose files would be one (a form keyed `bao-cao` gives certificates
/// named as the report is; a form keyed `bao-cao-thanh-tich` a folder of certificates
/// where the reports go): each such pair, at its dossier, before anything is written.
fn clashes(docs: &[kinds::Doc]) -> Vec<Diagnostic> {
    let mut seen: std::collections::HashMap<std::path::PathBuf, &kinds::Doc> = Default::default();
    let mut out = Vec::new();
    for d in docs {
        let mut files = vec![d.dir.join(&d.stem)];
        files.extend(d.pages.iter().map(|p| d.dir.join(&d.stem).join(p)));
        for file in files {
            match seen.get(&file) {
                Some(first) if !std::ptr::eq(*first, d) => {
                    let msg = t!(
                        "prepare-written-twice",
                        file = kinds::slash(&file),
                        first = crate::lang::kind_of_document(first.kind.name),
                        second = crate::lang::kind_of_document(d.kind.name)
                    );
                    let hint = t!("prepare-written-twice-hint");
                    out.push(Diagnostic::file(&d.dossier_file, msg).hint(hint));
                }
                Some(_) => {}
                None => {
                    seen.insert(file, d);
                }
            }
        }
    }
    out
}

/// The Typst source of a document.
pub fn source(p: &Prepared, doc: &Doc) -> Result<String, Diagnostic> {
    p.templates.render(doc.template(), &doc.facts.data(None))
}

/// The warning of final certificates with no emblem of the project's: they would print
/// the placeholder (a star) where the Quốc huy belongs. One per dossier.
fn placeholder_emblem(project: &Project, docs: &[Doc], draft: bool) -> Vec<Diagnostic> {
    if draft || kinds::certificates::emblem(&project.root).is_some() {
        return Vec::new();
    }
    let mut dossiers: Vec<usize> = docs
        .iter()
        .filter(|d| d.kind.name == "certificates")
        .map(|d| d.dossier)
        .filter(|&i| project.dossiers[i].dossier.status == crate::model::Status::Final)
        .collect();
    dossiers.dedup();
    let msg = t!("prepare-no-emblem");
    let hint = t!("prepare-no-emblem-hint");
    dossiers
        .into_iter()
        .map(|i| Diagnostic::file(&project.dossiers[i].file, &msg).hint(&hint))
        .collect()
}
