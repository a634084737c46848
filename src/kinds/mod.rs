//! Document kinds in one table ([`KINDS`]): what each kind is rendered from, with which
//! template, under which file names, and how the engine cuts it into units. The engine
//! knows kinds only through this table; a new kind is a row here, a typed facts struct
//! from `derive`, and a template.

mod achievement;
mod ceremony;
pub mod certificates;
pub mod code;
mod decision;
mod list;
mod minutes;
mod payment;
mod proposal;
#[cfg(test)]
mod recipe_tests;
mod report;
mod rows;
#[cfg(test)]
mod schema_tests;
mod selection;
mod sheet;
mod table;
pub mod word;
mod word_parts;

pub use rows::{Piece, Rows, Start};
pub use selection::Selection;
pub use table::{Cell, Table};

use crate::derive::{self, DossierFacts, Org};
use crate::load::{LoadedDossier, Project};
use crate::model::{Date, Margins};
use serde::Serialize;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One kind of document.
#[derive(Debug)]
pub struct Kind {
    /// Its name, in messages and tests (`report`).
    pub name: &'static str,
    /// What the page of `thidua serve` calls its documents (`Báo cáo`).
    pub label: &'static str,
    /// The template that renders it (`templates/NAME.typ.hbs`; a project's own file of
    /// that name replaces the built-in one).
    pub template: &'static str,
    /// The built-in template's text.
    pub builtin: &'static str,
    /// Whether it is a văn bản with an electronic version for ký số (`…-dien-tu.pdf`).
    pub electronic: bool,
    /// How the engine cuts it into units.
    pub cut: Cut,
    /// What a build's summary line counts of it.
    pub counted: Counted,
    /// The copies it has besides the PDF (`--format docx`, `--format xlsx`): its facts
    /// give them (`Facts::word`, `Facts::sheets`).
    pub copies: Copies,
    /// Its documents in one dossier.
    pub plan: fn(&Given) -> Vec<Planned>,
    /// The JSON Schema of the data its template receives (`thidua schema --template`),
    /// derived from the type its facts serialise, so it cannot drift from them.
    pub schema: fn() -> serde_json::Value,
}

/// How the engine cuts a document into units of work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cut {
    /// One unit, one PDF.
    Whole,
    /// One PDF per page (a certificate per recipient), typeset `batch` pages at a time,
    /// and all pages joined into one print file; `page` names one page in messages.
    PerPage { batch: usize, page: &'static str },
    /// One PDF listing rows (an annex); past `from` rows, typeset `rows` rows at a time
    /// and joined, when its template is the built-in one (which knows [`Piece`]). With
    /// `body`, a body of its own comes first and the rows start on a new page.
    Pieces {
        from: usize,
        rows: usize,
        body: bool,
    },
}

/// Which office copies a kind has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copies {
    pub docx: bool,
    pub xlsx: bool,
}

impl Copies {
    pub const NONE: Copies = Copies {
        docx: false,
        xlsx: false,
    };
}

/// What a build's summary line counts of a kind's documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counted {
    Nothing,
    /// Certificates, and the pages of their print files.
    Certificates,
    /// The rows of an annex.
    AnnexRows,
}

/// Every kind, in the order a dossier's documents are planned.
pub const KINDS: &[Kind] = &[
    report::REPORT,
    minutes::MINUTES,
    proposal::PROPOSAL,
    achievement::ACHIEVEMENT,
    decision::DECISION,
    certificates::CERTIFICATES,
    certificates::CALIBRATION,
    payment::PAYMENT,
    ceremony::INVITATIONS,
    ceremony::PROGRAMME,
    ceremony::SCRIPT,
    ceremony::SLIDES,
];

/// What a template is rendered from: typed facts, turned into the template's data at the
/// boundary, for the whole document or the part a unit typesets.
pub trait Facts: Send + Sync + std::fmt::Debug {
    /// The data of the whole document, or (for a kind cut per page) of pages `pages`.
    fn data(&self, pages: Option<Range<usize>>) -> serde_json::Value;

    /// The data of the source of one piece (a kind cut in pieces): its own rows only.
    fn piece(&self, _piece: Piece) -> serde_json::Value {
        self.data(None)
    }

