//! Checks of the agency's kind in `thidua.yaml`: a province that is not one of the 34, a
//! name whose running form cannot be told — warnings, located, each with what to write.

use super::{locate, Locations};
use crate::diagnostic::Diagnostic;
use crate::model::{provinces, Config};

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
