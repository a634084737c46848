//! `thidua build`: every document, written atomically under the output folder, redoing
//! only the work whose inputs changed since the last build (see `manifest`).

use crate::cli::{BuildArgs, Format};
use crate::diagnostic::{Diagnostic, Failure};
use crate::manifest::{self, Entry, Manifest};
use crate::output::{OutDir, Staged};
use crate::pipeline::{self, Export, Prepared, Preview, Unit};
use crate::plan::{Kind, Selection};
use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::{Condvar, Mutex, OnceLock};
use std::time::Instant;

mod commit;
mod pieces;
mod print;
mod tally;
use print::{print, Batch, Printed};

/// Builds the project; documents that fail leave their previous outputs untouched.
pub fn run(args: &BuildArgs) -> Result<(), Failure> {
    let selection = Selection {
        pattern: args.only.clone(),
        changed: None,
    };
    build(args, &selection)
}

/// What typesetting one unit left: its files staged beside their places, their hashes,
/// and for a batch of certificates its piece of the print file.
struct Done {
    staged: Vec<Staged>,
    files: BTreeMap<String, String>,
    batch_pdf: Option<Vec<u8>>,
    parts: Vec<manifest::Part>,
}

/// A unit, or the problem that kept it from rendering, and its outcome.
struct Slot {
    unit: Result<Unit, Diagnostic>,
    outcome: Outcome,
}

/// A unit's outcome: reused from the last build, typeset now, or failed.
enum Outcome {
    Reused(Entry),
    Made(Done),
    Failed(Vec<Diagnostic>),
}

