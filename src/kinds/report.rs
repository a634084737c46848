//! The summary report (báo cáo tổng kết): one document from the dossier's report; its
//! Word copy, and its tables (targets, awards) as a spreadsheet.

use super::table::{Cell, Table};
use super::word::{Align, Block, Column, Grid, Line, Part, Row, Word};
use super::word_parts::{closing, org_header};
use super::{Base, Copies, Counted, Cut, Facts, Given, Kind, Planned};
use crate::derive::ReportFacts;
use crate::model::Date;
use serde::Serialize;
use std::ops::Range;

pub const REPORT: Kind = Kind {
    name: "report",
    label: "Báo cáo",
    template: "report",
    builtin: include_str!("../../templates/report.typ.hbs"),
    electronic: true,
    cut: Cut::Whole,
    counted: Counted::Nothing,
    copies: Copies {
        docx: true,
        xlsx: true,
    },
    plan,
    schema: || crate::model::schema::data::<ReportDoc>(),
};

/// What the report's template reads.
#[derive(Debug, Serialize, schemars::JsonSchema)]
struct ReportDoc {
    #[serde(flatten)]
    base: Base,
    report: ReportFacts,
    #[serde(skip)]
    date: Date,
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

    fn sheets(&self) -> Vec<Table> {
        sheets(self)
    }
}

const ACHIEVEMENTS: [(&str, Align, Option<f32>); 7] = [
    ("STT", Align::Center, None),
    ("Chỉ tiêu", Align::Left, Some(1.0)),
    ("Đơn vị tính", Align::Center, None),
    ("Kế hoạch", Align::Right, None),
    ("Thực hiện", Align::Right, None),
    ("Tỷ lệ", Align::Right, None),
    ("Đánh giá", Align::Center, None),
];

const AWARDS: [(&str, Align, Option<f32>); 6] = [
    ("STT", Align::Center, None),
    ("Hình thức khen thưởng", Align::Left, Some(1.0)),
    ("Quyết định", Align::Center, None),
    ("Tập thể", Align::Right, None),
    ("Cá nhân", Align::Right, None),
    ("Cộng", Align::Right, None),
];

/// The award table's columns: a households' column before `Cộng` when it has one.
fn award_columns(r: &ReportFacts) -> Vec<(&'static str, Align, Option<f32>)> {
    let mut spec = AWARDS.to_vec();
    if r.has_households {
        spec.insert(5, ("Hộ gia đình", Align::Right, None));
    }
    spec
}

fn columns(spec: &[(&str, Align, Option<f32>)]) -> Vec<Column> {
    spec.iter()
        .map(|(h, a, s)| Column::new(h, *a, *s))
        .collect()
}

/// The report as its template lays it out.
fn word(doc: &ReportDoc) -> Word {
    let r = &doc.report;
    let mut title = vec![Line::bold("BÁO CÁO"), Line::bold(&r.title)];
    if !r.conference.is_empty() {
        title.push(Line::italic(format!("({})", r.conference)));
    }
    let mut blocks = vec![
        org_header(&doc.base.org, &r.symbol, &r.place_date),
        Block::Title(title),
    ];
    for s in &r.sections {
        blocks.push(Block::Heading(format!("{}. {}", s.numeral, s.heading)));
        if !s.text.is_empty() {
            blocks.push(Block::Markdown(s.text.clone()));
        }
        match s.table.as_str() {
            "achievements" => blocks.push(Block::Table(Grid {
                columns: columns(&ACHIEVEMENTS),
                rows: r
                    .achievements
                    .iter()
                    .map(|a| {
                        Row::new(vec![
                            a.index.to_string(),
                            a.name.clone(),
                            a.unit.clone(),
                            a.target.clone(),
                            a.actual.clone(),
                            a.percent.clone(),
                            a.status.clone(),
                        ])
                    })
                    .collect(),
            })),
            "awards" => {
                let mut rows: Vec<Row> = r
                    .stats
                    .iter()
                    .map(|s| {
                        let mut cells =
                            vec![s.index.to_string(), s.form.clone(), s.decisions.clone()];
                        cells.extend(s.counts(r.has_households).iter().map(usize::to_string));
                        Row::new(cells)
                    })
                    .collect();
                let t = &r.stat_total;
                let mut cells = vec![t.form.clone()];
                cells.extend(t.counts(r.has_households).iter().map(usize::to_string));
                rows.push(Row {
                    cells,
                    span: 3,
                    bold: true,
                });
                blocks.push(Block::Table(Grid {
                    columns: columns(&award_columns(r)),
                    rows,
                }));
            }
            _ => {}
        }
    }
    blocks.push(closing(&r.recipients, Some(&r.signer)));
    Word::of(
        &doc.base,
        format!("Báo cáo {}", r.symbol),
        vec![Part { blocks }],
    )
}

