//! "Text stays text", proven on typeset output: any string over a hostile alphabet,
//! escaped and typeset, prints exactly its own characters (paired straight quotes as
//! typographic ones, see `escape::quotes`).

use super::{compile, Env};
use crate::model::Date;
use crate::render::escape;
use proptest::prelude::*;
use typst::layout::{Frame, FrameItem};

fn env() -> &'static Env {
    static ENV: std::sync::OnceLock<Env> = std::sync::OnceLock::new();
    ENV.get_or_init(|| Env::new(std::env::temp_dir(), String::new()))
}

/// The text of a frame, each source cluster once (a cluster shaped from two fonts, as a
/// letter with a combining mark can be, comes back as two runs with the same text).
fn text_of(
    frame: &Frame,
    seen: &mut std::collections::HashSet<(typst::syntax::Span, u16)>,
    out: &mut String,
) {
    for (_, item) in frame.items() {
        match item {
            FrameItem::Group(g) => text_of(&g.frame, seen, out),
            FrameItem::Text(t) => {
                for g in &t.glyphs {
                    if seen.insert(g.span) {
                        out.push_str(&t.text[g.range()]);
                    }
                }
            }
            _ => {}
        }
    }
}

/// Typesets `s` in markup, in a content block, in a strong/emph context and right after an
/// embedded expression (`#strong[x]` then `s`); returns the text of each.
fn typeset(s: &str) -> Result<Vec<String>, String> {
    let e = escape::markup(s);
    let src = format!("#set page(width: 2000pt, height: auto)\n#set text(font: \"Tinos\")\n{e}\n#pagebreak()\n#box[{e}]\n#pagebreak()\n#strong[#emph[{e}]]\n#pagebreak()\n#strong[x]{e}\n");
    let doc =
        compile(env(), src, Date::parse("2024-01-01").unwrap()).map_err(|e| format!("{e:?}"))?;
    Ok(doc
        .pages()
        .iter()
        .map(|p| {
            let mut t = String::new();
            text_of(&p.frame, &mut Default::default(), &mut t);
            t
        })
        .collect())
}

/// The characters that print: whitespace, controls and the zero-width space leave no glyph.
fn visible(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !c.is_control() && *c != '\u{200b}')
        .collect()
}

const ALPHABET: &[char] = &[
    '#', '$', '*', '_', '`', '<', '>', '@', '[', ']', '\\', '/', '=', '+', '-', '~', '\'', '"',
    '{', '}', '.', ':', ';', '(', ')', ',', '%', '&', '|', '^', '!', '?', 'a', 'b', 'x', '1', '0',
    ' ', '\n', '\t', '\r', 'ắ', 'ặ', 'ẵ', 'ỹ', 'ữ', 'ỡ', 'Đ', 'ơ', 'ư', '\u{301}', '\u{303}',
    '\u{323}', '\u{200b}',
];

proptest! {
    // A fixed seed keeps CI deterministic; change it to explore new cases locally.
    #![proptest_config(ProptestConfig {
        cases: 500,
        rng_seed: proptest::test_runner::RngSeed::Fixed(0x7468_6964_7561),
        ..ProptestConfig::default()
    })]

    #[test]
    fn escaped_text_prints_literally(chars in proptest::collection::vec(proptest::sample::select(ALPHABET), 0..40)) {
        let s: String = chars.into_iter().collect();
        let pages = typeset(&s).map_err(|e| TestCaseError::fail(format!("{s:?}: {e}")))?;
        prop_assert_eq!(pages.len(), 4);
        let printed = escape::quotes(&s);
        for (i, page) in pages.iter().enumerate() {
            let want = if i == 3 { format!("x{printed}") } else { printed.to_string() };
            prop_assert_eq!(visible(page), visible(&want), "input {:?}", s);
        }
    }
}

#[test]
fn known_attacks_print_literally() {
    let attacks = [
        r#"#read("/etc/passwd")"#,
        "*A* _b_ $c$ <d> @e [f]",
        r"\ // /* = - + ~ -- ...",
        "#import \"/thidua.typ\": *",
        "= Heading\n- list\n+ enum\n/ term: x",
        "]; #panic(\"x\") [",
        "(panic(\"x\")); .x [y]",
        "$ x^2 $ `raw` ```rust fn```",
        "http://example.com 'quoted' \"double\" -5 --- ...",
        "\\u{41} \\#",
        "#{ \"code\" } #let x = 1 #x",
    ];
    for a in attacks {
        let pages = typeset(a).unwrap_or_else(|e| panic!("{a:?}: {e}"));
        let printed = escape::quotes(a);
        for (i, page) in pages.iter().enumerate() {
            let want = if i == 3 {
                format!("x{printed}")
            } else {
                printed.to_string()
            };
            assert_eq!(visible(page), visible(&want), "{a:?}");
        }
    }
}
