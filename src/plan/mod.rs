//! Plan: which documents each dossier yields, with their template, data and output paths.

mod overlay;

use crate::derive::{self, DossierFacts};
use crate::load::{LoadedDossier, Project};
use crate::model::Date;
use serde_json::json;
use std::path::{Path, PathBuf};

/// What kind of document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The summary report.
    Report,
    /// A decision with its annex.
    Decision,
    /// The certificates of a decision, one page each.
    Certificates,
    /// The calibration page of a pre-printed blank (overlay mode).
    Calibration,
}

/// One document to produce.
#[derive(Debug, Clone)]
pub struct Doc {
    /// Index of its dossier in the project.
    pub dossier: usize,
    /// Its kind.
    pub kind: Kind,
    /// The template that renders it (`report`, `decision`, `certificate`).
    pub template: &'static str,
    /// The data the template sees.
    pub data: serde_json::Value,
    /// Output folder, relative to the output root (the dossier's path under `content/`).
    pub dir: PathBuf,
    /// File stem (`quyet-dinh-1520`); certificates also use it as their folder.
    pub stem: String,
    /// The document's own date, which dates the PDF.
    pub date: Date,
    /// For certificates: each page's file stem, in page order.
    pub pages: Vec<String>,
    /// For a decision: the rows of its annex, collectives then individuals.
    pub annex: Annex,
}

/// The rows of a decision's annex, as typed facts for the engine (the template reads them
/// from the data).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Annex {
    /// Collectives, listed first.
    pub collectives: usize,
    /// Individuals, after them.
    pub individuals: usize,
}

impl Annex {
    /// All its rows.
    pub fn rows(&self) -> usize {
        self.collectives + self.individuals
    }
}

/// Which dossiers to build: those matching `--only`, and under `watch` those an edit touched.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// A glob over the path under `content/` (or the file's path).
    pub pattern: Option<glob::Pattern>,
    /// Changed files, relative to the project root; `None` means everything changed.
    pub changed: Option<Vec<PathBuf>>,
}

impl Selection {
    /// Whether dossier `d` is built.
    pub fn selects(&self, d: &LoadedDossier) -> bool {
        self.selects_file(&d.file, &d.data_files)
    }

    /// Whether the dossier in `file` (relative to the project root, `content/…`), reading
    /// `data_files`, is built; also asked of dossiers that no longer exist.
    pub fn selects_file(&self, file: &Path, data_files: &[PathBuf]) -> bool {
        let under_content = file
            .strip_prefix("content")
            .unwrap_or(file)
            .with_extension("");
        let rel = under_content.to_string_lossy().replace('\\', "/");
        let matches = self
            .pattern
            .as_ref()
            .is_none_or(|p| p.matches(&rel) || p.matches(&file.to_string_lossy()));
        let touched = self
            .changed
            .as_ref()
            .is_none_or(|c| c.iter().any(|f| f == file || data_files.contains(f)));
        matches && touched
    }
}

