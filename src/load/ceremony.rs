//! Checks of a conference's ceremony: its invitation and invitees, its programme, the
//! presenters of its awards and how many go on stage at once.

use super::locate;
use super::validate::{unknown_person, Input};
use crate::diagnostic::{suggest, Diagnostic};
use crate::model::{is_key, Conference, Config, Gender, Invitation, Invitee, ProgrammeItem};

/// The most recipients on stage at once: a turn's names still fit one slide (tested).
const MAX_STAGE: usize = 30;

/// Checks a dossier's conference beyond its types.
pub fn conference(
    config: &Config,
    input: &Input,
    out: &mut Vec<Diagnostic>,
    warnings: &mut Vec<Diagnostic>,
) {
    let (file, d, loc) = (input.file, input.dossier, input.locations);
    let at = |msg: String, path: &str| locate(Diagnostic::file(file, msg), loc, path);
    for (i, a) in d.awards.iter().enumerate() {
        if let Some(p) = &a.presenter {
            let path = format!("awards[{i}].presenter");
            out.extend(unknown_person(config, p, |m| at(m, &path)));
        }
    }
    let Some(c) = &d.conference else {
        return;
    };
    stage(c, &at, out);
    warnings.extend(dated_after(c, input, &at));
    if let Some(inv) = &c.invitation {
        invitation(config, (c, inv), &at, out, warnings);
    }
    invitees(&c.invitees, &at, out);
    programme(config, &c.programme, &at, out, warnings);
    let decided = d.awards.iter().any(|a| a.decision.is_some());
    if decided && !c.programme.is_empty() && !c.programme.iter().any(|p| p.awards) {
        let msg = t!("ceremony-no-awards-item");
        let hint = t!("ceremony-no-awards-item-hint");
        warnings.push(at(msg, "conference.programme").hint(hint));
    }
}

/// Warnings for dates that contradict the conference's: an own decision it announces
/// signed after it (another authority's may well come later), a report read at it but
/// dated after it. Each once, at the later date; none for a date that could not be read.
fn dated_after(
    c: &Conference,
    input: &Input,
    at: &dyn Fn(String, &str) -> Diagnostic,
) -> Vec<Diagnostic> {
    let d = input.dossier;
    let mut found = Vec::new();
    if input.repaired("conference.date") {
        return found;
    }
    let own = d.awards.iter().enumerate().filter_map(|(i, a)| {
        let dec = a.decision.as_ref().filter(|d| d.issuer.is_none())?;
        Some((dec.date, format!("awards[{i}].decision.date"), true))
    });
    let report = d
        .report
        .as_ref()
        .map(|r| (r.date, "report.date".to_string(), false));
    for (date, path, decision) in own.chain(report) {
        if date > c.date && !input.repaired(&path) {
            let (conference, date) = (c.date.to_string(), date.to_string());
            let msg = match decision {
                true => t!(
                    "ceremony-decision-after",
                    conference = &conference,
                    date = &date
                ),
                false => t!(
                    "ceremony-report-after",
                    conference = &conference,
                    date = &date
                ),
            };
            let hint = t!("ceremony-dated-after-hint");
            found.push(at(msg, &path).into_warning().hint(hint));
        }
    }
    found
}

/// Checks how many go on stage at once: someone, and no more than a stage holds.
fn stage(c: &Conference, at: &dyn Fn(String, &str) -> Diagnostic, out: &mut Vec<Diagnostic>) {
    if let Some(n) = c.stage.filter(|n| *n > MAX_STAGE) {
        let msg = t!("ceremony-stage-too-many", n = n, max = MAX_STAGE);
        out.push(at(msg, "conference.stage"));
    }
    if c.stage == Some(0) {
        let hint = t!("ceremony-stage-zero-hint");
        out.push(at(t!("ceremony-stage-zero"), "conference.stage").hint(hint));
    }
}

