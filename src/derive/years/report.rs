//! The báo cáo thành tích each nominee of a Tờ trình submits for a form decided higher up
//! (Nghị định 152/2025/NĐ-CP and 98/2023/NĐ-CP, their models): the header with the
//! nominee's unit under the agency, part I from the recipient's fields, part II from
//! their `achievement_report`, part III — the titles and forms received before — from the
//! register, never typed.

use super::{form_name, register, Person, Record, What};
use crate::derive::{slug, upper, wording, Org};
use crate::load::{year_of, LoadedDossier, Project};
use crate::model::{Date, FormKind, Gender, Recipient, Who};
use serde::Serialize;

/// One line of part I: what it asks, and what the recipient's fields say (empty: left
/// to fill in).
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Particular {
    pub label: String,
    pub value: String,
}

/// A title or form received before: its year, its name, its decision.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Earlier {
    /// `2024`, or in a school `2023-2024`.
    pub year: String,
    pub name: String,
    /// `Quyết định số 1522/QĐ-SNV ngày 20/11/2024 của Giám đốc Sở Nội vụ`.
    pub decision: String,
}

/// One nominee's báo cáo thành tích.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct AchievementReport {
    /// The agency, upper case: the header's first line.
    pub agency: String,
    /// The nominee's unit, upper case: the header's second line (empty for a collective).
    pub unit: String,
    pub place_date: String,
    /// `ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA …`, `ĐỀ NGHỊ CÔNG NHẬN DANH HIỆU “…”`.
    pub asked: String,
    /// Whether the nominee is a collective (part I is its situation and tasks).
    pub collective: bool,
    /// Part I of an individual's report.
    pub particulars: Vec<Particular>,
    /// Part II, in Markdown (empty: left to write).
    pub achievements: String,
    /// Part III: titles (danh hiệu thi đua), then forms of commendation, oldest first.
    pub titles: Vec<Earlier>,
    pub forms: Vec<Earlier>,
    /// Who signs as the one reporting (a person's name; empty for a collective).
    pub name: String,
    /// Whether the level that proposes confirms it too (forms above the province).
    pub higher: bool,
    /// `bao-cao-thanh-tich-247/01-phan-van-duc`.
    #[serde(skip)]
    pub stem: String,
    #[serde(skip)]
    pub date: Date,
}

/// The reports of dossier `d`: one per nominee (kept by the vote) of each award it
/// proposes whose form asks for one; `known`, the register, made once for a whole plan.
pub fn reports(
    project: &Project,
    d: &LoadedDossier,
    org: &Org,
    known: &std::cell::OnceCell<Vec<Record>>,
) -> Vec<AchievementReport> {
    let cat = &project.catalogue;
    let asks = |form: &str| cat.forms.get(form).is_some_and(|f| f.achievement_report);
    if !d
        .dossier
        .awards
        .iter()
        .any(|a| a.proposal.is_some() && asks(&a.form))
    {
        return Vec::new();
    }
    let all = known.get_or_init(|| register(project));
    let year = year_of(&d.dossier).unwrap_or_default();
    let calendar = super::Calendar::of(project);
    // The files of one Tờ trình are numbered through its awards, in its order.
    let total = |number: u32| {
        let awards = d.dossier.awards.iter().zip(&d.recipients);
        let of = awards.filter(|(a, _)| {
            a.proposal.as_ref().is_some_and(|p| p.number == number) && asks(&a.form)
        });
        of.map(|(_, l)| l.len()).sum::<usize>()
    };
    let mut numbered: std::collections::HashMap<u32, usize> = Default::default();
    let mut out = Vec::new();
    for (a, list) in d.dossier.awards.iter().zip(&d.recipients) {
        let (Some(p), true) = (&a.proposal, asks(&a.form)) else {
            continue;
        };
        let Some(form) = cat.forms.get(&a.form) else {
            continue;
        };
        let ballot = crate::derive::Ballot::of(project, &d.dossier, &a.form);
        let kept: Vec<&Recipient> = list
            .iter()
            .map(|(r, _)| r)
            .filter(|r| {
                r.who() != Who::Household && ballot.as_ref().is_none_or(|b| b.keeps(r.votes))
            })
            .collect();
        let name = form_name(project, &a.form, Some(p.date));
        let title = form.kind == FormKind::Title;
        let asked = match title {
            true => format!(
                "ĐỀ NGHỊ CÔNG NHẬN DANH HIỆU {}",
                upper(&wording::quoted(true, &name))
            ),
            false => format!("ĐỀ NGHỊ TẶNG {}", upper(&name)),
        };
        for r in &kept {
            let Some(who) = Person::of(r) else { continue };
            let n = *numbered
                .entry(p.number)
                .and_modify(|n| *n += 1)
                .or_insert(1);
            let earlier = earlier(all, &who, (year, p.date, calendar), &a.form);
            let (titles, forms): (Vec<_>, Vec<_>) = earlier.into_iter().partition(|(t, _)| *t);
            let collective = r.who() == Who::Collective;
            out.push(AchievementReport {
                agency: upper(&org.name),
                unit: if collective {
                    String::new()
                } else {
                    upper(r.unit.as_deref().unwrap_or_default())
                },
                place_date: org.place_date(p.date),
                asked: asked.clone(),
                collective,
                particulars: if collective {
                    Vec::new()
                } else {
                    particulars(r)
                },
                achievements: written(d, r).unwrap_or_default(),
                titles: titles.into_iter().map(|(_, e)| e).collect::<Vec<_>>(),
                forms: forms.into_iter().map(|(_, e)| e).collect::<Vec<_>>(),
                name: if collective {
                    String::new()
                } else {
                    r.written_name().to_string()
                },
                higher: form.rank <= 2,
                stem: format!(
                    "bao-cao-thanh-tich-{}/{}",
                    p.number,
                    slug::numbered(n, total(p.number), r.written_name())
                ),
                date: p.date,
            });
        }
    }
    out
}

