//! The JSON Schema of `thidua.yaml` and of a dossier, derived from the model's types
//! (schemars), so that an editor completes and checks the same keys the loader reads.
//! The types written by hand (dates, times, percentages) describe themselves here.

use super::forms::{Coefficient, Money, Percent, Thresholds};
use super::{Clock, Config, Date, Dossier};
use schemars::{generate::SchemaSettings, json_schema, JsonSchema, Schema, SchemaGenerator};
use serde_json::Value;
use std::borrow::Cow;

/// Which file a schema describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// `thidua.yaml`.
    Config,
    /// `content/**/*.yaml`.
    Dossier,
}

impl Target {
    /// The schema's file name, as `init` writes it (`schema/dossier.json`).
    pub fn file(self) -> &'static str {
        match self {
            Target::Config => "thidua.json",
            Target::Dossier => "dossier.json",
        }
    }
}

/// The schema of the data a template receives, typed `T` (`thidua schema --template`): as
/// it is written out, in draft 7 like the files' schemas.
pub fn data<T: JsonSchema>() -> Value {
    let generator = SchemaSettings::draft07().for_serialize().into_generator();
    let mut value = generator.into_root_schema_for::<T>().to_value();
    unwrap_lines(&mut value);
    value
}

/// The schema of `target`, in draft 7 (what editors' YAML extensions understand).
pub fn schema(target: Target) -> Value {
    let generator = SchemaSettings::draft07().for_deserialize().into_generator();
    let (mut schema, title) = match target {
        Target::Config => (
            generator.into_root_schema_for::<Config>(),
            t!("schema-title-config"),
        ),
        Target::Dossier => (
            generator.into_root_schema_for::<Dossier>(),
            t!("schema-title-dossier"),
        ),
    };
    schema.insert("title".into(), title.into());
    let mut value = schema.to_value();
    unwrap_lines(&mut value);
    no_null_objects(&mut value);
    value
}

/// An optional section (`decision:`) is `anyOf: [Decision, null]` as derived: a bad
/// value inside it is then reported as the whole section matching neither. Written
/// `allOf: [Decision]`, the mistake is reported where it is (`decision.number`). An
/// empty section means nothing, and is flagged.
fn no_null_objects(value: &mut Value) {
    match value {
        Value::Object(map) => {
            let refers = map.get("anyOf").and_then(Value::as_array).and_then(|any| {
                let null = serde_json::json!({ "type": "null" });
                match any.as_slice() {
                    [one, n] if *n == null && one.get("$ref").is_some() => Some(one.clone()),
                    _ => None,
                }
            });
            if let Some(one) = refers {
                map.remove("anyOf");
                map.remove("default");
                map.insert("allOf".into(), Value::Array(vec![one]));
            }
            map.values_mut().for_each(no_null_objects);
        }
        Value::Array(items) => items.iter_mut().for_each(no_null_objects),
        _ => {}
    }
}

/// Doc comments are wrapped at 90 columns: a description's lines are joined within a
/// paragraph, so that an editor's hover shows prose, not the source's line breaks.
fn unwrap_lines(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                match v {
                    Value::String(s) if key == "description" => *s = paragraphs(s),
                    _ => unwrap_lines(v),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(unwrap_lines),
        _ => {}
    }
}

/// A doc comment as an editor shows it, in the chosen language: its first paragraph is
/// English, its second Vietnamese (one paragraph, a Vietnamese term, serves both); the
/// lines of a paragraph joined.
fn paragraphs(text: &str) -> String {
    let paragraphs: Vec<String> = text
        .split("\n\n")
        .map(|p| p.lines().map(str::trim).collect::<Vec<_>>().join(" "))
        .collect();
    match (paragraphs.as_slice(), crate::lang::current()) {
        ([en, _], crate::lang::Lang::En) => en.clone(),
        ([_, vi], crate::lang::Lang::Vi) => vi.clone(),
        _ => paragraphs.join("\n\n"),
    }
}