/// Builds the selected dossiers: a progress bar on a terminal, one summary line otherwise
/// (none with `-q`); every problem is returned for the caller to print.
pub fn build(args: &BuildArgs, selection: &Selection) -> Result<(), Failure> {
    let start = Instant::now();
    let out_path = out_dir(args);
    let out = OutDir::new(&args.dir, &out_path)?;
    let export = export(args);
    let p = pipeline::prepare(&args.dir, args.draft, selection)?;
    out.begin()?;
    if !args.quiet {
        super::warn(&p.project.warnings);
        if let Some(why) = tally::nothing_to_build(&p, selection) {
            eprintln!("warning: {why}");
        }
    }
    let old = Manifest::load(&out_path);
    let reuse = !args.force;
    let renderer = pipeline::Renderer::new(&p, &export);

    // Each unit is rendered, then typeset unless its inputs and files are those of the last
    // build (its files read back and hashed) and, for a batch of certificates, the print
    // file can take it from the previous print file. Every core renders, decides and
    // typesets, in order of the units: the first document is being typeset while later
    // ones are rendered and checked.
    let jobs = args.jobs.unwrap_or_else(pipeline::all_cores);
    let mut counts = vec![0; p.docs.len()];
    let all: Vec<(usize, usize)> = renderer
        .jobs
        .iter()
        .map(|(d, _)| {
            counts[*d] += 1;
            (*d, counts[*d] - 1)
        })
        .collect();
    // Each certificate document's previous print file, read when first needed.
    let plans: Vec<OnceLock<print::Plan>> = p.docs.iter().map(|_| OnceLock::new()).collect();
    let plan = |d: usize| plans[d].get_or_init(|| print::Plan::new(&p, d, &old, out.root(), reuse));
    let print_docs: Vec<usize> = (0..p.docs.len())
        .filter(|&d| p.docs[d].kind == Kind::Certificates && counts[d] > 0)
        .collect();
    let bar = progress(args.quiet, all.len());
    // Each unit with its outcome as it comes, and whether the workers have stopped.
    let slots: Vec<Vec<Option<Slot>>> = counts
        .iter()
        .map(|&n| (0..n).map(|_| None).collect())
        .collect();
    let slots = Mutex::new((slots, false));
    let filled = Condvar::new();
    let lock = || slots.lock().unwrap_or_else(|e| e.into_inner());
    let mut prints: BTreeMap<usize, Printed> = std::thread::scope(|s| {
        // The print files are joined on a thread of their own, each batch as soon as it
        // is done, beside the typesetting of the others.
        let joiner = s.spawn(|| {
            let mut prints = BTreeMap::new();
            for &d in &print_docs {
                let take = |u: usize| {
                    let mut g = lock();
                    while g.0[d][u].is_none() && !g.1 {
                        g = filled.wait(g).unwrap_or_else(|e| e.into_inner());
                    }
                    let Some(Slot {
                        unit: Ok(unit),
                        outcome,
                    }) = &mut g.0[d][u]
                    else {
                        return None;
                    };
                    let batch = match outcome {
                        Outcome::Reused(_) => Batch::Reused,
                        Outcome::Made(done) => {
                            done.batch_pdf.take().map_or(Batch::Failed, Batch::Made)
                        }
                        Outcome::Failed(_) => Batch::Failed,
                    };
                    let pages = unit.batch.as_ref().map_or(0, |b| b.len());
                    Some((batch, unit.inputs, pages))
                };
                if let Some(printed) = print(&p, d, counts[d], take, plan(d), &out) {
                    prints.insert(d, printed);
                }
            }
            prints
        });
        // Marks the work done even when a worker panics, so that the joiner never waits
        // for a batch that will not come.
        struct Stopped<'a>(&'a dyn Fn());
        impl Drop for Stopped<'_> {
            fn drop(&mut self) {
                (self.0)()
            }
        }
        let stop = || {
            lock().1 = true;
            filled.notify_all();
        };
        {
            let _stopped = Stopped(&stop);
            pipeline::run(all.len(), jobs, |k| {
                let (d, u) = all[k];
                let slot = match renderer.render(k) {
                    Ok(unit) => {
                        let key = unit_key(&document_key(&p, d), &unit);
                        let unchanged = reuse
                            .then(|| old.fresh(&key, unit.inputs, out.root()))
                            .flatten();
                        let in_print = unit.batch.is_none() || plan(d).has(unit.inputs);
                        let outcome = match unchanged {
                            Some(entry) if in_print => Outcome::Reused(entry.clone()),
                            _ => make(&p, &unit, &export, &out, (&old, reuse)),
                        };
                        // Its source has served: 100 000 certificates' sources would stay.
                        let unit = Unit {
                            source: String::new(),
                            ..unit
                        };
                        Slot {
                            unit: Ok(unit),
                            outcome,
                        }
                    }
                    Err(problem) => Slot {
                        unit: Err(problem),
                        outcome: Outcome::Failed(Vec::new()),
                    },
                };
                lock().0[d][u] = Some(slot);
                filled.notify_all();
                bar.inc(1);
            });
        }
        joiner
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    });
    bar.finish_and_clear();
    let slots = slots.into_inner().unwrap_or_else(|e| e.into_inner()).0;
    let units = all.len();
    let typeset = slots
        .iter()
        .flatten()
        .flatten()
        .filter(|s| s.unit.is_ok() && !matches!(s.outcome, Outcome::Reused(_)))
        .count();
    // Each document's units (or the problems of those that did not render) and outcomes.
    let planned: Vec<(pipeline::Units, Vec<Outcome>)> = slots
        .into_iter()
        .map(|row| {
            let mut units = Ok(Vec::new());
            let mut outcomes = Vec::new();
            for slot in row.into_iter().flatten() {
                pipeline::add(&mut units, slot.unit);
                outcomes.push(slot.outcome);
            }
            (units, outcomes)
        })
        .collect();

    // Each document's files are put in place only when all of it succeeded.
    let finished: Vec<_> = planned
        .into_iter()
        .enumerate()
        .map(|(d, (units, outcomes))| {
            let result = units.and_then(|units| finish(&p, d, &units, outcomes, prints.remove(&d)));
            (d, result)
        })
        .collect();
    let tally = tally::Tally::of(&p, &finished);
    let commit::Settled {
        docs,
        files,
        written,
        removed,
        problems,
    } = commit::settle(&p, selection, &out, &old, finished, args.quiet)?;
    out.end();

    if !args.quiet {
        let s = if docs == 1 { "" } else { "s" };
        let secs = start.elapsed().as_secs_f64();
        let gone = if removed > 0 {
            format!(", {removed} removed")
        } else {
            String::new()
        };
        let counted = match tally.line() {
            line if line.is_empty() => line,
            line => format!(": {line}"),
        };
        eprintln!(
            "built {docs} document{s} ({files} files, {written} written{gone}; typeset {typeset}/{units}) into {} in {secs:.1} s{counted}",
            out_path.display()
        );
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Failure::Input(problems))
    }
}