/// Part II of `r`'s report: its `achievement_report`, else the text beside the dossier
/// named by its `id` or its name (`thanh-tich/nv0123.md`, `thanh-tich/phan-van-duc.md`).
fn written(d: &LoadedDossier, r: &Recipient) -> Option<String> {
    let texts = &d.achievement_texts;
    let by_id =
        r.id.as_deref()
            .and_then(|id| texts.get(id.trim()).or_else(|| texts.get(&slug::slug(id))));
    let own = r.achievement_report.clone();
    own.or_else(|| {
        by_id
            .or_else(|| texts.get(&slug::slug(r.written_name())))
            .cloned()
    })
}

/// A text beside a dossier (`thanh-tich/<stem>.md`) that no nominee of its reports is:
/// a warning at the file, so that a misspelt name does not leave a part II empty unseen.
pub fn unmatched(project: &Project) -> Vec<crate::diagnostic::Diagnostic> {
    let mut out = Vec::new();
    for d in &project.dossiers {
        let nominees: Vec<&Recipient> = d
            .dossier
            .awards
            .iter()
            .zip(&d.recipients)
            .filter(|(a, _)| a.proposal.is_some())
            .flat_map(|(_, l)| l.iter().map(|(r, _)| r))
            .collect();
        let dir = d
            .file
            .parent()
            .unwrap_or(std::path::Path::new(""))
            .join("thanh-tich");
        let warn = |stem: &str, msg: String| {
            crate::diagnostic::Diagnostic::file(dir.join(format!("{stem}.md")), msg).into_warning()
        };
        for stem in d.achievement_texts.keys() {
            let names = |r: &&Recipient| {
                r.id.as_deref()
                    .is_some_and(|id| id.trim() == stem || slug::slug(id) == *stem)
                    || slug::slug(r.written_name()) == *stem
            };
            if !nominees.iter().any(names) {
                let example = nominees.first().map_or("nguyen-van-an".to_string(), |r| {
                    slug::slug(r.written_name())
                });
                let msg = t!("years-report-no-nominee", stem = stem, example = example);
                out.push(warn(stem, msg));
                continue;
            }
            // The nominees who take it as their part II: several people is one text for all.
            let mut takers: Vec<String> = nominees
                .iter()
                .filter(|r| written(d, r).as_ref() == d.achievement_texts.get(stem))
                .filter(|r| r.achievement_report.is_none())
                .map(|r| match r.id.as_deref() {
                    Some(id) => format!("{} ({id})", r.written_name()),
                    None => r.written_name().to_string(),
                })
                .collect();
            takers.sort();
            takers.dedup();
            if takers.len() > 1 {
                let msg = t!(
                    "years-report-shared",
                    stem = stem,
                    count = takers.len(),
                    names = takers.join(", "),
                );
                out.push(warn(stem, msg).hint(t!("years-report-shared-hint")));
            }
        }
    }
    out
}

/// The awards `who` received up to `year`, but the one proposed (`form` that year):
/// whether each is a title, and its line.
fn earlier(
    all: &[Record],
    who: &Person,
    (year, on, calendar): (i32, Date, super::Calendar),
    form: &str,
) -> Vec<(bool, Earlier)> {
    // Whoever the register takes for them, as the conditions count them.
    let mine: Vec<&Record> = all.iter().filter(|r| r.who.same(who)).collect();
    // Received by the report's date: decided, not in a draft, dated before it.
    let received = |r: &&Record| r.year <= year && !r.draft && r.date.is_none_or(|d| d <= on);
    let mut mine: Vec<&Record> = mine.into_iter().filter(received).collect();
    mine.sort_by_key(|r| r.year);
    mine.into_iter()
        .filter_map(|r| match &r.what {
            What::Award { form: f, .. } if f == form && r.year == year => None,
            What::Award {
                name,
                decision,
                title,
                ..
            } => Some((
                *title,
                Earlier {
                    year: calendar.year(r.year),
                    name: name.clone(),
                    decision: decision.clone(),
                },
            )),
            What::Rating { .. } => None,
        })
        .collect()
}

/// Part I of an individual's report, from their fields.
fn particulars(r: &Recipient) -> Vec<Particular> {
    let v = |o: &Option<String>| o.clone().unwrap_or_default();
    let gender = match r.gender.as_deref().and_then(Gender::parse) {
        Some(Gender::Male) => "Nam",
        Some(Gender::Female) => "Nữ",
        None => "",
    };
    [
        (
            "Họ tên (chữ in thường, không viết tắt)",
            r.written_name().to_string(),
        ),
        ("Sinh ngày, tháng, năm", v(&r.born)),
        ("Giới tính", gender.to_string()),
        ("Quê quán", v(&r.hometown)),
        ("Trú quán", v(&r.residence)),
        ("Đơn vị công tác", v(&r.unit)),
        ("Chức vụ (Đảng, chính quyền, đoàn thể)", v(&r.position)),
        ("Trình độ chuyên môn, nghiệp vụ", v(&r.qualification)),
        ("Học hàm, học vị, danh hiệu, giải thưởng", v(&r.honours)),
    ]
    .into_iter()
    .map(|(label, value)| Particular {
        label: label.into(),
        value,
    })
    .collect()
}