    /// The document's table for a spreadsheet copy beside its PDF, when it has one.
    fn table(&self) -> Option<Table> {
        None
    }

    /// The document's Word copy (`--format docx`); of a kind cut per page, page `page`'s.
    fn word(&self, _page: Option<usize>) -> Option<word::Word> {
        None
    }

    /// The tables of the document's spreadsheet copy (`--format xlsx`), one sheet each.
    fn sheets(&self) -> Vec<Table> {
        Vec::new()
    }

    /// Whose page carries the check code `code`, of a kind whose pages carry one.
    fn owner(&self, _code: &str) -> Option<code::Owner<'_>> {
        None
    }

    /// A hash of the whole document's data, which identifies a document typeset in
    /// pieces (whose source is never rendered whole) or by a built-in template (whose
    /// source is rendered only when typeset). Facts whose data are themselves hash them
    /// as they serialise, with no JSON value made.
    fn fingerprint(&self) -> u128 {
        digest(&self.data(None))
    }
}

/// A hash of `value` as JSON, written straight into the hasher (never held whole).
pub fn digest(value: &impl Serialize) -> u128 {
    use siphasher::sip128::{Hasher128, SipHasher13};
    use std::hash::Hasher;
    struct Writer(SipHasher13);
    impl std::io::Write for Writer {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.write(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut writer = Writer(SipHasher13::new());
    // Writing into a hasher cannot fail, nor can serialising plain structs.
    let _ = serde_json::to_writer(&mut writer, value);
    writer.0.finish128().as_u128()
}

/// Facts rendered whole, as they are.
#[derive(Debug)]
pub struct Whole<T>(pub T);

impl<T: Serialize + Send + Sync + std::fmt::Debug> Facts for Whole<T> {
    fn data(&self, _: Option<Range<usize>>) -> serde_json::Value {
        serde_json::to_value(&self.0).unwrap_or_default()
    }

    fn fingerprint(&self) -> u128 {
        digest(&self.0)
    }
}

/// What every document of a dossier shows: draft mark, agency, title, page margins.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Base {
    pub draft: bool,
    /// The electronic version for ký số: room for signatures, `(Kèm theo …)` unfilled.
    pub electronic: bool,
    /// On the electronic version, the date after the place left blank.
    pub blank_date: bool,
    pub org: Org,
    pub title: String,
    pub margins: Margins,
}

/// What a kind plans from: one dossier with its derived facts, in its project.
pub struct Given<'a> {
    pub project: &'a Project,
    pub dossier: &'a LoadedDossier,
    pub facts: &'a DossierFacts,
    pub base: Base,
    /// The register of the years (every dossier's decisions and history/), made once
    /// for all the dossiers of a plan, when a kind asks for it.
    pub register: &'a std::cell::OnceCell<Vec<derive::years::Record>>,
}

/// One document a kind plans: its file stem, its date and its facts; for a kind cut
/// per page, each page's file stem; for a kind cut in pieces, its list's rows.
pub struct Planned {
    pub stem: String,
    pub date: Date,
    pub facts: Arc<dyn Facts>,
    pub pages: Vec<String>,
    pub rows: Rows,
}

impl Planned {
    /// A document of one file.
    pub fn new(stem: &str, date: Date, facts: impl Facts + 'static) -> Planned {
        Planned {
            stem: stem.to_string(),
            date,
            facts: Arc::new(facts),
            pages: Vec::new(),
            rows: Rows::default(),
        }
    }
}

/// One document to produce, as planned: what it is made from, and where it comes from
/// and goes, computed once here and carried (nothing downstream spells out a path).
#[derive(Debug, Clone)]
pub struct Doc {
    /// Index of its dossier in the project.
    pub dossier: usize,
    /// Its dossier's file, relative to the project root (`content/2024/tong-ket.yaml`).
    pub dossier_file: PathBuf,
    /// The same with `/` separators, as the manifest and the records name it.
    pub dossier_key: String,
    /// Its kind.
    pub kind: &'static Kind,
    /// What its template is rendered from.
    pub facts: Arc<dyn Facts>,
    /// Output folder, relative to the output root (the dossier's path under `content/`).
    pub dir: PathBuf,
    /// File stem (`quyet-dinh-1520`); a kind cut per page also uses it as its folder.
    pub stem: String,
    /// Its key: its PDF under the output folder (for a kind cut per page, the print
    /// file), with `/` separators; it names the document in the manifest and in reviews.
    pub key: String,
    /// The document's own date, which dates the PDF.
    pub date: Date,
    /// For a kind cut per page: each page's file stem, in page order.
    pub pages: Vec<String>,
    /// For a kind cut in pieces: its list's rows, section by section.
    pub rows: Rows,
    /// Whether it is the electronic version of a văn bản (`…-dien-tu.pdf`).
    pub electronic: bool,
}

