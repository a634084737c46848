//! The template contract checked on a small schema: every branch, lists, maps, parents,
//! the root, block parameters, and the names that name nothing.

use super::contract::check;
use handlebars::Template;
use serde_json::json;

#[test]
fn names_are_checked_in_every_branch_against_the_schema() {
    let schema = json!({
        "type": "object",
        "properties": {
            "award": {"$ref": "#/definitions/Award"},
            "tags": {"type": "object", "additionalProperties": {"type": "string"}},
            "any": {}
        },
        "definitions": {"Award": {"type": "object", "properties": {
            "money": {"type": ["string", "null"]},
            "rows": {"type": "array", "items": {"type": "object", "properties": {"name": {"type": "string"}}}}
        }}}
    });
    let other = json!({"type": "object", "properties": {"sheet": {"type": "string"}}});
    let errors = |t: &str| {
        let found = check(
            &Template::compile(t).unwrap(),
            &[schema.clone(), other.clone()],
        );
        found.into_iter().map(|(_, m)| m).collect::<Vec<_>>()
    };
    let good = [
        "{{#if award.money}}{{else}}{{award.money}}{{/if}}",
        "{{#each award.rows}}{{name}}{{../award.money}}{{@index}}{{this.name}}{{/each}}",
        "{{#each award.rows as |r|}}{{r.anything}}{{/each}}",
        "{{award.rows.[0].name}}{{@root.award.money}}{{tags.whatever}}{{any.thing.at.all}}",
        "{{#with award}}{{money}}{{/with}}{{sheet}}{{longest award.rows \"name\" 2}}",
    ];
    for t in good {
        assert_eq!(errors(t), Vec::<String>::new(), "{t}");
    }
    let bad = [
        (
            "{{#if award.money}}{{else}}{{award.mony}}{{/if}}",
            "`award.mony` names nothing in the data; did you mean `money`?",
        ),
        (
            "{{#each award.rows}}{{nmae}}{{/each}}",
            "`nmae` names nothing in the data; did you mean `name`?",
        ),
        (
            "{{#each award.rows}}{{../award.mony}}{{/each}}",
            "`award.mony`",
        ),
        ("{{award.money.length}}", "`award.money.length`"),
        (
            "{{longest award.rows \"nmae\" 2}}",
            "`nmae` names no field of the rows of `longest`",
        ),
        ("{{award}}", "`award` is a map or a list"),
        (
            "{{#each award.rows}}{{#each @root.award.rows}}{{#each @root.award.rows}}{{#each @root.award.rows}}{{#each @root.award.rows}}{{#each @root.award.rows}}{{#each @root.award.rows}}x{{/each}}{{/each}}{{/each}}{{/each}}{{/each}}{{/each}}{{/each}}",
            "nested more than 6 deep",
        ),
    ];
    for (t, said) in bad {
        let found = errors(t);
        assert!(
            found.len() == 1 && found[0].contains(said),
            "{t}: {found:?}"
        );
    }
}

#[test]
fn every_builtin_template_names_only_what_its_data_has() {
    // A build checks a project's own templates; the built-in ones are checked here.
    for kind in crate::kinds::KINDS {
        let kinds: Vec<_> = crate::kinds::KINDS
            .iter()
            .filter(|k| k.template == kind.template)
            .collect();
        let schemas: Vec<_> = kinds.iter().map(|k| (k.schema)()).collect();
        let found = check(&Template::compile(kind.builtin).unwrap(), &schemas);
        assert!(found.is_empty(), "{}: {found:?}", kind.template);
    }
    // And a misspelt name in one is found.
    let decision = crate::kinds::KINDS
        .iter()
        .find(|k| k.name == "decision")
        .unwrap();
    let broken = decision.builtin.replacen("award.money", "award.mony", 1);
    let found = check(&Template::compile(&broken).unwrap(), &[(decision.schema)()]);
    assert_eq!(found.len(), 1, "{found:?}");
}
