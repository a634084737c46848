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
