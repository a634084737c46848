//! The build engine, shared by `build`, `watch` and `check`: a prepared project's
//! documents cut into units, each rendered, reused or typeset on a worker, the joined
//! files put together beside them, and (when writing) every file put in place.
//!
//! Words, from the largest:
//! - **document** (`kinds::Doc`): one output of one kind for one dossier: a report, the
//!   minutes of a council meeting, a Tờ trình, a decision with its annex, the
//!   certificates of a decision, a calibration page, a payment list.
//! - **unit** (`units::Unit`): what one worker does at once: a whole document, a **batch**
//!   (the pages of a document cut per page typeset together, see `kinds::Cut`), or a
//!   decision typeset in **pieces** (rows of its annex typeset a compilation each).
//! - **joined file**: a file put together from the PDFs of batches (the print file) or of
//!   pieces; each batch or piece is a **part** of it (`manifest::Part`).
//! - **inputs**: the hash of everything a unit's files are made from; a unit whose inputs
//!   and files are those of the last build is **reused**. Its **key** names it in the
//!   manifest.
//! - **staged**: a file written to a temporary name, waiting to be put in place.
//!
//! The parts: `prepare` (load, templates, fonts, plan), `units` (rendering and inputs),
//! `schedule` (the workers and the joiner thread), `produce` (typesetting a unit),
//! `outcome` (reusing or making a unit, a document's entries), `pieces` and `print`
//! (joined files), `reuse` (the previous joined files), `commit` and `clean` (putting
//! files in place, removing stale ones), `stamp` (each PDF's provenance), `copies` (the
//! Word and spreadsheet copies), `tally` (what was made).

mod clean;
mod commit;
mod copies;
mod outcome;
mod pieces;
mod prepare;
mod print;
mod produce;
mod reuse;
mod schedule;
mod stamp;
mod tally;
mod units;
mod workers;

pub use commit::Settled;
pub use prepare::{prepare, source, Export, Prepared, Preview};
pub use tally::nothing_to_build;
pub use workers::all_cores;

use crate::diagnostic::Failure;
use crate::kinds::Selection;
use crate::manifest::Manifest;
use crate::output::OutDir;
use crate::typeset::PdfSettings;
use std::path::PathBuf;
use std::time::Duration;

/// How to prepare and run the engine, resolved once from a command's flags and
/// environment: nothing below reads either.
#[derive(Debug, Clone)]
pub struct Options {
    /// Whether every page is marked as a draft (`--draft`).
    pub draft: bool,
    /// Whether every văn bản also gets its electronic version (`--electronic`; else as
    /// the dossier or thidua.yaml says).
    pub electronic: bool,
    /// Which dossiers to build (`--only`, and a watch's edits).
    pub selection: Selection,
    /// Where files go; `None` writes nothing (`check`).
    pub out: Option<PathBuf>,
    /// What to export.
    pub export: Export,
    /// Units typeset at once.
    pub jobs: usize,
    /// Reuse what the last build made when its inputs did not change (not `--force`).
    pub reuse: bool,
    /// How long one unit may typeset before the run stops (`--timeout`).
    pub timeout: Duration,
    /// Where the records say the sources came from: git's answer for the project, or
    /// what a record claims (`verify` makes a file again as the record says it was made).
    pub origin: Recorded,
}

/// The origin every PDF of a build records.
#[derive(Debug, Clone, Default)]
pub enum Recorded {
    /// The commit checked out and whether the sources have uncommitted changes.
    #[default]
    FromGit,
    /// As given (`None`: not in git).
    As(Option<crate::git::Origin>),
}

impl Options {
    /// Checking alone: every dossier, not a draft, nothing written, all cores, the
    /// default time limit. Commands that only prepare a project start from it too.
    pub fn check() -> Options {
        Options {
            draft: false,
            electronic: false,
            selection: Selection::default(),
            out: None,
            export: Export {
                write: false,
                preview: Preview::None,
                pdf: PdfSettings::default(),
                copies: crate::kinds::Copies::NONE,
            },
            jobs: all_cores(),
            reuse: false,
            timeout: Duration::from_secs(crate::deadline::DEFAULT_SECS),
            origin: Recorded::FromGit,
        }
    }
}

/// What a run of the engine did.
#[derive(Debug, Default)]
pub struct Ran {
    /// The documents made and their files (without an output folder: counted only).
    pub settled: Settled,
    /// Units typeset now.
    pub typeset: usize,
    /// All units.
    pub units: usize,
    /// Certificates, pages and annex rows made (`1000 certificates, 1000 pages, …`).
    pub counted: String,
}

/// How many units the documents of `p` make (for a progress bar).
pub fn units(p: &Prepared, export: &Export) -> usize {
    units::Renderer::new(p, export).jobs.len()
}

/// Runs the engine over the documents of `p`; `progress` is told of each unit done.
pub fn run(p: &Prepared, options: &Options, progress: &(dyn Fn() + Sync)) -> Result<Ran, Failure> {
    let out = match &options.out {
        Some(path) => Some(OutDir::new(&p.project.root, path)?),
        None => None,
    };
    if let Some(out) = &out {
        out.begin()?;
    }
    // What the last build made: reused unless `--force`, and removed when stale.
    let old = out
        .as_ref()
        .map(|o| Manifest::load(o.root()))
        .unwrap_or_default();
    let stamping = out.as_ref().map(|_| stamp::Stamping::new(p, options));
    let scheduled = schedule::run(
        p,
        options,
        out.as_ref().zip(stamping.as_ref()),
        &old,
        progress,
    );
    let finished = match (&out, &stamping) {
        (Some(out), Some(stamping)) => {
            copies::add(p, &options.export, out, stamping, scheduled.finished)
        }
        _ => scheduled.finished,
    };
    let counted = tally::Tally::of(p, &finished).line();
    let settled = match (&out, &stamping) {
        (Some(out), Some(stamping)) => {
            let settled = commit::settle(p, &options.selection, out, &old, finished, stamping)?;
            out.end();
            settled
        }
        _ => commit::count(finished),
    };
    Ok(Ran {
        settled,
        typeset: scheduled.typeset,
        units: scheduled.units,
        counted,
    })
}
