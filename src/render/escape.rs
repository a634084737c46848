//! The Typst escaper: any data string becomes markup that prints exactly that string.

/// Characters that can start markup, code, math, labels, references or shorthands in
/// Typst markup; each is written with a backslash so it prints literally. `(` and `;`
/// matter right after an embedded expression (`#strong[a](…)` would call it, `;` would
/// be swallowed), so data can follow any markup the templates or Markdown produce.
const SPECIAL: &[char] = &[
    '\\', '#', '*', '_', '`', '$', '<', '>', '@', '[', ']', '~', '-', '.', '\'', '"', ':', '/',
    '=', '+', '{', '}', '(', ')', ';',
];

/// Escapes `s` for Typst markup: specials get a backslash, a newline becomes a forced
/// line break, carriage returns and other control characters are dropped.
pub fn markup(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 4);
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\ "),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c if SPECIAL.contains(&c) => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// Escapes `s` for the inside of a Typst string literal (`"…"`).
pub fn string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_every_special() {
        assert_eq!(
            markup(r#"#read("/etc/passwd")"#),
            r#"\#read\(\"\/etc\/passwd\"\)"#
        );
        assert_eq!(
            markup("*a* _b_ $c$ <d> @e [f]"),
            r"\*a\* \_b\_ \$c\$ \<d\> \@e \[f\]"
        );
        assert_eq!(
            markup(r"\ // /* = - + ~ -- ..."),
            r"\\ \/\/ \/\* \= \- \+ \~ \-\- \.\.\."
        );
        assert_eq!(markup("{x}: 'y' `z`"), r"\{x\}\: \'y\' \`z\`");
    }

    #[test]
    fn keeps_vietnamese_and_plain_text() {
        assert_eq!(markup("Nguyễn Thị Ánh, 50%"), "Nguyễn Thị Ánh, 50%");
        assert_eq!(markup("(số 1); x"), r"\(số 1\)\; x");
    }

    #[test]
    fn newlines_and_controls() {
        assert_eq!(markup("a\r\nb"), "a\\ b");
        assert_eq!(markup("a\u{0}b\tc"), "ab c");
    }

    #[test]
    fn string_literals() {
        assert_eq!(string(r#"a"b\c"#), r#"a\"b\\c"#);
        assert_eq!(string("x\ny"), "x\\ny");
    }
}
