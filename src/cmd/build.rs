//! `thidua build`: every document, written atomically under the output folder.

use crate::cli::{BuildArgs, Format};
use crate::diagnostic::Failure;
use crate::output::OutDir;
use crate::pipeline::{self, Export, Preview};
use anyhow::Context;
use std::time::Instant;

/// Builds the project; documents that fail leave their previous outputs untouched.
pub fn run(args: &BuildArgs) -> Result<(), Failure> {
    let start = Instant::now();
    let only = match &args.only {
        Some(p) => {
            Some(glob::Pattern::new(p).with_context(|| format!("invalid --only pattern `{p}`"))?)
        }
        None => None,
    };
    let out_path = args.out.clone().unwrap_or_else(|| args.dir.join("out"));
    let out = OutDir::new(&args.dir, &out_path)?;
    let prepared = pipeline::prepare(&args.dir, args.draft, only.as_ref())?;
    super::warn(&prepared.project.warnings);
    let preview = match args.format {
        Format::Pdf => Preview::None,
        Format::Png => Preview::Png(args.ppi),
        Format::Svg => Preview::Svg,
    };
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let mut standards = Vec::new();
    for s in &args.pdf_standard {
        let v = serde_json::Value::String(s.clone());
        let std = serde_json::from_value(v).map_err(|_| {
            anyhow::anyhow!("unknown --pdf-standard `{s}` (e.g. a-2b, a-3b, ua-1, 1.7)")
        })?;
        standards.push(std);
    }
    let export = Export {
        write: true,
        preview,
        standards,
    };
    let results = pipeline::produce_all(&prepared, &export, jobs);
    let mut problems = Vec::new();
    let (mut docs, mut files) = (0, 0);
    for result in results {
        match result {
            Ok(list) => {
                for (rel, bytes) in &list {
                    out.write(rel, bytes)?;
                }
                docs += 1;
                files += list.len();
            }
            Err(d) => problems.extend(d),
        }
    }
    eprintln!(
        "built {docs} document{} ({files} files) into {} in {:.1} s",
        if docs == 1 { "" } else { "s" },
        out_path.display(),
        start.elapsed().as_secs_f64()
    );
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Failure::Input(problems))
    }
}
