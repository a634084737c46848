//! The conditions a form sets on a nominee's earlier years, checked against the register:
//! a nominee who meets no route is a warning at their line that says the condition and
//! what is missing. Never an exclusion: the council judges, thidua makes sure it knows.

use super::{register, Person, Record, What};
use crate::diagnostic::Diagnostic;
use crate::load::{year_of, Project};
use crate::model::{Award, Catalogue, Rating, Requires, Route};
use std::cell::OnceCell;
use std::collections::{BTreeMap, HashMap};

/// What the register says of one person's year.
#[derive(Debug, Default)]
struct Year<'a> {
    /// The counted awards' form keys.
    forms: Vec<&'a str>,
    rating: Option<Rating>,
    initiatives: u32,
    discipline: bool,
}

impl Year<'_> {
    /// The year's rating; without one, a title received that year (Lao động tiên tiến,
    /// Chiến sĩ thi đua) stands for `tot`, which it asks.
    fn rating(&self, cat: &Catalogue) -> Option<Rating> {
        let titled = self.forms.iter().any(|f| {
            cat.forms
                .get(*f)
                .is_some_and(|f| f.kind == crate::model::FormKind::Title)
        });
        self.rating.or(titled.then_some(Rating::Tot))
    }
}

/// The conditions of `a`'s form in force on its date, when it has any and `a` is the
/// agency's to weigh: a proposal, or its own decision (another authority's decision is
/// history, not a nomination).
fn requires<'a>(cat: &'a Catalogue, a: &Award) -> Option<&'a Requires> {
    let own = a.decision.as_ref().is_some_and(|d| d.issuer.is_none());
    if a.proposal.is_none() && !own {
        return None;
    }
    let form = cat.forms.get(&a.form)?;
    let regime = cat.regime_at(a.date()?)?;
    form.requires.get(&regime.key)
}

/// Who is who across the years (an `id` born twice is an error, an `id` of two names a
/// warning), then every nominee of a form with conditions who meets none of its routes, as
/// warnings. The register is made only for a project with history or conditions, once:
/// `known` is the plan's.
pub fn warnings(project: &Project, known: &OnceCell<Vec<Record>>) -> Vec<Diagnostic> {
    let cat = &project.catalogue;
    let asked = |a: &Award| requires(cat, a).is_some();
    let asked = project
        .dossiers
        .iter()
        .any(|d| d.dossier.awards.iter().any(asked));
    if !asked && project.history.is_empty() {
        return Vec::new();
    }
    let all = known.get_or_init(|| register(project));
    let mut out = super::identities(all);
    if !asked {
        return out;
    }
    let index = Index::of(all);
    let calendar = super::Calendar::of(project);
    for d in &project.dossiers {
        let Some(year) = year_of(&d.dossier) else {
            continue;
        };
        for (a, list) in d.dossier.awards.iter().zip(&d.recipients) {
            let Some(req) = requires(cat, a) else {
                continue;
            };
            for (r, origin) in list {
                let Some(who) = Person::of(r) else { continue };
                let routes: Vec<&Route> = req
                    .any
                    .iter()
                    .filter(|x| x.who.is_none_or(|w| w == r.who()))
                    .collect();
                if routes.is_empty() {
                    continue;
                }
                let years = index.years(&who, year);
                let results: Vec<Result<(), String>> = routes
                    .iter()
                    .map(|x| route(cat, x, &years, (year, calendar)))
                    .collect();
                if results.iter().any(Result::is_ok) {
                    continue;
                }
                let missing: Vec<String> = results.into_iter().filter_map(Result::err).collect();
                let name = super::form_name(project, &a.form, a.date());
                // What is missing is said in the words of the law, in Vietnamese.
                let msg = t!(
                    "years-conditions-unmet",
                    name = &who.name,
                    form = name,
                    missing = missing.join("; hoặc "),
                );
                // The nominee's `id` finds them alone where a name has namesakes.
                let asked = who.id.clone().unwrap_or_else(|| who.name.clone());
                let hint = t!("years-conditions-hint", asked = asked);
                out.push(
                    Diagnostic::file(&origin.file, msg)
                        .at(origin.line, origin.column)
                        .field(origin.path.clone())
                        .hint(hint)
                        .into_warning(),
                );
            }
        }
    }
    out
}

/// The register's records by `id` and by folded name, for a person's lookup.
struct Index<'a> {
    all: &'a [Record],
    by_id: HashMap<&'a str, Vec<usize>>,
    by_key: HashMap<&'a str, Vec<usize>>,
}

