//! Facts of one award: its decision, its annexed list, its money, its certificates.

use super::award_recipients::{gathered, numbered};
use super::ballot::{Ballot, BallotFacts};
use super::recipient::{RecipientFacts, Widest};
use super::{dates, lower_first, numbers, punctuate, slug, wording, words, Org, Paper, Signer};
use crate::load::{Origin, Project};
use crate::model::{Award, Date, Decision, Form, FormKind, Recipient};
use serde::Serialize;

/// Money of an own decision.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct MoneyFacts {
    /// Per individual (`360.000`), when individuals get money.
    pub individual: Option<String>,
    /// Per collective (`710.000`), when collectives get money.
    pub collective: Option<String>,
    /// Per household (`1.140.000`), when households get money.
    pub household: Option<String>,
    /// Total (`14.670.000`).
    pub total: String,
    /// Total in đồng, for a spreadsheet's check of its sum.
    #[serde(skip)]
    pub amount: u64,
    /// Total in words, capitalised, ending in `đồng`.
    pub total_words: String,
    /// The decision's article on money (Điều 2): each one's, the total, its source.
    pub article: String,
}

/// One award: its decision and certificates (`head`), and its annexed lists.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct AwardFacts {
    /// Everything but the lists: what each certificate shows of its award.
    #[serde(flatten)]
    pub head: AwardHead,
    /// Collectives, numbered.
    pub collectives: Vec<RecipientFacts>,
    /// Individuals, numbered.
    pub individuals: Vec<RecipientFacts>,
    /// Households, numbered.
    pub households: Vec<RecipientFacts>,
    /// The longest cells of each column of its list (not printed as such).
    #[serde(skip)]
    pub widest: Widest,
    /// The council's vote on its nominees, those left out too (for the minutes).
    #[serde(skip)]
    pub ballot: Option<BallotFacts>,
}

/// An award without its lists: decision, form, money, signer, file names.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
#[cfg_attr(test, derive(Default))]
pub struct AwardHead {
    /// Form key (`giay-khen`).
    pub form: String,
    /// Form name (`Giấy khen`).
    pub form_name: String,
    /// Large heading of the certificate (`GIẤY KHEN`).
    pub heading: String,
    /// Whether the form is a title (danh hiệu).
    pub title: bool,
    /// `Tặng` or `Công nhận danh hiệu`.
    pub verb: String,
    /// The form as running text names it: a title quoted (`“Lao động tiên tiến”`), a
    /// form of commendation as it is (`Giấy khen`).
    pub quoted: String,
    /// What the decision gives, after its verb: a title quoted with its year
    /// (`“Lao động tiên tiến” năm 2026`), a form as it is (`Giấy khen`).
    pub given: String,
    /// The decision's summary line (`Về việc tặng Giấy khen`).
    pub summary: String,
    /// `TẶNG` or `CÔNG NHẬN DANH HIỆU`, for certificates.
    pub verb_upper: String,
    /// Whether the agency issues the decision itself (no `issuer`).
    pub own: bool,
    /// Whether it has its decision; one only proposed has a Tờ trình and nothing else.
    pub decided: bool,
    /// Whether thidua prints certificates for it.
    pub certificates: bool,
    /// Decision number as given (none yet: the văn thư's system gives it).
    pub number: Option<u32>,
    /// `1520/QĐ-SLĐTBXH`.
    pub symbol: String,
    /// `Hà Nội, ngày 15 tháng 10 năm 2024`.
    pub place_date: String,
    /// `ngày 15 tháng 10 năm 2024`.
    pub date_long: String,
    /// `15/10/2024`.
    pub date_short: String,
    /// Who issued it: the head for own decisions, the `issuer` otherwise.
    pub issuer: String,
    /// The issuer in upper case, the awarding line of decisions and certificates.
    pub authority: String,
    /// The `Căn cứ …;` lines.
    pub bases: Vec<String>,
    /// `Theo đề nghị của …` (`… tại Tờ trình số …` when it has a proposal).
    pub proposer: String,
    /// The symbol of its proposal (`245/TTr-HĐTĐKT`), when it has one.
    pub proposal: Option<String>,
    /// The achievement as written (`Đã có thành tích …`), or empty.
    pub reason: String,
    /// The achievement continuing a sentence (`đã có thành tích …`), or empty.
    pub reason_lower: String,
    /// The decision's first article: what it gives to whom (`Tặng Giấy khen cho …`).
    pub awarded: String,
    /// `09`.
    pub n_collectives: String,
    /// `23`.
    pub n_individuals: String,
    /// `05`.
    pub n_households: String,
    /// Count of recipients.
    pub total: usize,
    /// `09 tập thể và 23 cá nhân`.
    pub counts: String,
    /// Whether its individuals are all pupils (`06 học sinh`).
    pub pupils: bool,
    /// Money, when the form carries any.
    pub money: Option<MoneyFacts>,
    /// Number of the last article.
    pub last_article: usize,
    /// The decision's last article: from when it holds, who carries it out.
    pub in_force: String,
    /// The title line of its list (`Tập thể, cá nhân được tặng Giấy khen`).
    pub listed: String,
    /// The line under its lists (`(Kèm theo Quyết định số … ngày … của …)`).
    pub annexed: String,
    /// The same with its number and date unfilled, on the electronic version.
    pub annexed_blank: String,
    /// The signer (own decisions).
    pub signer: Option<Signer>,
    /// Nơi nhận, punctuated.
    pub recipients: Vec<String>,
    /// File stem of the decision (`quyet-dinh-1520`) and certificate folder (`giay-khen-1520`).
    pub stem: String,
    /// File stem of the certificates.
    pub certificate_stem: String,
}

