//! `thidua verify --code`: whose certificate a check code is, among those the current
//! sources make.

use crate::diagnostic::Failure;
use crate::engine;
use crate::kinds::code;
use anyhow::anyhow;
use std::path::Path;

/// Finds the certificate whose check code is `typed` in the project at `root`; `Ok(true)`
/// when there is one.
pub fn code(typed: &str, root: &Path) -> Result<bool, Failure> {
    let wanted = code::normal(typed)
        .ok_or_else(|| Failure::Env(anyhow!("{}", t!("verify-not-code", typed = typed))))?;
    let p = engine::prepare(root, &engine::Options::check())?;
    let found = p
        .docs
        .iter()
        .find_map(|doc| Some((doc, doc.facts.owner(&wanted)?)));
    // What a dossier wrote (a name, a detail) is shown as a terminal may show it.
    let line = |text: String| crate::cmd::show(&(text + "\n"));
    if let Some((doc, owner)) = found {
        let (r, award) = (owner.recipient, owner.award);
        line(format!("{wanted}: {}", r.display));
        if !r.detail.is_empty() {
            line(format!("  {}", r.detail));
        }
        line(format!(
            "  {} — Quyết định số {} ngày {}",
            award.form_name, award.symbol, award.date_short
        ));
        let register = match r.register.as_str() {
            "" => "—",
            register => register,
        };
        line(format!("  Số sổ vàng: {register}"));
        let dossier = doc.dossier_file.display().to_string();
        let certificate = doc.page_file(owner.page, "pdf").display().to_string();
        line(format!(
            "  {}",
            t!(
                "verify-code-files",
                dossier = dossier,
                certificate = certificate
            )
        ));
        return Ok(true);
    }
    line(format!("{wanted}: {}", t!("verify-code-none")));
    Ok(false)
}
