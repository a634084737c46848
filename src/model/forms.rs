//! The award forms catalogue and the dated legal regimes and base salaries behind award money.

use super::Date;
use schemars::JsonSchema;
use serde::Deserialize;
use std::collections::BTreeMap;

pub use super::form_override::{FormBasis, FormOverride};
pub use super::money::{Coefficient, Money};
pub use super::threshold::{Percent, Thresholds};

/// The built-in catalogue (the regimes, salaries and forms of Nghị định 91/2017, 98/2023
/// and 152/2025), data rather than code so users can override it.
const BUILTIN: &str = include_str!("catalogue.yaml");

/// Whether a decision recognises a title (danh hiệu) or gives a form of commendation:
/// `form` or `title`.
///
/// Quyết định tặng hình thức khen thưởng hay công nhận danh hiệu thi đua: `form` hoặc
/// `title`.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum FormKind {
    /// A form of commendation: the decision "tặng".
    ///
    /// Hình thức khen thưởng: quyết định ghi "tặng".
    Form,
    /// A title: the decision "công nhận danh hiệu".
    ///
    /// Danh hiệu thi đua: quyết định ghi "công nhận danh hiệu".
    Title,
}

/// One award form of the catalogue.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Form {
    /// Its proper name (`Giấy khen`, `Chiến sĩ thi đua cơ sở`) under the agency's latest
    /// name (a dossier's own name reads `pattern`).
    pub name: String,
    /// The name as the catalogue writes it: `{tỉnh}` for the province's name.
    #[serde(skip)]
    pub pattern: String,
    /// Title or form of commendation.
    pub kind: FormKind,
    /// Whether thidua prints certificates for it.
    pub certificate: bool,
    /// The large heading of its certificate; defaults to the name in upper case.
    #[serde(default)]
    pub heading: Option<String>,
    /// Coefficients per regime key.
    #[serde(default)]
    pub money: BTreeMap<String, Money>,
    /// The share of the council's votes a nominee needs, when the form is voted on.
    #[serde(default)]
    pub threshold: Thresholds,
    /// Where its awards come at a ceremony: 1 for the highest authority (Chủ tịch
    /// nước), then the Prime Minister, ministries and provinces, the agency's own last.
    #[serde(default = "own_rank")]
    pub rank: u32,
    /// The kinds of agency whose head decides it (none: an authority above them all);
    /// not given, any.
    #[serde(default)]
    pub by: Option<Vec<super::AgencyKind>>,
    /// Whether the agency sets its prize (`amount` on the award): no money built in.
    #[serde(default)]
    pub agency_sets: bool,
    /// Who it is given to, when only some (`[households]`); not given, whoever its
    /// money is for.
    #[serde(default)]
    pub given_to: Option<Vec<super::Who>>,
    /// The `Căn cứ` lines its decisions add after the regime's (a decree on its
    /// criteria), each from its date.
    #[serde(default)]
    pub bases: Vec<FormBasis>,
    /// Whether it is a pupils' title: each recipient is a pupil, with a `class`.
    #[serde(default)]
    pub pupils: bool,
    /// What it asks of a nominee's earlier years, per regime key.
    #[serde(default)]
    pub requires: BTreeMap<String, super::Requires>,
    /// Whether each nominee proposed for it submits a báo cáo thành tích.
    #[serde(default)]
    pub achievement_report: bool,
    /// A cap on its share of a year's awards of another form.
    #[serde(default)]
    pub ratio: Option<super::Ratio>,
}

impl Form {
    /// The `Căn cứ` lines of its decisions dated `date`.
    pub fn bases_at(&self, date: Date) -> impl Iterator<Item = &str> {
        let current = self.bases.iter().filter(move |b| b.from <= date);
        current.map(|b| b.text.as_str())
    }
}

/// The rank of the agency's own forms, and of a new form that names none.
fn own_rank() -> u32 {
    4
}

/// A legal regime: from a date on, decisions cite these bases and use these coefficients.
///
/// Một chế độ pháp lý: từ một ngày trở đi, các quyết định viện dẫn các căn cứ này và dùng
/// các hệ số tiền thưởng của chế độ này.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Regime {
    /// Key used in the forms' `money` tables (built-in: `A`, `B`, `C`).
    ///
    /// Mã chế độ, dùng trong bảng `money` của các hình thức
    /// (có sẵn: `A`, `B`, `C`).
    pub key: String,
    /// First day it applies to.
    ///
    /// Ngày bắt đầu áp dụng.
    pub from: Date,
    /// The `Căn cứ` lines for the law and decree.
    ///
    /// Các dòng `Căn cứ` viện dẫn luật và nghị định.
    pub bases: Vec<String>,
}