/// Builds the facts of `a` with its gathered recipients, keeping only those `ballot`
/// (the council's vote, when there was one) keeps; `proposal` is its Tờ trình's symbol.
pub fn build(
    project: &Project,
    org: &Org,
    (a, proposal, period): (&Award, Option<String>, Option<&str>),
    list: &[(Recipient, Origin)],
    ballot: Option<&Ballot>,
) -> AwardFacts {
    let cat = &project.catalogue;
    let form = &cat.forms[&a.form];
    let proposed;
    let dec = match &a.decision {
        Some(d) => d,
        None => {
            proposed = still_proposed(a, org);
            &proposed
        }
    };
    let own = dec.issuer.is_none();
    let [m_ind, m_coll, m_home] = match (own, a.amount) {
        // The prize the agency sets, the same for each.
        (true, Some(each)) => [Some(each); 3],
        (true, None) => cat.money(form, dec.date),
        (false, _) => [None; 3],
    };
    let each = [m_coll, m_ind, m_home];
    let voted = ballot.filter(|_| list.iter().any(|(r, _)| r.votes.is_some()));
    let prize = wording::prize(form.kind == FormKind::Title, &org.form_name(form));
    let (sections, vote) = gathered(a, list, voted, &prize);
    let pupils = !sections[1].is_empty() && sections[1].iter().all(|r| r.class.is_some());
    let [collectives, individuals, households] = numbered(&sections, dec, voted, each);
    let n = [collectives.len(), individuals.len(), households.len()];
    let money = money(project, org, each, (n, pupils));
    let proposer = proposer(project, org, (a, dec), proposal.as_deref());
    let head = head(
        project,
        org,
        (a, dec, period),
        (n, pupils),
        (money, proposer, proposal),
    );
    AwardFacts {
        head,
        widest: Widest::of([&collectives, &individuals, &households]),
        collectives,
        individuals,
        households,
        ballot: vote,
    }
}

