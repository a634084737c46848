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
        let msg = "no item of the programme hands out the awards: the script calls no one and the slides show none";
        let hint = "mark the item where they are handed out with `awards: true`";
        warnings.push(at(msg.into(), "conference.programme").hint(hint));
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
        Some((
            dec.date,
            format!("awards[{i}].decision.date"),
            "a decision announced",
        ))
    });
    let report = d
        .report
        .as_ref()
        .map(|r| (r.date, "report.date".to_string(), "the report read"));
    for (date, path, what) in own.chain(report) {
        if date > c.date && !input.repaired(&path) {
            let msg = format!(
                "{what} at the conference of {} is dated {date}, after it",
                c.date
            );
            let hint = "a conference announces decisions already signed and reads a report already written: check both dates";
            found.push(at(msg, &path).into_warning().hint(hint));
        }
    }
    found
}

/// Checks how many go on stage at once: someone, and no more than a stage holds.
fn stage(c: &Conference, at: &dyn Fn(String, &str) -> Diagnostic, out: &mut Vec<Diagnostic>) {
    if let Some(n) = c.stage.filter(|n| *n > MAX_STAGE) {
        let msg = format!("a turn of {n} is more than a stage holds; {MAX_STAGE} at most");
        out.push(at(msg, "conference.stage"));
    }
    if c.stage == Some(0) {
        let hint = "write how many recipients go on stage at once, e.g. 10";
        out.push(
            at(
                "`stage: 0` calls no one to the stage".into(),
                "conference.stage",
            )
            .hint(hint),
        );
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
        let msg = format!(
            "the conference of {} is before its invitation of {}",
            c.date, inv.date
        );
        out.push(at(msg, "conference.date"));
    }
    if inv.number == 0 {
        out.push(at(
            "document number 0: numbers start at 1".into(),
            "conference.invitation.number",
        ));
    }
    if c.invitees.is_empty() {
        let hint = "list them under `conference.invitees`";
        warnings.push(
            at(
                "an invitation with no one invited: no Giấy mời is made".into(),
                "conference.invitation",
            )
            .hint(hint),
        );
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
            (Some(_), Some(_)) => out.push(at(
                "an invitee has either `name` (a person) or `collective`, not both".into(),
                &path,
            )),
            (None, None) => out.push(at("an invitee needs `name` or `collective`".into(), &path)),
            _ => {}
        }
        if let Some(g) = v.gender.as_deref().filter(|g| Gender::parse(g).is_none()) {
            out.push(
                at(format!("unknown gender `{g}`"), &format!("{path}.gender"))
                    .hint("write `male` or `female` (`nam`, `nữ`)"),
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
            let mut diag = at(format!("`{by}` is no one's key under `people:`"), &path);
            let hint = suggest(by, config.people.keys().map(String::as_str))
                .map(|h| format!("{h} (or write who in words, e.g. `Đại diện Công đoàn Sở`)"))
                .unwrap_or_else(|| {
                    "write a key of `people:`, or who in words (with a space)".into()
                });
            diag = diag.hint(hint);
            out.push(diag);
        }
    }
    // Items are printed in the order written: one earlier than the one before is a slip.
    for (i, pair) in programme.windows(2).enumerate() {
        if pair[1].time < pair[0].time {
            let msg = format!(
                "{} comes after {} in the programme",
                pair[1].time, pair[0].time
            );
            let hint = "items print in the order written: check the time or the order";
            warnings.push(at(msg, &format!("conference.programme[{}].time", i + 1)).hint(hint));
        }
    }
    let introducing: Vec<usize> = (0..programme.len())
        .filter(|i| programme[*i].introduces_guests())
        .collect();
    if let [first, more @ ..] = introducing.as_slice() {
        for i in more {
            let msg = format!("the guests are introduced at programme[{first}] already: the script introduces them there, once");
            let hint = "write `guests: false` on the item that does not introduce them";
            warnings.push(at(msg, &format!("conference.programme[{i}]")).hint(hint));
        }
    }
    if programme.iter().filter(|p| p.awards).count() > 1 {
        out.push(at(
            "awards are handed out at one item of the programme".into(),
            "conference.programme",
        ));
    }
}
