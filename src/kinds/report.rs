//! The summary report (báo cáo tổng kết): one document from the dossier's report.

use super::{Base, Counted, Cut, Given, Kind, Planned, Whole};
use crate::derive::ReportFacts;
use serde::Serialize;

pub const REPORT: Kind = Kind {
    name: "report",
    template: "report",
    builtin: include_str!("../../templates/report.typ.hbs"),
    cut: Cut::Whole,
    counted: Counted::Nothing,
    plan,
};

/// What the report's template reads.
#[derive(Debug, Serialize)]
struct ReportDoc {
    #[serde(flatten)]
    base: Base,
    report: ReportFacts,
}

fn plan(s: &Given) -> Vec<Planned> {
    let (Some(report), Some(given)) = (&s.facts.report, &s.dossier.dossier.report) else {
        return Vec::new();
    };
    let facts = ReportDoc {
        base: s.base.clone(),
        report: report.clone(),
    };
    vec![Planned::new(&report.stem, given.date, Whole(facts))]
}