/// The money of an award giving `each[k]` to each of the `n[k]` recipients of its
/// sections (collectives, individuals, households), when there is any.
fn money(
    project: &Project,
    org: &Org,
    each: [Option<u64>; 3],
    (n, pupils): ([usize; 3], bool),
) -> Option<MoneyFacts> {
    let total = each.iter().zip(n).fold(0u64, |sum, (m, n)| {
        sum.saturating_add(m.unwrap_or(0).saturating_mul(n as u64))
    });
    if total == 0 {
        return None;
    }
    let paid = |k: usize| each[k].filter(|_| n[k] > 0).map(numbers::group);
    let mut money = MoneyFacts {
        individual: paid(1),
        collective: paid(0),
        household: paid(2),
        total: numbers::group(total),
        amount: total,
        total_words: words::money(total, project.config.words),
        article: String::new(),
    };
    let source = org.money_source.trim_end_matches('.');
    money.article = wording::paid(&money, source, pupils);
    Some(money)
}

/// Everything of an award but its lists: its decision `dec` (or what stands for it),
/// form, counts of each section `n`, money, its `Theo đề nghị của …` line and its Tờ trình's
/// symbol, signer and file names.
fn head(
    project: &Project,
    org: &Org,
    (a, dec, period): (&Award, &Decision, Option<&str>),
    (n, pupils): ([usize; 3], bool),
    (money, proposer, proposal): (Option<MoneyFacts>, String, Option<String>),
) -> AwardHead {
    let form = &project.catalogue.forms[&a.form];
    let name = org.form_name(form);
    let own = dec.issuer.is_none();
    let last_article = if money.is_some() { 3 } else { 2 };
    let title = form.kind == FormKind::Title;
    let verb = if title {
        "Công nhận danh hiệu"
    } else {
        "Tặng"
    };
    let kind_symbol = dec
        .symbol
        .clone()
        .unwrap_or_else(|| format!("QĐ-{}", org.short));
    let reason_lower = a
        .reason
        .as_deref()
        .map(|r| lower_first(r.trim_end_matches(['.', ' '])))
        .unwrap_or_default();
    let (counts, whom) = (
        wording::counts(n, pupils),
        wording::whom(n.map(|n| n > 0), pupils),
    );
    let symbol = super::symbol_or_blank(dec.number, &kind_symbol);
    let date_long = dates::long(dec.date);
    let issuer = dec.issuer.clone().unwrap_or_else(|| org.head.clone());
    let annexed = wording::annexed(&symbol, &date_long, &issuer);
    let annexed_blank =
        wording::annexed_blank("Quyết định", &kind_symbol, &format!(" của {issuer}"));
    let quoted = wording::quoted(title, &name);
    // A title is of a year: `“Lao động tiên tiến” năm 2026`.
    let given = match (title, period) {
        (false, _) => quoted.clone(),
        (true, _) if wording::dated(&name) => quoted.clone(),
        (true, Some(p)) => format!("{quoted} {p}"),
        (true, None) => format!("{quoted} năm {}", dec.date.year),
    };
    AwardHead {
        form: a.form.clone(),
        form_name: name.clone(),
        heading: form.heading.clone().unwrap_or_else(|| super::upper(&name)),
        title,
        verb: verb.to_string(),
        summary: format!("Về việc {} {given}", verb.to_lowercase()),
        verb_upper: super::upper(verb),
        own,
        decided: a.decision.is_some(),
        certificates: own && form.certificate,
        number: dec.number,
        symbol,
        place_date: org.place_date(dec.date),
        date_long,
        date_short: dates::short(dec.date),
        issuer,
        authority: super::upper(dec.issuer.as_deref().unwrap_or(&org.head)),
        bases: bases(project, org, (form, dec.date)),
        proposer,
        proposal,
        reason: a.reason.clone().unwrap_or_default(),
        awarded: wording::awarded(verb, &given, &counts, &reason_lower),
        reason_lower,
        n_collectives: numbers::pad2(n[0]),
        n_individuals: numbers::pad2(n[1]),
        n_households: numbers::pad2(n[2]),
        total: n.iter().sum(),
        counts,
        pupils,
        money,
        last_article,
        in_force: wording::in_force(&whom),
        listed: wording::listed(&whom, false, verb, &given),
        quoted,
        given,
        annexed,
        annexed_blank,
        signer: dec
            .signer
            .as_ref()
            .and_then(|by| Signer::by(&project.config.people, by, org, Paper::Head)),
        recipients: punctuate(&sent_to(dec, org, last_article)),
        // Without a number yet, the files are named for the form.
        stem: match dec.number {
            Some(n) => format!("quyet-dinh-{n}"),
            None => format!("quyet-dinh-{}", slug::slug(&a.form)),
        },
        certificate_stem: match dec.number {
            Some(n) => format!("{}-{n}", slug::slug(&a.form)),
            None => slug::slug(&a.form),
        },
    }
}