/// The report's tables that its sections show, one sheet each.
fn sheets(doc: &ReportDoc) -> Vec<Table> {
    let r = &doc.report;
    let shows = |t: &str| r.sections.iter().any(|s| s.table == t);
    let above = |what: &str| {
        let org = &doc.base.org;
        let lines = org.header_lines().into_iter().chain([what.to_string()]);
        lines
            .chain([format!("(Kèm theo Báo cáo số {})", r.symbol)])
            .collect()
    };
    let fields = vec![
        ("Số báo cáo".to_string(), Cell::Text(r.symbol.clone())),
        ("Ngày".to_string(), Cell::Date(doc.date)),
    ];
    let head = |spec: &[(&str, Align, Option<f32>)]| spec.iter().map(|c| c.0.to_string()).collect();
    let mut out = Vec::new();
    if shows("achievements") {
        let rows = r.achievements.iter().map(|a| {
            vec![
                Cell::Number(a.index as u64),
                Cell::Text(a.name.clone()),
                Cell::Text(a.unit.clone()),
                figure(a.figures.0, a.ceiling),
                figure(a.figures.1, false),
                share(a),
                Cell::Text(a.status.clone()),
            ]
        });
        out.push(Table {
            sheet: "Chỉ tiêu".into(),
            draft: doc.base.draft,
            above: above("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU"),
            fields: fields.clone(),
            head: head(&ACHIEVEMENTS),
            rows: rows.collect(),
            total: None,
            below: Vec::new(),
        });
    }
    if shows("awards") {
        let mut rows: Vec<Vec<Cell>> = r
            .stats
            .iter()
            .map(|s| {
                let mut cells = vec![
                    Cell::Number(s.index as u64),
                    Cell::Text(s.form.clone()),
                    Cell::Text(s.decisions.clone()),
                ];
                let counts = s.counts(r.has_households);
                cells.extend(counts.iter().map(|n| Cell::Number(*n as u64)));
                cells
            })
            .collect();
        let t = &r.stat_total;
        let mut total = vec![Cell::Empty, Cell::Text(t.form.clone()), Cell::Empty];
        let counts = t.counts(r.has_households);
        total.extend(counts.iter().map(|n| Cell::Number(*n as u64)));
        rows.push(total);
        out.push(Table {
            sheet: "Khen thưởng".into(),
            draft: doc.base.draft,
            above: above("KẾT QUẢ KHEN THƯỞNG"),
            fields,
            head: head(&award_columns(r)),
            rows,
            total: None,
            below: Vec::new(),
        });
    }
    out
}

fn plan(s: &Given) -> Vec<Planned> {
    let (Some(report), Some(given)) = (&s.facts.report, &s.dossier.dossier.report) else {
        return Vec::new();
    };
    let facts = ReportDoc {
        base: s.base.clone(),
        report: report.clone(),
        date: given.date,
    };
    vec![Planned::new(&report.stem, given.date, facts)]
}

/// A figure as a spreadsheet's number, with as many decimals as written, a ceiling
/// shown `≤ 1,5` as the table shows it.
fn figure(f: crate::model::Figure, ceiling: bool) -> Cell {
    let decimals = decimals(f.places as usize);
    match (f.places, ceiling) {
        (0, false) => Cell::Number(f.units),
        (_, false) => Cell::Decimal(f.value(), format!("#,##0{decimals}")),
        (_, true) => Cell::Decimal(f.value(), format!(r##""≤ "#,##0{decimals}"##)),
    }
}

/// `.00` for two places, nothing for none.
fn decimals(places: usize) -> String {
    match places {
        0 => String::new(),
        p => format!(".{}", "0".repeat(p)),
    }
}

/// The share of the plan as a number shown as a per cent, a rate's points as a number
/// of points, with the decimals the PDF prints (`99,95%`, `+0,25 điểm`); text only
/// where there is neither (a plan of 0).
fn share(a: &crate::derive::AchievementRow) -> Cell {
    let shown = a.percent.split(' ').next().unwrap_or_default();
    let places = shown
        .split_once(',')
        .map_or(0, |(_, f)| f.trim_end_matches('%').len());
    let d = decimals(places);
    match (a.ratio, a.points) {
        (Some(r), _) => Cell::Decimal(r, format!("0{d}%")),
        (_, Some(p)) => Cell::Decimal(p, format!(r#"+0{d}" điểm";-0{d}" điểm";0" điểm""#)),
        _ => Cell::Text(a.percent.clone()),
    }
}
