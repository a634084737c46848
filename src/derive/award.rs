//! Facts of one award: its decision, its annexed list, its money, its certificates.

use super::ballot::{Ballot, BallotFacts, VoteRow};
use super::recipient::{naming, recipient, recipient_name, Placed, RecipientFacts, Widest};
use super::{collate, dates, lower_first, numbers, punctuate, slug, symbol, words, Org, Signer};
use crate::load::{Origin, Project};
use crate::model::{Award, Date, Decision, FormKind, Recipient, SortOrder};
use serde::Serialize;

/// Default proposer when a decision names none.
const PROPOSER: &str = "Thường trực Hội đồng Thi đua - Khen thưởng";

/// Money of an own decision.
#[derive(Debug, Clone, Serialize)]
pub struct MoneyFacts {
    /// Per individual (`360.000`), when individuals get money.
    pub individual: Option<String>,
    /// Per collective (`710.000`), when collectives get money.
    pub collective: Option<String>,
    /// Total (`14.670.000`).
    pub total: String,
    /// Total in đồng, for a spreadsheet's check of its sum.
    #[serde(skip)]
    pub amount: u64,
    /// Total in words, capitalised, ending in `đồng`.
    pub total_words: String,
}

/// One award: its decision and certificates (`head`), and its annexed lists.
#[derive(Debug, Clone, Serialize)]
pub struct AwardFacts {
    /// Everything but the lists: what each certificate shows of its award.
    #[serde(flatten)]
    pub head: AwardHead,
    /// Collectives, numbered.
    pub collectives: Vec<RecipientFacts>,
    /// Individuals, numbered.
    pub individuals: Vec<RecipientFacts>,
    /// The longest cells of each column of its list (not printed as such).
    #[serde(skip)]
    pub widest: Widest,
    /// The council's vote on its nominees, those left out too (for the minutes).
    #[serde(skip)]
    pub ballot: Option<BallotFacts>,
}

/// An award without its lists: decision, form, money, signer, file names.
#[derive(Debug, Clone, Serialize)]
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
    /// Decision number as given.
    pub number: u32,
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
    /// `09`.
    pub n_collectives: String,
    /// `23`.
    pub n_individuals: String,
    /// Count of recipients.
    pub total: usize,
    /// `09 tập thể và 23 cá nhân`.
    pub counts: String,
    /// Money, when the form carries any.
    pub money: Option<MoneyFacts>,
    /// Number of the last article.
    pub last_article: usize,
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
    (a, proposal): (&Award, Option<String>),
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
    let [m_ind, m_coll] = if own {
        cat.money(form, dec.date)
    } else {
        [None, None]
    };
    let (mut groups, mut people): (Vec<&Recipient>, Vec<&Recipient>) = list
        .iter()
        .map(|(r, _)| r)
        .partition(|r| r.collective.is_some());
    if a.sort == SortOrder::Name {
        people.sort_by_cached_key(|r| collate::name_key(r.name.as_deref().unwrap_or("")));
        groups.sort_by_cached_key(|r| collate::text_key(r.collective.as_deref().unwrap_or("")));
    }
    let voted = ballot.filter(|_| list.iter().any(|(r, _)| r.votes.is_some()));
    let vote = voted.map(|b| votes(b, &form.name, &groups, &people));
    if let Some(b) = voted {
        groups.retain(|r| b.keeps(r.votes));
        people.retain(|r| b.keeps(r.votes));
    }
    let total = groups.len() + people.len();
    // Positions run through collectives, then individuals: the annex's and the print order.
    let mut position = 0;
    let mut facts = |r: &Recipient, index: usize, money: Option<u64>| {
        position += 1;
        let register = dec
            .register_from
            .map(|n| n.saturating_add(position as u64 - 1));
        let votes = r
            .votes
            .zip(voted)
            .map(|(v, b)| format!("{v} ({})", b.share(v)))
            .unwrap_or_default();
        let at = Placed {
            index,
            row: position - 1,
            money,
            register: register.map(|n| n.to_string()).unwrap_or_default(),
            file: slug::numbered(position, total, recipient_name(r)),
            votes,
        };
        recipient(r, at)
    };
    let collectives: Vec<RecipientFacts> = groups
        .iter()
        .enumerate()
        .map(|(i, r)| facts(r, i + 1, m_coll))
        .collect();
    let individuals: Vec<RecipientFacts> = people
        .iter()
        .enumerate()
        .map(|(i, r)| facts(r, i + 1, m_ind))
        .collect();
    let (nc, ni) = (collectives.len(), individuals.len());
    let money_total = (m_coll.unwrap_or(0).saturating_mul(nc as u64))
        .saturating_add(m_ind.unwrap_or(0).saturating_mul(ni as u64));
    let money = (money_total > 0).then(|| MoneyFacts {
        individual: m_ind.filter(|_| ni > 0).map(numbers::group),
        collective: m_coll.filter(|_| nc > 0).map(numbers::group),
        total: numbers::group(money_total),
        amount: money_total,
        total_words: words::money(money_total, project.config.words),
    });
    let last_article = if money.is_some() { 3 } else { 2 };
    let title = form.kind == FormKind::Title;
    let verb = if title {
        "Công nhận danh hiệu"
    } else {
        "Tặng"
    };
    let mut bases: Vec<String> = cat
        .regime_at(dec.date)
        .map(|r| r.bases.clone())
        .unwrap_or_default();
    bases.extend(project.config.organization.bases.iter().cloned());
    let recipients = if dec.recipients.is_empty() {
        vec![
            format!("Như Điều {last_article}"),
            "Lưu: VT, TĐKT".to_string(),
        ]
    } else {
        dec.recipients.clone()
    };
    let signer = dec
        .signer
        .as_ref()
        .and_then(|k| project.config.people.get(k))
        .map(Signer::of);
    let kind_symbol = dec
        .symbol
        .clone()
        .unwrap_or_else(|| format!("QĐ-{}", org.short));
    let form_slug = slug::slug(&a.form);
    // A Tờ trình of the council is its chair's proposal.
    let council_proposes = super::proposal::Issuer::of(project, org, own)
        .named
        .filter(|_| a.proposal.is_some())
        .map(|name| format!("Chủ tịch {name}"));
    let head = AwardHead {
        form: a.form.clone(),
        form_name: form.name.clone(),
        heading: form
            .heading
            .clone()
            .unwrap_or_else(|| super::upper(&form.name)),
        title,
        verb: verb.to_string(),
        summary: format!("Về việc {} {}", verb.to_lowercase(), form.name),
        verb_upper: super::upper(verb),
        own,
        decided: a.decision.is_some(),
        certificates: own && form.certificate,
        number: dec.number,
        symbol: symbol(dec.number, &kind_symbol),
        place_date: org.place_date(dec.date),
        date_long: dates::long(dec.date),
        date_short: dates::short(dec.date),
        issuer: dec.issuer.clone().unwrap_or_else(|| org.head.clone()),
        authority: super::upper(dec.issuer.as_deref().unwrap_or(&org.head)),
        bases: super::bases(&bases),
        proposer: format!(
            "Theo đề nghị của {}{}.",
            dec.proposer
                .clone()
                .or(council_proposes)
                .as_deref()
                .unwrap_or(PROPOSER)
                .trim_end_matches('.'),
            match (&proposal, &a.proposal) {
                // An award only proposed has no decision to cite its Tờ trình.
                (Some(symbol), Some(p)) =>
                    format!(" tại Tờ trình số {symbol} {}", dates::long(p.date)),
                _ => String::new(),
            }
        ),
        proposal,
        reason: a.reason.clone().unwrap_or_default(),
        reason_lower: a
            .reason
            .as_deref()
            .map(|r| lower_first(r.trim_end_matches(['.', ' '])))
            .unwrap_or_default(),
        n_collectives: numbers::pad2(nc),
        n_individuals: numbers::pad2(ni),
        total,
        counts: counts(nc, ni),
        money,
        last_article,
        signer,
        recipients: punctuate(&recipients),
        stem: format!("quyet-dinh-{}", dec.number),
        certificate_stem: format!("{form_slug}-{}", dec.number),
    };
    AwardFacts {
        head,
        widest: Widest::of(&collectives, &individuals),
        collectives,
        individuals,
        ballot: vote,
    }
}

