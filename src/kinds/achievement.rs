//! The báo cáo thành tích of each nominee of a Tờ trình whose form asks for one: a PDF,
//! and a Word copy the nominee edits (their achievements, what the data left blank).

use super::word::{Align, Block, Closing, Column, Grid, Line, Part, Row, Word};
use super::word_parts::header;
use super::{Base, Copies, Counted, Cut, Facts, Given, Kind, Planned};
use crate::derive::years::report::Earlier;
use crate::derive::years::{reports, AchievementReport};
use serde::Serialize;
use std::ops::Range;

pub const ACHIEVEMENT: Kind = Kind {
    name: "achievement-report",
    label: "Báo cáo thành tích",
    template: "achievement",
    builtin: include_str!("../../templates/achievement.typ.hbs"),
    electronic: false,
    cut: Cut::Whole,
    counted: Counted::Nothing,
    copies: Copies {
        docx: true,
        xlsx: false,
    },
    plan,
    schema: || crate::model::schema::data::<ReportDoc>(),
};

/// What the template reads.
#[derive(Debug, Serialize, schemars::JsonSchema)]
struct ReportDoc {
    #[serde(flatten)]
    base: Base,
    report: AchievementReport,
}

impl Facts for ReportDoc {
    fn data(&self, _: Option<Range<usize>>) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or_default()
    }

    fn fingerprint(&self) -> u128 {
        super::digest(self)
    }

    fn word(&self, _: Option<usize>) -> Option<Word> {
        Some(word(self))
    }
}

fn plan(s: &Given) -> Vec<Planned> {
    let org = &s.facts.org;
    reports(s.project, s.dossier, org, s.register)
        .into_iter()
        .map(|r| {
            let (stem, date) = (r.stem.clone(), r.date);
            let doc = ReportDoc {
                base: s.base.clone(),
                report: r,
            };
            Planned::new(&stem, date, doc)
        })
        .collect()
}

/// The report as the template lays it out, each blank a line of dots to fill in.
fn word(doc: &ReportDoc) -> Word {
    let r = &doc.report;
    let org = &doc.base.org;
    let (parent, name) = match r.unit.is_empty() {
        true => (org.parent.clone(), org.name.clone()),
        false => (Some(r.agency.clone()), r.unit.clone()),
    };
    let dots = "……………………………………";
    let line = |label: &str, value: &str| {
        let value = if value.is_empty() { dots } else { value };
        Block::Para(vec![Line::plain(format!("{label}: {value}"))])
    };
    let mut blocks = vec![
        header(&parent, &name, "", &r.place_date),
        Block::Title(vec![Line::bold("BÁO CÁO THÀNH TÍCH"), Line::bold(&r.asked)]),
    ];
    if r.collective {
        blocks.push(Block::Heading("I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH".into()));
        blocks.push(line("1. Đặc điểm, tình hình", ""));
        blocks.push(line("2. Chức năng, nhiệm vụ", ""));
    } else {
        blocks.push(Block::Heading("I. SƠ LƯỢC LÝ LỊCH".into()));
        blocks.extend(r.particulars.iter().map(|p| line(&p.label, &p.value)));
    }
    blocks.push(Block::Heading("II. THÀNH TÍCH ĐẠT ĐƯỢC".into()));
    if r.achievements.is_empty() {
        blocks.push(line("1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận", ""));
        blocks.push(line("2. Thành tích đạt được", ""));
    } else {
        blocks.push(Block::Markdown(r.achievements.clone()));
    }
    blocks.push(Block::Heading(
        "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG".into(),
    ));
    // As the PDF says them: each table's own heading, `Không có.` for none.
    let of = |what: &str| {
        format!("Số, ngày, tháng, năm của quyết định {what}; cơ quan ban hành quyết định")
    };
    for (heading, what, decided, rows) in [
        (
            "1. Danh hiệu thi đua",
            "Danh hiệu thi đua",
            of("công nhận danh hiệu thi đua"),
            &r.titles,
        ),
        (
            "2. Hình thức khen thưởng",
            "Hình thức khen thưởng",
            of("khen thưởng"),
            &r.forms,
        ),
    ] {
        blocks.push(Block::Heading(heading.into()));
        match rows.is_empty() {
            true => blocks.push(Block::Para(vec![Line::plain("Không có.")])),
            false => blocks.push(Block::Table(table(what, &decided, rows))),
        }
    }
    blocks.push(Block::Closing(Closing {
        recipients: Vec::new(),
        confirm: vec!["THỦ TRƯỞNG ĐƠN VỊ".into(), "XÁC NHẬN, ĐỀ NGHỊ".into()],
        authority: None,
        position: "NGƯỜI BÁO CÁO THÀNH TÍCH".into(),
        name: r.name.clone(),
    }));
    if r.higher {
        blocks.push(Block::Para(vec![
            Line::bold("XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG"),
            Line::italic(" (Ký, đóng dấu)"),
        ]));
    }
    Word::of(
        &doc.base,
        format!("Báo cáo thành tích {}", r.name),
        vec![Part { blocks }],
    )
}

/// A table of part III: the year, the title or form, its decision.
fn table(what: &str, decided: &str, rows: &[Earlier]) -> Grid {
    Grid {
        columns: vec![
            Column::new("Năm", Align::Center, None),
            Column::new(what, Align::Left, Some(1.0)),
            Column::new(decided, Align::Left, Some(1.5)),
        ],
        rows: rows
            .iter()
            .map(|e| Row::new(vec![e.year.to_string(), e.name.clone(), e.decision.clone()]))
            .collect(),
    }
}
