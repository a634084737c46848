//! The orchestrator: load → derive → plan → render → typeset, shared by every command.
//! Stages return data; only the commands print, and only `output` writes.

use crate::diagnostic::{Diagnostic, Failure};
use crate::load::{self, Project};
use crate::plan::{self, Doc, Kind};
use crate::render::Templates;
use crate::typeset::{self, Env};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex};
use std::time::Duration;
use typst_layout::PagedDocument;

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
    project
        .warnings
        .extend(crate::derive::duplicates::warnings(&project));
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

/// Certificates typeset in one compilation. Small batches keep memory flat and let an
/// edit retypeset only its batch; large ones spread typst's fixed cost per compilation.
pub const BATCH: usize = 20;

/// A piece of work: a whole document, or one batch of a decision's certificates.
#[derive(Debug, Clone)]
pub struct Unit {
    /// Index of its document in the plan.
    pub doc: usize,
    /// For certificates: the recipients (page indices) of this batch.
    pub batch: Option<Range<usize>>,
    /// Its Typst source.
    pub source: String,
    /// Hash of everything its files are made from: the source, the style library,
    /// fonts, assets, thidua's version and the export options.
    pub inputs: u128,
    /// For a decision with a long annex: typeset in pieces (see `cmd::build::pieces`).
    pub pieces: bool,
}

/// Annexes with more rows than this are typeset in pieces when building PDFs.
pub const PIECES_FROM: usize = 200;

/// A document's units of work, or the problems of those that did not render.
pub type Units = Result<Vec<Unit>, Vec<Diagnostic>>;

/// Renders every document into units of work; a document whose template fails gives its
/// problems instead.
pub fn units(p: &Prepared, export: &Export) -> Vec<Units> {
    let r = Renderer::new(p, export);
    let rendered = run(r.jobs.len(), all_cores(), |k| r.render(k));
    let mut units: Vec<Units> = p.docs.iter().map(|_| Ok(Vec::new())).collect();
    for (u, (i, _)) in rendered.into_iter().zip(&r.jobs) {
        add(&mut units[*i], u);
    }
    units
}

/// Adds a rendered unit to its document's: a document with a unit that failed fails, with
/// each distinct problem once.
pub fn add(doc: &mut Units, unit: Result<Unit, Diagnostic>) {
    match (unit, doc) {
        (Ok(u), Ok(list)) => list.push(u),
        (Err(d), slot @ Ok(_)) => *slot = Err(vec![d]),
        (Err(d), Err(ds)) => {
            if !ds.contains(&d) {
                ds.push(d)
            }
        }
        (Ok(_), Err(_)) => {}
    }
}

/// The units of work of the planned documents, each rendered on demand (so that several
/// cores render, and a unit can be typeset while later ones are rendered): each
/// document, or each batch of its certificates, given its recipients alone (and the rest
/// of the data, which is small).
pub struct Renderer<'a> {
    p: &'a Prepared,
    export: &'a Export,
    options: u128,
    /// Per document of certificates: its data without recipients, and its recipients.
    shells: Vec<Option<(serde_json::Value, &'a [serde_json::Value])>>,
    /// Every unit, in order: its document and, for certificates, its batch.
    pub jobs: Vec<(usize, Option<Range<usize>>)>,
}