impl Kind {
    /// What one page of a kind cut per page is called in messages (`certificate`).
    pub fn page(&self) -> &'static str {
        match self.cut {
            Cut::PerPage { page, .. } => page,
            _ => "page",
        }
    }
}

impl Doc {
    /// How the engine cuts it: an electronic version is always one file, typeset whole
    /// (its signature fields are placed on the document as typst laid it out).
    pub fn cut(&self) -> Cut {
        match self.electronic {
            true => Cut::Whole,
            false => self.kind.cut,
        }
    }

    /// Its template's name.
    pub fn template(&self) -> &'static str {
        self.kind.template
    }

    /// Its files' path under the output folder, without extension (`2024/quyet-dinh-1`).
    pub fn base(&self) -> PathBuf {
        self.dir.join(&self.stem)
    }

    /// Its file with extension `ext` (`2024/quyet-dinh-1.docx`).
    pub fn file(&self, ext: &str) -> PathBuf {
        self.base().with_extension(ext)
    }

    /// Page `i`'s file without extension, of a kind cut per page (`2024/giay-khen-1/001-x`).
    pub fn page_base(&self, i: usize) -> PathBuf {
        self.base().join(&self.pages[i])
    }

    /// Page `i`'s file with extension `ext`.
    pub fn page_file(&self, i: usize, ext: &str) -> PathBuf {
        self.page_base(i).with_extension(ext)
    }
}

/// A relative path with `/` separators, the same on every system.
pub fn slash(p: &Path) -> String {
    p.to_string_lossy().replace('\\', "/")
}

/// Derives the facts of every selected dossier and plans its documents, kind by kind,
/// each văn bản followed by its electronic version where asked (`electronic`: by this
/// build, else the dossier, else thidua.yaml); `register`, the years', made when a
/// document first needs it if not before.
pub fn plan(
    project: &Project,
    (draft, electronic): (bool, bool),
    selection: &Selection,
    register: &std::cell::OnceCell<Vec<derive::years::Record>>,
) -> Vec<Doc> {
    let mut docs = Vec::new();
    for (i, d) in project.dossiers.iter().enumerate() {
        if !selection.selects(d) {
            continue;
        }
        let facts = derive::dossier(project, d, draft);
        let given = Given {
            register,
            project,
            dossier: d,
            base: Base {
                draft: facts.draft,
                electronic: false,
                blank_date: false,
                org: facts.org.clone(),
                title: facts.title.clone(),
                margins: project.config.margins,
            },
            facts: &facts,
        };
        let cfg = &project.config;
        let electronic = electronic || d.dossier.electronic.unwrap_or(cfg.electronic);
        let signed = Given {
            base: Base {
                electronic: true,
                blank_date: cfg.electronic_date == crate::model::ElectronicDate::Blank,
                ..given.base.clone()
            },
            ..given
        };
        for kind in KINDS {
            let mut planned: Vec<(Planned, bool)> = (kind.plan)(&given)
                .into_iter()
                .map(|p| (p, false))
                .collect();
            if electronic && kind.electronic {
                for p in (kind.plan)(&signed) {
                    let stem = format!("{}-dien-tu", p.stem);
                    planned.push((Planned { stem, ..p }, true));
                }
            }
            for (planned, electronic) in planned {
                let dir = d.rel.clone();
                let key = slash(&dir.join(&planned.stem).with_extension("pdf"));
                docs.push(Doc {
                    dossier: i,
                    dossier_file: d.file.clone(),
                    dossier_key: slash(&d.file),
                    kind,
                    facts: planned.facts,
                    dir,
                    stem: planned.stem,
                    key,
                    date: planned.date,
                    pages: planned.pages,
                    rows: planned.rows,
                    electronic,
                });
            }
        }
    }
    docs
}