/// Typesets one unit and stages its files; a decision in pieces reuses those of the
/// last build (`old`, when `reuse`).
fn make(
    p: &Prepared,
    unit: &Unit,
    export: &Export,
    out: &OutDir,
    (old, reuse): (&Manifest, bool),
) -> Outcome {
    let (produced, parts) = if unit.pieces {
        let key = document_key(p, unit.doc);
        let joined = pipeline::guarded(p, unit.doc, || {
            pieces::typeset(p, unit, export, old, &key, out.root(), reuse)
        });
        match joined {
            Ok(j) => (
                pipeline::Produced {
                    files: vec![(PathBuf::from(&key), j.pdf)],
                    batch_pdf: None,
                },
                j.parts,
            ),
            Err(d) => return Outcome::Failed(d),
        }
    } else {
        match pipeline::produce(p, unit, export) {
            Ok(x) => (x, Vec::new()),
            Err(d) => return Outcome::Failed(d),
        }
    };
    let mut done = Done {
        staged: Vec::new(),
        files: BTreeMap::new(),
        batch_pdf: produced.batch_pdf,
        parts,
    };
    for (rel, bytes) in produced.files {
        match out.stage(&rel, &bytes) {
            Ok(s) => done.staged.extend(s),
            Err(e) => return Outcome::Failed(vec![Diagnostic::file(&rel, format!("{e:#}"))]),
        }
        done.files.insert(slash(&rel), manifest::digest(&bytes));
    }
    Outcome::Made(done)
}

/// A document's manifest entries and staged files from its units' outcomes and, for
/// certificates, its print file.
fn finish(
    p: &Prepared,
    d: usize,
    units: &[Unit],
    outcomes: Vec<Outcome>,
    printed: Option<Printed>,
) -> commit::Finished {
    let doc_key = document_key(p, d);
    let mut problems = Vec::new();
    let mut entries = Vec::new();
    let mut staged = Vec::new();
    for (unit, outcome) in units.iter().zip(outcomes) {
        let key = unit_key(&doc_key, unit);
        match outcome {
            Outcome::Failed(d) => problems.extend(d),
            Outcome::Reused(entry) => entries.push((key, entry)),
            Outcome::Made(done) => {
                staged.extend(done.staged);
                let entry = Entry {
                    dossier: String::new(),
                    document: String::new(),
                    inputs: manifest::hex(unit.inputs),
                    files: done.files,
                    parts: done.parts,
                };
                entries.push((key, entry));
            }
        }
    }
    match printed {
        Some(Ok((entry, file))) => {
            staged.extend(file);
            entries.push((doc_key, entry));
        }
        Some(Err(d)) => problems.extend(d),
        None => {}
    }
    if problems.is_empty() {
        Ok((entries, staged))
    } else {
        Err(problems)
    }
}

/// A document's key: its PDF (for certificates, the print file) under the output folder.
fn document_key(p: &Prepared, d: usize) -> String {
    let doc = &p.docs[d];
    slash(&doc.dir.join(&doc.stem).with_extension("pdf"))
}

/// A unit's key: its document's, and for a batch of certificates, its first number.
fn unit_key(doc_key: &str, unit: &Unit) -> String {
    match &unit.batch {
        Some(b) => format!("{doc_key}#{}", b.start + 1),
        None => doc_key.to_string(),
    }
}

/// A relative path with `/` separators, the same on every system.
fn slash(p: &Path) -> String {
    p.to_string_lossy().replace('\\', "/")
}

/// What to write, from the flags.
fn export(args: &BuildArgs) -> Export {
    let preview = match args.format {
        Format::Pdf => Preview::None,
        Format::Png => Preview::Png(args.ppi),
        Format::Svg => Preview::Svg,
    };
    Export {
        write: true,
        preview,
        standards: args.pdf_standard.clone(),
    }
}

/// A progress bar on a terminal; hidden when piped or quiet.
fn progress(quiet: bool, len: usize) -> indicatif::ProgressBar {
    if quiet || !std::io::stderr().is_terminal() || len < 2 {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len as u64);
    let style = indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} typeset {elapsed}")
        .expect("valid template");
    bar.set_style(style);
    bar
}

/// The output folder of `args`, for `watch` to ignore its own writes.
pub fn out_dir(args: &BuildArgs) -> PathBuf {
    args.out.clone().unwrap_or_else(|| args.dir.join("out"))
}
