//! `thidua serve`: the watch's builds, shown on a local web page that follows them: the
//! dossiers and their documents, each document's pages as the build drew them (SVG, from
//! the same typesetting as its PDF), its PDF, Word and Excel files, and what the last
//! build said. Bound to 127.0.0.1; nothing it answers writes anything.

mod bodies;
mod http;
mod state;

use crate::cli::{Format, ServeArgs};
use crate::diagnostic::Failure;
use crate::manifest::Manifest;
use anyhow::anyhow;
use std::sync::Arc;

/// Serves the project's page until interrupted.
pub fn run(args: &ServeArgs) -> Result<(), Failure> {
    let build = with_pages(&args.build);
    let listener = std::net::TcpListener::bind(("127.0.0.1", args.port)).map_err(|e| {
        let (port, error) = (args.port.to_string(), e.to_string());
        anyhow!("{}", t!("serve-cannot-bind", port = port, error = error))
    })?;
    let port = listener.local_addr().map_err(|e| anyhow!("{e}"))?.port();
    let url = format!("http://127.0.0.1:{port}/");
    let out = super::build::out_dir(&build);
    let shared = Arc::new(state::Shared::default());
    shared.building();
    let site = Arc::new(http::Site::new(shared.clone(), out.clone(), port));
    std::thread::spawn(move || {
        if let Err(e) = http::serve(listener, site) {
            let text = t!("serve-failed", error = e.to_string());
            super::say(&t!("label-error", text = text));
            std::process::exit(1);
        }
    });
    eprintln!("{}", t!("serve-serving", url = &url));
    if args.open {
        open(&url);
    }
    super::watch::follow(&build, &|| shared.building(), &mut |round| {
        shared.built(round, &Manifest::load(&out))
    })
}

/// The build the page shows: its pages drawn as SVG, with the Word and Excel copies.
fn with_pages(args: &crate::cli::BuildArgs) -> crate::cli::BuildArgs {
    let mut build = args.clone();
    build.format.retain(|f| *f != Format::Png);
    for f in [Format::Svg, Format::Docx, Format::Xlsx] {
        if !build.format.contains(&f) {
            build.format.push(f);
        }
    }
    build
}

/// Opens `url` in the user's browser; when none opens, the printed address is enough.
fn open(url: &str) {
    let (program, first): (&str, &[&str]) = if cfg!(target_os = "windows") {
        ("cmd", &["/C", "start", ""])
    } else if cfg!(target_os = "macos") {
        ("open", &[])
    } else {
        ("xdg-open", &[])
    };
    let started = std::process::Command::new(program)
        .args(first)
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    if started.is_err() {
        let text = t!("serve-no-browser", url = url);
        super::say(&t!("label-warning", text = text));
    }
}
