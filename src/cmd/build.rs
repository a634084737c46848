//! `thidua build`: every document, written atomically under the output folder, redoing
//! only the work whose inputs changed since the last build (see `engine`).

use crate::cli::{BuildArgs, Format};
use crate::diagnostic::Failure;
use crate::engine::{self, Export, Options, Preview};
use crate::kinds::{Copies, Selection};
use crate::typeset::PdfSettings;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Builds the project; documents that fail leave their previous outputs untouched.
pub fn run(args: &BuildArgs) -> Result<(), Failure> {
    build(args, &options(args, None), &mut Said::default())
}

/// What a build said besides its problems, as it printed them: for `serve` to show.
#[derive(Debug, Default, Clone)]
pub struct Said {
    /// Each warning, without its `warning: `.
    pub warnings: Vec<String>,
    /// The summary line (`built 26 documents …`).
    pub summary: Option<String>,
    /// The documents it planned.
    pub planned: Vec<Listed>,
}

/// A document a build planned, as a page lists it.
#[derive(Debug, Clone)]
pub struct Listed {
    /// Its dossier's file (`content/2025/tong-ket.yaml`) and title.
    pub dossier: String,
    pub title: String,
    /// Its PDF under the output folder, as the manifest names it.
    pub key: String,
    /// What its kind's documents are called, and the kind's place in the kinds' table.
    pub label: &'static str,
    pub order: usize,
}

impl Said {
    /// Prints a warning (not with `-q`) and keeps it.
    fn warn(&mut self, quiet: bool, text: String) {
        if !quiet {
            super::say(&t!("label-warning", text = &text));
        }
        self.warnings.push(text);
    }
}

/// Builds the dossiers `options` select: a progress bar on a terminal, one summary line
/// otherwise (none with `-q`), both also kept in `said`; every problem is returned for
/// the caller to print.
pub fn build(args: &BuildArgs, options: &Options, said: &mut Said) -> Result<(), Failure> {
    let start = Instant::now();
    let quiet = args.quiet;
    let p = engine::prepare(&args.dir, options)?;
    said.planned = p.docs.iter().map(|d| listed(&p, d)).collect();
    for w in &p.project.warnings {
        said.warn(quiet, w.to_string());
    }
    if let Some(why) = engine::nothing_to_build(&p, &options.selection) {
        said.warn(quiet, why);
    }
    if let Some(why) = crate::git::unreadable(&p.project.root) {
        said.warn(quiet, t!("build-no-commit", why = why));
    }
    let bar = progress(args.quiet, engine::units(&p, &options.export));
    let ran = engine::run(&p, options, &|| bar.inc(1))?;
    bar.finish_and_clear();
    for note in &ran.settled.notes {
        said.warn(quiet, note.to_string());
    }
    let summary = summary(args, &ran, start.elapsed().as_secs_f64());
    if !quiet {
        super::say(&summary);
    }
    said.summary = Some(summary);
    if ran.settled.problems.is_empty() {
        Ok(())
    } else {
        Err(Failure::Input(ran.settled.problems))
    }
}

/// `built 26 documents (168 files, …) into out in 0.4 s: 33 certificates, …`.
fn summary(args: &BuildArgs, ran: &engine::Ran, secs: f64) -> String {
    let done = &ran.settled;
    let removed = match done.removed {
        0 => String::new(),
        n => t!("build-removed", count = n),
    };
    let counted = match ran.counted.as_str() {
        "" => String::new(),
        line => format!(": {line}"),
    };
    let (out, secs) = (
        out_dir(args).display().to_string(),
        crate::lang::decimal(&format!("{secs:.1}")),
    );
    t!(
        "build-summary",
        docs = done.docs,
        files = done.files,
        written = done.written,
        removed = removed,
        typeset = ran.typeset,
        units = ran.units,
        out = out,
        secs = secs,
        counted = counted
    )
}

fn listed(p: &engine::Prepared, d: &crate::kinds::Doc) -> Listed {
    let mut kinds = crate::kinds::KINDS.iter();
    Listed {
        dossier: d.dossier_key.clone(),
        title: p.project.dossiers[d.dossier].dossier.title.clone(),
        key: d.key.clone(),
        label: d.kind.label,
        order: kinds
            .position(|k| k.name == d.kind.name)
            .unwrap_or(usize::MAX),
    }
}

/// The engine's options, from the flags; `changed`, the files a watch saw edited (`None`:
/// build every dossier `--only` selects).
pub fn options(args: &BuildArgs, changed: Option<Vec<PathBuf>>) -> Options {
    let has = |f: Format| args.format.contains(&f);
    let preview = match (has(Format::Png), has(Format::Svg)) {
        (true, _) => Preview::Png(args.ppi),
        (false, true) => Preview::Svg,
        _ => Preview::None,
    };
    let copies = Copies {
        docx: has(Format::Docx),
        xlsx: has(Format::Xlsx),
    };
    Options {
        draft: args.draft,
        electronic: args.electronic,
        selection: Selection {
            pattern: args.only.clone(),
            changed,
        },
        out: Some(out_dir(args)),
        export: Export {
            write: true,
            preview,
            pdf: PdfSettings {
                standards: args.pdf_standard.clone(),
                // Empty is unset.
                epoch: args.source_date_epoch.clone().filter(|e| !e.is_empty()),
            },
            copies,
        },
        jobs: args.jobs.unwrap_or_else(engine::all_cores),
        reuse: !args.force,
        timeout: Duration::from_secs(args.timeout),
        origin: engine::Recorded::FromGit,
    }
}

/// A progress bar on a terminal; hidden when piped or quiet.
fn progress(quiet: bool, len: usize) -> indicatif::ProgressBar {
    if quiet || !std::io::stderr().is_terminal() || len < 2 {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len as u64);
    let template = t!(
        "build-progress",
        bar = "{bar:40}",
        pos = "{pos}",
        len = "{len}",
        elapsed = "{elapsed}"
    );
    let style = indicatif::ProgressStyle::with_template(&template)
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
    bar.set_style(style);
    bar
}

/// The output folder of `args`, for `watch` to ignore its own writes.
pub fn out_dir(args: &BuildArgs) -> PathBuf {
    args.out.clone().unwrap_or_else(|| args.dir.join("out"))
}
