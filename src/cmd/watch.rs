//! `thidua watch`: build, then rebuild what each edit affects — the dossier, or the
//! dossiers reading a changed data file, or everything after a template or settings
//! change — with a status line per rebuild. Invalid edits print their errors and the
//! watch goes on.

use super::build;
use crate::cli::BuildArgs;
use crate::diagnostic::Failure;
use anyhow::Context;
use notify::event::ModifyKind;
use notify::{EventKind, RecursiveMode, Watcher};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Edits arriving within this window count as one.
const SETTLE: Duration = Duration::from_millis(150);

/// What one build of a watch came to, for `serve` to show.
#[derive(Debug, Default, Clone)]
pub struct Round {
    /// Its warnings and summary line.
    pub said: build::Said,
    /// Its problems as the terminal shows them: errors, and the warnings carried with them.
    pub problems: Vec<super::Shown>,
}

/// Watches the project until interrupted.
pub fn run(args: &BuildArgs) -> Result<(), Failure> {
    follow(args, &|| {}, &mut |_| {})
}

/// Builds, then rebuilds after each edit until interrupted: `editing` is told when an
/// edit starts a build, `built` what each build came to.
pub fn follow(
    args: &BuildArgs,
    editing: &dyn Fn(),
    built: &mut dyn FnMut(Round),
) -> Result<(), Failure> {
    // A shell starts background jobs with SIGINT ignored: a handler of its own makes
    // Ctrl-C (or `kill -INT`) end the watch wherever it runs. A build it cuts short leaves
    // only what the next build sweeps.
    ctrlc::set_handler(|| std::process::exit(130)).context(t!("watch-no-ctrl-c"))?;
    let root = args
        .dir
        .canonicalize()
        .with_context(|| t!("watch-unreadable", dir = args.dir.display().to_string()))?;
    let out = build::out_dir(args);
    let (tx, rx) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(move |event| {
        let _ = tx.send(event);
    })
    .context(t!("watch-no-watcher"))?;
    // Watched before the first build: an edit saved as it ends is not lost.
    watcher
        .watch(&root, RecursiveMode::Recursive)
        .with_context(|| t!("watch-cannot-watch", dir = root.display().to_string()))?;
    built(once(args, None));
    if !args.quiet {
        let dir = args.dir.display().to_string();
        super::say(&t!("watch-watching", dir = dir));
    }
    // What it writes to itself (`thidua watch > templates/watch.csv`) is no edit.
    let own = Own::output();
    while let Ok(first) = rx.recv() {
        let mut paths: Vec<PathBuf> = Vec::new();
        // Reads (a build opening its own inputs) and metadata changes are not edits.
        let mut collect = |e: notify::Result<notify::Event>| {
            if let Ok(e) = e {
                let edit = matches!(e.kind, EventKind::Create(_) | EventKind::Remove(_))
                    || matches!(e.kind, EventKind::Modify(m) if !matches!(m, ModifyKind::Metadata(_)));
                if edit {
                    paths.extend(e.paths);
                }
            }
        };
        collect(first);
        let deadline = Instant::now() + SETTLE;
        while let Ok(e) = rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
            collect(e);
        }
        // Found again each time: a first build that failed made no output folder yet, and
        // its files (an .xlsx copy looks like a list) are no edit once it is made.
        let out = out_path(&out);
        let changed: Vec<PathBuf> = paths
            .iter()
            .filter(|p| !p.starts_with(&out) && !is_temporary(p) && !own.written(p))
            .filter_map(|p| p.strip_prefix(&root).ok().map(Path::to_path_buf))
            .filter(|p| is_read(&root, p))
            .collect();
        if changed.is_empty() {
            continue;
        }
        // The years: history/ and every dossier's decisions are read by the other
        // dossiers' checks and báo cáo thành tích (a rebuild reuses what is unchanged).
        let everything = changed.iter().any(|p| {
            p == Path::new("thidua.yaml")
                || ["templates", "fonts", "assets", "history"]
                    .iter()
                    .any(|d| p.starts_with(d))
                || (p.starts_with("content")
                    && p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
        });
        editing();
        built(once(args, (!everything).then_some(changed)));
    }
    Ok(())
}

/// One build of what the files `changed` affect (`None`: everything); its summary line
/// is the status line, problems are printed and returned as printed.
fn once(args: &BuildArgs, changed: Option<Vec<PathBuf>>) -> Round {
    let mut round = Round::default();
    match build::build(args, &build::options(args, changed), &mut round.said) {
        Ok(()) => {}
        Err(Failure::Input(diags)) => {
            round.problems = super::shown(&args.dir, diags);
            super::print(&round.problems);
            eprintln!("{}", t!("watch-failed"));
        }
        Err(Failure::Env(e)) => {
            let text = format!("{e:#}");
            super::say(&t!("label-error", text = &text));
            round.problems.push(super::Shown {
                warning: false,
                text,
            });
        }
    }
    round
}

/// The output folder as the watcher names its files: with links resolved once it exists.
fn out_path(out: &Path) -> PathBuf {
    out.canonicalize()
        .or_else(|_| std::path::absolute(out))
        .unwrap_or_else(|_| out.to_path_buf())
}

/// Whether a build reads the file `p` (relative to the project root `root`): the
/// settings, dossiers and their data, templates, fonts, assets. Anything else (a log
/// written beside the project or in it, notes, PDFs) is no reason to rebuild.
fn is_read(root: &Path, p: &Path) -> bool {
    let ext = p
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let ext = ext.as_deref();
    let list = matches!(ext, Some("csv" | "xlsx" | "xlsm" | "xls" | "ods"));
    let dossier = matches!(ext, Some("yaml" | "yml"));
    let font = matches!(ext, Some("ttf" | "otf" | "ttc" | "otc"));
    // A folder of dossiers removed or renamed: nothing stands there now, or a folder.
    let folder = ext.is_none() && !root.join(p).is_file();
    let log = matches!(ext, Some("log" | "out" | "err"));
    !log && (p == Path::new("thidua.yaml")
        || ["templates", "assets"].iter().any(|d| p.starts_with(d))
        || (font && p.starts_with("fonts"))
        // Recipient lists may be read from anywhere in the project.
        || list
        || ((dossier || folder) && p.starts_with("content")))
}

/// The files this process writes its own output to (its standard output and error,
/// redirected to files): identified by device and inode, whatever path names them.
struct Own(Vec<(u64, u64)>);

impl Own {
    #[cfg(unix)]
    fn output() -> Own {
        use std::os::fd::AsFd;
        use std::os::unix::fs::MetadataExt;
        let id = |fd: std::os::fd::BorrowedFd| {
            let file = std::fs::File::from(fd.try_clone_to_owned().ok()?);
            let m = file.metadata().ok()?;
            m.is_file().then(|| (m.dev(), m.ino()))
        };
        let out = id(std::io::stdout().as_fd());
        let err = id(std::io::stderr().as_fd());
        Own(out.into_iter().chain(err).collect())
    }

    #[cfg(not(unix))]
    fn output() -> Own {
        Own(Vec::new())
    }

    /// Whether `p` is one of them.
    fn written(&self, p: &Path) -> bool {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let m = std::fs::metadata(p);
            m.is_ok_and(|m| self.0.contains(&(m.dev(), m.ino())))
        }
        #[cfg(not(unix))]
        {
            let _ = p;
            false
        }
    }
}

/// Editors' swap files and thidua's own temporary files.
fn is_temporary(p: &Path) -> bool {
    let name = p
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    name.starts_with('.') || name.ends_with('~') || name.ends_with(".swp") || name.ends_with(".tmp")
}
