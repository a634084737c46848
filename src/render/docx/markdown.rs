//! The Markdown subset of report texts (paragraphs, **bold**, *italic*, lists, line
//! breaks, headings numbered `1.`, `2.`, …) as Word paragraphs, as `render::markdown`
//! turns it into Typst for the PDF.

use docx_rs::{AlignmentType, BreakType, LineSpacing, Paragraph, Run, SpecialIndentType};
use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// The paragraphs of `md`; anything outside the subset prints as its text.
pub fn paragraphs(md: &str) -> Vec<Paragraph> {
    let mut out = Vec::new();
    let mut current: Option<Paragraph> = None;
    let (mut bold, mut italic) = (0, 0);
    let mut headings = 0;
    // Each open list: the next number of a numbered one, `None` for dashes.
    let mut lists: Vec<Option<u64>> = Vec::new();
    let start = |indent: i32, first: i32| {
        Paragraph::new().align(AlignmentType::Both).indent(
            Some(indent),
            Some(SpecialIndentType::FirstLine(first)),
            None,
            None,
        )
    };
    // Quotes as the PDF prints them (“…”), paired before the text is cut into runs.
    let md = crate::render::escape::quotes(md);
    for event in Parser::new(&md) {
        match event {
            Event::Start(Tag::Paragraph) if current.is_none() => current = Some(start(0, 567)),
            Event::End(TagEnd::Paragraph) if lists.is_empty() => out.extend(current.take()),
            Event::Start(Tag::Heading { .. }) => {
                headings += 1;
                let p = start(0, 567)
                    .keep_next(true)
                    .line_spacing(LineSpacing::new().before(120));
                current = Some(p.add_run(Run::new().add_text(format!("{headings}. ")).bold()));
                bold += 1;
            }
            Event::End(TagEnd::Heading(_)) => {
                bold -= 1;
                out.extend(current.take());
            }
            Event::Start(Tag::List(first)) => {
                out.extend(current.take());
                lists.push(first);
            }
            Event::End(TagEnd::List(_)) => {
                out.extend(current.take());
                lists.pop();
            }
            Event::Start(Tag::Item) => {
                out.extend(current.take());
                let depth = lists.len() as i32;
                let marker = match lists.last_mut() {
                    Some(Some(n)) => {
                        *n += 1;
                        format!("{}. ", *n - 1)
                    }
                    _ => "- ".to_string(),
                };
                let p = start(567 * depth, 0).add_run(Run::new().add_text(marker));
                current = Some(p);
            }
            Event::End(TagEnd::Item) => out.extend(current.take()),
            Event::Start(Tag::Strong) => bold += 1,
            Event::End(TagEnd::Strong) => bold -= 1,
            Event::Start(Tag::Emphasis) => italic += 1,
            Event::End(TagEnd::Emphasis) => italic -= 1,
            Event::Text(t) | Event::Code(t) => {
                let mut r = Run::new().add_text(t.as_ref());
                if bold > 0 {
                    r = r.bold();
                }
                if italic > 0 {
                    r = r.italic();
                }
                let p = current.take().unwrap_or_else(|| start(0, 567));
                current = Some(p.add_run(r));
            }
            Event::SoftBreak => {
                let p = current.take().unwrap_or_else(|| start(0, 567));
                current = Some(p.add_run(Run::new().add_text(" ")));
            }
            Event::HardBreak => {
                let p = current.take().unwrap_or_else(|| start(0, 567));
                current = Some(p.add_run(Run::new().add_break(BreakType::TextWrapping)));
            }
            _ => {}
        }
    }
    out.extend(current.take());
    out
}

#[cfg(test)]
mod tests {
    use super::paragraphs;

    #[test]
    fn the_subset_as_paragraphs() {
        let cases: &[(&str, &[&str])] = &[
            ("Một đoạn.\n\nĐoạn **hai**.", &["Một đoạn.", "Đoạn hai."]),
            ("Dòng một\ndòng hai", &["Dòng một dòng hai"]),
            ("- Thứ nhất\n- Thứ hai", &["- Thứ nhất", "- Thứ hai"]),
            ("1. Một\n2. Hai", &["1. Một", "2. Hai"]),
            ("# Kết quả\n\nVăn bản.", &["1. Kết quả", "Văn bản."]),
            ("Trước:\n\n- A\n\nSau.", &["Trước:", "- A", "Sau."]),
            ("", &[]),
        ];
        for (md, want) in cases {
            let got: Vec<String> = paragraphs(md).iter().map(|p| p.raw_text()).collect();
            assert_eq!(&got, want, "{md:?}");
        }
    }
}
