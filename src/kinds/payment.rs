//! The list the finance office pays from (danh sách chi tiền thưởng), one per own
//! decision with money: PDF and spreadsheet, from the same list as the decision's annex,
//! so the sum of the list is the decision's total by construction.

use super::list::AwardList;
use super::table::{Cell, Table};
use super::{Counted, Cut, Facts, Given, Kind, Piece, Planned};
use std::ops::Range;

pub const PAYMENT: Kind = Kind {
    name: "payment",
    template: "payment",
    builtin: include_str!("../../templates/payment.typ.hbs"),
    cut: Cut::Pieces {
        from: 200,
        rows: 100,
        body: false,
    },
    counted: Counted::Nothing,
    plan,
};

/// The payment list of one award.
#[derive(Debug)]
struct PaymentDoc(AwardList);

impl Facts for PaymentDoc {
    fn data(&self, pages: Option<Range<usize>>) -> serde_json::Value {
        self.0.data(pages)
    }

    fn piece(&self, piece: Piece) -> serde_json::Value {
        self.0.piece(piece)
    }

    fn fingerprint(&self) -> u128 {
        self.0.fingerprint()
    }

    fn table(&self) -> Option<Table> {
        let a = &self.0.award;
        let money = a.head.money.as_ref()?;
        let org = &self.0.base.org;
        let mut rows = Vec::new();
        let sections = [
            (
                format!("I. TẬP THỂ ({})", a.head.n_collectives),
                &a.collectives,
            ),
            (
                format!("II. CÁ NHÂN ({})", a.head.n_individuals),
                &a.individuals,
            ),
        ];
        let both = !a.collectives.is_empty() && !a.individuals.is_empty();
        for (heading, list) in sections {
            if list.is_empty() {
                continue;
            }
            if both {
                rows.push(vec![Cell::Text(heading)]);
            }
            for r in list.iter() {
                rows.push(vec![
                    Cell::Number(r.index as u64),
                    Cell::Text(r.display.clone()),
                    Cell::Text(r.detail.clone()),
                    Cell::Number(r.amount),
                    Cell::Empty,
                ]);
            }
        }
        let head = [
            "STT",
            "Họ và tên / Tên tập thể",
            "Chức vụ, đơn vị",
            "Số tiền (đồng)",
            "Ký nhận",
        ];
        Some(Table {
            sheet: "Danh sách".to_string(),
            // The agency, as the PDF's header names it.
            above: org
                .parent
                .iter()
                .cloned()
                .chain([
                    org.name.clone(),
                    "DANH SÁCH CHI TIỀN THƯỞNG".to_string(),
                    reference(&self.0),
                ])
                .collect(),
            head: head.map(String::from).to_vec(),
            rows,
            total: Some((3, "Tổng cộng".to_string(), money.amount)),
            below: vec![format!("Số tiền bằng chữ: {}", money.total_words)],
        })
    }
}

/// `(Kèm theo Quyết định số 1520/QĐ-… ngày … của …)`.
fn reference(list: &AwardList) -> String {
    let h = &list.award.head;
    format!(
        "(Kèm theo Quyết định số {} {} của {})",
        h.symbol, h.date_long, h.issuer
    )
}

fn plan(s: &Given) -> Vec<Planned> {
    if !s.project.config.payment_list {
        return Vec::new();
    }
    let own = s.facts.awards.iter().zip(&s.dossier.dossier.awards);
    own.filter(|(a, _)| a.head.own && a.head.money.is_some())
        .filter_map(|(award, given)| {
            let date = given.decision.as_ref()?.date;
            let list = AwardList::new(s.base.clone(), award.clone());
            let annex = list.annex;
            let stem = format!("danh-sach-chi-tien-{}", award.head.number);
            Some(Planned {
                annex,
                ..Planned::new(&stem, date, PaymentDoc(list))
            })
        })
        .collect()
}
