//! The Word and spreadsheet copies of the documents (`--format docx`, `--format xlsx`):
//! made from each document's facts after it is typeset, never typeset themselves, so
//! they are made afresh every build (a copy is cheap) and written only when their bytes
//! change. Each copy is an entry of its own in the manifest, so that it is cleaned away
//! when its document goes.

use super::commit::Finished;
use super::outcome::entry;
use super::prepare::{Export, Prepared};
use super::stamp::Stamping;
use crate::diagnostic::Diagnostic;
use crate::kinds::{slash, Copies, Doc};
use crate::manifest;
use crate::output::OutDir;
use crate::render::{docx, xlsx};
use rayon::prelude::*;
use std::path::PathBuf;

/// Adds to each finished document its copies: their entries and staged files. A copy
/// that cannot be made fails its document, with the reason.
pub fn add(
    p: &Prepared,
    export: &Export,
    out: &OutDir,
    stamping: &Stamping,
    finished: Vec<(usize, Finished)>,
) -> Vec<(usize, Finished)> {
    let wanted = export.copies;
    if !export.write || wanted == Copies::NONE {
        return finished;
    }
    finished
        .into_par_iter()
        .map(|(d, result)| {
            let Ok((mut entries, mut staged)) = result else {
                return (d, result);
            };
            let doc = &p.docs[d];
            for (rel, made) in copies(doc, wanted) {
                let fail = |m: String| {
                    let m = format!("{}: {m}", slash(&rel));
                    vec![Diagnostic::file(&doc.dossier_file, m)]
                };
                let bytes = match made {
                    Ok(bytes) => bytes,
                    Err(m) => return (d, Err(fail(m))),
                };
                match out.stage(&rel, &bytes) {
                    Ok(s) => staged.extend(s),
                    Err(e) => return (d, Err(fail(format!("{e:#}")))),
                }
                // A copy is made from nothing but its bytes: they are its inputs too.
                let key = slash(&rel);
                let digest = manifest::digest(&bytes);
                let stamp = stamping.hash(&key, &digest);
                let files = [(key.clone(), digest.clone())].into();
                entries.push((key, entry(doc, digest, files, (Vec::new(), stamp))));
            }
            (d, Ok((entries, staged)))
        })
        .collect()
}

/// The copies of `doc` a build asks for: each file's path and its bytes, or why it
/// could not be made. A document cut per page has a Word copy per page.
fn copies(doc: &Doc, wanted: Copies) -> Vec<(PathBuf, Result<Vec<u8>, String>)> {
    let date = (doc.date.year, doc.date.month, doc.date.day);
    let mut out = Vec::new();
    // The office copies are the paper version's; the electronic one is signed as a PDF.
    if doc.electronic {
        return out;
    }
    if wanted.docx && doc.kind.copies.docx {
        let word = |page: Option<usize>| doc.facts.word(page);
        if doc.pages.is_empty() {
            if let Some(w) = word(None) {
                out.push((doc.file("docx"), docx::docx(&w, date)));
            }
        } else {
            for i in 0..doc.pages.len() {
                if let Some(w) = word(Some(i)) {
                    out.push((doc.page_file(i, "docx"), docx::docx(&w, date)));
                }
            }
        }
    }
    if wanted.xlsx && doc.kind.copies.xlsx {
        let sheets = doc.facts.sheets();
        if !sheets.is_empty() {
            let book = xlsx::workbook(&sheets, date).map_err(|e| e.to_string());
            out.push((doc.file("xlsx"), book));
        }
    }
    out
}
