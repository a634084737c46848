//! The files a version of a project makes, each with a hash of what it is made from
//! (its Typst source, the style library, fonts, assets and thidua's version): two
//! versions' files differ where these hashes do, without typesetting either.

use crate::engine::Prepared;
use crate::kinds::{slash, Cut};
use std::collections::BTreeMap;

/// Every output file (its path under the output folder) with its dossier and hash.
pub fn files(p: Option<&Prepared>) -> BTreeMap<String, (String, u128)> {
    let mut all = BTreeMap::new();
    let Some(p) = p else {
        return all;
    };
    for doc in &p.docs {
        let dossier = &doc.dossier_key;
        let made_of = |data: &serde_json::Value| {
            let source = p
                .templates
                .render(doc.template(), data)
                .unwrap_or_else(|e| format!("{e}"));
            let date = (doc.date.year, doc.date.month, doc.date.day);
            typst::utils::hash128(&(p.env.fingerprint, source, date))
        };
        match doc.cut() {
            Cut::PerPage { .. } => {
                let mut pages = Vec::with_capacity(doc.pages.len());
                for (i, page) in doc.pages.iter().enumerate() {
                    let hash =
                        typst::utils::hash128(&(made_of(&doc.facts.data(Some(i..i + 1))), page));
                    pages.push(hash);
                    let file = slash(&doc.page_file(i, "pdf"));
                    all.insert(file, (dossier.clone(), hash));
                }
                let print = typst::utils::hash128(&pages);
                all.insert(doc.key.clone(), (dossier.clone(), print));
            }
            _ => {
                let hash = made_of(&doc.facts.data(None));
                all.insert(doc.key.clone(), (dossier.clone(), hash));
                if doc.facts.table().is_some() {
                    all.insert(slash(&doc.file("xlsx")), (dossier.clone(), hash));
                }
            }
        }
    }
    all
}
