//! The schedule: every unit rendered, then reused or typeset, on the workers in order of
//! the units, while a thread of its own joins each print file as its batches come; then
//! each document's outcome from its units'.

use super::commit::Finished;
use super::outcome::{finish, make, Outcome};
use super::print::{print, Batch, Printed};
use super::reuse::OldPrint;
use super::stamp::Stamping;
use super::units::{Renderer, Unit};
use super::workers::map;
use super::{Options, Prepared};
use crate::diagnostic::Diagnostic;
use crate::kinds::Cut;
use crate::manifest::Manifest;
use crate::output::OutDir;
use std::collections::BTreeMap;
use std::sync::{Condvar, Mutex, MutexGuard, OnceLock};

/// What the schedule gave: each document's outcome, and how many units were typeset now.
pub struct Scheduled {
    pub finished: Vec<(usize, Finished)>,
    pub typeset: usize,
    pub units: usize,
}

/// A unit, or the problem that kept it from rendering, and its outcome.
struct Slot {
    unit: Result<Unit, Diagnostic>,
    outcome: Outcome,
}

/// The slots of every document's units as they are filled, and whether the workers have
/// stopped (then a slot still empty never will be).
struct Board {
    slots: Vec<Vec<Option<Slot>>>,
    stopped: bool,
}

/// The board, shared between the workers and the joiner.
struct Shared {
    board: Mutex<Board>,
    filled: Condvar,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Board> {
        self.board.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Marks the workers stopped and wakes the joiner.
    fn stop(&self) {
        self.lock().stopped = true;
        self.filled.notify_all();
    }
}

/// Marks the work stopped when dropped, even when a worker panics, so that the joiner
/// never waits for a batch that will not come.
struct Stopped<'a>(&'a Shared);

impl Drop for Stopped<'_> {
    fn drop(&mut self) {
        self.0.stop()
    }
}

/// What every unit is run with: the project, the options, where files go, the last
/// build's manifest, and each print file's predecessor (read when first needed).
struct Run<'a> {
    p: &'a Prepared,
    options: &'a Options,
    out: Option<(&'a OutDir, &'a Stamping)>,
    old: &'a Manifest,
    reuse: bool,
    olds: Vec<OnceLock<OldPrint>>,
}

impl Run<'_> {
    /// The previous print file of document `d` in `out`.
    fn old_print(&self, d: usize, out: &OutDir) -> &OldPrint {
        let (p, old, reuse) = (self.p, self.old, self.reuse);
        self.olds[d].get_or_init(|| OldPrint::new(&p.docs[d], old, out.root(), reuse))
    }

    /// Unit `k`, rendered, then reused when its inputs and files are those of the last
    /// build (and, for a batch, the print file can take it from the previous one), else
    /// typeset.
    fn slot(&self, renderer: &Renderer, k: usize, d: usize) -> Slot {
        let unit = match renderer.render(k) {
            Ok(unit) => unit,
            Err(problem) => {
                return Slot {
                    unit: Err(problem),
                    outcome: Outcome::Failed(Vec::new()),
                }
            }
        };
        let out = self.out.map(|(o, _)| o);
        let unchanged = out
            .filter(|_| self.reuse)
            .and_then(|o| self.old.fresh(&unit.key, unit.inputs, o.root()));
        let in_print =
            unit.batch.is_none() || out.is_some_and(|o| self.old_print(d, o).has(unit.inputs));
        let outcome = match unchanged {
            Some(entry) if in_print => Outcome::Reused(entry.clone()),
            _ => make(
                self.p,
                &unit,
                &self.options.export,
                self.out,
                (self.old, self.reuse),
            ),
        };
        // Its source and data have served: 100 000 certificates' would stay.
        let unit = Unit {
            source: None,
            data: None,
            ..unit
        };
        Slot {
            unit: Ok(unit),
            outcome,
        }
    }

    /// The print files of the documents cut per page (`printed`, each of `counts[d]`
    /// batches), each joined as its batches come.
    fn prints(
        &self,
        printed: &[usize],
        counts: &[usize],
        shared: &Shared,
    ) -> BTreeMap<usize, Printed> {
        let mut prints = BTreeMap::new();
        let Some((out, stamping)) = self.out else {
            return prints;
        };
        for &d in printed {
            let take = |u: usize| take(shared, d, u);
            let previous = self.old_print(d, out);
            if let Some(made) = print(self.p, d, counts[d], take, previous, (out, stamping)) {
                prints.insert(d, made);
            }
        }
        prints
    }
}