impl<'a> Index<'a> {
    fn of(all: &'a [Record]) -> Index<'a> {
        let (mut by_id, mut by_key) = (
            HashMap::<&str, Vec<usize>>::new(),
            HashMap::<&str, Vec<usize>>::new(),
        );
        for (i, r) in all.iter().enumerate() {
            if let Some(id) = &r.who.id {
                by_id.entry(id.trim()).or_default().push(i);
            }
            by_key.entry(&r.who.key).or_default().push(i);
        }
        Index { all, by_id, by_key }
    }

    /// `who`'s counted records up to and including `until`, by year.
    fn years(&self, who: &Person, until: i32) -> BTreeMap<i32, Year<'a>> {
        let mut found: Vec<usize> = who
            .id
            .as_deref()
            .and_then(|id| self.by_id.get(id.trim()))
            .cloned()
            .unwrap_or_default();
        found.extend(self.by_key.get(who.key.as_str()).into_iter().flatten());
        found.sort_unstable();
        found.dedup();
        let mut out: BTreeMap<i32, Year> = BTreeMap::new();
        for r in found.into_iter().map(|i| &self.all[i]) {
            if !r.counts || r.year > until || !r.who.same(who) {
                continue;
            }
            let y = out.entry(r.year).or_default();
            match &r.what {
                What::Award { form, .. } => y.forms.push(form),
                What::Rating {
                    rating,
                    initiatives,
                    discipline,
                } => {
                    y.rating = Some(y.rating.map_or(*rating, |old| old.max(*rating)));
                    y.initiatives = y.initiatives.saturating_add(*initiatives);
                    y.discipline |= discipline;
                }
            }
        }
        out
    }
}

/// The names of forms `keys`, joined by `hoặc`.
fn names(cat: &Catalogue, keys: &[String]) -> String {
    let mut names: Vec<&str> = Vec::new();
    for k in keys {
        // Two keys of one name (a ministry's and a province's Bằng khen) said once.
        let name = cat.forms.get(k).map_or(k.as_str(), |f| f.name.as_str());
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names.join(" hoặc ")
}

/// Whether the years `span` of `years` hold the `with:` of a route (so many of its forms).
fn within(
    cat: &Catalogue,
    w: &crate::model::Within,
    years: &BTreeMap<i32, Year>,
    span: std::ops::RangeInclusive<i32>,
    calendar: super::Calendar,
) -> Result<(), String> {
    let (start, until) = (*span.start(), *span.end());
    let got = years
        .range(span)
        .map(|(_, y)| {
            y.forms
                .iter()
                .filter(|f| w.of.iter().any(|o| o == *f))
                .count()
        })
        .sum::<usize>();
    if (got as u32) < w.count {
        return Err(format!(
            "cần {:02} lần {} trong các {} {}–{}; có {got}",
            w.count,
            names(cat, &w.of),
            calendar.word(),
            calendar.year(start),
            calendar.year(until)
        ));
    }
    Ok(())
}

/// Whether the years `years` meet `route` for a nominee of year `until`; else what is
/// missing, in the words of the law.
fn route(
    cat: &Catalogue,
    route: &Route,
    years: &BTreeMap<i32, Year>,
    (until_year, calendar): (i32, super::Calendar),
) -> Result<(), String> {
    let until = until_year;
    // Years as the project writes them (a school's `2024-2025`).
    let (word, y) = (calendar.word(), |y: i32| calendar.year(y));
    let list = |ys: &[i32]| ys.iter().map(|x| y(*x)).collect::<Vec<_>>().join(", ");
    let n = route.consecutive.clamp(1, 50) as i32;
    let start = until - n + 1;
    if !route.after.is_empty() {
        let last = years
            .iter()
            .rev()
            .find(|(_, y)| y.forms.iter().any(|f| route.after.iter().any(|a| a == f)));
        match last {
            None => return Err(format!("cần đã được tặng {}", names(cat, &route.after))),
            Some((a, _)) if *a >= start => {
                return Err(format!(
                    "cần {n:02} {word} liên tục sau {} {word} {}; đến {word} {} mới có {} {word}",
                    names(cat, &route.after),
                    y(*a),
                    y(until),
                    until - a
                ));
            }
            _ => {}
        }
    }
    if let Some((d, _)) = years.range(start..=until).rev().find(|(_, y)| y.discipline) {
        return Err(format!(
            "bị kỷ luật {word} {}: các {word} liên tục tính lại từ {word} {}",
            y(*d),
            y(d + 1)
        ));
    }
    let span = start..=until;
    let has = |y: i32, ok: &dyn Fn(&Year) -> bool| years.get(&y).is_some_and(ok);
    if !route.of.is_empty() {
        let with = |y: &Year| y.forms.iter().any(|f| route.of.iter().any(|o| o == f));
        let (got, lack): (Vec<i32>, Vec<i32>) = span.clone().partition(|y| has(*y, &with));
        if !lack.is_empty() {
            let got = if got.is_empty() {
                "chưa có năm nào".into()
            } else {
                format!("có {}", list(&got))
            };
            return Err(format!(
                "cần {n:02} lần liên tục {} đến {word} {}; {got} — thiếu {}",
                names(cat, &route.of),
                y(until),
                list(&lack)
            ));
        }
    }
    if let Some(least) = route.rating {
        let rated = |y: &Year| y.rating(cat).is_some_and(|r| r.meets(least));
        let lack: Vec<i32> = span.clone().filter(|y| !has(*y, &rated)).collect();
        if !lack.is_empty() {
            return Err(format!(
                "cần {n:02} {word} liên tục {} trở lên đến {word} {}; thiếu {}",
                least.words(),
                y(until),
                list(&lack)
            ));
        }
    }
    if let Some(need) = route.initiatives {
        let got = years
            .range(span.clone())
            .fold(0u32, |sum, (_, y)| sum.saturating_add(y.initiatives));
        if got < need {
            return Err(format!(
                "cần {need:02} sáng kiến trong các {word} {}–{}; có {got}",
                y(start),
                y(until)
            ));
        }
    }
    if let Some(w) = &route.with {
        within(cat, w, years, span, calendar)?;
    }
    Ok(())
}
