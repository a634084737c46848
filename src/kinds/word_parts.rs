//! The pieces every Word copy shares, from the derived facts: the header, the closing,
//! and an award's lists as tables (a decision's annex, a Tờ trình's).

use super::word::{Align, Block, Closing, Column, Grid, Header, Row};
use crate::derive::{AwardFacts, Org, RecipientFacts, Signer};
use crate::model::Who;

/// The header of a document of `org` numbered `symbol`, dated `place_date`.
pub fn header(parent: &Option<String>, name: &str, symbol: &str, place_date: &str) -> Block {
    Block::Header(Header {
        parent: parent.clone(),
        name: name.to_string(),
        number: symbol.to_string(),
        place_date: place_date.to_string(),
    })
}

/// The header of a document of the agency.
pub fn org_header(org: &Org, symbol: &str, place_date: &str) -> Block {
    header(&org.parent, &org.name, symbol, place_date)
}

/// Nơi nhận and the signature of `signer` (none: the lines are left to fill in).
pub fn closing(recipients: &[String], signer: Option<&Signer>) -> Block {
    Block::Closing(Closing {
        recipients: recipients.to_vec(),
        confirm: Vec::new(),
        authority: signer.and_then(|s| s.authority.clone()),
        position: signer.map(|s| s.position.clone()).unwrap_or_default(),
        name: signer.map(|s| s.name.clone()).unwrap_or_default(),
    })
}

/// What a list shows beside the names.
#[derive(Debug, Clone, Copy, Default)]
pub struct Extra {
    /// The amount of each recipient (a decision's annex with money).
    pub money: bool,
    /// The summary of achievement (a Tờ trình's).
    pub achievement: bool,
    /// The votes and their share (a Tờ trình's).
    pub votes: bool,
    /// A heading over each section even when the list has only one (a decision's annex).
    pub headings: bool,
}

/// An award's lists as the annex shows them: `I. TẬP THỂ (n)` and its table, then
/// `II. CÁ NHÂN (n)` and its table, then the households'; without `extra.headings`, the
/// headings only when there are two or more.
pub fn award_tables(a: &AwardFacts, extra: Extra) -> Vec<Block> {
    let mut out = Vec::new();
    for (k, (who, list)) in Who::SECTIONS.into_iter().zip(a.sections()).enumerate() {
        if list.is_empty() {
            continue;
        }
        if a.numbered() || extra.headings {
            out.push(Block::Heading(a.heading(k)));
        }
        out.push(Block::Table(list_grid(list, who, extra)));
    }
    out
}

/// One section's table.
fn list_grid(list: &[RecipientFacts], who: Who, extra: Extra) -> Grid {
    let collective = who == Who::Collective;
    let mut columns = vec![Column::new("STT", Align::Center, None)];
    match who {
        Who::Collective => columns.push(Column::new("Tên tập thể", Align::Left, Some(1.0))),
        Who::Individual => {
            columns.push(Column::new("Họ và tên", Align::Left, None));
            columns.push(Column::new("Chức vụ, đơn vị", Align::Left, Some(1.0)));
        }
        Who::Household => {
            columns.push(Column::new("Hộ gia đình", Align::Left, None));
            columns.push(Column::new("Địa chỉ", Align::Left, Some(1.0)));
        }
    }
    if extra.achievement {
        columns.push(Column::new("Tóm tắt thành tích", Align::Left, Some(1.3)));
    }
    if extra.votes {
        columns.push(Column::new("Số phiếu (tỷ lệ)", Align::Center, None));
    }
    if extra.money {
        columns.push(Column::new("Số tiền (đồng)", Align::Right, None));
    }
    let rows = list.iter().map(|r| {
        let mut cells = vec![r.index.to_string()];
        if collective {
            let name = match r.detail.is_empty() {
                true => r.name.clone(),
                false => format!("{}, {}", r.name, r.detail),
            };
            cells.push(name);
        } else {
            cells.push(r.display.clone());
            cells.push(r.detail.clone());
        }
        if extra.achievement {
            cells.push(r.achievement.clone());
        }
        if extra.votes {
            cells.push(r.votes.clone());
        }
        if extra.money {
            cells.push(r.money.clone());
        }
        Row::new(cells)
    });
    Grid {
        columns,
        rows: rows.collect(),
    }
}