/// The `Căn cứ` lines of a decision of `org` on `form` dated `date`: the law on its
/// kind's competence, the agency's own first lines, the regime's, the form's, then the
/// agency's others.
fn bases(project: &Project, org: &Org, (form, date): (&Form, Date)) -> Vec<String> {
    let competence = org.kind.competence_at(date).map(String::from);
    let regime = project.catalogue.regime_at(date);
    let mut bases: Vec<String> = competence.into_iter().collect();
    bases.extend(org.bases_first.iter().cloned());
    bases.extend(regime.map(|r| r.bases.clone()).unwrap_or_default());
    bases.extend(form.bases_at(date).map(String::from));
    bases.extend(org.bases.iter().cloned());
    super::bases(&bases)
}

/// The Nơi nhận of `dec` as given, or `Như Điều <last>` and `Lưu: VT, <office>`.
fn sent_to(dec: &Decision, org: &Org, last_article: usize) -> Vec<String> {
    if dec.recipients.is_empty() {
        vec![format!("Như Điều {last_article}"), org.kept()]
    } else {
        dec.recipients.clone()
    }
}

/// `Theo đề nghị của …`: the decision's proposer, else the council's chair when `a` was
/// proposed to the agency's head by its council, else the standing committee; `… tại Tờ
/// trình số …` when it has a proposal of symbol `proposal`.
fn proposer(
    project: &Project,
    org: &Org,
    (a, dec): (&Award, &Decision),
    proposal: Option<&str>,
) -> String {
    // A Tờ trình of the council is its chair's proposal; of an office, its head's.
    let issuer = super::proposal::Issuer::of_award(project, org, a);
    let proposed = issuer.proposer.filter(|_| a.proposal.is_some());
    let who = dec.proposer.clone().or(proposed);
    let at = match (proposal, &a.proposal) {
        // An award only proposed has no decision to cite its Tờ trình.
        (Some(symbol), Some(p)) => format!(" tại Tờ trình số {symbol} {}", dates::long(p.date)),
        _ => String::new(),
    };
    let who = who.as_deref().unwrap_or(org.kind.row().proposer);
    let who = who.trim_end_matches('.');
    format!("Theo đề nghị của {who}{at}.")
}

/// What an award only proposed is derived as: a decision of its proposal's date, by
/// the agency's head or (asked of a higher authority) by the one it is addressed to.
/// It names no document: only the Tờ trình is made of such an award.
fn still_proposed(a: &Award, org: &Org) -> Decision {
    let p = a.proposal.as_ref();
    let to = p.and_then(|p| p.to.all().first().map(|t| t.to_string()));
    Decision {
        number: None,
        date: a.date().unwrap_or(Date {
            year: 2000,
            month: 1,
            day: 1,
        }),
        signer: None,
        proposer: None,
        register_from: None,
        issuer: if a.own(&org.head) { None } else { to },
        symbol: None,
        recipients: Vec::new(),
    }
}