/// What an award only proposed is derived as: a decision of its proposal's date, by
/// the agency's head or (asked of a higher authority) by the one it is addressed to.
/// It names no document: only the Tờ trình is made of such an award.
fn still_proposed(a: &Award, org: &Org) -> Decision {
    let p = a.proposal.as_ref();
    let to = p.and_then(|p| p.to.all().first().map(|t| t.to_string()));
    Decision {
        number: 0,
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

/// The vote on every nominee of `groups` and `people` (before the vote leaves any out).
fn votes(b: &Ballot, form: &str, groups: &[&Recipient], people: &[&Recipient]) -> BallotFacts {
    let rows: Vec<VoteRow> = groups
        .iter()
        .chain(people)
        .filter_map(|r| Some((r, r.votes?)))
        .enumerate()
        .map(|(i, (r, votes))| {
            let (display, detail, _) = naming(r);
            VoteRow {
                index: i + 1,
                display,
                detail,
                votes,
                share: b.share(votes),
                verdict: b.verdict(votes).to_string(),
            }
        })
        .collect();
    let passed = rows.iter().filter(|r| b.keeps(Some(r.votes))).count();
    BallotFacts {
        number: 0,
        form_name: form.to_string(),
        threshold: b.threshold.map(|t| t.to_string()).unwrap_or_default(),
        passed: numbers::pad2(passed),
        voted: numbers::pad2(rows.len()),
        rows,
    }
}

/// `09 tập thể và 23 cá nhân`, leaving out a kind with none.
pub fn counts(collectives: usize, individuals: usize) -> String {
    let c = format!("{} tập thể", numbers::pad2(collectives));
    let i = format!("{} cá nhân", numbers::pad2(individuals));
    match (collectives, individuals) {
        (0, _) => i,
        (_, 0) => c,
        _ => format!("{c} và {i}"),
    }
}

#[cfg(test)]
mod tests {
    use super::counts;

    #[test]
    fn counts_phrase() {
        assert_eq!(counts(9, 23), "09 tập thể và 23 cá nhân");
        assert_eq!(counts(0, 1), "01 cá nhân");
        assert_eq!(counts(12, 0), "12 tập thể");
    }
}
