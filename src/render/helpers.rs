//! Handlebars helpers: the same Rust formatters that derive the facts, for templates
//! that format values of their own (`vn_` names, so they never shadow a data field). Each escapes its output for Typst markup, except
//! `markdown` (escapes the text it converts) and `str` (for string literals).

use super::{escape, markdown};
use crate::derive::{dates, numbers, words};
use crate::model::Date;
use handlebars::{
    Context, Handlebars, Helper, HelperResult, Output, RenderContext, RenderErrorReason,
};

/// Registers every helper; amounts in words follow the project's spelling options.
pub fn register(h: &mut Handlebars, words_options: words::WordOptions) {
    super::names::register(h);
    // Raw: the converted Markdown escapes its own text; `str` output goes inside a string literal.
    add(h, "markdown", false, |h| {
        Ok(markdown::to_typst(text(h, "markdown")?))
    });
    // A Typst string of metadata or a label: one line (an agency's name of two lines
    // is its title's and author's on one).
    add(h, "str", false, |h| {
        Ok(escape::string(&text(h, "str")?.replace(['\r', '\n'], " ")))
    });
    add(h, "lower", true, |h| Ok(text(h, "lower")?.to_lowercase()));
    add(h, "upper", true, |h| Ok(text(h, "upper")?.to_uppercase()));
    add(h, "vn_number", true, |h| {
        Ok(numbers::group(int(h, 0, "vn_number")?))
    });
    add(h, "vn_count", true, |h| {
        Ok(numbers::pad2(int(h, 0, "vn_count")? as usize))
    });
    add(h, "vn_percent", true, |h| {
        Ok(numbers::percent(
            int(h, 0, "vn_percent")?,
            int(h, 1, "vn_percent")?,
        ))
    });
    add(h, "vn_money_words", true, move |h| {
        Ok(words::money(int(h, 0, "vn_money_words")?, words_options))
    });
    h.register_helper("longest", Box::new(longest));
    h.register_helper("rows", Box::new(rows));
    add(h, "em_width", true, |h| {
        Ok(em_width(text(h, "em_width")?).to_string())
    });
    add(h, "vn_date", true, |h| Ok(dates::long(date(h, "vn_date")?)));
    add(h, "vn_short_date", true, |h| {
        Ok(dates::short(date(h, "vn_short_date")?))
    });
}

// `(longest list "field" n)`: the `n` longest values of `field` in `list` (by
// characters, the first of equals first), for a table to size a column from them
// instead of laying out every cell twice.
handlebars::handlebars_helper!(
    longest: |list: array, field: str, n: u64| {
        let values = list.iter().filter_map(|item| match item.get(field)? {
            serde_json::Value::String(s) => Some(s.clone()),
            serde_json::Value::Number(x) => Some(x.to_string()),
            _ => None,
        });
        serde_json::Value::from(crate::derive::longest(values, n as usize))
    }
);

// `(rows list from to)`: the items `from`..`to` of `list` (clamped), for a piece of an annex.
handlebars::handlebars_helper!(
    rows: |list: array, from: u64, to: u64| {
        let to = (to as usize).min(list.len());
        let from = (from as usize).min(to);
        serde_json::Value::from(list[from..to].to_vec())
    }
);

/// An upper bound of the width of `text` on one line of the built-in Tinos, in em: every
/// letter of the Latin and Vietnamese alphabets, digit, mark and common punctuation mark
/// is at most 1 em wide (W, M, …), the digraphs Ǆ, Ǳ, … and Ƣ at most 3 em. Any other
/// character (which a project's own font may draw, at any width) and a line break (the
/// escaper keeps it) give `NO_BOUND`. A certificate whose name and detail surely fit on
/// one line needs no measure of their height.
pub fn em_width(text: &str) -> u64 {
    text.chars()
        .map(|c| match c as u32 {
            0x000A | 0x000D | 0x2028 | 0x2029 => NO_BOUND,
            0x01A2 | 0x01C4..=0x01CC | 0x01F1..=0x01F3 => 3,
            0x0020..=0x024F | 0x0300..=0x036F | 0x1E00..=0x1EFF | 0x2010..=0x2027 => 1,
            _ => NO_BOUND,
        })
        .fold(0, |a: u64, b| a.saturating_add(b).min(NO_BOUND))
}

