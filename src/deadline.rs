//! A time limit per unit of typesetting. typst cannot be interrupted, so a template that
//! never ends (a loop of 10¹⁰ steps) would hold a build for good: the workers' watchdog
//! asks [`overdue`] and, when a unit has run past the limit, the run stops with a located
//! message instead of hanging.

use crate::diagnostic::Diagnostic;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The limit when none is given: far above what any real unit takes (a 5000-row annex
/// typesets in seconds), far below forever.
pub const DEFAULT_SECS: u64 = 120;

static NEXT: AtomicU64 = AtomicU64::new(0);
/// How a run that gives up exits (`verify`'s "could not be checked" is 2), and the
/// temporary folders it removes first (a `verify`'s checkouts and rebuilds).
static GIVE_UP: Mutex<(i32, Vec<PathBuf>)> = Mutex::new((1, Vec::new()));

/// The exit status of a run that gives up on a unit (1 unless set).
pub fn exit_with(code: i32) {
    GIVE_UP.lock().unwrap_or_else(|e| e.into_inner()).0 = code;
}

/// A temporary folder removed if the run gives up (its owner's drop never runs then).
pub fn remove_on_give_up(path: &std::path::Path) {
    let mut g = GIVE_UP.lock().unwrap_or_else(|e| e.into_inner());
    g.1.push(path.to_path_buf());
}

/// Says why the run stops, removes what it must, and exits.
pub fn give_up(late: &Diagnostic) -> ! {
    let said = t!("label-error", text = late.to_string());
    eprintln!("{said}\n{}", t!("errors-count", count = 1));
    let code = GIVE_UP.lock().unwrap_or_else(|e| e.into_inner()).0;
    abandon(code)
}

/// Removes what a run that stops must, and exits with `code`.
pub fn abandon(code: i32) -> ! {
    let g = GIVE_UP.lock().unwrap_or_else(|e| e.into_inner());
    for path in &g.1 {
        let _ = std::fs::remove_dir_all(path);
    }
    std::process::exit(code)
}
static RUNNING: Mutex<BTreeMap<u64, Unit>> = Mutex::new(BTreeMap::new());

/// A unit being typeset: when it started (or its last step did) and what to say if it
/// never ends.
struct Unit {
    thread: std::thread::ThreadId,
    start: Instant,
    what: String,
    dossier: PathBuf,
    template: String,
}

/// Marks a unit running until the value is dropped (also by a panic).
pub struct Running(u64);

impl Drop for Running {
    fn drop(&mut self) {
        RUNNING
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&self.0);
    }
}

/// Starts the clock of a unit: `what` (its document), from `dossier`, made by `template`.
pub fn start(what: &str, dossier: PathBuf, template: &str) -> Running {
    let id = NEXT.fetch_add(1, Ordering::Relaxed);
    let unit = Unit {
        thread: std::thread::current().id(),
        start: Instant::now(),
        what: what.to_string(),
        dossier,
        template: template.to_string(),
    };
    RUNNING
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(id, unit);
    Running(id)
}

/// Starts the clock again for the unit this thread typesets: a unit of many compilations
/// (a 100 000-row annex in a thousand pieces) is given the limit for each of them.
pub fn lap() {
    let me = std::thread::current().id();
    let mut running = RUNNING.lock().unwrap_or_else(|e| e.into_inner());
    for unit in running.values_mut().filter(|u| u.thread == me) {
        unit.start = Instant::now();
    }
}

/// The problem of a unit running longer than `limit`, if one is.
pub fn overdue(limit: Duration) -> Option<Diagnostic> {
    let running = RUNNING.lock().unwrap_or_else(|e| e.into_inner());
    let late = running.values().find(|u| u.start.elapsed() > limit)?;
    let limit = limit.as_secs();
    let msg = t!(
        "deadline-overdue",
        what = &late.what,
        limit = limit,
        template = &late.template
    );
    let hint = t!(
        "deadline-overdue-hint",
        dossier = late.dossier.display().to_string(),
        what = &late.what
    );
    Some(Diagnostic::file(&late.dossier, msg).hint(hint))
}
