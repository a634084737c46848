//! Partials (`{{> name}}`, `{{#*inline "name"}}`) that could never end: Handlebars
//! renders a partial that includes itself until the stack overflows, which aborts the
//! whole process. A template may use partials it defines inline, by a name written out,
//! and none that includes itself, directly or through another; a document's template is
//! no partial.

use handlebars::template::{Parameter, Template, TemplateElement};
use std::collections::{BTreeMap, BTreeSet};

/// Why `template` (named `stem`) could include itself without end, or names a partial
/// that is no inline partial of it (`templates`: every template's name).
pub fn problem(template: &Template, templates: &[&str]) -> Option<String> {
    // The partials each inline definition (and the template itself, under "") uses.
    let mut uses: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    if let Err(why) = walk(&template.elements, "", &mut uses) {
        return Some(why);
    }
    let defined: BTreeSet<&String> = uses.keys().filter(|k| !k.is_empty()).collect();
    for used in uses.values().flatten() {
        if templates.contains(&used.as_str()) {
            return Some(t!("render-partial-document", used = used));
        }
        if !defined.contains(used) {
            return Some(t!("render-partial-unknown", used = used));
        }
    }
    for start in defined {
        if reaches(&uses, start, start, &mut BTreeSet::new()) {
            return Some(t!("render-partial-itself", start = start));
        }
    }
    None
}

/// Whether `from`'s partials lead back to `target`.
fn reaches(
    uses: &BTreeMap<String, BTreeSet<String>>,
    from: &str,
    target: &str,
    seen: &mut BTreeSet<String>,
) -> bool {
    for next in uses.get(from).into_iter().flatten() {
        if next == target {
            return true;
        }
        if seen.insert(next.clone()) && reaches(uses, next, target, seen) {
            return true;
        }
    }
    false
}

/// Records, under `owner`, the partials `elements` use; an inline definition's body
/// under its own name. A partial's name must be written out.
fn walk(
    elements: &[TemplateElement],
    owner: &str,
    uses: &mut BTreeMap<String, BTreeSet<String>>,
) -> Result<(), String> {
    uses.entry(owner.to_string()).or_default();
    for e in elements {
        match e {
            TemplateElement::PartialExpression(p) | TemplateElement::PartialBlock(p) => {
                let name = match &p.name {
                    Parameter::Name(n) => n.clone(),
                    Parameter::Path(handlebars::Path::Relative((_, raw))) => raw.clone(),
                    _ => return Err(t!("render-partial-computed")),
                };
                uses.entry(owner.to_string()).or_default().insert(name);
                if let Some(t) = &p.template {
                    walk(&t.elements, owner, uses)?;
                }
            }
            TemplateElement::DecoratorBlock(d) if d.name.as_name() == Some("inline") => {
                let name = match d.params.first() {
                    Some(Parameter::Literal(serde_json::Value::String(n))) => n.clone(),
                    _ => return Err(t!("render-inline-computed")),
                };
                if let Some(t) = &d.template {
                    walk(&t.elements, &name, uses)?;
                }
            }
            TemplateElement::HelperBlock(h) => {
                for t in [&h.template, &h.inverse].into_iter().flatten() {
                    walk(&t.elements, owner, uses)?;
                }
            }
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::problem;
    use handlebars::Template;

    #[test]
    fn a_partial_that_never_ends_is_refused() {
        let check = |t: &str| problem(&Template::compile(t).unwrap(), &["slides", "decision"]);
        assert!(check("{{#*inline \"r\"}}x{{/inline}}{{> r}}{{> r}}").is_none());
        assert!(
            check("{{#*inline \"a\"}}{{> b}}{{/inline}}{{#*inline \"b\"}}x{{/inline}}{{> a}}")
                .is_none()
        );
        let bad = [
            ("{{> slides}}", "document's template"),
            ("{{#*inline \"r\"}}{{> r}}{{/inline}}{{> r}}", "includes itself"),
            ("{{#*inline \"a\"}}{{> b}}{{/inline}}{{#*inline \"b\"}}{{#if x}}{{> a}}{{/if}}{{/inline}}{{> a}}", "includes itself"),
            ("{{> nothing}}", "names no inline partial"),
            ("{{> (lookup x)}}", "written out"),
        ];
        for (t, said) in bad {
            let why = check(t).unwrap_or_default();
            assert!(why.contains(said), "{t}: {why}");
        }
    }
}