/// What `em_width` gives for text it cannot bound: wider than any page.
const NO_BOUND: u64 = 100_000;

/// Registers helper `name` writing `f`'s text, escaped for markup when `escaped`.
fn add<F>(h: &mut Handlebars, name: &'static str, escaped: bool, f: F)
where
    F: Fn(&Helper) -> Result<String, RenderErrorReason> + Send + Sync + 'static,
{
    h.register_helper(
        name,
        Box::new(
            move |h: &Helper,
                  _: &Handlebars,
                  _: &Context,
                  _: &mut RenderContext,
                  out: &mut dyn Output|
                  -> HelperResult {
                let text = f(h)?;
                out.write(&if escaped { escape::markup(&text) } else { text })?;
                Ok(())
            },
        ),
    );
}

fn text<'a>(h: &'a Helper, helper: &'static str) -> Result<&'a str, RenderErrorReason> {
    h.param(0)
        .and_then(|v| v.value().as_str())
        .ok_or(RenderErrorReason::ParamNotFoundForIndex(helper, 0))
}

fn int(h: &Helper, i: usize, helper: &'static str) -> Result<u64, RenderErrorReason> {
    h.param(i)
        .and_then(|v| v.value().as_u64())
        .ok_or(RenderErrorReason::ParamNotFoundForIndex(helper, i))
}

fn date(h: &Helper, helper: &'static str) -> Result<Date, RenderErrorReason> {
    text(h, helper)
        .ok()
        .and_then(Date::parse)
        .ok_or(RenderErrorReason::InvalidParamType(
            "a date like 2024-10-15",
        ))
}

#[cfg(test)]
mod tests {
    use handlebars::Handlebars;
    use serde_json::json;

    #[test]
    fn helpers_format_and_escape() {
        let mut h = Handlebars::new();
        h.set_strict_mode(true);
        h.register_escape_fn(super::escape::markup);
        super::register(&mut h, Default::default());
        let t = "{{vn_number n}}|{{vn_count c}}|{{vn_percent a t}}|{{vn_date d}}|{{vn_short_date d}}|{{vn_money_words m}}|{{upper s}}|\"{{str q}}\"";
        let data = json!({"n": 178747, "c": 9, "a": 178747, "t": 165000, "d": "2024-03-05", "m": 1005000, "s": "giám đốc sở", "q": "a\"b"});
        let out = h.render_template(t, &data).unwrap();
        assert_eq!(out, "178\\.747|09|108,3%|ngày 05 tháng 3 năm 2024|05\\/03\\/2024|Một triệu không trăm linh năm nghìn đồng|GIÁM ĐỐC SỞ|\"a\\\"b\"");
        assert!(h.render_template("{{vn_date n}}", &data).is_err());
        let list = json!({"l": [{"x": "ab", "i": 9}, {"x": "abcd", "i": 10}, {"x": "a*c", "i": 11}, {"x": "wxyz", "i": 12}]});
        let t = "{{#each (longest l \"x\" 3)}}[{{this}}]{{/each}}|{{#each (longest l \"i\" 1)}}{{this}}{{/each}}";
        assert_eq!(
            h.render_template(t, &list).unwrap(),
            "[abcd][wxyz][a\\*c]|10"
        );
        let t = "{{em_width s}}|{{em_width w}}";
        let w = json!({"s": "Bà Nguyễn Thị Ánh Tuyết", "w": "Ǆ—Ƣ"});
        assert_eq!(h.render_template(t, &w).unwrap(), "23|7");
        for unbounded in ["Nguyễn\nVăn A", "A\u{2028}B", "Ông ⸻", "李小龍", "﷽"] {
            assert_eq!(super::em_width(unbounded), super::NO_BOUND, "{unbounded:?}");
        }
        let t = "{{#each (rows l 1 3)}}{{x}};{{/each}}|{{#each (rows l 3 9)}}{{i}}{{/each}}|{{#each (rows l 5 2)}}{{i}}{{/each}}";
        assert_eq!(h.render_template(t, &list).unwrap(), "abcd;a\\*c;|12|");
    }
}