impl<'a> Renderer<'a> {
    pub fn new(p: &'a Prepared, export: &'a Export) -> Renderer<'a> {
        let shells: Vec<_> = p
            .docs
            .iter()
            .map(|doc| {
                let all = doc.data["recipients"].as_array()?;
                if doc.kind != Kind::Certificates {
                    return None;
                }
                let mut shell = doc.data.clone();
                shell["recipients"] = serde_json::Value::Array(Vec::new());
                Some((shell, all.as_slice()))
            })
            .collect();
        let jobs = p
            .docs
            .iter()
            .enumerate()
            .flat_map(|(i, doc)| match &shells[i] {
                Some((_, all)) => (0..all.len())
                    .step_by(BATCH)
                    .map(|start| (i, Some(start..(start + BATCH).min(all.len()))))
                    .collect(),
                None if doc.kind == Kind::Certificates => Vec::new(),
                None => vec![(i, None)],
            })
            .collect();
        Renderer {
            p,
            export,
            options: options(p, export),
            shells,
            jobs,
        }
    }

    /// A long annex in pieces: only with the built-in template, which knows `part`, and
    /// for no standard that needs the tags a joined PDF loses.
    fn in_pieces(&self, doc: &Doc) -> bool {
        use typst_pdf::PdfStandard as S;
        let export = self.export;
        let tagged = export
            .standards
            .iter()
            .any(|s| matches!(s, S::A_1a | S::A_2a | S::A_3a | S::Ua_1));
        let rows = |k: &str| doc.data["award"][k].as_array().map_or(0, Vec::len);
        doc.kind == Kind::Decision
            && export.write
            && !tagged
            && export.preview == Preview::None
            && self.p.templates.is_builtin(doc.template)
            && rows("collectives") + rows("individuals") > PIECES_FROM
    }

    /// Unit `k` with its source rendered. A decision in pieces renders each piece itself:
    /// its inputs are its data, which with the built-in template (part of thidua's
    /// version) and the spelling of amounts make its source.
    pub fn render(&self, k: usize) -> Result<Unit, Diagnostic> {
        let p = self.p;
        let (i, batch) = &self.jobs[k];
        let d = &p.docs[*i];
        let pieces = batch.is_none() && self.in_pieces(d);
        let source = match (batch, &self.shells[*i]) {
            (Some(range), Some((shell, all))) => {
                let mut data = shell.clone();
                data["recipients"] = serde_json::Value::Array(all[range.clone()].to_vec());
                p.templates.render(d.template, &data)?
            }
            _ if pieces => String::new(),
            _ => source(p, d)?,
        };
        let made_of = if pieces {
            let data = serde_json::to_string(&d.data).unwrap_or_default();
            format!("{data}\n{:?}", p.project.config.words)
        } else {
            String::new()
        };
        // The inputs also name the unit's files and date: a renumbered certificate
        // (`05-…` → `005-…`) is another file even when its page is the same.
        let names = batch.as_ref().map(|b| &d.pages[b.clone()]);
        let date = (d.date.year, d.date.month, d.date.day);
        let what = (
            self.options,
            &source,
            &made_of,
            &d.dir,
            &d.stem,
            names,
            date,
        );
        Ok(Unit {
            inputs: typst::utils::hash128(&what),
            pieces,
            doc: *i,
            batch: batch.clone(),
            source,
        })
    }
}

/// Hash of what shapes every file besides its source: fonts, style library, assets,
/// thidua's version and the export options.
pub fn options(p: &Prepared, export: &Export) -> u128 {
    typst::utils::hash128(&(
        p.env.fingerprint,
        format!("{:?}", export.preview),
        format!("{:?}", export.standards),
        std::env::var("SOURCE_DATE_EPOCH").ok(),
    ))
}

/// What typesetting a unit gave.
#[derive(Default)]
pub struct Produced {
    /// Its files: the document's PDF and page images, or each certificate's.
    pub files: Vec<File>,
    /// For a batch of certificates: all its pages as one PDF, a piece of the print file.
    pub batch_pdf: Option<Vec<u8>>,
}

/// Typesets one unit and exports its files (nothing when `export.write` is false).
pub fn produce(p: &Prepared, unit: &Unit, export: &Export) -> Result<Produced, Vec<Diagnostic>> {
    guarded(p, unit.doc, || typeset_and_export(p, unit, export))
}

