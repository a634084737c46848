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

/// Watches the project until interrupted.
pub fn run(args: &BuildArgs) -> Result<(), Failure> {
    // A shell starts background jobs with SIGINT ignored: a handler of its own makes
    // Ctrl-C (or `kill -INT`) end the watch wherever it runs. A build it cuts short leaves
    // only what the next build sweeps.
    ctrlc::set_handler(|| std::process::exit(130)).context("cannot handle Ctrl-C")?;
    once(args, None);
    let root = args
        .dir
        .canonicalize()
        .with_context(|| format!("cannot read `{}`", args.dir.display()))?;
    let out = build::out_dir(args);
    let out = out.canonicalize().unwrap_or(out);
    let (tx, rx) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(move |event| {
        let _ = tx.send(event);
    })
    .context("cannot watch for changes")?;
    watcher
        .watch(&root, RecursiveMode::Recursive)
        .with_context(|| format!("cannot watch `{}`", root.display()))?;
    if !args.quiet {
        eprintln!("watching {} (Ctrl-C to stop)", args.dir.display());
    }
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
        let changed: Vec<PathBuf> = paths
            .iter()
            .filter(|p| !p.starts_with(&out) && !is_temporary(p))
            .filter_map(|p| p.strip_prefix(&root).ok().map(Path::to_path_buf))
            .filter(|p| is_read(p))
            .collect();
        if changed.is_empty() {
            continue;
        }
        let everything = changed.iter().any(|p| {
            p == Path::new("thidua.yaml")
                || ["templates", "fonts", "assets"]
                    .iter()
                    .any(|d| p.starts_with(d))
        });
        once(args, (!everything).then_some(changed));
    }
    Ok(())
}

/// One build of what the files `changed` affect (`None`: everything); its summary line
/// is the status line, problems are printed, not returned.
fn once(args: &BuildArgs, changed: Option<Vec<PathBuf>>) {
    match build::build(args, &build::options(args, changed)) {
        Ok(()) => {}
        Err(Failure::Input(diags)) => {
            super::report(&args.dir, diags);
            eprintln!("rebuild failed; previous outputs kept");
        }
        Err(Failure::Env(e)) => eprintln!("error: {e:#}"),
    }
}

/// Whether a build reads the file `p` (relative to the project root): the settings,
/// dossiers and their data, templates, fonts, assets. Anything else (a log written
/// beside the project, notes, PDFs) is no reason to rebuild.
fn is_read(p: &Path) -> bool {
    let ext = p
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let list = matches!(
        ext.as_deref(),
        Some("csv" | "xlsx" | "xlsm" | "xls" | "ods")
    );
    let dossier = matches!(ext.as_deref(), Some("yaml" | "yml"));
    p == Path::new("thidua.yaml")
        || ["templates", "fonts", "assets"]
            .iter()
            .any(|d| p.starts_with(d))
        // Recipient lists may be read from anywhere in the project.
        || list
        // A dossier, or a folder of them removed or renamed.
        || ((dossier || ext.is_none()) && p.starts_with("content"))
}

/// Editors' swap files and thidua's own temporary files.
fn is_temporary(p: &Path) -> bool {
    let name = p
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    name.starts_with('.') || name.ends_with('~') || name.ends_with(".swp") || name.ends_with(".tmp")
}
