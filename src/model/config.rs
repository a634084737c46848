//! `thidua.yaml`: the agency, the people who sign, and settings.

use super::certificate::CertificateConfig;
use super::council::Council;
use super::forms::{FormOverride, Regime, SalaryStep};
use serde::Deserialize;
use std::collections::BTreeMap;

/// The whole of `thidua.yaml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The issuing agency.
    pub organization: Organization,
    /// People who sign or chair, by key.
    #[serde(default)]
    pub people: BTreeMap<String, Person>,
    /// Base salary (đồng) overriding the built-in table for every date.
    #[serde(default)]
    pub base_salary: Option<u64>,
    /// The Hội đồng Thi đua - Khen thưởng, whose meetings vote on nominees.
    #[serde(default)]
    pub council: Option<Council>,
    /// Dated base-salary steps added to the built-in table.
    #[serde(default)]
    pub base_salaries: Vec<SalaryStep>,
    /// Form catalogue overrides and additions, by key.
    #[serde(default)]
    pub forms: BTreeMap<String, FormOverride>,
    /// Legal regimes added to (or replacing, by key) the built-in ones.
    #[serde(default)]
    pub regimes: Vec<Regime>,
    /// How amounts are spelled out in words.
    #[serde(default)]
    pub words: WordOptions,
    /// How certificates are printed.
    #[serde(default)]
    pub certificate: CertificateConfig,
    /// Page margins of reports and decisions.
    #[serde(default)]
    pub margins: Margins,
    /// Whether each own decision with money gets its payment list (PDF and spreadsheet).
    #[serde(default = "yes")]
    pub payment_list: bool,
}

fn yes() -> bool {
    true
}

/// Page margins in millimetres, within the ranges of Nghị định 30/2020/NĐ-CP.
#[derive(Debug, Clone, Copy, Deserialize, serde::Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Margins {
    /// Top, 20–25 mm.
    pub top: f64,
    /// Bottom, 20–25 mm.
    pub bottom: f64,
    /// Left, 30–35 mm.
    pub left: f64,
    /// Right, 15–20 mm.
    pub right: f64,
}

impl Default for Margins {
    fn default() -> Self {
        Margins {
            top: 20.0,
            bottom: 20.0,
            left: 30.0,
            right: 15.0,
        }
    }
}

impl Margins {
    /// Each margin outside the Decree's range, with its name and range.
    pub fn out_of_range(&self) -> Vec<(&'static str, f64, (f64, f64))> {
        [
            ("top", self.top, (20.0, 25.0)),
            ("bottom", self.bottom, (20.0, 25.0)),
            ("left", self.left, (30.0, 35.0)),
            ("right", self.right, (15.0, 20.0)),
        ]
        .into_iter()
        .filter(|(_, v, (lo, hi))| !(lo..=hi).contains(&v))
        .collect()
    }
}

/// The agency that issues the documents.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organization {
    /// Cơ quan chủ quản, first header line.
    #[serde(default)]
    pub parent: Option<String>,
    /// Cơ quan ban hành, second header line.
    pub name: String,
    /// Short name used in document symbols (`QĐ-SLĐTBXH`).
    pub short: String,
    /// Place name of the date line.
    pub place: String,
    /// Title of the head who awards (`Giám đốc Sở …`).
    pub head: String,
    /// Extra `Căn cứ` lines for every decision.
    #[serde(default)]
    pub bases: Vec<String>,
}

/// Someone who signs or chairs.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Full name.
    pub name: String,
    /// Position (`Phó Giám đốc`).
    pub position: String,
    /// Authority line above the position (`KT. GIÁM ĐỐC`).
    #[serde(default)]
    pub authority: Option<String>,
}

/// Regional spelling choices for numbers in words; the defaults are the northern forms.
#[derive(Debug, Clone, Copy, Default, Deserialize, PartialEq, Eq)]
#[serde(default, deny_unknown_fields)]
pub struct WordOptions {
    /// `lẻ` instead of `linh` for an empty tens digit (`một trăm lẻ năm`).
    pub le: bool,
    /// `ngàn` instead of `nghìn`.
    pub ngan: bool,
    /// `tư` instead of `bốn` for a 4 after a tens digit ≥ 2 (`hai mươi tư`).
    pub tu: bool,
}
