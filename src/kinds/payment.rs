//! The list the finance office pays from (danh sách chi tiền thưởng), one per own
//! decision with money: PDF and spreadsheet, from the same list as the decision's annex,
//! so the sum of the list is the decision's total by construction.

use super::list::{AwardList, Role};
use super::table::{Cell, Table};
use super::{Copies, Counted, Cut, Given, Kind, Planned};

pub const PAYMENT: Kind = Kind {
    name: "payment",
    label: "Danh sách chi tiền",
    template: "payment",
    builtin: include_str!("../../templates/payment.typ.hbs"),
    electronic: true,
    cut: Cut::Pieces {
        from: 200,
        rows: 100,
        body: false,
    },
    counted: Counted::Nothing,
    copies: Copies::NONE,
    plan,
    schema: super::list::schema,
};

/// The payment list of an award as a spreadsheet (always beside its PDF), when it
/// carries money.
pub(super) fn table(list: &AwardList) -> Option<Table> {
    let money = list.award.head.money.as_ref()?;
    let rows = list.sheet_rows(|r| {
        vec![
            Cell::Number(r.index as u64),
            Cell::Text(r.display.clone()),
            Cell::Text(r.detail.clone()),
            Cell::Number(r.amount),
            Cell::Empty,
        ]
    });
    let [name, detail] = list.sheet_heads();
    let head = ["STT", name, detail, "Số tiền (đồng)", "Ký nhận"];
    Some(Table {
        sheet: "Danh sách".to_string(),
        draft: list.base.draft,
        above: list.sheet_above(&["DANH SÁCH CHI TIỀN THƯỞNG".to_string()]),
        fields: Vec::new(),
        head: head.map(String::from).to_vec(),
        rows,
        total: Some((3, "Tổng cộng".to_string(), money.amount)),
        below: vec![format!("Số tiền bằng chữ: {}", money.total_words)],
    })
}

fn plan(s: &Given) -> Vec<Planned> {
    if !s.project.config.payment_list {
        return Vec::new();
    }
    let own = s.facts.awards.iter().zip(&s.dossier.dossier.awards);
    own.filter(|(a, _)| a.head.own && a.head.money.is_some())
        .filter_map(|(award, given)| {
            let date = given.decision.as_ref()?.date;
            let list = AwardList::new(s.base.clone(), award.clone(), Role::Payment);
            let rows = list.rows.clone();
            let stem = match award.head.number {
                Some(n) => format!("danh-sach-chi-tien-{n}"),
                None => format!(
                    "danh-sach-chi-tien-{}",
                    crate::derive::slug::slug(&given.form)
                ),
            };
            Some(Planned {
                rows,
                ..Planned::new(&stem, date, list)
            })
        })
        .collect()
}
