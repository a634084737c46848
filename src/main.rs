//! thidua: YAML describing emulation-and-commendation work → official documents as PDF.

// Diagnostics travel on the error path only, where their size costs nothing worth boxing for.
#![allow(clippy::result_large_err)]

mod cli;
mod cmd;
mod deadline;
mod derive;
mod diagnostic;
mod engine;
mod kinds;
mod load;
mod manifest;
mod model;
mod output;
mod render;
mod typeset;

use clap::Parser;
use diagnostic::Failure;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let outcome = match &cli.command {
        cli::Command::Build(args) => {
            deadline::set(std::time::Duration::from_secs(args.timeout));
            cmd::build::run(args)
        }
        cli::Command::Watch(args) => {
            deadline::set(std::time::Duration::from_secs(args.timeout));
            cmd::watch::run(args)
        }
        cli::Command::Check { dir, timeout } => {
            deadline::set(std::time::Duration::from_secs(*timeout));
            cmd::check::run(dir)
        }
        cli::Command::Render { file, doc } => cmd::render::run(file, doc.as_deref()),
        cli::Command::Init { dir, templates } => {
            cmd::init::run(dir, *templates).map_err(Failure::Env)
        }
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Input(diags)) => {
            cmd::report(&cli.command.root(), diags);
            ExitCode::from(1)
        }
        Err(Failure::Env(e)) => {
            eprintln!("error: {e:#}");
            ExitCode::from(1)
        }
    }
}
