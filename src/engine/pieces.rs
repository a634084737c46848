//! A document with a long list (a decision's annex, a payment list), typeset in pieces
//! (`Cut::Pieces` of its kind): its body, when it has one, then the list a hundred rows
//! at a time. Each piece but the last drops its last page, and the next piece starts with
//! that page's first row (or section heading) on a page of its own, numbered on: so every
//! page is laid out as one compilation would (rows never split across pages) while no
//! compilation holds the whole list. A piece whose inputs did not change since the last
//! build is taken from the previous PDF, with where the next one starts; one name edited
//! in a list of a thousand retypesets its own piece, and the pieces after it only if its
//! pages now end elsewhere.

use super::prepare::{Export, Prepared};
use super::produce::compile;
use super::reuse::{earlier, unless_in_place};
use super::stamp::Stamping;
use super::units::{options, slash, Unit};
use super::workers::EVICT_AFTER;
use crate::diagnostic::Diagnostic;
use crate::kinds::{Cut, Piece, Start};
use crate::manifest::{self, Manifest, Part};
use crate::output::{OutDir, Staged};
use crate::typeset::{
    self,
    join::{join, JoinPart},
};
use std::path::Path;

/// The row from which each piece starts with the memoised layouts of those before evicted.
const EVICT_FROM_ROW: usize = 1000;

/// The decision's PDF, written to its temporary file as it was joined and stamped
/// (`None`: the file in place has its bytes already), its digest, its stamp (empty when
/// left in place: stamped there), and its parts for the manifest.
pub struct Pieced {
    pub staged: Option<Staged>,
    pub digest: String,
    pub stamp: String,
    pub parts: Vec<Part>,
}

/// Where the next piece starts: the body, then rows of the annex from a start on an
/// annex page, until the last piece is made.
#[derive(Clone, Copy)]
enum Cursor {
    Body,
    At(Start, usize),
    Done,
}

/// What one piece gave: its pages kept, where the next piece starts (`None` after the
/// last), its PDF when typeset now.
struct Typeset {
    pages: usize,
    next: Option<Start>,
    pdf: Option<Vec<u8>>,
}

/// Typesets decision `unit` in pieces, reusing those listed for its previous PDF in
/// `out` (when `reuse` and that file is intact). Each piece is joined as soon as it is
/// made, into a temporary file: no more than one piece's PDF is held at a time.
pub fn typeset(
    p: &Prepared,
    unit: &Unit,
    export: &Export,
    old: &Manifest,
    (out, stamping): (&OutDir, &Stamping),
    reuse: bool,
) -> Result<Pieced, Vec<Diagnostic>> {
    let doc = &p.docs[unit.doc];
    let Cut::Pieces { rows, body, .. } = doc.kind.cut else {
        return Err(Vec::new());
    };
    let options = options(p, export);
    let total = doc.annex.rows();
    let previous = earlier(old, &unit.key, out.root(), reuse);
    let old_parts: &[Part] = previous.as_ref().map_or(&[], |e| &e.parts);
    let dossier_file = &p.project.dossiers[doc.dossier].file;
    let fail = |m: String| vec![Diagnostic::file(dossier_file, format!("{}: {m}", doc.stem))];

    // One piece, of the rows from `start` to `end`: taken from the last build when its
    // inputs are the same (and what the manifest says of it makes sense), else typeset.
    // `None` when a piece that is not the last fills less than two pages (or would start
    // its successor where it began itself): it must take more rows.
    let piece = |part: Piece,
                 (start, end): (Start, usize),
                 last: bool|
     -> Result<Option<(u128, Typeset)>, Vec<Diagnostic>> {
        let source = p
            .templates
            .render(doc.template(), &doc.facts.piece(part))
            .map_err(|d| vec![d])?;
        let inputs = typst::utils::hash128(&(options, &source, last));
        let sensible = |o: &&Part| {
            o.pages > 0
                && match o.next {
                    None => last,
                    Some(n) => !last && n.after(start) && n.row < end,
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
        // The time limit holds for each piece, not for the whole annex. Past the first
        // thousand rows, what the pieces before memoised goes first: two long lists typeset
        // side by side held 500 MB of it at 30 000 rows between the watchdog's evictions,
        // while for a shorter list evicting cost W1 about 10 %.
        crate::deadline::lap();
        if start.row >= EVICT_FROM_ROW {
            typst::comemo::evict(EVICT_AFTER);
        }
        let compiled = compile(p, doc, source)?;
        let n = compiled.pages().len();
        let (pages, next) = if last {
            (n, None)
        } else {
            let next = typeset::first_marked(&compiled, n).map(|(row, head)| Start { row, head });
            match next {
                Some(next) if n >= 2 && next.after(start) => (n - 1, Some(next)),
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

    // The next piece that keeps its pages; `None` after the last.
    let mut cursor = match body {
        true => Cursor::Body,
        false => Cursor::At(Start::FIRST, 1),
    };
    let mut next = || -> Result<Option<(u128, Typeset)>, Vec<Diagnostic>> {
        let made = match cursor {
            Cursor::Done => return Ok(None),
            Cursor::Body => {
                cursor = Cursor::At(Start::FIRST, 1);
                let body = piece(Piece::body(), (Start::FIRST, 0), true)?;
                body.expect("a last piece is kept")
            }
            Cursor::At(start, page) => {
                let mut take = rows;
                let made = loop {
                    let end = start.row.saturating_add(take).min(total);
                    let last = end == total;
                    let part = Piece::rows(doc.annex, start, end, page, false);
                    if let Some(made) = piece(part, (start, end), last)? {
                        break made;
                    }
                    take = take.saturating_mul(2);
                };
                // Every piece ends past its start (one taken from the last build was
                // checked), so the chain ends.
                cursor = match made.1.next {
                    Some(n) if n.after(start) => Cursor::At(n, page + made.1.pages),
                    Some(_) => return Err(fail("the annex could not be split into pages".into())),
                    None => Cursor::Done,
                };
                made
            }
        };
        Ok(Some(made))
    };

    let mut parts: Vec<Part> = Vec::new();
    let mut failed = None;
    let inputs = std::iter::from_fn(|| match next() {
        Ok(Some((inputs, t))) => {
            parts.push(Part {
                inputs: manifest::hex(inputs),
                pages: t.pages,
                next: t.next,
                objects: 0,
            });
            let pages = t.pages;
            Some(Some(JoinPart {
                inputs,
                pages,
                pdf: t.pdf,
            }))
        }
        Ok(None) => None,
        Err(problems) => {
            failed = Some(problems);
            Some(None)
        }
    });
    let (file, staged) = out
        .temporary(Path::new(&unit.key))
        .map_err(|e| fail(format!("{e:#}")))?;
    let previous = previous.as_ref().map(|e| e.joinable());
    let joined = join(inputs, previous, Some(unit.inputs), file);
    if let Some(problems) = failed {
        return Err(problems);
    }
    let joined = joined.map_err(fail)?.expect("every piece given");
    for (part, objects) in parts.iter_mut().zip(joined.objects) {
        part.objects = objects;
    }
    let in_place = manifest::digest_body(&out.root().join(&unit.key));
    let (staged, digest) = unless_in_place(staged, in_place.as_ref())
        .ok_or_else(|| fail("the decision cannot be read back".into()))?;
    let (dossier, inputs) = (slash(dossier_file), manifest::hex(unit.inputs));
    let (stamp, digest) = stamping
        .joined(staged.as_ref(), (&unit.key, &dossier, &inputs), digest)
        .map_err(fail)?;
    Ok(Pieced {
        staged,
        digest,
        stamp,
        parts,
    })
}
