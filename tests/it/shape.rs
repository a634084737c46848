//! The code's shape, kept where a newcomer can live in it: no source file over 400 lines
//! and no function over 100 (from its `fn` line to its closing brace, as rustfmt lays
//! it out), so that each reads in one sitting.

use std::path::Path;

const FILE_LINES: usize = 400;
const FN_LINES: usize = 100;

/// Every `.rs` file under `src/`, with its path relative to it and its text.
fn sources() -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    walkdir::WalkDir::new(&src)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "rs"))
        .map(|e| {
            let rel = e.path().strip_prefix(&src).unwrap().display().to_string();
            (rel, std::fs::read_to_string(e.path()).unwrap())
        })
        .collect()
}

/// The name of the function declared on `line`, and its indentation, if one is.
fn declares(line: &str) -> Option<(&str, usize)> {
    let code = line.trim_start();
    let indent = line.len() - code.len();
    let mut words = code.split_whitespace().peekable();
    while let Some(w) = words.next() {
        match w {
            "fn" => {
                let name = words.next()?;
                let end = name.find(['(', '<']).unwrap_or(name.len());
                return Some((&name[..end], indent));
            }
            _ if w == "pub" || w.starts_with("pub(") => {}
            "const" | "async" | "unsafe" | "extern" => {}
            _ => return None,
        }
    }
    None
}

/// Each function of `text` longer than `FN_LINES`: its name, first line and length.
fn long_functions(text: &str) -> Vec<(String, usize, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut long = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Some((name, indent)) = declares(line) else {
            continue;
        };
        // A declaration without a body (`fn f();` in a trait) or a body on one line.
        if line.trim_end().ends_with(';') || line.trim_end().ends_with('}') {
            continue;
        }
        let close = format!("{}}}", " ".repeat(indent));
        let end = (i..lines.len()).find(|&j| lines[j] == close);
        let len = end.map_or(lines.len() - i, |j| j - i + 1);
        if len > FN_LINES {
            long.push((name.to_string(), i + 1, len));
        }
    }
    long
}

#[test]
fn no_file_or_function_is_too_long() {
    let mut wrong = Vec::new();
    let all = sources();
    assert!(all.len() > 50, "read the sources ({} files)", all.len());
    for (rel, text) in &all {
        let n = text.lines().count();
        if n > FILE_LINES {
            wrong.push(format!("{rel}: {n} lines (at most {FILE_LINES})"));
        }
        for (name, at, len) in long_functions(text) {
            wrong.push(format!(
                "{rel}:{at}: fn {name} is {len} lines (at most {FN_LINES})"
            ));
        }
    }
    assert!(wrong.is_empty(), "too long:\n{}", wrong.join("\n"));
}

#[test]
fn the_measure_finds_a_long_function() {
    let body = "    let x = 1;\n".repeat(FN_LINES);
    let text = format!("/// A.\npub(crate) fn long<T>(t: T) {{\n{body}}}\n\nfn short() {{}}\n");
    assert_eq!(
        long_functions(&text),
        [("long".to_string(), 2, FN_LINES + 2)]
    );
    let ok = format!(
        "fn fits() {{\n{}}}\n",
        "    let x = 1;\n".repeat(FN_LINES - 2)
    );
    assert!(long_functions(&ok).is_empty());
    assert_eq!(declares("    pub async fn a(&self)"), Some(("a", 4)));
    assert_eq!(declares("    let f = fn_like();"), None);
}