impl JsonSchema for Date {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",
            "examples": ["2025-06-30"],
            "description": "A date, year-month-day (2025-06-30).\n\nNgày, dạng năm-tháng-ngày."
        })
    }
}

impl JsonSchema for Clock {
    fn schema_name() -> Cow<'static, str> {
        "Clock".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": "^\\s*([01]?[0-9]|2[0-3])[:hg][0-5][0-9]\\s*$",
            "examples": ["08:00"],
            "description": "A time of day, hours:minutes (08:00).\n\nGiờ, dạng giờ:phút."
        })
    }
}

impl JsonSchema for Percent {
    fn schema_name() -> Cow<'static, str> {
        "Percent".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "number",
            "exclusiveMinimum": 0,
            "maximum": 100,
            "description": "A percentage (80 for 80 %), at most two decimals.\n\nTỷ lệ phần trăm (80 là 80%), tối đa hai chữ số thập phân."
        })
    }
}

impl JsonSchema for Coefficient {
    fn schema_name() -> Cow<'static, str> {
        "Coefficient".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "number",
            "minimum": 0,
            "description": "A multiple of the base salary (1.0), at most two decimals.\n\nHệ số so với mức lương cơ sở (1.0), tối đa hai chữ số thập phân."
        })
    }
}

impl JsonSchema for super::Figure {
    fn schema_name() -> Cow<'static, str> {
        "Figure".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "number",
            "minimum": 0,
            "examples": [1200, 94.5],
            "description": "A figure, 0 or more, with up to four decimals after a point (94.5); printed as written.\n\nMột con số, từ 0 trở lên, tối đa bốn chữ số thập phân sau dấu chấm (94.5); in như đã ghi."
        })
    }
}

impl JsonSchema for Money {
    fn schema_name() -> Cow<'static, str> {
        "Money".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let coefficient = generator.subschema_for::<Option<Coefficient>>();
        json_schema!({
            "type": "array",
            "items": coefficient,
            "minItems": 2,
            "maxItems": 3,
            "description": "[individual, collective] or [individual, collective, household]; ~ where the form is not given to them.\n\n[cá nhân, tập thể] hoặc [cá nhân, tập thể, hộ gia đình]; ghi ~ nếu hình thức không tặng cho đối tượng đó."
        })
    }
}

impl JsonSchema for Thresholds {
    fn schema_name() -> Cow<'static, str> {
        "Thresholds".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let percent = generator.subschema_for::<Percent>();
        json_schema!({
            "description": "The share of votes needed: one number for every regime, or one per regime key.\n\nTỷ lệ phiếu cần đạt: một số cho mọi chế độ, hoặc một số cho từng chế độ ({ B: 80, C: 80 }).",
            "anyOf": [
                percent,
                { "type": "object", "additionalProperties": percent }
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptions_are_prose_in_the_language_chosen() {
        use crate::lang::{with, Lang};
        let both = "English,\nwrapped.\n\nTiếng Việt,\nxuống dòng.";
        let cases = [
            (Lang::En, "One line.", "One line."),
            (Lang::Vi, "Wrapped\nat ninety.", "Wrapped at ninety."),
            (Lang::En, both, "English, wrapped."),
            (Lang::Vi, both, "Tiếng Việt, xuống dòng."),
        ];
        for (lang, doc, want) in cases {
            assert_eq!(with(lang, || paragraphs(doc)), want);
        }
    }

    #[test]
    fn an_optional_section_is_checked_inside() {
        let mut v = serde_json::json!({
            "properties": {
                "decision": {
                    "anyOf": [{ "$ref": "#/definitions/Decision" }, { "type": "null" }],
                    "default": null,
                    "description": "d"
                },
                "name": { "type": ["string", "null"] }
            }
        });
        no_null_objects(&mut v);
        let want = serde_json::json!({
            "properties": {
                "decision": { "allOf": [{ "$ref": "#/definitions/Decision" }], "description": "d" },
                "name": { "type": ["string", "null"] }
            }
        });
        assert_eq!(v, want);
    }
}