/// Checks the conference's invitation: a known signer, a date no later than the
/// conference's, a number, and someone to invite (else a warning: no Giấy mời is made).
fn invitation(
    config: &Config,
    (c, inv): (&Conference, &Invitation),
    at: &dyn Fn(String, &str) -> Diagnostic,
    out: &mut Vec<Diagnostic>,
    warnings: &mut Vec<Diagnostic>,
) {
    out.extend(unknown_person(config, inv.signer.key(), |m| {
        at(m, "conference.invitation.signer")
    }));
    if c.date < inv.date {
        let msg = t!(
            "ceremony-before-invitation",
            conference = c.date.to_string(),
            invitation = inv.date.to_string()
        );
        out.push(at(msg, "conference.date"));
    }
    if inv.number == 0 {
        out.push(at(
            t!("ceremony-number-zero"),
            "conference.invitation.number",
        ));
    }
    if c.invitees.is_empty() {
        let hint = t!("ceremony-no-invitees-hint");
        warnings.push(at(t!("ceremony-no-invitees"), "conference.invitation").hint(hint));
    }
}

/// Checks each invitee: a person or a collective (not both), of a known gender.
fn invitees(
    invitees: &[Invitee],
    at: &dyn Fn(String, &str) -> Diagnostic,
    out: &mut Vec<Diagnostic>,
) {
    for (i, v) in invitees.iter().enumerate() {
        let path = format!("conference.invitees[{i}]");
        match (&v.name, &v.collective) {
            (Some(_), Some(_)) => out.push(at(t!("ceremony-invitee-both"), &path)),
            (None, None) => out.push(at(t!("ceremony-invitee-neither"), &path)),
            _ => {}
        }
        if let Some(g) = v.gender.as_deref().filter(|g| Gender::parse(g).is_none()) {
            out.push(
                at(t!("ceremony-gender", gender = g), &format!("{path}.gender"))
                    .hint(t!("ceremony-gender-hint")),
            );
        }
    }
}

/// Checks the programme: who speaks at an item, if one word, is someone's key under
/// `people:`; the items' times go forward (else a warning); awards are handed out at one
/// item.
fn programme(
    config: &Config,
    programme: &[ProgrammeItem],
    at: &dyn Fn(String, &str) -> Diagnostic,
    out: &mut Vec<Diagnostic>,
    warnings: &mut Vec<Diagnostic>,
) {
    for (i, item) in programme.iter().enumerate() {
        let Some(by) = item.by.as_deref().filter(|b| is_key(b)) else {
            continue;
        };
        // One word is a person's key; free text has a space (`Đại diện Công đoàn`).
        if !config.people.contains_key(by) {
            let path = format!("conference.programme[{i}].by");
            let mut diag = at(t!("ceremony-by-unknown", by = by), &path);
            let hint = suggest(by, config.people.keys().map(String::as_str))
                .map(|h| t!("ceremony-by-near", suggestion = h))
                .unwrap_or_else(|| t!("ceremony-by-hint"));
            diag = diag.hint(hint);
            out.push(diag);
        }
    }
    // Items are printed in the order written: one earlier than the one before is a slip.
    for (i, pair) in programme.windows(2).enumerate() {
        if pair[1].time < pair[0].time {
            let msg = t!(
                "ceremony-time-order",
                later = pair[1].time.to_string(),
                earlier = pair[0].time.to_string()
            );
            let hint = t!("ceremony-time-order-hint");
            warnings.push(at(msg, &format!("conference.programme[{}].time", i + 1)).hint(hint));
        }
    }
    let introducing: Vec<usize> = (0..programme.len())
        .filter(|i| programme[*i].introduces_guests())
        .collect();
    if let [first, more @ ..] = introducing.as_slice() {
        for i in more {
            let msg = t!("ceremony-guests-twice", first = first);
            let hint = t!("ceremony-guests-twice-hint");
            warnings.push(at(msg, &format!("conference.programme[{i}]")).hint(hint));
        }
    }
    if programme.iter().filter(|p| p.awards).count() > 1 {
        out.push(at(t!("ceremony-awards-items"), "conference.programme"));
    }
}
