//! `thidua forms [DIR] [--kind K]`: the forms catalogue in a table — each form's key,
//! name, whether it is a title, who decides it, whether it has a certificate, its money
//! per regime and its vote threshold — as the project at DIR has it (or built in).

use crate::diagnostic::Failure;
use crate::model::{AgencyKind, Catalogue, Coefficient, Config, FormKind, Money};
use anyhow::{anyhow, Context};
use std::path::Path;

/// Prints the catalogue of the project at `dir` (the built-in one where there is no
/// project), only the forms an agency of `kind` decides when it is given.
pub fn run(dir: &Path, kind: Option<&str>) -> Result<(), Failure> {
    let config = config(dir, kind)?;
    let catalogue = Catalogue::new(&config).map_err(|e| anyhow!("{}", e.join("; ")))?;
    let kind = match kind {
        Some(k) => Some(serde_yaml::from_str::<AgencyKind>(k).map_err(|e| anyhow!("{e}"))?),
        None => None,
    };
    super::show(&table(&catalogue, kind));
    Ok(())
}

/// The project's settings (its forms and its agency's names), or a bare agency of
/// `kind` where there is no project.
fn config(dir: &Path, kind: Option<&str>) -> Result<Config, Failure> {
    if !dir.is_dir() {
        return Err(anyhow!(
            "{}",
            t!("forms-cmd-no-folder", dir = dir.display().to_string())
        )
        .into());
    }
    let file = dir.join("thidua.yaml");
    let shown = file.display().to_string();
    // A project's settings are small: a huge file is refused as `check` refuses it.
    let size = std::fs::metadata(&file).map(|m| (m.is_file(), m.len()));
    let text = match size {
        Ok((false, _)) => return Err(anyhow!("{}", t!("forms-cmd-not-file", file = &shown)).into()),
        Ok((true, n)) if n > 16 << 20 => {
            return Err(anyhow!("{}", t!("forms-cmd-too-large", file = &shown)).into())
        }
        Ok(_) => std::fs::read_to_string(&file)
            .with_context(|| t!("forms-cmd-unreadable", file = &shown))?,
        Err(_) => format!(
            "organization: {{kind: {}, name: X, short: X, place: X}}",
            kind.unwrap_or("so")
        ),
    };
    let config = serde_yaml::from_str(&text)
        .map_err(|e| anyhow::anyhow!(crate::lang::serde::located(&e.to_string())))
        .with_context(|| t!("forms-cmd-invalid", file = &shown))?;
    Ok(config)
}

/// The table, one row per form, columns padded to their widest cell.
fn table(cat: &Catalogue, kind: Option<AgencyKind>) -> String {
    let regimes: Vec<String> = cat.regimes().map(|r| r.key.clone()).collect();
    let mut head = vec![
        t!("forms-cmd-head-key"),
        t!("forms-cmd-head-name"),
        t!("forms-cmd-head-kind"),
        t!("forms-cmd-head-by"),
        t!("forms-cmd-head-certificate"),
    ];
    head.extend(
        regimes
            .iter()
            .map(|r| t!("forms-cmd-head-money", regime = r)),
    );
    head.push(t!("forms-cmd-head-vote"));
    let mut rows = vec![head];
    for (key, form) in &cat.forms {
        let by = form.by.as_deref();
        if kind.is_some_and(|k| by.is_some_and(|by| !by.contains(&k))) {
            continue;
        }
        let decided = match (by, form.rank) {
            (None, _) => t!("forms-cmd-by-any"),
            (Some([]), 1) => "Chủ tịch nước".to_string(),
            (Some([]), _) => "Thủ tướng".to_string(),
            (Some(kinds), _) => {
                let keys: Vec<&str> = kinds.iter().map(|k| k.row().key).collect();
                keys.join(", ")
            }
        };
        let mut row = vec![
            key.clone(),
            form.name.clone(),
            match form.kind {
                FormKind::Title => t!("forms-cmd-title"),
                FormKind::Form => t!("forms-cmd-form"),
            },
            decided,
            match form.certificate {
                true => t!("forms-cmd-yes"),
                false => t!("forms-cmd-no"),
            },
        ];
        row.extend(regimes.iter().map(|r| money(form.money.get(r))));
        let votes = form.threshold.all.map(|p| p.to_string());
        let votes = votes.or_else(|| {
            let shown: Vec<String> = form
                .threshold
                .by_regime
                .iter()
                .map(|(r, p)| format!("{r} {p}"))
                .collect();
            (!shown.is_empty()).then(|| shown.join(", "))
        });
        row.push(votes.unwrap_or_default());
        rows.push(row);
    }
    let widths: Vec<usize> = (0..rows[0].len())
        .map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for row in rows {
        let cells: Vec<String> = row
            .iter()
            .zip(&widths)
            .map(|(cell, w)| format!("{cell}{}", " ".repeat(w - cell.chars().count())))
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    out
}

/// `0,3 / 0,6`: the coefficients of the base salary for an individual and a collective,
/// then a household's when there is one (`0,3 / 0,6 / 0,45`); `–` where the form is not
/// given to one of them.
fn money(m: Option<&Money>) -> String {
    let Some(Money([individual, collective, household])) = m else {
        return String::new();
    };
    let one = |c: &Option<Coefficient>| c.map_or("–".to_string(), |c| c.to_string());
    let mut out = format!("{} / {}", one(individual), one(collective));
    if let Some(h) = household {
        out.push_str(&format!(" / {h}"));
    }
    out
}
