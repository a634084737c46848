//! Checks of the agency's kind in `thidua.yaml`: a province that is not one of the 34, a
//! name whose running form cannot be told — warnings, located, each with what to write.

use super::{locate, Locations};
use crate::diagnostic::Diagnostic;
use crate::model::{provinces, Award, Catalogue, Config};

/// The warnings of `c`'s organization.
pub fn check(c: &Config, loc: &Locations, out: &mut Vec<Diagnostic>) {
    let o = &c.organization;
    let at = |msg: String, path: &str| {
        locate(Diagnostic::file("thidua.yaml", msg), loc, path).into_warning()
    };
    if let Some(typed) = &o.province {
        if o.province().is_none() {
            let near: Vec<String> = provinces::nearest(typed)
                .iter()
                .map(|n| format!("`{n}`"))
                .collect();
            let msg = format!(
                "`{typed}` is not one of the 34 provinces and centrally-run cities: the province's awards keep the word `tỉnh`"
            );
            let hint = format!("did you mean {}?", near.join(", "));
            out.push(at(msg, "organization.province").hint(hint));
        }
    }
    if !o.named_in_text() {
        let msg = "the agency's name in running text cannot be told from capitals".to_string();
        let hint = format!(
            "write `in_text` (as a sentence names it) or `head`; meanwhile it reads `{}`",
            o.in_text()
        );
        out.push(at(msg, "organization.name").hint(hint));
    }
}

/// The warning of an own decision (no `issuer`) of a form the agency's kind does not
/// decide: it names who does, and what to write.
pub fn decided_elsewhere(
    c: &Config,
    cat: &Catalogue,
    award: &Award,
    path: &str,
    at: &dyn Fn(String, &str) -> Diagnostic,
) -> Option<Diagnostic> {
    let own = award.decision.as_ref()?.issuer.is_none();
    let form = cat.forms.get(&award.form)?;
    let kinds = form.by.as_ref()?;
    let kind = c.organization.kind;
    if !own || kinds.contains(&kind) {
        return None;
    }
    let who = match (kinds.as_slice(), form.rank) {
        ([], 1) => "the Chủ tịch nước".to_string(),
        ([], _) => "the Thủ tướng Chính phủ".to_string(),
        (kinds, _) => {
            let heads: Vec<String> = kinds
                .iter()
                .map(|k| format!("the head of {} (`{}`)", k.row().name, k.row().key))
                .collect();
            heads.join(" or ")
        }
    };
    let msg = format!(
        "{} is decided by {who}, not by the head of {} (`{}`)",
        form.name,
        kind.row().name,
        kind.row().key
    );
    let hint = "if another authority signed it, give the decision its `issuer`; if you ask for it, write a `proposal`";
    Some(at(msg, &format!("{path}.form")).into_warning().hint(hint))
}
