//! Names a template asks of its data, checked: a name that names nothing is a located
//! error with the nearest name the data has, never a quiet false or an empty list.
//! Handlebars in strict mode already refuses a missing `{{name}}`, and an `#each` or
//! `#with` of one without `{{else}}`; `#if`, `#unless`, and `#each` / `#with` with an
//! `{{else}}` would take the missing name for false and print the other branch
//! (`{{#if award.money.colective}}` dropped the collectives' money from Điều 2 unseen).

use handlebars::template::{Parameter, Subexpression, Template, TemplateElement};
use handlebars::{
    Context, Handlebars, Helper, HelperDef, HelperResult, JsonTruthy, Output, PathAndJson,
    RenderContext, RenderError, RenderErrorReason, Renderable, ScopedJson,
};
use serde_json::Value;
use std::collections::{BTreeSet, HashMap};

/// The helpers an `#each` and a `#with` with `{{else}}` ask their value of (see
/// [`checked`]).
const PRESENT: [(&str, &str); 2] = [("each", "thidua_each_of"), ("with", "thidua_with_of")];

/// Registers `if` and `unless` that check their name, and the helper `checked` puts
/// before the list of an `#each` or `#with` with `{{else}}`.
pub fn register(h: &mut Handlebars) {
    h.register_helper("if", Box::new(Checked { negate: false }));
    h.register_helper("unless", Box::new(Checked { negate: true }));
    for (block, helper) in PRESENT {
        h.register_helper(helper, Box::new(Present { block, helper }));
    }
}

/// `template` with the list of every `#each` and `#with` that has an `{{else}}` asked of
/// [`Present`] first, which refuses a name that names nothing (and gives the value on).
pub fn checked(mut template: Template) -> Template {
    walk(&mut template.elements);
    template
}

fn walk(elements: &mut [TemplateElement]) {
    for e in elements {
        let TemplateElement::HelperBlock(block) = e else {
            continue;
        };
        let name = block.name.as_name().unwrap_or_default();
        let helper = PRESENT.iter().find(|(b, _)| *b == name).map(|(_, h)| *h);
        // Every `#each` (a null list is an empty one, not a missing name); a `#with` with
        // `{{else}}` (without one, strict mode refuses a missing name already).
        if let Some(helper) = helper.filter(|_| name == "each" || block.inverse.is_some()) {
            if let Some(first @ Parameter::Path(_)) = block.params.first_mut() {
                let path = first.clone();
                let asked = Parameter::Name(helper.into());
                *first =
                    Parameter::Subexpression(Subexpression::new(asked, vec![path], HashMap::new()));
            }
        }
        for inner in [&mut block.template, &mut block.inverse]
            .into_iter()
            .flatten()
        {
            walk(&mut inner.elements);
        }
    }
}

/// A name that names nothing in the data, in `#helper` (told from other errors by its
/// type, not its words).
#[derive(Debug)]
pub struct NamesNothing {
    pub path: String,
    helper: String,
}

impl std::fmt::Display for NamesNothing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (path, helper) = (&self.path, &self.helper);
        f.write_str(&t!("render-names-nothing-in", path = path, helper = helper))
    }
}

impl std::error::Error for NamesNothing {}

/// The error of a name that names nothing in the data, in `#helper`.
fn missing(path: Option<&String>, helper: &str) -> RenderError {
    let path = path.map_or("?", String::as_str).to_string();
    let helper = helper.to_string();
    RenderErrorReason::NestedError(Box::new(NamesNothing { path, helper })).into()
}

/// The first parameter of helper `helper` (in `#block`), refused when it names nothing.
fn named<'h, 'rc>(
    h: &'h Helper<'rc>,
    helper: &'static str,
    block: &str,
) -> Result<&'h PathAndJson<'rc>, RenderError> {
    let param = h
        .param(0)
        .ok_or(RenderErrorReason::ParamNotFoundForIndex(helper, 0))?;
    match param.is_value_missing() {
        true => Err(missing(param.relative_path(), block)),
        false => Ok(param),
    }
}

/// Gives its one parameter on, refusing a name that names nothing (for `#block`).
struct Present {
    block: &'static str,
    helper: &'static str,
}

