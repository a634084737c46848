//! The workers: a pool of threads pulling units, beside a watchdog that evicts memoised
//! layouts at a steady pace and stops a unit past the time limit.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex};
use std::time::Duration;

/// How often memoised results are evicted while units are typeset.
const EVICT_EVERY: Duration = Duration::from_millis(250);

/// How many evictions a memoised layout survives unused.
pub(super) const EVICT_AFTER: usize = 3;

/// Returns the memory the allocator holds free to the system. glibc keeps what a thread
/// frees in that thread's arena, and typesetting frees a great deal: without this, a
/// build's resident memory was about twice what it used at any one time.
fn trim() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only walks the allocator's own free lists.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// The default number of units typeset at once: one per core.
pub fn all_cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// `f(0)`, …, `f(n - 1)` on `jobs` threads, each taking the next index when free; the
/// results in index order. Meanwhile memoised results unused for a while are evicted at
/// a steady pace, so that one long compilation (a 5000-row annex) does not hold every
/// intermediate layout until it ends: that kept its peak at about 330 MB instead of 475.
/// A unit typeset past the time limit `limit` ends the process with its located message:
/// typst cannot be interrupted, and the next build sweeps what this one left.
pub fn map<T: Send>(
    n: usize,
    (jobs, limit): (usize, Duration),
    f: impl Fn(usize) -> T + Sync,
) -> Vec<T> {
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
                trim();
                if let Some(late) = crate::deadline::overdue(limit) {
                    crate::deadline::give_up(&late);
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
