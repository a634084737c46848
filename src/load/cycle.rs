//! Checks of the award cycle: the council, a dossier's meeting, its proposals and the
//! votes its nominees got — and, since the vote decides, a warning for each nominee it
//! leaves out.

use super::validate::{unknown_person, Input};
use super::{locate, Origin};
use crate::diagnostic::Diagnostic;
use crate::model::{Catalogue, Config, Council, Date};

/// Checks `council:` in `thidua.yaml`: its people exist, its chair is a member, no one
/// is a member twice.
pub fn council(c: &Config, loc: &super::Locations, out: &mut Vec<Diagnostic>) {
    let Some(council) = &c.council else {
        return;
    };
    let at = |msg: String, path: &str| locate(Diagnostic::file("thidua.yaml", msg), loc, path);
    if council.members.is_empty() {
        out.push(at(t!("cycle-council-no-members"), "council.members"));
    }
    for (i, key) in council.members.iter().enumerate() {
        let path = format!("council.members[{i}]");
        out.extend(unknown_person(c, key, |m| at(m, &path)));
        if council.members[..i].contains(key) {
            out.push(at(t!("cycle-member-twice", key = key), &path));
        }
    }
    out.extend(unknown_person(c, &council.chair, |m| {
        at(m, "council.chair")
    }));
    out.extend(unknown_person(c, &council.secretary, |m| {
        at(m, "council.secretary")
    }));
    if !council.members.contains(&council.chair) {
        let msg = t!("cycle-chair-not-member", chair = &council.chair);
        out.push(at(msg, "council.chair").hint(t!("cycle-chair-not-member-hint")));
    }
    for (i, key) in council.vice_chairs.iter().enumerate() {
        let path = format!("council.vice_chairs[{i}]");
        let again = council.vice_chairs[..i].contains(key);
        match unknown_person(c, key, |m| at(m, &path)) {
            Some(d) => out.push(d),
            None if *key == council.chair || again => {
                let msg = t!("cycle-vice-chair-again", key = key);
                out.push(at(msg, &path).hint(t!("cycle-vice-chair-again-hint")));
            }
            None if !council.members.contains(key) => {
                let msg = t!("cycle-vice-chair-not-member", key = key);
                out.push(at(msg, &path).hint(t!("cycle-vice-chair-not-member-hint")));
            }
            None => {}
        }
    }
}

/// Checks a dossier's meeting, proposals and votes; pushes a warning for each nominee
/// the vote leaves out, and for what only looks wrong.
pub fn dossier(
    config: &Config,
    cat: &Catalogue,
    input: &Input,
    out: &mut Vec<Diagnostic>,
    warnings: &mut Vec<Diagnostic>,
) {
    let (file, d, loc) = (input.file, input.dossier, input.locations);
    let at = |msg: String, path: &str| locate(Diagnostic::file(file, msg), loc, path);
    if let Some(m) = &d.meeting {
        match &config.council {
            None => out.push(
                at(t!("cycle-meeting-no-council"), "meeting")
                    .hint(t!("cycle-meeting-no-council-hint")),
            ),
            Some(council) => meeting(config, council, input, out, warnings),
        }
        // The Tờ trình cite the meeting's minutes, and a vote precedes its decision: the
        // meeting comes first (an award it did not vote on may be older).
        for (i, a) in d.awards.iter().enumerate() {
            let list = input
                .recipients
                .get(i)
                .map(Vec::as_slice)
                .unwrap_or_default();
            let voted = list.iter().any(|(r, _)| r.votes.is_some());
            let proposed = a.proposal.as_ref().map(|p| (p.date, true));
            let decided = a
                .decision
                .as_ref()
                .filter(|_| voted)
                .map(|d| (d.date, false));
            if let Some((date, proposal)) = proposed.or(decided).filter(|(date, _)| m.date > *date)
            {
                out.push(at(too_late(m.date, proposal, i, date), "meeting.date"));
                break;
            }
        }
        if m.start >= m.end {
            let msg = t!(
                "cycle-meeting-ends-first",
                start = m.start.to_string(),
                end = m.end.to_string()
            );
            out.push(at(msg, "meeting.end"));
        }
    }
    for (i, award) in d.awards.iter().enumerate() {
        if let Some(p) = &award.proposal {
            let path = format!("awards[{i}].proposal");
            out.extend(unknown_person(config, p.signer.key(), |m| {
                at(m, &format!("{path}.signer"))
            }));
            // A date that stands in for one that could not be read is compared with nothing.
            let read = !input.repaired(&format!("{path}.date"))
                && !input.repaired(&format!("awards[{i}].decision.date"));
            if let Some(dec) = award.decision.as_ref().filter(|d| read && p.date > d.date) {
                let msg = t!(
                    "cycle-proposal-after-decision",
                    date = p.date.to_string(),
                    decision = dec.date.to_string()
                );
                out.push(at(msg, &format!("{path}.date")));
            }
            if cat.regime_at(p.date).is_none() {
                let msg = t!("validate-no-regime", date = p.date.to_string());
                out.push(at(msg, &format!("{path}.date")));
            }
            if p.number == 0 {
                let msg = t!("plausible-number-zero");
                out.push(at(msg, &format!("{path}.number")));
            }
            if p.to.all().iter().all(|t| t.trim().is_empty()) {
                out.push(at(t!("cycle-proposal-to-no-one"), &format!("{path}.to")));
            }
        }
        votes(config, cat, input, i, out, warnings);
    }
    let org = config.organization.at(input.dossier.first_date());
    out.extend(super::agency::from_office(org, d, &at));
    one_per_number(input, &org.head(), out);
}

