//! The báo cáo thành tích texts written beside a dossier: `thanh-tich/<id or name>.md`
//! (`thanh-tich/nv0123.md`, `thanh-tich/phan-van-duc.md`), each the part II of one
//! nominee's report, in Markdown.

use crate::diagnostic::Diagnostic;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use unicode_normalization::UnicodeNormalization;

/// The texts beside dossier `file` (relative to `root`), by file stem, and the files read.
pub fn read(
    root: &Path,
    file: &Path,
    glyphs: &mut super::glyphs::Glyphs,
    diags: &mut Vec<Diagnostic>,
) -> (BTreeMap<String, String>, Vec<PathBuf>) {
    let (mut texts, mut files) = (BTreeMap::new(), Vec::new());
    let dir = file.parent().unwrap_or(Path::new("")).join("thanh-tich");
    let Ok(entries) = std::fs::read_dir(root.join(&dir)) else {
        return (texts, files);
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let rel = dir.join(e.file_name());
        if rel.extension().is_none_or(|x| x != "md") {
            continue;
        }
        let linked = e.file_type().is_ok_and(|t| t.is_symlink());
        if linked || !crate::inside::inside(root, &root.join(&rel)) {
            diags.push(Diagnostic::file(&rel, t!("achievements-link")));
            continue;
        }
        // Its size before it is read: a file of gigabytes is never held.
        if e.metadata().is_ok_and(|m| m.len() > 1 << 20) {
            diags.push(Diagnostic::file(&rel, t!("achievements-too-large")));
            continue;
        }
        match std::fs::read_to_string(root.join(&rel)) {
            Ok(text) => {
                // Each line as the fonts print it, and no word longer than a line.
                for (n, line) in text.lines().enumerate() {
                    let at = |i: usize, _: char| Diagnostic::file(&rel, "").at(n + 1, i + 1);
                    glyphs.text(&rel, line, &at);
                    if let Some(w) = line.split_whitespace().find(|w| w.chars().count() > 60) {
                        let msg = t!("achievements-long-word", count = w.chars().count());
                        diags.push(Diagnostic::file(&rel, msg).at(n + 1, 1));
                    }
                }
                let stem = rel
                    .file_stem()
                    .map(|s| s.to_string_lossy().to_string())
                    .unwrap_or_default();
                texts.insert(stem, text.trim_start_matches('\u{feff}').nfc().collect());
                files.push(rel);
            }
            Err(err) => diags.push(Diagnostic::file(
                &rel,
                t!("achievements-unreadable", error = err.to_string()),
            )),
        }
    }
    (texts, files)
}