impl HelperDef for Present {
    fn call_inner<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        _: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
    ) -> Result<ScopedJson<'rc>, RenderError> {
        match named(h, self.helper, self.block)?.value() {
            serde_json::Value::Null if self.block == "each" => {
                Ok(ScopedJson::Derived(serde_json::json!([])))
            }
            v => Ok(ScopedJson::Derived(v.clone())),
        }
    }
}

/// `if` and `unless` as Handlebars has them, but a name that names nothing in the data
/// is an error, not false.
struct Checked {
    negate: bool,
}

impl HelperDef for Checked {
    fn call<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        r: &'reg Handlebars<'reg>,
        ctx: &'rc Context,
        rc: &mut RenderContext<'reg, 'rc>,
        out: &mut dyn Output,
    ) -> HelperResult {
        let name = if self.negate { "unless" } else { "if" };
        let shown = named(h, name, name)?.value().is_truthy(false) != self.negate;
        let block = if shown { h.template() } else { h.inverse() };
        match block {
            Some(t) => t.render(r, ctx, rc, out),
            None => Ok(()),
        }
    }
}

/// The name `path` names nothing: the nearest name the data has, by the last part of
/// the path (a template's name may be relative to a list's item, so every level counts).
pub fn nearest(data: &Value, path: &str) -> Option<String> {
    let last = path.rsplit(['.', '/']).next()?.trim_matches(['[', ']']);
    let mut names = BTreeSet::new();
    keys(data, &mut names);
    names
        .into_iter()
        .map(|n| (strsim::damerau_levenshtein(last, n), n))
        .filter(|(d, n)| *d > 0 && *d <= (last.chars().count() / 3).max(1) && !n.is_empty())
        .min()
        .map(|(_, n)| n.to_string())
}

fn keys<'a>(v: &'a Value, out: &mut BTreeSet<&'a str>) {
    match v {
        Value::Object(map) => {
            for (k, inner) in map {
                out.insert(k);
                keys(inner, out);
            }
        }
        // Rows share their names: the first of a list holds them all.
        Value::Array(items) => items.iter().take(1).for_each(|i| keys(i, out)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn render(t: &str, data: &Value) -> Result<String, String> {
        let mut h = Handlebars::new();
        h.set_strict_mode(true);
        register(&mut h);
        let tpl = checked(Template::compile(t).unwrap());
        h.register_template("t", tpl);
        h.render("t", data).map_err(|e| e.reason().to_string())
    }

    #[test]
    fn every_block_checks_its_name() {
        let data = json!({"award": {"money": {"collective": "1.000"}, "rows": [{"name": "A"}, {"name": "B"}], "none": [], "nothing": null}});
        let good = [
            ("{{#if award.money.collective}}y{{else}}n{{/if}}", "y"),
            (
                "{{#unless award.money.collective}}y{{else}}n{{/unless}}",
                "n",
            ),
            ("{{#each award.rows}}{{name}},{{else}}none{{/each}}", "A,B,"),
            ("{{#each award.none}}x{{else}}none{{/each}}", "none"),
            (
                "{{#each award.rows}}{{@index}}{{../award.money.collective}};{{/each}}",
                "01.000;11.000;",
            ),
            (
                "{{#with award.money}}{{collective}}{{else}}-{{/with}}",
                "1.000",
            ),
        ];
        for (t, want) in good {
            assert_eq!(render(t, &data).as_deref(), Ok(want), "{t}");
        }
        let bad = [
            "{{#if award.money.colective}}y{{/if}}",
            "{{#unless award.mony}}y{{/unless}}",
            "{{#each award.row}}x{{else}}none{{/each}}",
            "{{#each award.row}}x{{/each}}",
            "{{#with award.mony}}x{{else}}-{{/with}}",
            "{{#each award.rows}}{{#if nam}}x{{/if}}{{/each}}",
        ];
        for t in bad {
            assert!(render(t, &data).is_err(), "{t}");
        }
    }

    #[test]
    fn the_nearest_name_is_suggested() {
        let data =
            json!({"award": {"money": {"collective": 1}, "individuals": [{"display": "A"}]}});
        let cases = [
            ("award.money.colective", Some("collective")),
            ("award.mony", Some("money")),
            ("individualz", Some("individuals")),
            ("dispay", Some("display")),
            ("zzzz", None),
        ];
        for (path, want) in cases {
            assert_eq!(nearest(&data, path).as_deref(), want, "{path}");
        }
    }
}
