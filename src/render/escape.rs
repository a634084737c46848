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
/// line break, carriage returns and other control characters are dropped. Paired straight
/// double quotes print as “…” (see [`quotes`]).
pub fn markup(s: &str) -> String {
    let s = quotes(s);
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

/// Straight double quotes that pair up as Vietnamese typesetting (and Word) prints them:
/// `"Người tốt, việc tốt"` → `“Người tốt, việc tốt”`. A quote opens at the start or after
/// a space or bracket and closes before a space, punctuation or the end; one that pairs
/// with none (an inch mark, a stray quote) stays as typed.
pub fn quotes(s: &str) -> std::borrow::Cow<'_, str> {
    if s.matches('"').count() < 2 {
        return std::borrow::Cow::Borrowed(s);
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = chars.clone();
    let mut open: Option<usize> = None;
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        // `\"` is Markdown's quote that stays a quote.
        if c != '"' || before == Some('\\') {
            continue;
        }
        let after = chars.get(i + 1).copied();
        // `*` and `_` are Markdown's emphasis around a quotation.
        let opens = before.is_none_or(|b| b.is_whitespace() || "([{–—-/“‘*_".contains(b));
        let closes = after.is_none_or(|a| a.is_whitespace() || ".,;:!?)]}…-–—/”’*_".contains(a));
        match open {
            Some(j) if closes && i > j + 1 => {
                out[j] = '“';
                out[i] = '”';
                open = None;
            }
            // A quote that can open replaces a stray one before it.
            _ if opens => open = Some(i),
            _ => {}
        }
    }
    std::borrow::Cow::Owned(out.into_iter().collect())
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
            r#"\#read\(“\/etc\/passwd”\)"#
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
    fn typographic_quotes() {
        let cases = [
            ("\"Người tốt, việc tốt\"", "“Người tốt, việc tốt”"),
            (
                "phong trào \"Người tốt, việc tốt\" năm 2024",
                "phong trào “Người tốt, việc tốt” năm 2024",
            ),
            ("\"A\", \"B\".", "“A”, “B”."),
            ("(\"x\")", "(“x”)"),
            ("**\"x\"**", "**“x”**"),
            ("màn hình 21\" và \"Hoa\"", "màn hình 21\" và “Hoa”"),
            ("một \" lẻ", "một \" lẻ"),
            ("\"mở mà không đóng", "\"mở mà không đóng"),
            ("\"\"", "\"\""),
            ("\"a \\\"b\\\" c\"", "“a \\\"b\\\" c”"),
            ("không có", "không có"),
        ];
        for (s, want) in cases {
            assert_eq!(quotes(s), want, "{s}");
        }
        assert_eq!(markup("\"a\" b\""), "“a” b\\\"");
    }

    #[test]
    fn string_literals() {
        assert_eq!(string(r#"a"b\c"#), r#"a\"b\\c"#);
        assert_eq!(string("x\ny"), "x\\ny");
    }
}
