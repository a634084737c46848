//! The files of `history/` (CSV or XLSX, the project's own, no links) and their rows as
//! text, each with the line (or row) a spreadsheet shows.

use super::xlsx;
use crate::diagnostic::Diagnostic;
use std::path::{Path, PathBuf};

/// The lists under `history/`, relative to the root, in name order.
pub(super) fn files(root: &Path, diags: &mut Vec<Diagnostic>) -> Vec<PathBuf> {
    let dir = root.join("history");
    let history = Path::new("history");
    match std::fs::symlink_metadata(&dir) {
        Ok(m) if m.file_type().is_symlink() || !m.is_dir() => {
            diags.push(Diagnostic::file(history, t!("history-not-folder")));
            return Vec::new();
        }
        Err(_) => return Vec::new(),
        Ok(_) => {}
    }
    let mut out = Vec::new();
    for e in walkdir::WalkDir::new(&dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
    {
        let Ok(rel) = e.path().strip_prefix(root).map(Path::to_path_buf) else {
            continue;
        };
        let ext = rel.extension().map(|x| x.to_string_lossy().to_lowercase());
        let list = matches!(ext.as_deref(), Some("csv" | "xlsx"));
        if e.file_type().is_symlink() {
            // A link could read any file of the machine: the project's own lists only.
            diags.push(Diagnostic::file(&rel, t!("history-link")));
        } else if e.file_type().is_file() && list && crate::inside::inside(root, e.path()) {
            out.push(rel);
        }
    }
    out
}

/// A list's rows as text, each with the line (or row) a spreadsheet shows.
pub(super) fn table(
    root: &Path,
    rel: &Path,
    glyphs: &mut super::glyphs::Glyphs,
    diags: &mut Vec<Diagnostic>,
) -> Option<Vec<(usize, Vec<String>)>> {
    if xlsx::is_spreadsheet(rel) {
        return xlsx::rows(root, rel, diags);
    }
    // Read as any list is: its size before it is read, UTF-8, composed.
    let text = super::csv::text(root, rel, diags)?;
    let mut out = Vec::new();
    let mut lines = super::csv::Lines::new(&text);
    let (delimiter, mut reader) = super::csv::reader(&text);
    for record in reader.records() {
        match record {
            Ok(r) => {
                let line = r.position().map_or(1, |p| lines.at(p.byte()));
                let cells = r.iter().map(String::from).collect();
                out.push((line, cells));
            }
            Err(e) => {
                diags.push(Diagnostic::file(rel, e.to_string()));
                return None;
            }
        }
    }
    // Every cell as the fonts print it, as any list's.
    if let Some((_, header)) = out.first() {
        let header: &Vec<String> = header;
        glyphs.csv(rel, &text, header, delimiter);
    }
    Some(out)
}
