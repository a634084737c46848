//! Every command's and argument's help is in both catalogues.

use super::speak::help_id;
use crate::lang::{text_in, Lang};
use clap::CommandFactory;

fn ids(command: &clap::Command, path: &str, out: &mut Vec<String>) {
    out.push(format!("cli-{path}"));
    for a in command.get_arguments() {
        out.push(help_id(path, a.get_id().as_str()));
    }
    for c in command.get_subcommands() {
        ids(c, &format!("{path}-{}", c.get_name()), out);
    }
}

#[test]
fn every_command_and_argument_has_its_help_in_both_languages() {
    let mut all = Vec::new();
    ids(&crate::cli::Cli::command(), "thidua", &mut all);
    let missing: Vec<String> = all
        .iter()
        .filter(|id| {
            [Lang::Vi, Lang::En]
                .iter()
                .any(|l| text_in(*l, id, &[]) == **id)
        })
        .cloned()
        .collect();
    assert!(missing.is_empty(), "{missing:#?}");
}

#[test]
fn the_spoken_command_line_is_one_clap_accepts() {
    for lang in [Lang::Vi, Lang::En] {
        crate::lang::with(lang, || {
            super::speak::spoken(crate::cli::Cli::command()).debug_assert()
        });
    }
}

/// The English help (prints the entries `en.ftl` needs, from the doc comments).
#[test]
#[ignore]
fn print_the_doc_comments_as_entries() {
    fn walk(c: &clap::Command, path: &str) {
        let about = c.get_about().map(|s| s.to_string()).unwrap_or_default();
        println!("cli-{path} = {}", about.replace('\n', " "));
        for a in c.get_arguments() {
            let help = a.get_help().map(|s| s.to_string()).unwrap_or_default();
            println!("cli-{path}-{} = {}", a.get_id(), help.replace('\n', " "));
        }
        for s in c.get_subcommands() {
            walk(s, &format!("{path}-{}", s.get_name()));
        }
    }
    walk(&crate::cli::Cli::command(), "thidua");
}
