//! `thidua.yaml`: the agency, the people who sign, and settings.

use super::forms::{FormOverride, Regime, SalaryStep};
use crate::derive::words::WordOptions;
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

/// Certificate printing settings.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CertificateConfig {
    /// Full design or overlay on pre-printed blanks.
    #[serde(default)]
    pub mode: CertificateMode,
    /// Paper size of the certificate: `A4` or `A3`.
    #[serde(default)]
    pub paper: Option<String>,
}

/// Whether certificates carry the whole design or only the variable fields.
#[derive(Debug, Clone, Copy, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum CertificateMode {
    /// Border, emblem, headings and fields.
    #[default]
    Full,
    /// Only the variable fields, for pre-printed blanks.
    Overlay,
}
