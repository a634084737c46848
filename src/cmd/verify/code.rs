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
    let wanted = code::normal(typed).ok_or_else(|| {
        Failure::Env(anyhow!(
            "`{typed}` is not a check code: eight letters and digits, as `7KQ2-M9XD`"
        ))
    })?;
    let p = engine::prepare(root, &engine::Options::check())?;
    let found = p
        .docs
        .iter()
        .find_map(|doc| Some((doc, doc.facts.owner(&wanted)?)));
    if let Some((doc, owner)) = found {
        let (r, award) = (owner.recipient, owner.award);
        println!("{wanted}: {}", r.display);
        if !r.detail.is_empty() {
            println!("  {}", r.detail);
        }
        println!(
            "  {} — Quyết định số {} ngày {}",
            award.form_name, award.symbol, award.date_short
        );
        let register = match r.register.as_str() {
            "" => "—",
            register => register,
        };
        println!("  Số sổ vàng: {register}");
        println!(
            "  dossier {}, certificate {}",
            doc.dossier_file.display(),
            doc.page_file(owner.page, "pdf").display()
        );
        return Ok(true);
    }
    println!(
        "{wanted}: no certificate the current sources make has this check code (a code \
         changes with what its certificate prints: for one printed from an earlier version, \
         run this in a checkout of that commit)"
    );
    Ok(false)
}