/// The error for a meeting of `meeting` held after the proposal (or the decision) of
/// award `index`, dated `date`.
fn too_late(meeting: Date, proposal: bool, index: usize, date: Date) -> String {
    let (meeting, date) = (meeting.to_string(), date.to_string());
    if proposal {
        t!(
            "cycle-meeting-after-proposal",
            meeting = meeting,
            index = index,
            date = date
        )
    } else {
        t!(
            "cycle-meeting-after-decision",
            meeting = meeting,
            index = index,
            date = date
        )
    }
}

/// Awards of a dossier under one proposal number share one Tờ trình: its date, signer
/// and addressees, and its issuer (the council for own decisions, the agency otherwise).
fn one_per_number(input: &Input, head: &str, out: &mut Vec<Diagnostic>) {
    let awards = &input.dossier.awards;
    for (i, a) in awards.iter().enumerate() {
        let Some(p) = &a.proposal else {
            continue;
        };
        let first = awards[..i]
            .iter()
            .enumerate()
            .find(|(_, b)| b.proposal.as_ref().is_some_and(|q| q.number == p.number));
        let Some((j, b)) = first else {
            continue;
        };
        let q = b.proposal.as_ref().expect("found by its proposal");
        let differs = if p.date != q.date {
            Some("date")
        } else if p.signer != q.signer {
            Some("signer")
        } else if p.to.all() != q.to.all() {
            Some("to")
        } else if a.own(head) != b.own(head) {
            Some("decision")
        } else if p.from != q.from {
            Some("from")
        } else {
            None
        };
        if let Some(field) = differs {
            let msg = t!(
                "cycle-proposal-shared-differs",
                number = p.number.to_string(),
                other = j,
                field = field
            );
            let path = format!(
                "awards[{i}].proposal.{}",
                if field == "decision" { "number" } else { field }
            );
            out.push(
                locate(Diagnostic::file(input.file, msg), input.locations, &path)
                    .hint(t!("cycle-proposal-shared-differs-hint")),
            );
        }
    }
}

/// The meeting's people: who chaired, who was absent; a meeting short of half its
/// members is worth a warning.
fn meeting(
    config: &Config,
    council: &Council,
    input: &Input,
    out: &mut Vec<Diagnostic>,
    warnings: &mut Vec<Diagnostic>,
) {
    let (file, loc) = (input.file, input.locations);
    let Some(m) = &input.dossier.meeting else {
        return;
    };
    let at = |msg: String, path: &str| locate(Diagnostic::file(file, msg), loc, path);
    for (i, key) in m.absent.iter().enumerate() {
        let path = format!("meeting.absent[{i}]");
        match unknown_person(config, key, |msg| at(msg, &path)) {
            Some(d) => out.push(d),
            None if !council.members.contains(key) => {
                let msg = t!("cycle-absent-not-member", key = key);
                out.push(at(msg, &path));
            }
            None => {}
        }
    }
    if let Some(chair) = &m.chair {
        match unknown_person(config, chair, |msg| at(msg, "meeting.chair")) {
            Some(d) => out.push(d),
            None if !council.members.contains(chair) => {
                let msg = t!("cycle-meeting-chair-not-member", chair = chair);
                out.push(at(msg, "meeting.chair"));
            }
            None => {}
        }
    }
    // Who chairs and who writes the minutes were there.
    let chair = m.chair.as_ref().unwrap_or(&council.chair);
    for (key, chairs) in [(chair, true), (&council.secretary, false)] {
        if let Some(i) = m.absent.iter().position(|a| a == key) {
            let msg = if chairs {
                t!("cycle-chair-absent", key = key)
            } else {
                t!("cycle-secretary-absent", key = key)
            };
            let hint = t!("cycle-absent-hint");
            out.push(at(msg, &format!("meeting.absent[{i}]")).hint(hint));
        }
    }
    let members = council.members.len();
    let present = council
        .members
        .iter()
        .filter(|k| !m.absent.contains(k))
        .count();
    if present * 2 < members {
        let msg = t!("cycle-quorum", present = present, members = members);
        let hint = t!("cycle-quorum-hint");
        warnings.push(at(msg, "meeting.absent").hint(hint));
    }
}

