//! The certificates of a decision, one page and one file per recipient in the annex's
//! order, joined into one print file; and for pre-printed blanks, their calibration page.

use super::sheet::{Calibration, Page, Sheet};
use super::{Base, Copies, Counted, Cut, Facts, Given, Kind, Planned};
use crate::derive::{AwardFacts, AwardHead};
use serde::Serialize;
use std::ops::Range;
use std::sync::Arc;

pub const CERTIFICATES: Kind = Kind {
    name: "certificates",
    label: "Giấy khen, bằng khen",
    template: "certificate",
    builtin: include_str!("../../templates/certificate.typ.hbs"),
    // Small batches keep memory flat and let an edit retypeset only its batch; large ones
    // spread typst's fixed cost per compilation.
    electronic: false,
    cut: Cut::PerPage {
        batch: 20,
        page: "certificate",
    },
    counted: Counted::Certificates,
    copies: Copies::NONE,
    plan,
    schema: || crate::model::schema::data::<Data<'static>>(),
};

pub const CALIBRATION: Kind = Kind {
    name: "calibration",
    label: "Trang căn chỉnh in",
    template: "certificate",
    builtin: include_str!("../../templates/certificate.typ.hbs"),
    electronic: false,
    cut: Cut::Whole,
    counted: Counted::Nothing,
    copies: Copies::NONE,
    plan: plan_calibration,
    schema: || crate::model::schema::data::<CalibrationData<'static>>(),
};

/// What every page of an award's certificates shows of it.
#[derive(Debug)]
struct Common {
    base: Base,
    award: Arc<AwardFacts>,
    paper: String,
    emblem: Option<String>,
    overlay: bool,
}

/// The certificates of one award.
#[derive(Debug)]
struct CertificatesDoc {
    common: Common,
    sheet: Sheet,
    /// Each page's check code, when certificates carry one.
    codes: Vec<String>,
}

/// What the certificate template reads for some pages.
#[derive(Serialize, schemars::JsonSchema)]
struct Data<'a> {
    #[serde(flatten)]
    common: Shown<'a>,
    recipients: Vec<Page<'a>>,
    calibration: bool,
}

/// `Common` with the award's head alone: a batch's data holds its own recipients only.
#[derive(Serialize, schemars::JsonSchema)]
struct Shown<'a> {
    #[serde(flatten)]
    base: &'a Base,
    award: &'a AwardHead,
    paper: &'a str,
    emblem: &'a Option<String>,
    overlay: bool,
}

impl Common {
    fn shown(&self) -> Shown<'_> {
        Shown {
            base: &self.base,
            award: &self.award.head,
            paper: &self.paper,
            emblem: &self.emblem,
            overlay: self.overlay,
        }
    }
}

impl Facts for CertificatesDoc {
    fn data(&self, pages: Option<Range<usize>>) -> serde_json::Value {
        let award = &self.common.award;
        let pages = pages.unwrap_or(0..award.head.total);
        let recipients = award
            .everyone()
            .enumerate()
            .skip(pages.start)
            .take(pages.len())
            .map(|(i, r)| self.sheet.page(&award.head, r, self.codes.get(i)))
            .collect();
        let data = Data {
            common: self.common.shown(),
            recipients,
            calibration: false,
        };
        serde_json::to_value(data).unwrap_or_default()
    }

    fn owner(&self, code: &str) -> Option<super::code::Owner<'_>> {
        // Codes are given only when the certificates print them.
        let page = self.codes.iter().position(|c| c == code)?;
        let award = &self.common.award;
        let recipient = award.everyone().nth(page)?;
        Some(super::code::Owner {
            page,
            recipient,
            award: &award.head,
        })
    }
}

/// The calibration page of an award's blanks.
#[derive(Debug)]
struct CalibrationDoc {
    common: Common,
    page: Calibration,
}

/// What the certificate template reads for the calibration page.
#[derive(Serialize, schemars::JsonSchema)]
struct CalibrationData<'a> {
    #[serde(flatten)]
    common: Shown<'a>,
    #[serde(flatten)]
    page: &'a Calibration,
    recipients: [(); 0],
    calibration: bool,
}

impl Facts for CalibrationDoc {
    fn data(&self, _: Option<Range<usize>>) -> serde_json::Value {
        let data = CalibrationData {
            common: self.common.shown(),
            page: &self.page,
            recipients: [],
            calibration: true,
        };
        serde_json::to_value(data).unwrap_or_default()
    }
}

/// The project's emblem (`assets/emblem.png`, `.svg`, `.jpg`), when it has one: without
/// it certificates print a placeholder.
pub fn emblem(root: &std::path::Path) -> Option<String> {
    ["png", "svg", "jpg", "jpeg"]
        .iter()
        .map(|ext| format!("assets/emblem.{ext}"))
        .find(|p| root.join(p).is_file())
}

/// The common facts of each award with certificates, and its sheet.
fn awards(s: &Given) -> Vec<(Common, Sheet, crate::model::Date)> {
    let cfg = &s.project.config.certificate;
    let paper = cfg.paper.as_deref().unwrap_or("A4").to_lowercase();
    let emblem = emblem(&s.project.root).map(|p| format!("/{p}"));
    let given = s.facts.awards.iter().zip(&s.dossier.dossier.awards);
    given
        .filter(|(a, _)| a.head.own && a.head.certificates && a.head.total > 0)
        .filter_map(|(award, given)| {
            let date = given.decision.as_ref()?.date;
            let sheet = Sheet::new(cfg);
            let common = Common {
                base: s.base.clone(),
                award: award.clone(),
                paper: paper.clone(),
                emblem: emblem.clone(),
                overlay: sheet.overlay,
            };
            Some((common, sheet, date))
        })
        .collect()
}

fn plan(s: &Given) -> Vec<Planned> {
    awards(s)
        .into_iter()
        .map(|(common, sheet, date)| {
            let a = &common.award;
            let pages = a.everyone().map(|r| r.file.clone()).collect();
            let stem = a.head.certificate_stem.clone();
            let codes = match s.project.config.certificate.code {
                true => super::code::check_codes(&common.base.org.name, &a.head, a.everyone()),
                false => Vec::new(),
            };
            let doc = CertificatesDoc {
                common,
                sheet,
                codes,
            };
            Planned {
                pages,
                ..Planned::new(&stem, date, doc)
            }
        })
        .collect()
}

fn plan_calibration(s: &Given) -> Vec<Planned> {
    awards(s)
        .into_iter()
        .filter(|(_, sheet, _)| sheet.overlay)
        .map(|(common, sheet, date)| {
            let stem = format!("{}-can-chinh", common.award.head.certificate_stem);
            let page = sheet.calibration();
            Planned::new(&stem, date, CalibrationDoc { common, page })
        })
        .collect()
}