/// `f()`, typesetting document `doc`: a panic inside typst (a bug, whatever the input)
/// fails this document, not the build; one that runs past the time limit stops the run
/// (see [`run`]). What was memoised is evicted after it.
pub fn guarded<T>(
    p: &Prepared,
    doc: usize,
    f: impl FnOnce() -> Result<T, Vec<Diagnostic>>,
) -> Result<T, Vec<Diagnostic>> {
    let d = &p.docs[doc];
    let dossier = p.project.dossiers[d.dossier].file.clone();
    let _clock = crate::deadline::start(&d.stem, dossier, p.templates.origin(d.template));
    let guarded = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    let produced = guarded.unwrap_or_else(|_| {
        let doc = &p.docs[doc];
        let file = &p.project.dossiers[doc.dossier].file;
        Err(vec![Diagnostic::file(
            file,
            format!(
                "{}: internal error while typesetting (please report it)",
                doc.stem
            ),
        )])
    });
    // What was memoised for this unit is of little use to the next: keep memory flat.
    typst::comemo::evict(EVICT_AFTER);
    produced
}

fn typeset_and_export(
    p: &Prepared,
    unit: &Unit,
    export: &Export,
) -> Result<Produced, Vec<Diagnostic>> {
    let doc = &p.docs[unit.doc];
    let compiled = compile(p, doc, unit.source.clone())?;
    let dossier_file = &p.project.dossiers[doc.dossier].file;
    let fail = |m: String| vec![Diagnostic::file(dossier_file, format!("{}: {m}", doc.stem))];
    if let Some(batch) = &unit.batch {
        if compiled.pages().len() != batch.len() {
            return Err(overflowing(p, doc, batch.clone()));
        }
    }
    if doc.kind == Kind::Decision {
        let rows = |k: &str| doc.data["award"][k].as_array().map_or(0, Vec::len);
        let all = 1..=compiled.pages().len();
        // A template of the user's own may not mark its rows: then they cannot be counted.
        let marked = p.templates.is_builtin(doc.template)
            || !typeset::marked_rows(&compiled, all.clone()).is_empty();
        if marked {
            let total = rows("collectives") + rows("individuals");
            typeset::shows_rows(&compiled, all, 0..total).map_err(fail)?;
        }
    }
    if !export.write {
        return Ok(Produced::default());
    }
    let std = &export.standards;
    let base = doc.dir.join(&doc.stem);
    let mut produced = Produced::default();
    // (file stem, pages it shows, tagged)
    let mut outputs = Vec::new();
    match &unit.batch {
        None => outputs.push((base, None, true)),
        Some(batch) => {
            produced.batch_pdf =
                Some(typeset::pdf(&compiled, doc.date, None, false, std).map_err(fail)?);
            for (i, page) in batch.clone().enumerate() {
                outputs.push((base.join(&doc.pages[page]), Some(i), false));
            }
        }
    }
    for (stem, page, tagged) in outputs {
        let pages = page.map(|i| (i + 1, i + 1));
        let pdf = typeset::pdf(&compiled, doc.date, pages, tagged, std).map_err(fail)?;
        produced.files.push((stem.with_extension("pdf"), pdf));
        let pages: Vec<usize> =
            page.map_or_else(|| (0..compiled.pages().len()).collect(), |i| vec![i]);
        for &i in &pages {
            let name = if pages.len() == 1 {
                stem.clone()
            } else {
                PathBuf::from(format!("{}-{}", stem.display(), i + 1))
            };
            match export.preview {
                Preview::None => {}
                Preview::Png(ppi) => produced.files.push((
                    name.with_extension("png"),
                    typeset::png(&compiled, i, ppi).map_err(fail)?,
                )),
                Preview::Svg => produced.files.push((
                    name.with_extension("svg"),
                    typeset::svg(&compiled, i).into_bytes(),
                )),
            }
        }
    }
    Ok(produced)
}

