//! The glyph preflight: classes of characters, their names and places, tables of cases.

use super::glyphs::*;
use std::path::Path;

fn latin(c: char) -> bool {
    (c as u32) < 0x250 || ('\u{1ea0}'..='\u{1ef9}').contains(&c)
}

#[test]
fn classes() {
    let cases = [
        ('ắ', Class::Fine),
        ('ỹ', Class::Fine),
        ('𠀀', Class::Missing),
        ('😀', Class::Missing),
        ('\0', Class::Control),
        ('\u{1b}', Class::Control),
        ('\u{a0}', Class::Invisible("non-breaking space")),
        ('\u{200b}', Class::Invisible("zero-width space")),
        ('\u{202e}', Class::Reorders),
        ('\u{2067}', Class::Reorders),
    ];
    for (c, want) in cases {
        assert_eq!(classify(c, &latin), want, "{c:?}");
    }
}

#[test]
fn names_code_points() {
    assert_eq!(describe('𠀀'), "U+20000 CJK UNIFIED IDEOGRAPH-20000");
    assert_eq!(describe('😀'), "U+1F600 GRINNING FACE");
    assert_eq!(describe('\0'), "U+0000");
}

#[test]
fn places_characters() {
    let text = "title: T\nname: Lê Thị 😀 Hoa\ntext: |\n  một\n  hai 😀\n";
    assert_eq!(find_from(text, (2, 7), 1, '😀', 0), Some((2, 14)));
    assert_eq!(find_from(text, (2, 7), 4, '😀', 1), Some((5, 7)));
    assert_eq!(find_from(text, (3, 7), 3, '😀', 0), Some((5, 7)));
    assert_eq!(find_from(text, (2, 7), 1, '\0', 0), None);
    assert_eq!(column_of("a,\"b,c\",d", 8, ','), 2);
    assert_eq!(column_of("a;b", 2, ';'), 1);
}

#[test]
fn reports_each_problem_with_its_place_and_groups_invisibles() {
    let mut g = Glyphs::new(&latin);
    let yaml = "name: Nguyễn Văn 𠀀\nunit: Phòng\u{a0}A\u{a0}B\n";
    g.yaml(Path::new("a.yaml"), yaml, "name", (1, 7), "Nguyễn Văn 𠀀");
    g.yaml(
        Path::new("a.yaml"),
        yaml,
        "unit",
        (2, 7),
        "Phòng\u{a0}A\u{a0}B",
    );
    g.csv(
        Path::new("r.csv"),
        "name,unit\nLê Văn\0An,X\n",
        &["name".into(), "unit".into()],
        b',',
    );
    let (errors, warnings) = g.finish();
    let errors: Vec<String> = errors.iter().map(|d| d.to_string()).collect();
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(
        errors[0].starts_with("a.yaml:1:18: name: `𠀀` (U+20000"),
        "{errors:?}"
    );
    assert!(
        errors[1].starts_with("r.csv:2:7: row 2, column name: a control character (U+0000)"),
        "{errors:?}"
    );
    assert_eq!(warnings.len(), 1);
    let w = warnings[0].to_string();
    assert!(
        w.starts_with("a.yaml:2:12: unit: a non-breaking space (U+00A0 NO-BREAK SPACE)"),
        "{w}"
    );
    assert!(w.contains("2 times in this file"), "{w}");
}

#[test]
fn old_mac_lines_and_escaped_characters() {
    let mut g = Glyphs::new(&latin);
    g.csv(
        Path::new("r.csv"),
        "name\rLê Văn\0An\r",
        &["name".into()],
        b',',
    );
    let yaml = "a: \"x\\U0001F600\"\nb: 😀\n";
    g.yaml(Path::new("a.yaml"), yaml, "a", (1, 4), "x😀");
    let (errors, _) = g.finish();
    let errors: Vec<String> = errors.iter().map(|d| d.to_string()).collect();
    assert!(
        errors[0].starts_with("r.csv:2:7: row 2, column name: a control"),
        "{errors:?}"
    );
    // The escaped emoji is placed at its scalar, not at the literal one below it.
    assert!(errors[1].starts_with("a.yaml:1:4: a: `😀`"), "{errors:?}");
}
