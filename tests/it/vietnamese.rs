//! The suite's Vietnamese run: every run of the binary that the English suite sees
//! refused (bad input, a failed check, a verdict) is run again in Vietnamese, and must say
//! the same problems at the same places, with the same exit code, in Vietnamese words.

use crate::english::english_words;
use std::collections::BTreeSet;
use std::path::Path;
use std::process::Output;
use std::sync::OnceLock;

/// The kinds of document, as `--template` and messages name them.
#[rustfmt::skip]
const KINDS: &[&str] = &[
    "report", "minutes", "proposal", "achievement-report", "decision", "certificates",
    "calibration", "payment", "invitations", "programme", "script", "slides",
];

/// What a message may name unquoted: the keys and value names of the schemas, and the
/// kinds of document.
fn allowed() -> &'static BTreeSet<String> {
    static WORDS: OnceLock<BTreeSet<String>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut out: BTreeSet<String> = KINDS.iter().map(|k| k.to_string()).collect();
        for of in ["dossier", "config"] {
            let o = crate::support::binary()
                .args(["schema", of])
                .output()
                .unwrap();
            let schema: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
            crate::english::schema_words(&schema, &mut out);
        }
        out
    })
}

/// Where each message of `stderr` points, with whether it is a warning:
/// `content/a.yaml:3:5`.
fn places(stderr: &str, error: &str, warning: &str) -> Vec<(bool, String)> {
    let mut out = Vec::new();
    for line in stderr.lines() {
        let (warned, rest) = match (line.strip_prefix(error), line.strip_prefix(warning)) {
            (Some(rest), _) => (false, rest),
            (_, Some(rest)) => (true, rest),
            _ => continue,
        };
        // A place is a path, with its line and column: no spaces, no quotes.
        let place = rest.trim_start().split(": ").next().unwrap_or("");
        let path = !place.contains(' ') && !place.contains('`');
        if path && (place.contains(':') || place.contains('/') || place.contains('.')) {
            out.push((warned, place.to_string()));
        }
    }
    out
}

/// The lines of thidua's own messages: typst's messages about a template (and their
/// hints), and the operating system's, come in their own words.
fn own(stderr: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut typst = false;
    for line in stderr.lines() {
        if line.starts_with("lỗi:") || line.starts_with("cảnh báo:") {
            typst = line.contains(": typst: ");
        }
        if !typst && !line.contains("(os error") {
            out.push(line);
        }
    }
    out
}

/// The run of `args` in `dir` again in Vietnamese, held against the English one.
pub fn agrees(dir: &Path, args: &[&str], english: &Output) {
    let vi = crate::support::binary()
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("THIDUA_LANG", "vi")
        .output()
        .unwrap();
    let (en_err, vi_err) = (
        String::from_utf8_lossy(&english.stderr),
        String::from_utf8_lossy(&vi.stderr),
    );
    let said = format!("thidua {args:?}\n--- en:\n{en_err}\n--- vi:\n{vi_err}");
    assert_eq!(english.status.code(), vi.status.code(), "{said}");
    assert_eq!(
        places(&en_err, "error:", "warning:"),
        places(&vi_err, "lỗi:", "cảnh báo:"),
        "{said}"
    );
    let english_left: Vec<String> = own(&vi_err)
        .iter()
        .flat_map(|l| english_words(l, allowed()))
        .collect();
    assert!(
        english_left.is_empty(),
        "English left: {english_left:?}\n{said}"
    );
}
