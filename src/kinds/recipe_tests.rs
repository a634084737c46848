//! CONTRIBUTING's recipe for a new document kind, compiled and run: a cover for each
//! dossier's folder. Its code blocks are this file's, word for word (a test in
//! tests/it/docs.rs compares them), so the recipe cannot rot.

use super::{Copies, Counted, Cut, Kind, Planned, Whole};
use crate::{engine, load, typeset};
use std::path::Path;

/// Step 1: the facts, as `src/derive/cover.rs` would hold them.
mod derive {
    use crate::derive::DossierFacts;
    use serde::Serialize;

    #[derive(Debug, Serialize, schemars::JsonSchema)]
    pub struct CoverFacts {
        pub org: String,
        pub title: String,
        /// `03 quyết định, 120 tập thể và cá nhân`.
        pub holds: String,
    }

    pub fn cover(facts: &DossierFacts) -> CoverFacts {
        let own = facts.awards.iter().filter(|a| a.head.own && a.head.decided);
        let recipients: usize = own.clone().map(|a| a.head.total).sum();
        CoverFacts {
            org: facts.org.name.clone(),
            title: facts.title.clone(),
            holds: format!(
                "{:02} quyết định, {recipients} tập thể và cá nhân",
                own.count()
            ),
        }
    }
}

/// Step 3: the template, as `templates/cover.typ.hbs` would hold it.
const COVER_TEMPLATE: &str = r#"
#import "/thidua.typ": *
#show: official.with(title: "{{str title}}", author: "{{str org}}", description: "Bìa hồ sơ", draft: false, margin: (top: 20mm, bottom: 20mm, left: 30mm, right: 15mm))

#align(center + horizon)[
  #text(size: 14pt, weight: "bold")[{{org}}]
  #v(40mm)
  #text(size: 16pt, weight: "bold")[HỒ SƠ]
  #v(4mm)
  #text(size: 14pt)[{{title}}]
  #v(8mm)
  #text(style: "italic")[{{holds}}]
]
"#;

/// Step 2: the row.
const COVER: Kind = Kind {
    name: "cover",
    label: "Bìa hồ sơ",
    template: "cover",
    builtin: COVER_TEMPLATE,
    electronic: false,
    cut: Cut::Whole,
    counted: Counted::Nothing,
    copies: Copies::NONE,
    plan: |s| {
        let date = s.dossier.dossier.awards.iter().find_map(|a| a.date());
        let cover = |date| Planned::new("bia", date, Whole(derive::cover(s.facts)));
        date.map(cover).into_iter().collect()
    },
    schema: || crate::model::schema::data::<derive::CoverFacts>(),
};

#[test]
fn the_recipes_kind_plans_renders_and_typesets() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hanoi-2024");
    let env = engine::prepare(&root, &engine::Options::check())
        .unwrap_or_else(|_| panic!("the fixture loads"))
        .env;
    let project = load::load(&root, &|_| true).unwrap_or_else(|_| panic!("loads"));
    let d = &project.dossiers[0];
    let facts = crate::derive::dossier(&project, d, false);
    let register = std::cell::OnceCell::new();
    let given = super::Given {
        register: &register,
        project: &project,
        dossier: d,
        facts: &facts,
        base: super::Base {
            draft: false,
            electronic: false,
            blank_date: false,
            org: facts.org.clone(),
            title: facts.title.clone(),
            margins: project.config.margins,
        },
    };
    let planned = (COVER.plan)(&given);
    assert_eq!(planned.len(), 1);
    let data = planned[0].facts.data(None);
    assert_eq!(data["holds"], "02 quyết định, 41 tập thể và cá nhân");
    let v = jsonschema::validator_for(&(COVER.schema)()).unwrap();
    assert!(v.is_valid(&data));
    let mut h = handlebars::Handlebars::new();
    h.set_strict_mode(true);
    h.register_escape_fn(crate::render::escape::markup);
    h.register_helper(
        "str",
        Box::new(
            |h: &handlebars::Helper,
             _: &handlebars::Handlebars,
             _: &handlebars::Context,
             _: &mut handlebars::RenderContext,
             out: &mut dyn handlebars::Output| {
                let text = h
                    .param(0)
                    .and_then(|p| p.value().as_str())
                    .unwrap_or_default();
                out.write(&crate::render::escape::string(text))?;
                Ok(())
            },
        ),
    );
    let source = h.render_template(COVER.builtin, &data).unwrap();
    let pages = typeset::compile(&env, source, planned[0].date).unwrap_or_else(|e| panic!("{e:?}"));
    let text: String = typeset::inspect::pages(&pages)[0]
        .runs
        .iter()
        .map(|r| r.text.as_str())
        .collect();
    assert!(
        text.contains("HỒ SƠ") && text.contains("02 quyết định"),
        "{text}"
    );
}
