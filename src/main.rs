//! thidua: YAML describing emulation-and-commendation work → official documents as PDF.

// Diagnostics travel on the error path only, where their size costs nothing worth boxing for.
#![allow(clippy::result_large_err)]

#[macro_use]
mod lang;

mod cli;
mod cmd;
mod deadline;
mod derive;
mod diagnostic;
mod digest;
mod engine;
mod git;
mod inside;
mod kinds;
mod load;
mod manifest;
mod model;
mod output;
mod pdf;
mod provenance;
mod render;
mod review;
mod signing;
mod typeset;

use diagnostic::Failure;
use std::process::ExitCode;

fn main() -> ExitCode {
    quiet_on_closed_pipe();
    match cli::language() {
        Ok(chosen) => lang::set(chosen),
        Err(value) => {
            lang::set(lang::Lang::Vi);
            let said = t!("cli-lang-variable", value = diagnostic::said(&value));
            eprintln!("{}", t!("label-error", text = said));
            return ExitCode::from(2);
        }
    }
    let mut cli = cli::Cli::parsed();
    cli.command.find_project();
    // `diff` and `verify` answer a question (1: there is a difference, a file does not
    // verify): their errors exit with 2, as `diff` and `cmp` do.
    let (answer, error) = match &cli.command {
        cli::Command::Build(args) => (cmd::build::run(args).map(|()| true), 1),
        cli::Command::Watch(args) => (cmd::watch::run(args).map(|()| true), 1),
        cli::Command::Serve(args) => (cmd::serve::run(args).map(|()| true), 1),
        cli::Command::Check {
            dir,
            timeout,
            registers,
        } => {
            let timeout = std::time::Duration::from_secs(*timeout);
            (cmd::check::run(dir, timeout, *registers).map(|()| true), 1)
        }
        cli::Command::Render { file, doc } => {
            (cmd::render::run(file, doc.as_deref()).map(|()| true), 1)
        }
        cli::Command::Schema { of, template } => {
            (cmd::schema::run(*of, template.as_deref()).map(|()| true), 1)
        }
        cli::Command::History {
            who,
            project,
            format,
            xlsx,
        } => (
            cmd::history::run(project, who.as_deref(), *format, xlsx.as_deref()),
            1,
        ),
        cli::Command::Forms { dir, kind } => {
            (cmd::forms::run(dir, kind.as_deref()).map(|()| true), 1)
        }
        cli::Command::Init {
            dir,
            templates,
            kind,
        } => (
            cmd::init::run(dir, *templates, kind)
                .map(|()| true)
                .map_err(Failure::Env),
            1,
        ),
        cli::Command::Diff {
            old,
            new,
            project,
            format,
        } => (
            cmd::diff::run(old.as_deref(), new.as_deref(), project, *format),
            2,
        ),
        cli::Command::Verify {
            project,
            code: Some(code),
            ..
        } => (
            cmd::verify::code(code, project.as_deref().unwrap_or(".".as_ref())),
            2,
        ),
        cli::Command::Verify {
            files,
            project,
            timeout,
            ..
        } => {
            let timeout = std::time::Duration::from_secs(*timeout);
            (cmd::verify::run(files, project.as_deref(), timeout), 2)
        }
    };
    match answer {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(Failure::Input(diags)) => {
            cmd::report(&cli.command.root(), diags);
            ExitCode::from(error)
        }
        Err(Failure::Env(e)) => {
            let text = diagnostic::said(&format!("{e:#}"));
            eprintln!("{}", t!("label-error", text = text));
            ExitCode::from(error)
        }
    }
}

/// A closed pipe (`thidua render FILE | head`) ends the process quietly, as it ends `cat`:
/// Rust ignores SIGPIPE, and every `println!` after the reader has gone would panic.
/// Files are put in place atomically, so a build ended here leaves only what the next
/// build sweeps.
fn quiet_on_closed_pipe() {
    #[cfg(unix)]
    // SAFETY: restoring the default action of one signal, before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}
