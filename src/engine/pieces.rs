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
use super::units::{options, Unit};
use super::workers::EVICT_AFTER;
use crate::diagnostic::Diagnostic;
use crate::kinds::{Cut, Doc, Piece, Start};
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

/// Where the next piece starts: the body, then rows of the list from a start on a page
/// of the list, until the last piece is made.
#[derive(Clone, Copy)]
enum Cursor {
    Body,
    At(Start, usize),
    Done,
}

/// What one piece gave: its inputs, its pages kept, where the next piece starts (`None`
/// after the last), its PDF when typeset now.
struct Typeset {
    inputs: u128,
    pages: usize,
    next: Option<Start>,
    pdf: Option<Vec<u8>>,
}

/// A document being typeset in pieces: what every piece is made with.
struct Pieces<'a> {
    p: &'a Prepared,
    doc: &'a Doc,
    export: &'a Export,
    /// What shapes every file besides its source (`units::options`).
    options: u128,
    /// The parts of the previous file, when it may give pieces.
    old_parts: &'a [Part],
    /// Rows a piece takes at first.
    rows: usize,
}

/// Typesets document `unit` in pieces, reusing those listed for its previous PDF in
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
    let Cut::Pieces { rows, body, .. } = doc.cut() else {
        return Err(Vec::new());
    };
    let previous = earlier(old, &unit.key, out.root(), reuse);
    let pieces = Pieces {
        p,
        doc,
        export,
        options: options(p, export),
        old_parts: previous.as_ref().map_or(&[], |e| &e.parts),
        rows,
    };
    let mut chain = Chain {
        pieces: &pieces,
        cursor: match body {
            true => Cursor::Body,
            false => Cursor::At(Start::FIRST, 1),
        },
        parts: Vec::new(),
        failed: None,
    };
    let (file, staged) = out
        .temporary(Path::new(&unit.key))
        .map_err(|e| pieces.fail(format!("{e:#}")))?;
    let previous = previous.as_ref().map(|e| e.joinable());
    let joined = join(chain.by_ref(), previous, Some(unit.inputs), file);
    if let Some(problems) = chain.failed {
        return Err(problems);
    }
    let joined = joined
        .map_err(|e| pieces.fail(e))?
        .expect("every piece given");
    let mut parts = chain.parts;
    for (part, objects) in parts.iter_mut().zip(joined.objects) {
        part.objects = objects;
    }
    let in_place = manifest::digest_body(&out.root().join(&unit.key));
    let (staged, digest) = unless_in_place(staged, in_place.as_ref())
        .ok_or_else(|| pieces.fail(t!("pieces-unreadable")))?;
    let inputs = manifest::hex(unit.inputs);
    let (stamp, digest) = stamping
        .joined(
            staged.as_ref(),
            (&unit.key, &doc.dossier_key, &inputs),
            digest,
        )
        .map_err(|e| pieces.fail(e))?;
    Ok(Pieced {
        staged,
        digest,
        stamp,
        parts,
    })
}