/// Typesets `source` of `doc`, with Typst's problems located in its template.
pub fn compile(p: &Prepared, doc: &Doc, source: String) -> Result<PagedDocument, Vec<Diagnostic>> {
    let origin = p.templates.origin(doc.template).to_string();
    let dossier_file = p.project.dossiers[doc.dossier].file.clone();
    typeset::compile(&p.env, source, doc.date).map_err(|errs| {
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
    })
}

/// How often memoised results are evicted while units are typeset.
const EVICT_EVERY: Duration = Duration::from_millis(250);

/// How many evictions a memoised layout survives unused.
const EVICT_AFTER: usize = 3;

/// The recipients of `batch` whose certificate runs over one page, each named.
fn overflowing(p: &Prepared, doc: &Doc, batch: Range<usize>) -> Vec<Diagnostic> {
    let dossier_file = &p.project.dossiers[doc.dossier].file;
    let all = doc.data["recipients"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let mut one = doc.clone();
    let mut problems = Vec::new();
    for i in batch {
        one.data["recipients"] = serde_json::Value::Array(vec![all[i].clone()]);
        let pages = source(p, &one)
            .ok()
            .and_then(|src| typeset::compile(&p.env, src, doc.date).ok())
            .map_or(0, |c| c.pages().len());
        if pages > 1 {
            problems.push(Diagnostic::file(
                dossier_file,
                format!(
                    "{}: the certificate of `{}` takes {pages} pages: it does not fit on one page",
                    doc.stem, doc.pages[i]
                ),
            ));
        }
    }
    if problems.is_empty() {
        problems.push(Diagnostic::file(
            dossier_file,
            format!("{}: a certificate does not fit on one page", doc.stem),
        ));
    }
    problems
}

/// The default number of units typeset at once: one per core.
pub fn all_cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// `f(0)`, …, `f(n - 1)` on `jobs` threads, each taking the next index when free; the
/// results in index order. Meanwhile memoised results unused for a while are evicted at
/// a steady pace, so that one long compilation (a 5000-row annex) does not hold every
/// intermediate layout until it ends: that kept its peak at about 330 MB instead of 475.
/// A unit typeset past the time limit ends the process with its located message: typst
/// cannot be interrupted, and the next build sweeps what this one left.
pub fn run<T: Send>(n: usize, jobs: usize, f: impl Fn(usize) -> T + Sync) -> Vec<T> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<T>>> = Mutex::new((0..n).map(|_| None).collect());
    let done = (Mutex::new(false), Condvar::new());
    std::thread::scope(|s| {
        s.spawn(|| {
            let (lock, wake) = &done;
            let mut finished = lock.lock().unwrap();
            while !*finished {
                finished = wake.wait_timeout(finished, EVICT_EVERY).unwrap().0;
                typst::comemo::evict(EVICT_AFTER);
                if let Some(late) = crate::deadline::overdue() {
                    eprintln!("error: {late}\n1 error");
                    std::process::exit(1);
                }
            }
        });
        // The workers are the threads of a pool of their own, which typst's parallel work
        // within a compilation then runs on too: a worker waiting for that work does some
        // of it (or of the other worker's) instead of sleeping, so the cores stay busy
        // without more threads than cores.
        let workers = jobs.clamp(1, n.max(1));
        let work = || loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            if i >= n {
                break;
            }
            let r = f(i);
            results.lock().unwrap()[i] = Some(r);
        };
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(workers)
            .thread_name(|i| format!("thidua-{i}"))
            .build();
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| match &pool {
            Ok(pool) => pool.scope(|scope| {
                for _ in 0..workers {
                    scope.spawn(|_| work());
                }
            }),
            Err(_) => work(),
        }));
        // The evictor stops before any worker's panic goes on, or the scope would wait for it.
        *done.0.lock().unwrap() = true;
        done.1.notify_all();
        if let Err(panic) = outcome {
            std::panic::resume_unwind(panic);
        }
    });
    results
        .into_inner()
        .unwrap()
        .into_iter()
        .map(|r| r.expect("every index run"))
        .collect()
}
