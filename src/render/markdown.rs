//! The Markdown subset of report texts (paragraphs, **bold**, *italic*, lists, line
//! breaks) turned into Typst markup; every piece of text goes through the escaper.

use super::escape;
use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// Converts `md` to Typst markup; anything outside the subset prints as its text. A
/// Markdown heading becomes a numbered sub-heading (`1.`, `2.`, …) in bold, as the Decree
/// numbers the parts under a Roman-numbered section.
pub fn to_typst(md: &str) -> String {
    let mut out = String::new();
    let mut headings = 0;
    let mut lists: Vec<bool> = Vec::new(); // true = numbered
                                           // Quotes pair across **bold** and *italic*, which split the text into pieces.
    let md = escape::quotes(md);
    for event in Parser::new(&md) {
        match event {
            Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph) if !lists.is_empty() => {}
            Event::Start(Tag::Paragraph) => {}
            Event::End(TagEnd::Paragraph) => out.push_str("\n\n"),
            Event::End(TagEnd::Heading(_)) => out.push_str("])\n\n"),
            Event::Start(Tag::Heading { .. }) => {
                headings += 1;
                out.push_str(&format!(
                    "#block(above: 8pt, below: 6pt, strong[{headings}\\. "
                ));
            }
            Event::Start(Tag::Strong) => out.push_str("#strong["),
            Event::Start(Tag::Emphasis) => out.push_str("#emph["),
            Event::End(TagEnd::Strong) | Event::End(TagEnd::Emphasis) => out.push(']'),
            Event::Start(Tag::List(first)) => {
                if lists.is_empty() && !out.is_empty() && !out.ends_with("\n\n") {
                    out.push_str("\n\n");
                }
                lists.push(first.is_some());
            }
            Event::End(TagEnd::List(_)) => {
                lists.pop();
                if lists.is_empty() {
                    out.push('\n');
                }
            }
            Event::Start(Tag::Item) => {
                if !out.is_empty() && !out.ends_with('\n') {
                    out.push('\n');
                }
                out.push_str(&"  ".repeat(lists.len().saturating_sub(1)));
                out.push_str(if lists.last() == Some(&true) {
                    "+ "
                } else {
                    "- "
                });
            }
            Event::End(TagEnd::Item) if !out.ends_with('\n') => out.push('\n'),
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                out.push_str(&escape::markup(&t))
            }
            Event::SoftBreak => out.push(' '),
            Event::HardBreak => out.push_str("\\ "),
            _ => {}
        }
    }
    out.trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::to_typst;

    #[test]
    fn subset() {
        assert_eq!(
            to_typst("Một **hai** *ba*\nbốn"),
            "Một #strong[hai] #emph[ba] bốn"
        );
        assert_eq!(to_typst("A\n\nB"), "A\n\nB");
        assert_eq!(to_typst("Đầu:\n- x;\n- y."), "Đầu\\:\n\n- x\\;\n- y\\.");
        assert_eq!(
            to_typst("**Lưu ý**(xem phụ lục)"),
            "#strong[Lưu ý]\\(xem phụ lục\\)"
        );
        assert_eq!(to_typst("1. một\n2. hai"), "+ một\n+ hai");
        let sub = "### Việc làm\nA\n\n### Đào tạo\nB";
        let want = "#block(above: 8pt, below: 6pt, strong[1\\. Việc làm])\n\nA\n\n#block(above: 8pt, below: 6pt, strong[2\\. Đào tạo])\n\nB";
        assert_eq!(to_typst(sub), want);
    }

    #[test]
    fn text_stays_text() {
        assert_eq!(to_typst("#read(\"/x\") $a$"), "\\#read\\(“\\/x”\\) \\$a\\$");
        assert_eq!(to_typst("`#x`"), "\\#x");
        assert_eq!(to_typst("a \" b"), "a \\\" b");
    }
}