/// The votes of award `i`'s nominees: counts a council can give, on a meeting that
/// took place, and a warning naming each nominee below the threshold.
fn votes(
    config: &Config,
    cat: &Catalogue,
    input: &Input,
    i: usize,
    out: &mut Vec<Diagnostic>,
    warnings: &mut Vec<Diagnostic>,
) {
    let award = &input.dossier.awards[i];
    let list = input
        .recipients
        .get(i)
        .map(Vec::as_slice)
        .unwrap_or_default();
    let voted: Vec<&(crate::model::Recipient, Origin)> =
        list.iter().filter(|(r, _)| r.votes.is_some()).collect();
    let Some((_, first)) = voted.first() else {
        return;
    };
    let (meeting, council) = match (&input.dossier.meeting, &config.council) {
        (Some(m), Some(c)) => (m, c),
        (None, _) => {
            let msg = t!("cycle-votes-no-meeting", count = voted.len(), index = i);
            let hint = t!("cycle-votes-no-meeting-hint");
            out.push(first.diagnostic(msg).hint(hint));
            return;
        }
        // Said once, at the meeting.
        (Some(_), None) => return,
    };
    // A vote written in the dossier is pointed at on its own line (and its field, so that
    // a bad value already reported is not reported again); a list's, at its row.
    let at_votes = |origin: &Origin, msg: String| {
        if origin.file != input.file {
            return origin.diagnostic(msg);
        }
        let path = format!("{}.votes", origin.path);
        match input.locations.find(&path) {
            Some(_) => locate(Diagnostic::file(input.file, msg), input.locations, &path),
            None => origin.diagnostic(msg).field(path),
        }
    };
    // A member listed twice is an error of its own: no share is counted of that list.
    if listed_twice(council) {
        return;
    }
    let members = council.members.len();
    for (r, origin) in list {
        match r.votes {
            Some(v) if v as usize > members => {
                let msg = t!("cycle-votes-over-members", votes = v, members = members);
                out.push(at_votes(origin, msg));
            }
            None => {
                let msg = t!("cycle-votes-missing");
                let hint = t!("cycle-votes-missing-hint");
                out.push(at_votes(origin, msg).hint(hint));
            }
            Some(_) => {}
        }
    }
    let form = cat.forms.get(&award.form);
    let threshold = form.and_then(|f| cat.threshold(f, meeting.date));
    let Some(threshold) = threshold else {
        if form.is_some_and(|f| !f.threshold.any()) {
            let msg = t!("cycle-no-ballot", form = &award.form);
            let hint = t!("cycle-no-ballot-hint");
            warnings.push(first.diagnostic(msg).hint(hint));
        }
        return;
    };
    let mut left_out = 0;
    for (r, origin) in list {
        let Some(v) = r.votes.filter(|v| !threshold.reached_by(*v, members)) else {
            continue;
        };
        left_out += 1;
        let name = Some(r.written_name())
            .filter(|n| !n.is_empty())
            .unwrap_or("?");
        let msg = t!(
            "cycle-votes-below",
            name = name,
            votes = v,
            members = members,
            threshold = threshold.to_string()
        );
        warnings.push(at_votes(origin, msg));
    }
    if left_out == list.len() {
        let msg = t!("cycle-none-passed", index = i);
        warnings.push(locate(
            Diagnostic::file(input.file, msg),
            input.locations,
            &format!("awards[{i}]"),
        ));
    }
}

/// Whether someone is listed twice among the council's members.
fn listed_twice(c: &Council) -> bool {
    (1..c.members.len()).any(|i| c.members[..i].contains(&c.members[i]))
}