/// The base salary in force from a date on.
///
/// Mức lương cơ sở áp dụng từ một ngày trở đi.
#[derive(Debug, Clone, Copy, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SalaryStep {
    /// First day it applies to.
    ///
    /// Ngày bắt đầu áp dụng.
    pub from: Date,
    /// Amount in đồng.
    ///
    /// Số tiền, tính bằng đồng.
    pub amount: u64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Builtin {
    regimes: Vec<Regime>,
    base_salaries: Vec<SalaryStep>,
    forms: BTreeMap<String, Form>,
}

/// Forms, regimes and salaries after the project's overrides.
#[derive(Debug, Clone)]
pub struct Catalogue {
    /// Forms by key.
    pub forms: BTreeMap<String, Form>,
    regimes: Vec<Regime>,
    salaries: Vec<SalaryStep>,
    fixed_salary: Option<u64>,
}

/// A form's money or threshold keyed by a regime that does not exist (`{ c: 50 }`)
/// would be ignored and the built-in value used: each such key, with the regimes there
/// are (`forms.giay-khen.threshold.c: unknown regime …`).
fn unknown_regimes(config: &super::Config, regimes: &[Regime]) -> Vec<String> {
    let known: Vec<&str> = regimes.iter().map(|r| r.key.as_str()).collect();
    let mut errors = Vec::new();
    for (form, o) in &config.forms {
        let money = o.money.keys().map(|k| ("money", k));
        let votes = o.threshold.by_regime.keys().map(|k| ("threshold", k));
        let requires = o.requires.keys().map(|k| ("requires", k));
        for (field, key) in money.chain(votes).chain(requires) {
            if !known.contains(&key.as_str()) {
                let near = known.iter().find(|k| k.eq_ignore_ascii_case(key));
                let regimes = known.join(", ");
                let msg = match near {
                    Some(near) => t!(
                        "forms-unknown-regime-near",
                        key = key,
                        regimes = regimes,
                        near = *near,
                    ),
                    None => t!("forms-unknown-regime", key = key, regimes = regimes),
                };
                // The field's path before `: ` is read back by load, which places it.
                errors.push(format!("forms.{form}.{field}.{key}: {msg}"));
            }
        }
    }
    errors
}

/// A form's conditions that name a form the catalogue lacks, or ask no year at all.
fn unknown_required(forms: &BTreeMap<String, Form>) -> Vec<String> {
    let mut errors = Vec::new();
    for (key, f) in forms {
        if let Some(of) = f
            .ratio
            .as_ref()
            .map(|r| &r.of)
            .filter(|of| !forms.contains_key(*of))
        {
            let msg = t!("forms-unknown-form", form = of);
            errors.push(format!("forms.{key}.ratio.of: {msg}"));
        }
        for (regime, r) in &f.requires {
            let at = |path: &str| format!("forms.{key}.requires.{regime}.{path}");
            for (path, named) in r.forms() {
                if !forms.contains_key(named) {
                    let msg = t!("forms-unknown-form", form = named);
                    errors.push(format!("{}: {msg}", at(&path)));
                }
            }
            for (i, route) in r.any.iter().enumerate() {
                if route.consecutive > 50 || route.initiatives.is_some_and(|n| n > 1000) {
                    let msg = t!("forms-too-long");
                    errors.push(format!("{}: {msg}", at(&format!("any[{i}]"))));
                }
                if route.consecutive == 0 {
                    let msg = t!("forms-consecutive-zero");
                    errors.push(format!("{}: {msg}", at(&format!("any[{i}].consecutive"))));
                }
                if route.of.is_empty() && route.rating.is_none() {
                    let msg = t!("forms-route-needs");
                    errors.push(format!("{}: {msg}", at(&format!("any[{i}]"))));
                }
            }
        }
    }
    errors
}

