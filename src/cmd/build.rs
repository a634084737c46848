//! `thidua build`: every document, written atomically under the output folder.

use crate::cli::{BuildArgs, Format};
use crate::diagnostic::Failure;
use crate::output::OutDir;
use crate::pipeline::{self, Export, Preview};
use crate::plan::{Kind, Selection};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Instant;

/// Builds the project; documents that fail leave their previous outputs untouched.
pub fn run(args: &BuildArgs) -> Result<(), Failure> {
    let selection = Selection {
        pattern: args.only.clone(),
        changed: None,
    };
    build(args, &selection)
}

/// Builds the selected dossiers: a progress bar on a terminal, one summary line otherwise
/// (none with `-q`); every problem is returned for the caller to print.
pub fn build(args: &BuildArgs, selection: &Selection) -> Result<(), Failure> {
    let start = Instant::now();
    let out_path = out_dir(args);
    let out = OutDir::new(&args.dir, &out_path)?;
    let export = export(args);
    let prepared = pipeline::prepare(&args.dir, args.draft, selection)?;
    if !args.quiet {
        super::warn(&prepared.project.warnings);
    }
    let jobs = args.jobs.unwrap_or_else(pipeline::all_cores);
    let bar = progress(args.quiet, prepared.docs.len());
    let results = pipeline::produce_all(&prepared, &export, jobs, &|| bar.inc(1));
    bar.finish_and_clear();
    let mut problems = Vec::new();
    let (mut docs, mut files) = (0, 0);
    for (doc, result) in prepared.docs.iter().zip(results) {
        match result {
            Ok(list) => {
                for (rel, bytes) in &list {
                    out.write(rel, bytes)?;
                }
                if doc.kind == Kind::Certificates {
                    let written: Vec<PathBuf> = list.iter().map(|(p, _)| p.clone()).collect();
                    out.prune(&doc.dir.join(&doc.stem), &written)?;
                }
                docs += 1;
                files += list.len();
            }
            Err(d) => problems.extend(d),
        }
    }
    if !args.quiet {
        let s = if docs == 1 { "" } else { "s" };
        let secs = start.elapsed().as_secs_f64();
        eprintln!(
            "built {docs} document{s} ({files} files) into {} in {secs:.1} s",
            out_path.display()
        );
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Failure::Input(problems))
    }
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
    let style = indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} documents {elapsed}")
        .expect("valid template");
    bar.set_style(style);
    bar
}

/// The output folder of `args`, for `watch` to ignore its own writes.
pub fn out_dir(args: &BuildArgs) -> PathBuf {
    args.out.clone().unwrap_or_else(|| args.dir.join("out"))
}
