//! The help and the usage errors of the command line in the chosen language. clap's
//! derive writes them from the doc comments; here each command's and argument's text is
//! looked up in the catalogue instead (`cli-<command>`, `cli-<command>-<argument>`, else
//! `cli-arg-<argument>`), and so are the headings and clap's notes (default, values).

use crate::lang::{text, Arg as Value};
use clap::error::{ContextKind, ErrorKind};
use clap::{Arg, ArgAction, Command};

/// `command` with every text from the catalogue.
pub fn spoken(command: Command) -> Command {
    let root = command.get_name().to_string();
    told(command, &root, true)
}

fn told(command: Command, path: &str, root: bool) -> Command {
    let mut command = command
        .about(text(&format!("cli-{path}"), &[]))
        .long_about(None::<&str>)
        .disable_help_flag(true)
        .disable_help_subcommand(true)
        .subcommand_help_heading(text("cli-heading-commands", &[]))
        .subcommand_value_name(text("cli-value-command", &[]))
        .help_template(template());
    let ids: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        let help = help_of(path, &id);
        command = command.mut_arg(id, |a| annotated(a, help));
    }
    let flag = Arg::new("help")
        .short('h')
        .long("help")
        .action(ArgAction::Help)
        .display_order(usize::MAX - 1)
        .help(text("cli-help", &[]))
        .help_heading(text("cli-heading-options", &[]));
    command = command.arg(flag);
    if root {
        command = command.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .display_order(usize::MAX)
                .help(text("cli-version", &[]))
                .help_heading(text("cli-heading-options", &[])),
        );
    }
    command = usage_said(command, path);
    let names: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for name in names {
        let path = format!("{path}-{name}");
        command = command.mut_subcommand(name, |c| told(c, &path, false));
    }
    command
}

/// The usage line with clap's `[OPTIONS]` in the language (`thidua build [TÙY_CHỌN]
/// [THƯ_MỤC]`), the command's path before it.
fn usage_said(command: Command, path: &str) -> Command {
    let usage = command.clone().render_usage().to_string();
    let usage = usage.trim().trim_start_matches("Usage:").trim();
    let name = command.get_name().to_string();
    let rest = usage.strip_prefix(name.as_str()).unwrap_or(usage);
    let options = text("cli-value-options", &[]);
    let rest = rest.replace("[OPTIONS]", &options);
    command.override_usage(format!("{}{rest}", path.replace('-', " ")))
}

/// An argument's own text for this command, else the one it has wherever it appears.
pub fn help_id(path: &str, id: &str) -> String {
    let own = format!("cli-{path}-{id}");
    match crate::lang::has(&own) {
        true => own,
        false => format!("cli-arg-{id}"),
    }
}

fn help_of(path: &str, id: &str) -> String {
    text(&help_id(path, id), &[])
}