impl Catalogue {
    /// The built-in tables with the project's overrides applied; errors name the form key.
    pub fn new(config: &super::Config) -> Result<Catalogue, Vec<String>> {
        let builtin: Builtin = serde_yaml::from_str(BUILTIN).expect("built-in catalogue is valid");
        let mut forms = builtin.forms;
        let mut errors = Vec::new();
        for (key, o) in &config.forms {
            match forms.get_mut(key) {
                Some(f) => {
                    if let Some(v) = &o.name {
                        f.name = v.clone();
                    }
                    if let Some(v) = o.kind {
                        f.kind = v;
                    }
                    if let Some(v) = o.certificate {
                        f.certificate = v;
                    }
                    if o.heading.is_some() {
                        f.heading = o.heading.clone();
                    }
                    f.money.extend(o.money.clone());
                    f.threshold.merge(&o.threshold);
                    if let Some(r) = o.rank {
                        f.rank = r;
                    }
                    // An empty list is an error of its own (load), not a form for no one.
                    if o.given_to.as_ref().is_some_and(|g| !g.is_empty()) {
                        f.given_to = o.given_to.clone();
                    }
                    if let Some(b) = &o.bases {
                        f.bases = b.clone();
                    }
                    f.requires.extend(o.requires.clone());
                    if let Some(r) = o.achievement_report {
                        f.achievement_report = r;
                    }
                    if o.ratio.is_some() {
                        f.ratio = o.ratio.clone();
                    }
                }
                None => match &o.name {
                    Some(name) => {
                        let form = Form {
                            name: name.clone(),
                            pattern: String::new(),
                            kind: o.kind.unwrap_or(FormKind::Form),
                            certificate: o.certificate.unwrap_or(false),
                            heading: o.heading.clone(),
                            money: o.money.clone(),
                            threshold: o.threshold.clone(),
                            rank: o.rank.unwrap_or_else(own_rank),
                            by: None,
                            agency_sets: false,
                            given_to: o.given_to.clone().filter(|g| !g.is_empty()),
                            bases: o.bases.clone().unwrap_or_default(),
                            pupils: false,
                            requires: o.requires.clone(),
                            achievement_report: o.achievement_report.unwrap_or(false),
                            ratio: o.ratio.clone(),
                        };
                        forms.insert(key.clone(), form);
                    }
                    None => {
                        let msg = t!("forms-new-needs-name");
                        errors.push(format!("forms.{key}: {msg}"));
                    }
                },
            }
        }
        let mut regimes = builtin.regimes;
        for r in &config.regimes {
            regimes.retain(|b| b.key != r.key);
            regimes.push(r.clone());
        }
        regimes.sort_by_key(|r| r.from);
        errors.extend(unknown_regimes(config, &regimes));
        errors.extend(unknown_required(&forms));
        let mut salaries = builtin.base_salaries;
        salaries.extend(config.base_salaries.iter().copied());
        salaries.sort_by_key(|s| s.from);
        if !errors.is_empty() {
            return Err(errors);
        }
        for form in forms.values_mut() {
            form.pattern = form.name.clone();
            form.name = config.organization.latest().form_name(&form.name);
        }
        Ok(Catalogue {
            forms,
            regimes,
            salaries,
            fixed_salary: config.base_salary,
        })
    }

    /// Every regime, oldest first.
    pub fn regimes(&self) -> impl Iterator<Item = &Regime> {
        self.regimes.iter()
    }

    /// The regime in force on `date`.
    pub fn regime_at(&self, date: Date) -> Option<&Regime> {
        self.regimes.iter().rev().find(|r| r.from <= date)
    }

    /// The base salary in force on `date`.
    pub fn base_salary_at(&self, date: Date) -> Option<u64> {
        self.fixed_salary.or_else(|| {
            self.salaries
                .iter()
                .rev()
                .find(|s| s.from <= date)
                .map(|s| s.amount)
        })
    }

    /// The regimes in force from `date` back to the first, latest first: where a form
    /// without a value of a later regime finds the one it keeps.
    pub(super) fn back_from(&self, date: Date) -> impl Iterator<Item = &Regime> {
        self.regimes.iter().rev().skip_while(move |r| r.from > date)
    }

    /// The vote threshold of `form` on `date`, when the form is voted on then.
    pub fn threshold(&self, form: &Form, date: Date) -> Option<Percent> {
        let t = &form.threshold;
        let by_regime = self
            .back_from(date)
            .find_map(|r| t.by_regime.get(&r.key).copied());
        by_regime.or(t.all)
    }

    /// Whether `form` is given to `who` on `date`: its `given_to`, else whom its money
    /// names (a form with none: collectives and individuals); households take a form of
    /// commendation (a Giấy khen, a Bằng khen), never a title unless its `given_to` says
    /// so. Whether an own decision can pay them is [`Catalogue::unpaid`]'s.
    pub fn given(&self, form: &Form, date: Date, who: super::Who) -> bool {
        if let Some(to) = &form.given_to {
            return to.contains(&who);
        }
        let [ind, coll, home] = self.coefficients(form, date).0;
        let none = ind.is_none() && coll.is_none() && home.is_none();
        match who {
            super::Who::Household => form.kind == FormKind::Form,
            super::Who::Collective => coll.is_some() || none,
            super::Who::Individual => ind.is_some() || none,
        }
    }

    /// Whether an own decision of `form` on `date` with no `amount` would pay `who`
    /// nothing while the form pays others: the regime has no coefficient for them.
    pub fn unpaid(&self, form: &Form, date: Date, who: super::Who) -> bool {
        let money = self.coefficients(form, date).0;
        money[who.in_money()].is_none() && money.iter().any(Option::is_some)
    }
}

#[cfg(test)]
mod tests;