/// Runs every unit of `p`'s documents. Each unit is rendered, then typeset unless its
/// inputs and files are those of the last build (`old`) and, for a batch, the print file
/// can take it from the previous print file. Every core renders, decides and typesets,
/// in order of the units: the first document is typeset while later ones are rendered.
pub fn run(
    p: &Prepared,
    options: &Options,
    out: Option<(&OutDir, &Stamping)>,
    old: &Manifest,
    progress: &(dyn Fn() + Sync),
) -> Scheduled {
    let renderer = Renderer::new(p, &options.export);
    let run = Run {
        p,
        options,
        out,
        old,
        reuse: options.reuse && out.is_some(),
        olds: p.docs.iter().map(|_| OnceLock::new()).collect(),
    };
    // Each unit as its document's and its place among them.
    let mut counts = vec![0; p.docs.len()];
    let all: Vec<(usize, usize)> = renderer
        .jobs
        .iter()
        .map(|(d, _)| {
            counts[*d] += 1;
            (*d, counts[*d] - 1)
        })
        .collect();
    let printed: Vec<usize> = match out {
        Some(_) => (0..p.docs.len())
            .filter(|&d| matches!(p.docs[d].cut(), Cut::PerPage { .. }) && counts[d] > 0)
            .collect(),
        None => Vec::new(),
    };
    let shared = Shared {
        board: Mutex::new(Board {
            slots: counts
                .iter()
                .map(|&n| (0..n).map(|_| None).collect())
                .collect(),
            stopped: false,
        }),
        filled: Condvar::new(),
    };
    let prints = std::thread::scope(|s| {
        // The print files are joined on a thread of their own, each batch as soon as it
        // is done, beside the typesetting of the others.
        let joiner = s.spawn(|| run.prints(&printed, &counts, &shared));
        {
            let _stopped = Stopped(&shared);
            map(all.len(), (options.jobs, options.timeout), |k| {
                let (d, u) = all[k];
                let slot = run.slot(&renderer, k, d);
                shared.lock().slots[d][u] = Some(slot);
                shared.filled.notify_all();
                progress();
            });
        }
        joiner
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    });
    let slots = shared
        .board
        .into_inner()
        .unwrap_or_else(|e| e.into_inner())
        .slots;
    Scheduled {
        typeset: slots
            .iter()
            .flatten()
            .flatten()
            .filter(|s| s.unit.is_ok() && !matches!(s.outcome, Outcome::Reused(_)))
            .count(),
        finished: finished(p, slots, prints),
        units: all.len(),
    }
}

/// Each document's outcome from its units' and its print file: its files are put in
/// place only when all of it succeeded.
fn finished(
    p: &Prepared,
    slots: Vec<Vec<Option<Slot>>>,
    mut prints: BTreeMap<usize, Printed>,
) -> Vec<(usize, Finished)> {
    slots
        .into_iter()
        .enumerate()
        .map(|(d, row)| {
            let mut units = Ok(Vec::new());
            let mut outcomes = Vec::new();
            for slot in row.into_iter().flatten() {
                add(&mut units, slot.unit);
                outcomes.push(slot.outcome);
            }
            let doc = &p.docs[d];
            let result = units.and_then(|u| finish(doc, &u, outcomes, prints.remove(&d)));
            (d, result)
        })
        .collect()
}

/// Batch `u` of document `d` for the print file, when it is done (waiting for it): its
/// outcome, inputs and pages; `None` when it did not render or the workers stopped.
fn take(shared: &Shared, d: usize, u: usize) -> Option<(Batch, u128, usize)> {
    let mut board = shared.lock();
    while board.slots[d][u].is_none() && !board.stopped {
        board = shared.filled.wait(board).unwrap_or_else(|e| e.into_inner());
    }
    let Some(Slot {
        unit: Ok(unit),
        outcome,
    }) = &mut board.slots[d][u]
    else {
        return None;
    };
    let batch = match outcome {
        Outcome::Reused(_) => Batch::Reused,
        Outcome::Made(done) => done.batch_pdf.take().map_or(Batch::Failed, Batch::Made),
        Outcome::Failed(_) => Batch::Failed,
    };
    let pages = unit.batch.as_ref().map_or(0, |b| b.len());
    Some((batch, unit.inputs, pages))
}

/// Adds a rendered unit to its document's: a document with a unit that failed fails, with
/// each distinct problem once.
fn add(doc: &mut Result<Vec<Unit>, Vec<Diagnostic>>, unit: Result<Unit, Diagnostic>) {
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
