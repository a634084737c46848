//! The language thidua speaks: every message, hint and help text is looked up by its id
//! in one catalogue per language (`vi.ftl`, `en.ftl`, Project Fluent's format), never
//! written in the code. `t!("id", name = value)` gives the text in the chosen language.
//!
//! The language is the one global setting below the commands: a message is made where
//! its problem is found, deep in a stage, and threading a language through every stage
//! would change every signature for no gain. `main` sets it once, before anything runs;
//! unset (unit tests), it is English.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

/// A language thidua speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// Vietnamese, the default.
    Vi,
    /// English, on request (`--lang en`, `THIDUA_LANG=en`).
    En,
}

impl Lang {
    /// The language a code names (`vi`, `en`, in any case), if thidua speaks it.
    pub fn named(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "vi" | "vi-vn" | "vie" => Some(Lang::Vi),
            "en" | "en-us" | "en-gb" | "eng" => Some(Lang::En),
            _ => None,
        }
    }

    /// The catalogue's text, as embedded in the binary.
    pub fn catalogue(self) -> &'static str {
        match self {
            Lang::Vi => include_str!("vi.ftl"),
            Lang::En => include_str!("en.ftl"),
        }
    }

    fn tag(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }
}

static CHOSEN: OnceLock<Lang> = OnceLock::new();

/// Sets the language of every message, once, before anything else runs; a second call
/// changes nothing.
pub fn set(lang: Lang) {
    let _ = CHOSEN.set(lang);
}

/// The language chosen (English when none was: the unit tests).
pub fn current() -> Lang {
    if let Some(lang) = FOR_NOW.with(std::cell::Cell::get) {
        return lang;
    }
    CHOSEN.get().copied().unwrap_or(Lang::En)
}

thread_local! {
    static FOR_NOW: std::cell::Cell<Option<Lang>> = const { std::cell::Cell::new(None) };
}

/// `f` run with `lang` as this thread's language: what scripts read (`diff`'s JSON) is
/// the same in every language, and a unit test tries a message in Vietnamese.
pub fn with<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    let before = FOR_NOW.with(|t| t.replace(Some(lang)));
    let out = f();
    FOR_NOW.with(|t| t.set(before));
    out
}

/// A value put into a message: text as it is, or a number (which chooses English's
/// plural form: `1 file`, `2 files`).
#[derive(Debug, Clone)]
pub enum Arg {
    Text(String),
    Number(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}

impl From<std::borrow::Cow<'_, str>> for Arg {
    fn from(s: std::borrow::Cow<'_, str>) -> Self {
        Arg::Text(s.into_owned())
    }
}

macro_rules! numbers {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
        impl From<&$t> for Arg {
            fn from(n: &$t) -> Self {
                Arg::Number(i64::try_from(*n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
numbers!(usize, u64, u32, u16, u8, i64, i32);

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static VI: OnceLock<Bundle> = OnceLock::new();
    static EN: OnceLock<Bundle> = OnceLock::new();
    let cell = match lang {
        Lang::Vi => &VI,
        Lang::En => &EN,
    };
    cell.get_or_init(|| made(lang))
}

/// A language's bundle. The catalogues are part of the binary, and tests parse them
/// whole: an entry the parser skips here would already have failed `cargo test`.
fn made(lang: Lang) -> Bundle {
    let resource = match FluentResource::try_new(lang.catalogue().to_string()) {
        Ok(r) | Err((r, _)) => r,
    };
    let id = lang.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks (U+2068, U+2069) are for right-to-left scripts; in a terminal they
    // are noise, and they would break the `file:line:column` a user copies.
    bundle.set_use_isolating(false);
    if let Err(errors) = bundle.add_resource(resource) {
        debug_assert!(errors.is_empty(), "{errors:?}");
    }
    bundle
}

/// The message `id` in the chosen language, with `args` put in; an id missing from the
/// catalogue (a test forbids it) is given as the id itself, never a panic.
pub fn text(id: &str, args: &[(&str, Arg)]) -> String {
    text_in(current(), id, args)
}

/// The message `id` in `lang`.
pub fn text_in(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_string();
    };
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        let value = match value {
            Arg::Text(s) => FluentValue::from(s.as_str()),
            Arg::Number(n) => FluentValue::from(*n),
        };
        fluent.set(*name, value);
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent), &mut errors)
        .into_owned()
}

/// Whether the catalogue of the chosen language has `id` (the help of an argument that
/// has none keeps clap's).
pub fn has(id: &str) -> bool {
    bundle(current()).has_message(id)
}

/// A kind of document (`minutes`) as messages name it: the catalogue's `kinds-name-KIND`
/// (a test asks it of every row of the kinds table).
pub fn kind_of_document(kind: &str) -> String {
    text(&format!("kinds-name-{kind}"), &[])
}

/// A decimal number written by the code (`0.4`) as the language writes it: Vietnamese
/// separates the decimals with a comma (`0,4`).
pub fn decimal(number: &str) -> String {
    match current() {
        Lang::Vi => number.replace('.', ","),
        Lang::En => number.to_string(),
    }
}

/// `t!("id")`, `t!("id", name = value, …)`: the message `id` of the catalogue in the
/// chosen language, each `name` put where the catalogue writes `{ $name }`.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::lang::text($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::lang::text($id, &[$((stringify!($name), $crate::lang::Arg::from($value))),+])
    };
}

pub mod serde;

#[cfg(test)]
mod catalogue_tests;
#[cfg(test)]
pub mod english;
