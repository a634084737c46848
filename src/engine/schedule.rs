//! The schedule: every unit rendered, then reused or typeset, on the workers in order of
//! the units, while a thread of its own joins each print file as its batches come; then
//! each document's outcome from its units'.

use super::commit::Finished;
use super::outcome::{finish, make, Outcome};
use super::print::{print, Batch, Printed};
use super::reuse::OldPrint;
use super::stamp::Stamping;
use super::units::{document_key, Renderer, Unit};
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
    let stamped = out;
    let out = out.map(|(o, _)| o);
    let export = &options.export;
    let reuse = options.reuse && out.is_some();
    let renderer = Renderer::new(p, export);
    let mut counts = vec![0; p.docs.len()];
    let all: Vec<(usize, usize)> = renderer
        .jobs
        .iter()
        .map(|(d, _)| {
            counts[*d] += 1;
            (*d, counts[*d] - 1)
        })
        .collect();
    // Each print file's predecessor, read when first needed.
    let olds: Vec<OnceLock<OldPrint>> = p.docs.iter().map(|_| OnceLock::new()).collect();
    let old_print = |d: usize, out: &OutDir| {
        olds[d].get_or_init(|| OldPrint::new(&p.docs[d], old, out.root(), reuse))
    };
    let printed: Vec<usize> = match out {
        Some(_) => (0..p.docs.len())
            .filter(|&d| matches!(p.docs[d].kind.cut, Cut::PerPage { .. }) && counts[d] > 0)
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
    let mut prints: BTreeMap<usize, Printed> = std::thread::scope(|s| {
        // The print files are joined on a thread of their own, each batch as soon as it
        // is done, beside the typesetting of the others.
        let joiner = s.spawn(|| {
            let mut prints = BTreeMap::new();
            let Some((out, stamping)) = stamped else {
                return prints;
            };
            for &d in &printed {
                let take = |u: usize| take(&shared, d, u);
                if let Some(made) = print(p, d, counts[d], take, old_print(d, out), (out, stamping))
                {
                    prints.insert(d, made);
                }
            }
            prints
        });
        {
            let _stopped = Stopped(&shared);
            map(all.len(), options.jobs, |k| {
                let (d, u) = all[k];
                let slot = match renderer.render(k) {
                    Ok(unit) => {
                        let unchanged = out
                            .filter(|_| reuse)
                            .and_then(|o| old.fresh(&unit.key, unit.inputs, o.root()));
                        let in_print = unit.batch.is_none()
                            || out.is_some_and(|o| old_print(d, o).has(unit.inputs));
                        let outcome = match unchanged {
                            Some(entry) if in_print => Outcome::Reused(entry.clone()),
                            _ => make(p, &unit, export, stamped, (old, reuse)),
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
    let typeset = slots
        .iter()
        .flatten()
        .flatten()
        .filter(|s| s.unit.is_ok() && !matches!(s.outcome, Outcome::Reused(_)))
        .count();
    // Each document's files are put in place only when all of it succeeded.
    let finished = slots
        .into_iter()
        .enumerate()
        .map(|(d, row)| {
            let mut units = Ok(Vec::new());
            let mut outcomes = Vec::new();
            for slot in row.into_iter().flatten() {
                add(&mut units, slot.unit);
                outcomes.push(slot.outcome);
            }
            let key = document_key(&p.docs[d]);
            let result = units.and_then(|u| finish(&key, &u, outcomes, prints.remove(&d)));
            (d, result)
        })
        .collect();
    Scheduled {
        finished,
        typeset,
        units: all.len(),
    }
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
