//! A decision with a long annex, typeset in pieces: the body, then the annex a hundred
//! rows at a time. Each piece but the last drops its last page, and the next piece starts
//! with that page's first row (or section heading) on a page of its own, numbered on: so
//! every page is laid out as one compilation would (rows never split across pages) while
//! no compilation holds the whole list. A piece whose inputs did not change since the
//! last build is taken from the previous PDF, with where the next one starts; one name
//! edited in a list of a thousand retypesets its own piece, and the pieces after it only
//! if its pages now end elsewhere.

use super::print::{join, previous, Piece};
use crate::diagnostic::Diagnostic;
use crate::manifest::{self, Manifest, Part};
use crate::pipeline::{self, Export, Prepared, Unit};
use crate::plan::{self, Start};
use crate::typeset;
use std::path::Path;

/// Rows of the annex typeset at once (doubled when a piece would not reach a second page).
/// Longer pieces cost less in all (each lays out its successor's first page too), shorter
/// ones less after an edit: measured on 1000 certificates and their 1000-row annex, 100
/// rows cost about 2 % more CPU than 200 in a full build, and a one-name edit takes
/// 106 ms instead of 130.
const PIECE_ROWS: usize = 100;

/// The decision's PDF and its parts for the manifest.
pub(super) struct Joined {
    pub pdf: Vec<u8>,
    pub parts: Vec<Part>,
}

/// What one piece gave: its pages kept, where the next piece starts (`None` after the
/// last), its PDF when typeset now.
struct Typeset {
    pages: usize,
    next: Option<Start>,
    pdf: Option<Vec<u8>>,
}

/// Typesets decision `unit` in pieces, reusing those listed for its previous PDF
/// `doc_key` (when `reuse` and that file is intact).
pub(super) fn typeset(
    p: &Prepared,
    unit: &Unit,
    export: &Export,
    old: &Manifest,
    doc_key: &str,
    root: &Path,
    reuse: bool,
) -> Result<Joined, Vec<Diagnostic>> {
    let doc = &p.docs[unit.doc];
    let options = pipeline::options(p, export);
    let (c, i) = (doc.annex.collectives, doc.annex.individuals);
    let total = c + i;
    let previous = previous(old, doc_key, root, reuse);
    let old_parts: &[Part] = previous.as_ref().map_or(&[], |(parts, _)| parts);
    let dossier_file = &p.project.dossiers[doc.dossier].file;
    let fail = |m: String| vec![Diagnostic::file(dossier_file, format!("{}: {m}", doc.stem))];
    // The data is made ready for the templates once: each piece sets its own `part`.
    let mut ctx = handlebars::Context::wraps(&doc.data)
        .map_err(|e| fail(format!("template error: {}", e.reason())))?;

    // One piece, of the rows from `start` to `end`: taken from the last build when its
    // inputs are the same (and what the manifest says of it makes sense), else typeset.
    // `None` when a piece that is not the last fills less than two pages (or would start
    // its successor where it began itself): it must take more rows.
    let mut piece = |part: serde_json::Value,
                     (start, end): (Start, usize),
                     last: bool|
     -> Result<_, Vec<Diagnostic>> {
        ctx.data_mut()["part"] = part;
        let source = p
            .templates
            .render_context(doc.template, &ctx)
            .map_err(|d| vec![d])?;
        let inputs = typst::utils::hash128(&(options, &source, last));
        let sensible = |o: &&Part| {
            o.pages > 0
                && match o.next {
                    None => last,
                    Some(n) => !last && after(n, start) && n.row < end,
                }
        };
        let reused = old_parts
            .iter()
            .find(|o| o.inputs == manifest::hex(inputs))
            .filter(sensible);
        if let Some(old) = reused {
            let (pages, next) = (old.pages, old.next);
            return Ok(Some((
                inputs,
                Typeset {
                    pages,
                    next,
                    pdf: None,
                },
            )));
        }
        // The time limit holds for each piece, not for the whole annex.
        crate::deadline::lap();
        let compiled = pipeline::compile(p, doc, source)?;
        let n = compiled.pages().len();
        let (pages, next) = if last {
            (n, None)
        } else {
            let next = typeset::first_marked(&compiled, n).map(|(row, head)| Start { row, head });
            match next {
                Some(next) if n >= 2 && after(next, start) => (n - 1, Some(next)),
                _ => return Ok(None),
            }
        };
        // The pages kept show the piece's rows, each once, up to where the next begins.
        let until = next.map_or(end, |n| n.row);
        typeset::shows_rows(&compiled, 1..=pages, start.row..until).map_err(fail)?;
        let pdf = typeset::pdf(
            &compiled,
            doc.date,
            Some((1, pages)),
            false,
            &export.standards,
        )
        .map_err(fail)?;
        Ok(Some((
            inputs,
            Typeset {
                pages,
                next,
                pdf: Some(pdf),
            },
        )))
    };

    let mut pieces = Vec::new();
    let body = piece(plan::part(c, i, true, None), (Start::FIRST, 0), true)?;
    let body = body.expect("a last piece is kept");
    pieces.push(body);
    let (mut start, mut page) = (Start::FIRST, 1);
    loop {
        let mut take = PIECE_ROWS;
        let (inputs, made) = loop {
            let end = start.row.saturating_add(take).min(total);
            let last = end == total;
            let part = plan::part(c, i, false, Some((start, end, page)));
            if let Some(made) = piece(part, (start, end), last)? {
                break made;
            }
            take = take.saturating_mul(2);
        };
        let next = made.next;
        page += made.pages;
        pieces.push((inputs, made));
        // Every piece ends past its start (one taken from the last build was checked), so
        // the chain ends.
        match next {
            Some(n) if after(n, start) => start = n,
            Some(_) => return Err(fail("the annex could not be split into pages".into())),
            None => break,
        }
    }

    let mut parts: Vec<Part> = pieces
        .iter()
        .map(|(inputs, t)| Part {
            inputs: manifest::hex(*inputs),
            pages: t.pages,
            next: t.next,
            objects: 0,
        })
        .collect();
    let reused = pieces.iter().any(|(_, t)| t.pdf.is_none());
    let previous = previous.as_ref().filter(|_| reused);
    let pieces = pieces.into_iter().map(|(inputs, t)| {
        Some(Piece {
            inputs,
            pages: t.pages,
            pdf: t.pdf,
        })
    });
    let joined = join(pieces, previous, Some(unit.inputs), None).map_err(fail)?;
    let joined = joined.expect("every piece given");
    for (part, objects) in parts.iter_mut().zip(joined.objects) {
        part.objects = objects;
    }
    Ok(Joined {
        pdf: joined.pdf,
        parts,
    })
}

/// Whether `a` comes after `b` in the annex (a section's heading before its first row).
fn after(a: Start, b: Start) -> bool {
    (a.row, !a.head) > (b.row, !b.head)
}