/// The help, with clap's notes (default, values, environment) said in the language.
fn annotated(arg: Arg, help: String) -> Arg {
    let mut notes = Vec::new();
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    let takes = arg.get_action().takes_values();
    if takes && !values.is_empty() && !arg.is_hide_possible_values_set() {
        notes.push(text(
            "cli-note-values",
            &[("values", values.join(", ").into())],
        ));
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if takes && !defaults.is_empty() && !arg.is_hide_default_value_set() {
        notes.push(text(
            "cli-note-default",
            &[("value", defaults.join(",").into())],
        ));
    }
    if let Some(env) = arg.get_env() {
        let name = env.to_string_lossy().into_owned();
        notes.push(text("cli-note-env", &[("name", name.into())]));
    }
    // The placeholder of its value, in the language (`<THƯ_MỤC>`).
    let placeholder = format!("cli-value-{}", arg.get_id());
    let arg = match takes && crate::lang::has(&placeholder) {
        true => arg.value_name(text(&placeholder, &[])),
        false => arg,
    };
    let heading = match arg.is_positional() {
        true => "cli-heading-arguments",
        false => "cli-heading-options",
    };
    let help = match notes.is_empty() {
        true => help,
        false => format!("{help} [{}]", notes.join("] [")),
    };
    arg.help(help)
        .long_help(None::<&str>)
        .hide_possible_values(takes)
        .hide_default_value(takes)
        .hide_env(true)
        .help_heading(text(heading, &[]))
}

fn template() -> String {
    let usage = text("cli-heading-usage", &[]);
    format!("{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}")
}

/// clap's usage error in the language (help and version are printed as clap gives them;
/// English keeps clap's own words). Exits as clap does: 2, or 0 for help.
pub fn refused(error: clap::Error, command: &Command) -> ! {
    let kind = error.kind();
    let told = matches!(
        kind,
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    );
    if told {
        error.exit();
    }
    // clap's English, as it words it, but what the line quotes steers no terminal.
    if crate::lang::current() == crate::lang::Lang::En {
        eprint!("{}", crate::diagnostic::said(&error.render().to_string()));
        std::process::exit(error.exit_code());
    }
    let context = |k: ContextKind| error.get(k).map(|v| v.to_string()).unwrap_or_default();
    let arg = context(ContextKind::InvalidArg);
    // A conflict names the argument given before where others name the value.
    let value = match kind {
        ErrorKind::ArgumentConflict => context(ContextKind::PriorArg),
        ErrorKind::InvalidSubcommand => context(ContextKind::InvalidSubcommand),
        _ => context(ContextKind::InvalidValue),
    };
    let args = [
        ("arg", Value::from(arg.as_str())),
        ("value", Value::from(value.as_str())),
    ];
    let id = match kind {
        ErrorKind::InvalidValue => "cli-error-value",
        ErrorKind::UnknownArgument => "cli-error-unknown-argument",
        ErrorKind::InvalidSubcommand => "cli-error-unknown-command",
        ErrorKind::MissingRequiredArgument => "cli-error-missing",
        ErrorKind::MissingSubcommand => "cli-error-no-command",
        ErrorKind::ArgumentConflict if arg == value => "cli-error-twice",
        ErrorKind::ArgumentConflict => "cli-error-conflict",
        ErrorKind::ValueValidation => "cli-error-validation",
        ErrorKind::TooManyValues | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            "cli-error-count"
        }
        _ => "cli-error-other",
    };
    let mut out = text("label-error", &[("text", text(id, &args).into())]);
    for (k, id) in [
        (ContextKind::ValidValue, "cli-note-valid"),
        (ContextKind::SuggestedArg, "cli-note-suggested"),
        (ContextKind::SuggestedSubcommand, "cli-note-suggested"),
        (ContextKind::SuggestedValue, "cli-note-suggested"),
    ] {
        let v = context(k);
        if !v.is_empty() {
            out.push_str(&format!("\n  {}", text(id, &[("value", v.into())])));
        }
    }
    // Rust's own words for a number it could not read are said in the language.
    let source = std::error::Error::source(&error).map(|s| {
        let number = s.downcast_ref::<std::num::ParseIntError>().is_some()
            || s.downcast_ref::<std::num::ParseFloatError>().is_some();
        match number {
            true => text("cli-not-a-number", &[]),
            false => s.to_string(),
        }
    });
    if let (Some(s), ErrorKind::ValueValidation) = (source, kind) {
        out.push_str(&format!("\n  {s}"));
    }
    let usage = error.get(ContextKind::Usage).map(|u| u.to_string());
    said(&out, usage, command)
}

/// A usage error of thidua's own (one clap cannot check), in the language.
pub fn mistaken(kind: ErrorKind, message: String, command: &Command) -> ! {
    if crate::lang::current() == crate::lang::Lang::En {
        refused(command.clone().error(kind, message), command);
    }
    said(
        &text("label-error", &[("text", message.into())]),
        None,
        command,
    )
}

/// `out`, then the usage (of the subcommand the line names, when it names one) and where
/// to read more; exits 2, as clap does.
fn said(out: &str, usage: Option<String>, command: &Command) -> ! {
    let usage = usage.unwrap_or_else(|| {
        let mut built = command.clone();
        built.build();
        let named = std::env::args().skip(1).find_map(|a| {
            built
                .get_subcommands()
                .find(|c| c.get_name() == a)
                .map(|c| c.get_name().to_string())
        });
        match named.and_then(|n| built.find_subcommand_mut(&n).map(|c| c.render_usage())) {
            Some(u) => u.to_string(),
            None => command.clone().render_usage().to_string(),
        }
    });
    let usage = usage.trim().trim_start_matches("Usage:").trim();
    let heading = text("cli-heading-usage", &[]);
    let out = crate::diagnostic::said(out);
    eprintln!("{out}\n\n{heading} {usage}\n\n{}", text("cli-more", &[]));
    std::process::exit(2)
}
