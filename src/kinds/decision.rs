//! A decision with its annexed list, one per award the agency issues itself; a long
//! annex is typeset in pieces (see `engine::pieces`), each source holding its own rows.
//! Its Word copy and its annex as a spreadsheet come from the same list.

use super::list::{AwardList, Role};
use super::table::{Cell, Table};
use super::word::{Block, Line, Part, Word};
use super::word_parts::{award_tables, closing, org_header, Extra};
use super::{Copies, Counted, Cut, Given, Kind, Planned};
use crate::model::Date;

pub const DECISION: Kind = Kind {
    name: "decision",
    label: "Quyết định",
    template: "decision",
    builtin: include_str!("../../templates/decision.typ.hbs"),
    // Measured on a 1000-row annex: 100 rows a piece cost about 2 % more CPU than 200 in
    // a full build, and a one-name edit takes 106 ms instead of 130.
    electronic: true,
    cut: Cut::Pieces {
        from: 200,
        rows: 100,
        body: true,
    },
    counted: Counted::AnnexRows,
    copies: Copies {
        docx: true,
        xlsx: true,
    },
    plan,
    schema: super::list::schema,
};

/// The decision as the template lays it out: the body, then the annex on its own pages.
pub(super) fn word(list: &AwardList) -> Word {
    let (a, base) = (&list.award.head, &list.base);
    let mut body = vec![
        org_header(&base.org, &a.symbol, &a.place_date),
        Block::Title(vec![Line::bold("QUYẾT ĐỊNH"), Line::bold(&a.summary)]),
        Block::Centred(a.authority.clone()),
    ];
    let italic = |t: &String| Block::Para(vec![Line::italic(t)]);
    body.extend(a.bases.iter().map(italic));
    body.push(italic(&a.proposer));
    body.push(Block::Centred("QUYẾT ĐỊNH:".into()));
    body.push(Block::Article(1, a.awarded.clone()));
    if let Some(m) = &a.money {
        body.push(Block::Article(2, m.article.clone()));
    }
    body.push(Block::Article(a.last_article as u32, a.in_force.clone()));
    body.push(closing(&a.recipients, a.signer.as_ref()));
    let mut annex = vec![Block::Title(vec![
        Line::bold("DANH SÁCH"),
        Line::bold(&a.listed),
        Line::italic(&a.annexed),
    ])];
    let extra = Extra {
        money: a.money.is_some(),
        headings: true,
        ..Extra::default()
    };
    annex.extend(award_tables(&list.award, extra));
    Word::of(
        base,
        format!("Quyết định {}", a.symbol),
        vec![Part { blocks: body }, Part { blocks: annex }],
    )
}

/// The annex as a spreadsheet: the decision's number and date (a date), then the list,
/// money summed by a formula when the award carries any.
pub(super) fn annex_sheet(list: &AwardList, date: Date) -> Table {
    let a = &list.award;
    let h = &a.head;
    let money = h.money.as_ref();
    let [name, detail] = list.sheet_heads();
    let mut head = vec!["STT", name, detail];
    if money.is_some() {
        head.push("Số tiền (đồng)");
    }
    head.push("Số sổ vàng");
    let rows = list.sheet_rows(|r| {
        let mut cells = vec![
            Cell::Number(r.index as u64),
            Cell::Text(r.display.clone()),
            Cell::Text(r.detail.clone()),
        ];
        if money.is_some() {
            cells.push(Cell::Number(r.amount));
        }
        cells.push(Cell::Text(r.register.clone()));
        cells
    });
    Table {
        sheet: "Danh sách".to_string(),
        draft: list.base.draft,
        above: list.sheet_above(&["DANH SÁCH".to_string(), h.listed.clone()]),
        fields: vec![
            ("Số quyết định".to_string(), Cell::Text(h.symbol.clone())),
            ("Ngày ký".to_string(), Cell::Date(date)),
        ],
        head: head.into_iter().map(String::from).collect(),
        rows,
        total: money.map(|m| (3, "Tổng cộng".to_string(), m.amount)),
        below: money
            .map(|m| format!("Số tiền bằng chữ: {}", m.total_words))
            .into_iter()
            .collect(),
    }
}

fn plan(s: &Given) -> Vec<Planned> {
    let own = s.facts.awards.iter().zip(&s.dossier.dossier.awards);
    own.filter(|(a, _)| a.head.own && a.head.total > 0)
        .filter_map(|(award, given)| {
            let date = given.decision.as_ref()?.date;
            let facts = AwardList::new(s.base.clone(), award.clone(), Role::Decision(date));
            let rows = facts.rows.clone();
            Some(Planned {
                rows,
                ..Planned::new(&award.head.stem, date, facts)
            })
        })
        .collect()
}