impl Pieces<'_> {
    /// A problem of the document.
    fn fail(&self, m: String) -> Vec<Diagnostic> {
        let m = format!("{}: {m}", self.doc.stem);
        vec![Diagnostic::file(&self.doc.dossier_file, m)]
    }

    /// The piece at `cursor` that keeps its pages, and where the one after it starts;
    /// `None` after the last.
    fn next(&self, cursor: Cursor) -> Result<Option<(Typeset, Cursor)>, Vec<Diagnostic>> {
        let (start, page) = match cursor {
            Cursor::Done => return Ok(None),
            Cursor::Body => {
                let body = self.piece(Piece::body(), (Start::FIRST, 0), true)?;
                let body = body.expect("a last piece is kept");
                return Ok(Some((body, Cursor::At(Start::FIRST, 1))));
            }
            Cursor::At(start, page) => (start, page),
        };
        let total = self.doc.rows.len();
        let mut take = self.rows;
        // A piece that cannot keep its pages takes twice the rows, until it can.
        let made = loop {
            let end = start.row.saturating_add(take).min(total);
            let part = Piece::rows(&self.doc.rows, start, end, page, false);
            if let Some(made) = self.piece(part, (start, end), end == total)? {
                break made;
            }
            take = take.saturating_mul(2);
        };
        // Every piece ends past its start (one taken from the last build was checked),
        // so the chain ends.
        let cursor = match made.next {
            Some(n) if n.after(start) => Cursor::At(n, page + made.pages),
            Some(_) => return Err(self.fail(t!("pieces-cannot-split"))),
            None => Cursor::Done,
        };
        Ok(Some((made, cursor)))
    }

    /// One piece, of the rows from `start` to `end`: taken from the last build when its
    /// inputs are the same (and what the manifest says of it makes sense), else typeset.
    /// `None` when a piece that is not the last fills less than two pages (or would start
    /// its successor where it began itself): it must take more rows.
    fn piece(
        &self,
        part: Piece,
        (start, end): (Start, usize),
        last: bool,
    ) -> Result<Option<Typeset>, Vec<Diagnostic>> {
        let (p, doc) = (self.p, self.doc);
        let source = p
            .templates
            .render(doc.template(), &doc.facts.piece(part))
            .map_err(|d| vec![d])?;
        let inputs = typst::utils::hash128(&(self.options, &source, last));
        let sensible = |o: &&Part| {
            o.pages > 0
                && match o.next {
                    None => last,
                    Some(n) => !last && n.after(start) && n.row < end,
                }
        };
        let hex = manifest::hex(inputs);
        let reused = self.old_parts.iter().find(|o| o.inputs == hex);
        if let Some(old) = reused.filter(sensible) {
            return Ok(Some(Typeset {
                inputs,
                pages: old.pages,
                next: old.next,
                pdf: None,
            }));
        }
        self.typeset(source, inputs, (start, end), last)
    }

    /// A piece typeset now from `source`: its pages kept up to where the next begins.
    fn typeset(
        &self,
        source: String,
        inputs: u128,
        (start, end): (Start, usize),
        last: bool,
    ) -> Result<Option<Typeset>, Vec<Diagnostic>> {
        // The time limit holds for each piece, not for the whole list. Past the first
        // thousand rows, what the pieces before memoised goes first: two long lists typeset
        // side by side held 500 MB of it at 30 000 rows between the watchdog's evictions,
        // while for a shorter list evicting cost W1 about 10 %.
        crate::deadline::lap();
        if start.row >= EVICT_FROM_ROW {
            typst::comemo::evict(EVICT_AFTER);
        }
        let compiled = compile(self.p, self.doc, source)?;
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
        let fail = |m| self.fail(m);
        typeset::shows_rows(&compiled, 1..=pages, start.row..until).map_err(fail)?;
        let (date, settings) = (self.doc.date, &self.export.pdf);
        let pdf = typeset::pdf(&compiled, date, Some((1, pages)), false, settings).map_err(fail)?;
        Ok(Some(Typeset {
            inputs,
            pages,
            next,
            pdf: Some(pdf),
        }))
    }
}

/// The pieces in order, as the joiner takes them, each listed as a part for the
/// manifest; a problem ends them (the joiner then stops) and is kept.
struct Chain<'a> {
    pieces: &'a Pieces<'a>,
    cursor: Cursor,
    parts: Vec<Part>,
    failed: Option<Vec<Diagnostic>>,
}

impl Iterator for Chain<'_> {
    type Item = Option<JoinPart>;

    fn next(&mut self) -> Option<Option<JoinPart>> {
        if self.failed.is_some() {
            return None;
        }
        match self.pieces.next(self.cursor) {
            Ok(Some((t, cursor))) => {
                self.cursor = cursor;
                self.parts.push(Part {
                    inputs: manifest::hex(t.inputs),
                    pages: t.pages,
                    next: t.next,
                    objects: 0,
                });
                Some(Some(JoinPart {
                    inputs: t.inputs,
                    pages: t.pages,
                    pdf: t.pdf,
                }))
            }
            Ok(None) => None,
            Err(problems) => {
                self.failed = Some(problems);
                Some(None)
            }
        }
    }
}
