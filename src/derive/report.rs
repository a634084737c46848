//! Facts of the summary report: plan completion per target and award statistics per form.

use super::judged::judged;
use super::{dates, prose, punctuate, symbol, upper, AwardFacts, Org, Paper, Signer};
use crate::load::Project;
use crate::model::{Dossier, Figure, Report};
use serde::Serialize;

/// One row of the achievements table.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct AchievementRow {
    /// STT.
    pub index: usize,
    /// Chỉ tiêu.
    pub name: String,
    /// Đơn vị tính.
    pub unit: String,
    /// Kế hoạch (`165.000`).
    pub target: String,
    /// Thực hiện (`178.747`).
    pub actual: String,
    /// Tỷ lệ (`108,3%`).
    pub percent: String,
    /// Đánh giá: `Vượt`, `Đạt` or `Chưa đạt`.
    pub status: String,
    /// The plan and the result as numbers, for a spreadsheet (the template reads the
    /// strings above), with the share of the plan or, for a rate, the points.
    #[serde(skip)]
    pub figures: (Figure, Figure),
    #[serde(skip)]
    pub ratio: Option<f64>,
    /// Whether the plan is a ceiling (`better: lower`).
    #[serde(skip)]
    pub ceiling: bool,
    #[serde(skip)]
    pub points: Option<f64>,
}

/// One row of the award statistics: a form with its counts.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct StatRow {
    /// STT.
    pub index: usize,
    /// The form's name.
    pub form: String,
    /// The decisions that gave it (`1520/QĐ-SLĐTBXH`).
    pub decisions: String,
    /// Collectives.
    pub collectives: usize,
    /// Individuals.
    pub individuals: usize,
    /// Households.
    pub households: usize,
    /// All of them.
    pub total: usize,
}

impl StatRow {
    /// Its counts as the table shows them: collectives, individuals, households when
    /// the table has them (`households`), and all.
    pub fn counts(&self, households: bool) -> Vec<usize> {
        let mut out = vec![self.collectives, self.individuals];
        out.extend(Some(self.households).filter(|_| households));
        out.push(self.total);
        out
    }
}

/// A numbered section of the report.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct SectionFacts {
    /// `I`, `II`, …
    pub numeral: String,
    /// Heading in upper case.
    pub heading: String,
    /// Body in the Markdown subset, or empty.
    pub text: String,
    /// `achievements`, `awards` or empty.
    pub table: String,
}

/// Everything the report shows.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct ReportFacts {
    /// `312/BC-SLĐTBXH`.
    pub symbol: String,
    /// `Hà Nội, ngày 20 tháng 10 năm 2024`.
    pub place_date: String,
    /// The summary line.
    pub title: String,
    /// `Báo cáo tại Hội nghị …, ngày …`, when there is a conference.
    pub conference: String,
    /// Sections.
    pub sections: Vec<SectionFacts>,
    /// Achievements table rows.
    pub achievements: Vec<AchievementRow>,
    /// Award statistics rows, one per form.
    pub stats: Vec<StatRow>,
    /// Totals of the statistics.
    pub stat_total: StatRow,
    /// Whether any award counted went to households: the table has their column.
    pub has_households: bool,
    /// Signature block.
    pub signer: Signer,
    /// Nơi nhận, punctuated.
    pub recipients: Vec<String>,
    /// File stem (`bao-cao-312`).
    pub stem: String,
}

/// Builds the report's facts from the dossier's derived awards and those of the other
/// dossiers its `awards_from` names.
pub fn build(
    project: &Project,
    org: &Org,
    d: &Dossier,
    r: &Report,
    (awards, others): (&[std::sync::Arc<AwardFacts>], &[std::sync::Arc<AwardFacts>]),
) -> ReportFacts {
    let achievements = d
        .achievements
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let j = judged(a);
            AchievementRow {
                index: i + 1,
                name: a.name.clone(),
                unit: a.unit.clone().unwrap_or_default(),
                target: j.target,
                actual: j.actual,
                percent: j.percent,
                status: j.status.to_string(),
                figures: (a.target, a.actual),
                ratio: j.ratio,
                ceiling: a.better == crate::model::Better::Lower,
                points: j.points,
            }
        })
        .collect();
    let mut stats: Vec<StatRow> = Vec::new();
    // An award only proposed is not given yet: it is not counted.
    for a in awards.iter().chain(others).filter(|a| a.head.decided) {
        let [c, i, h] = a.sections().map(<[_]>::len);
        match stats.iter_mut().find(|s| s.form == a.head.form_name) {
            Some(s) => {
                s.decisions = format!("{}, {}", s.decisions, a.head.symbol);
                s.collectives += c;
                s.individuals += i;
                s.households += h;
                s.total += c + i + h;
            }
            None => stats.push(StatRow {
                index: stats.len() + 1,
                form: a.head.form_name.clone(),
                decisions: a.head.symbol.clone(),
                collectives: c,
                individuals: i,
                households: h,
                total: c + i + h,
            }),
        }
    }
    let sum = |f: fn(&StatRow) -> usize| stats.iter().map(f).sum();
    let stat_total = StatRow {
        index: 0,
        form: "Tổng cộng".into(),
        decisions: String::new(),
        collectives: sum(|s| s.collectives),
        individuals: sum(|s| s.individuals),
        households: sum(|s| s.households),
        total: sum(|s| s.total),
    };
    // The figures the sections' prose names, from the same awards as the table.
    let counted: Vec<&std::sync::Arc<AwardFacts>> = awards.iter().chain(others).collect();
    let named = prose::facts(d, d.year.unwrap_or(r.date.year), &counted);
    let conference = d
        .conference
        .as_ref()
        .map(|c| format!("Báo cáo tại {}, {}", c.name, dates::long(c.date)))
        .unwrap_or_default();
    ReportFacts {
        symbol: symbol(r.number, &format!("BC-{}", org.short)),
        place_date: org.place_date(r.date),
        title: r.title.clone().unwrap_or_else(|| d.title.clone()),
        conference,
        sections: r
            .sections
            .iter()
            .enumerate()
            .map(|(i, s)| SectionFacts {
                numeral: roman(i + 1),
                heading: upper(&s.heading),
                text: prose::resolve(s.text.as_deref().unwrap_or_default(), &named),
                table: s.table.clone().unwrap_or_default(),
            })
            .collect(),
        achievements,
        has_households: stat_total.households > 0,
        stats,
        stat_total,
        signer: Signer::by(&project.config.people, &r.signer, org, Paper::Body).unwrap_or_default(),
        recipients: punctuate(&r.recipients),
        stem: format!("bao-cao-{}", r.number),
    }
}

/// Roman numerals for section headings.
pub fn roman(mut n: usize) -> String {
    const TABLE: [(usize, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (v, s) in TABLE {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roman_numerals() {
        let want = [
            "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XIV", "XIX", "XL",
        ];
        let got: Vec<String> = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 14, 19, 40]
            .map(roman)
            .to_vec();
        assert_eq!(got, want);
    }
}
