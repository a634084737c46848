//! The orchestrator: load → derive → plan → render → typeset, shared by every command.
//! Stages return data; only the commands print, and only `output` writes.

use crate::diagnostic::{Diagnostic, Failure};
use crate::load::{self, Project};
use crate::plan::{self, Doc, Kind};
use crate::render::Templates;
use crate::typeset::{self, Env};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

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
    /// PDF standards to conform to (`a-2b`, …).
    pub standards: Vec<typst_pdf::PdfStandard>,
}

/// A loaded project with its templates, typesetting environment and planned documents.
pub struct Prepared {
    /// The project.
    pub project: Project,
    /// Its templates.
    pub templates: Templates,
    /// Fonts and libraries.
    pub env: Env,
    /// The documents to produce.
    pub docs: Vec<Doc>,
}

/// Loads `root` and plans its documents, collecting every input problem.
pub fn prepare(root: &Path, draft: bool, selection: &plan::Selection) -> Result<Prepared, Failure> {
    let loaded = load::load(root);
    let words = loaded.as_ref().map(|p| p.config.words).unwrap_or_default();
    let templates = Templates::load(root, words);
    let (project, templates) = match (loaded, templates) {
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
    let env = Env::new(root.to_path_buf(), templates.library.clone());
    let docs = plan::plan(&project, draft, selection);
    Ok(Prepared {
        project,
        templates,
        env,
        docs,
    })
}

/// The Typst source of a document.
pub fn source(p: &Prepared, doc: &Doc) -> Result<String, Diagnostic> {
    p.templates.render(doc.template, &doc.data)
}

/// One produced file: its path under the output folder and its bytes.
pub type File = (PathBuf, Vec<u8>);

/// A document's files, or every problem it had.
pub type Outcome = Result<Vec<File>, Vec<Diagnostic>>;

/// Renders, typesets and exports one document into its files.
pub fn produce(p: &Prepared, doc: &Doc, export: &Export) -> Outcome {
    let src = source(p, doc).map_err(|d| vec![d])?;
    let origin = p.templates.origin(doc.template).to_string();
    let dossier_file = p.project.dossiers[doc.dossier].file.clone();
    let compiled = typeset::compile(&p.env, src, doc.date).map_err(|errs| {
        errs.into_iter()
            .map(|e| {
                let file = if e.file == "thidua.typ" {
                    p.templates.origin("thidua.typ").to_string()
                } else {
                    origin.clone()
                };
                let mut d = Diagnostic::file(file, format!("typst: {}", e.message)).hint(format!(
                    "while typesetting {} of `{}`; see it with `thidua render {} --doc {}`",
                    doc.stem,
                    dossier_file.display(),
                    dossier_file.display(),
                    doc.stem
                ));
                if let Some((l, c)) = e.position {
                    d.message = format!("typst: {} (generated {}:{l}:{c})", e.message, e.file);
                }
                d
            })
            .collect::<Vec<_>>()
    })?;
    let fail = |m: String| {
        vec![Diagnostic::file(
            &dossier_file,
            format!("{}: {m}", doc.stem),
        )]
    };
    if doc.kind == Kind::Certificates && compiled.pages().len() != doc.pages.len() {
        return Err(fail(format!(
            "{} certificate pages for {} recipients: a certificate does not fit on one page",
            compiled.pages().len(),
            doc.pages.len()
        )));
    }
    if !export.write {
        return Ok(Vec::new());
    }
    let std = &export.standards;
    let mut files = Vec::new();
    let base = doc.dir.join(&doc.stem);
    files.push((
        base.with_extension("pdf"),
        typeset::pdf(&compiled, doc.date, None, std).map_err(fail)?,
    ));
    let mut previews = vec![(
        base.clone(),
        (0..compiled.pages().len()).collect::<Vec<_>>(),
    )];
    if doc.kind == Kind::Certificates {
        previews.clear();
        for (i, stem) in doc.pages.iter().enumerate() {
            let path = base.join(stem);
            files.push((
                path.with_extension("pdf"),
                typeset::pdf(&compiled, doc.date, Some(i + 1), std).map_err(fail)?,
            ));
            previews.push((path, vec![i]));
        }
    }
    for (path, pages) in previews {
        for &i in &pages {
            let name = if pages.len() == 1 {
                path.clone()
            } else {
                PathBuf::from(format!("{}-{}", path.display(), i + 1))
            };
            match export.preview {
                Preview::None => {}
                Preview::Png(ppi) => files.push((
                    name.with_extension("png"),
                    typeset::png(&compiled, i, ppi).map_err(fail)?,
                )),
                Preview::Svg => files.push((
                    name.with_extension("svg"),
                    typeset::svg(&compiled, i).into_bytes(),
                )),
            }
        }
    }
    Ok(files)
}

/// The default number of documents typeset at once: one per core.
pub fn all_cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Produces every document on `jobs` threads; returns each document's files or problems, in plan order.
pub fn produce_all(
    p: &Prepared,
    export: &Export,
    jobs: usize,
    on_done: &(dyn Fn() + Sync),
) -> Vec<Outcome> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Outcome>>> = Mutex::new(p.docs.iter().map(|_| None).collect());
    std::thread::scope(|s| {
        for _ in 0..jobs.clamp(1, p.docs.len().max(1)) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(doc) = p.docs.get(i) else { break };
                let r = produce(p, doc, export);
                on_done();
                results.lock().unwrap()[i] = Some(r);
            });
        }
    });
    results
        .into_inner()
        .unwrap()
        .into_iter()
        .map(|r| r.expect("every document produced"))
        .collect()
}