/// Derives the facts of every selected dossier and plans its documents.
pub fn plan(project: &Project, draft: bool, selection: &Selection) -> Vec<Doc> {
    let emblem = ["png", "svg", "jpg", "jpeg"]
        .iter()
        .map(|ext| format!("assets/emblem.{ext}"))
        .find(|p| project.root.join(p).is_file())
        .map(|p| format!("/{p}"));
    let paper = project
        .config
        .certificate
        .paper
        .as_deref()
        .unwrap_or("A4")
        .to_lowercase();
    let mut docs = Vec::new();
    for (i, d) in project.dossiers.iter().enumerate() {
        if !selection.selects(d) {
            continue;
        }
        let facts: DossierFacts = derive::dossier(project, d, draft);
        let base = json!({
            "draft": facts.draft,
            "org": facts.org,
            "title": facts.title,
            "margins": project.config.margins,
        });
        let doc = |kind, template, data: serde_json::Value, stem: &str, date, pages| Doc {
            dossier: i,
            kind,
            template,
            data,
            dir: d.rel.clone(),
            stem: stem.to_string(),
            date,
            pages,
            annex: Annex::default(),
        };
        if let (Some(r), Some(src)) = (&facts.report, &d.dossier.report) {
            let data = merge(&base, json!({ "report": r }));
            docs.push(doc(
                Kind::Report,
                "report",
                data,
                &r.stem,
                src.date,
                Vec::new(),
            ));
        }
        for (a, src) in facts.awards.iter().zip(&d.dossier.awards) {
            if !a.own {
                continue;
            }
            let date = src.decision.date;
            let (c, i) = (a.collectives.len(), a.individuals.len());
            let whole = part(c, i, true, Some((Start::FIRST, c + i, 1)));
            let award_json = json!(a);
            // Each certificate has its recipient; the award's own lists are left out, since
            // the data is copied into every batch of certificates.
            let award: serde_json::Map<_, _> = award_json
                .as_object()
                .into_iter()
                .flatten()
                .filter(|(k, _)| !matches!(k.as_str(), "collectives" | "individuals"))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            let decision = doc(
                Kind::Decision,
                "decision",
                merge(&base, json!({ "award": award_json, "part": whole })),
                &a.stem,
                date,
                Vec::new(),
            );
            docs.push(Doc {
                annex: Annex {
                    collectives: c,
                    individuals: i,
                },
                ..decision
            });
            if a.certificates {
                let list: Vec<_> = a.collectives.iter().chain(&a.individuals).collect();
                let pages = list.iter().map(|r| r.file.clone()).collect();
                let sheet = overlay::Sheet::new(&project.config.certificate);
                let recipients: Vec<_> = list.iter().map(|r| sheet.recipient(a, r)).collect();
                let common = json!({ "award": award, "paper": paper, "emblem": emblem, "overlay": sheet.overlay });
                let data = merge(
                    &merge(&base, common.clone()),
                    json!({ "recipients": recipients, "calibration": false }),
                );
                docs.push(doc(
                    Kind::Certificates,
                    "certificate",
                    data,
                    &a.certificate_stem,
                    date,
                    pages,
                ));
                if sheet.overlay {
                    let data = merge(&merge(&base, common), sheet.calibration());
                    let stem = format!("{}-can-chinh", a.certificate_stem);
                    docs.push(doc(
                        Kind::Calibration,
                        "certificate",
                        data,
                        &stem,
                        date,
                        Vec::new(),
                    ));
                }
            }
        }
    }
    docs
}

/// Where a piece of a decision's annex starts: a row (collectives, then individuals,
/// from 0), and whether the heading of a section starting at that row comes first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Start {
    /// The row.
    pub row: usize,
    /// Whether the heading of the section starting there comes first.
    pub head: bool,
}

impl Start {
    /// The start of the annex: its title, then the first section's heading.
    pub const FIRST: Start = Start { row: 0, head: true };
}

/// What a decision's source holds, as its template reads it (`part`): the body, and the
/// annex's rows from `start` to `end` beginning on annex page `page` (`None`: no annex),
/// for an annex of `collectives` then `individuals`.
pub fn part(
    collectives: usize,
    individuals: usize,
    body: bool,
    annex: Option<(Start, usize, usize)>,
) -> serde_json::Value {
    // Without an annex the template reads no more than these.
    let Some((start, end, page)) = annex else {
        return json!({ "body": body, "annex": false, "offset": 0 });
    };
    let c = collectives;
    // A section's heading comes in the piece that holds its first row, unless that row
    // starts the piece and the heading stood at the foot of the page before.
    let heading = |s: usize, len: usize| {
        len > 0 && s < end && (s > start.row || (s == start.row && start.head))
    };
    let (c_from, c_to) = (start.row.min(c), end.min(c));
    let (i_from, i_to) = (start.row.max(c) - c, end.max(c) - c);
    json!({
        "body": body, "annex": true, "first": start == Start::FIRST,
        "offset": if start == Start::FIRST { 0 } else { page - 1 },
        "c_show": c_from < c_to, "c_head": heading(0, collectives), "c_from": c_from, "c_to": c_to,
        "i_show": i_from < i_to, "i_head": heading(c, individuals), "i_from": i_from, "i_to": i_to,
        "i_start": c,
    })
}

/// `base` with the keys of the object `extra` added (or replaced).
fn merge(base: &serde_json::Value, extra: serde_json::Value) -> serde_json::Value {
    let mut v = base.clone();
    if let (Some(m), serde_json::Value::Object(e)) = (v.as_object_mut(), extra) {
        m.extend(e);
    }
    v
}
