//! Lists of text written with nothing in them: an empty line, or YAML's null (`~`,
//! `null`), which a text field would print as it is (`Căn cứ ~;`, `- null;`). Each is an
//! error at its place.

use crate::diagnostic::Diagnostic;
use crate::model::Dossier;

/// Whether `text` says nothing: blank, or YAML's null written where text belongs.
pub fn nothing(text: &str) -> bool {
    let t = text.trim();
    t.is_empty() || t == "~" || t.eq_ignore_ascii_case("null")
}

/// The error of text written as nothing at `path`.
pub fn said_nothing(at: &dyn Fn(String, &str) -> Diagnostic, path: &str) -> Diagnostic {
    at(t!("texts-nothing"), path).hint(t!("texts-nothing-hint"))
}

/// Every line of a dossier's lists of text that says nothing.
pub fn dossier(d: &Dossier, at: &dyn Fn(String, &str) -> Diagnostic) -> Vec<Diagnostic> {
    let mut lists: Vec<(String, &[String])> = Vec::new();
    if let Some(c) = &d.conference {
        lists.push(("conference.guests".into(), &c.guests));
        if let Some(inv) = &c.invitation {
            lists.push(("conference.invitation.notes".into(), &inv.notes));
            lists.push(("conference.invitation.recipients".into(), &inv.recipients));
        }
    }
    if let Some(r) = &d.report {
        lists.push(("report.recipients".into(), &r.recipients));
    }
    for (i, a) in d.awards.iter().enumerate() {
        if let Some(dec) = &a.decision {
            lists.push((format!("awards[{i}].decision.recipients"), &dec.recipients));
        }
        if let Some(p) = &a.proposal {
            lists.push((format!("awards[{i}].proposal.recipients"), &p.recipients));
        }
    }
    let mut out = Vec::new();
    for (path, lines) in lists {
        for (j, _) in lines.iter().enumerate().filter(|(_, l)| nothing(l)) {
            out.push(said_nothing(at, &format!("{path}[{j}]")));
        }
    }
    out
}
