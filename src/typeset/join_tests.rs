//! Joining: a file joined from pieces of the previous one, copied or renumbered, has the
//! bytes of the same pieces joined fresh, and reads back with its pages in order.

use super::{Joiner, Old, Previous, Source};
use crate::typeset::layout_tests::prepared;

/// A PDF of one page per entry of `pages`, each page showing its text.
fn pdf(pages: &[&str]) -> Vec<u8> {
    let p = prepared();
    let body = pages
        .iter()
        .map(|t| format!("[{t}]"))
        .collect::<Vec<_>>()
        .join(", ");
    let src = format!(
        "#set page(width: 80mm, height: 40mm)\n#set text(font: \"Tinos\")\n\
         #for t in ({body},) {{ pagebreak(weak: true); t }}\n"
    );
    let date = crate::model::Date::parse("2024-10-15").unwrap();
    let doc = super::super::compile(&p.env, src, date).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(doc.pages().len(), pages.len());
    super::super::pdf(&doc, date, None, false, &Default::default()).unwrap()
}

/// `pieces` joined fresh: the file and each piece's pages and objects.
fn fresh(pieces: &[&[u8]]) -> (Vec<u8>, Vec<Old>) {
    let mut j = Joiner::new();
    let mut pages = Vec::new();
    for bytes in pieces {
        let src = Source::parse(bytes).unwrap();
        pages.push(src.pages.len());
        j.add(&src, 0..src.pages.len()).unwrap();
    }
    let joined = j.finish(7).unwrap();
    let (file, objects) = (joined.pdf, joined.objects);
    let olds = pages
        .into_iter()
        .zip(objects)
        .map(|(pages, objects)| Old {
            inputs: 0,
            pages,
            objects,
        })
        .collect();
    (file, olds)
}

/// The text of each page of `file`.
fn texts(file: &[u8]) -> Vec<String> {
    let doc = lopdf::Document::load_mem(file).unwrap();
    let n = doc.get_pages().len() as u32;
    (1..=n)
        .map(|p| doc.extract_text(&[p]).unwrap().trim().to_string())
        .collect()
}

/// A piece for `rebuild`: a fresh PDF, or piece `at` of the previous file.
enum Next<'a> {
    Fresh(&'a [u8]),
    Old(usize),
}

/// Joins `next` onto the previous file `old` of pieces `parts`: the file and, for each
/// piece taken from `old`, whether it was copied as bytes.
fn rebuild(old: &[u8], parts: &[Old], next: &[Next]) -> (Vec<u8>, Vec<bool>) {
    let previous = Previous::new(old.to_vec());
    let mut j = Joiner::new();
    let mut copied = Vec::new();
    for n in next {
        match n {
            Next::Fresh(bytes) => {
                let src = Source::parse(bytes).unwrap();
                j.add(&src, 0..src.pages.len()).unwrap();
            }
            Next::Old(at) => copied.push(j.take(&previous, *at, parts).unwrap()),
        }
    }
    (j.finish(7).unwrap().pdf, copied)
}

#[test]
fn pieces_taken_from_the_previous_file_give_the_bytes_of_a_fresh_join() {
    let a = pdf(&["Một", "Hai"]);
    let b = pdf(&["Ba", "Bốn", "Năm"]);
    let c = pdf(&["Sáu"]);
    let (file, parts) = fresh(&[&a, &b, &c]);
    assert_eq!(
        texts(&file),
        ["Một", "Hai", "Ba", "Bốn", "Năm", "Sáu"],
        "pages in order"
    );
    assert!(parts.iter().all(|p| p.objects > 0));

    // Nothing changed: every piece copied as bytes.
    let (again, copied) = rebuild(&file, &parts, &[Next::Old(0), Next::Old(1), Next::Old(2)]);
    assert!(again == file);
    assert_eq!(copied, [true, true, true]);

    // The first piece edited, with as many objects: the others are copied.
    let a2 = pdf(&["Mốt", "Hai"]);
    let (want, want_parts) = fresh(&[&a2, &b, &c]);
    assert_eq!(want_parts[0].objects, parts[0].objects);
    let (got, copied) = rebuild(
        &file,
        &parts,
        &[Next::Fresh(&a2), Next::Old(1), Next::Old(2)],
    );
    assert!(got == want, "edited first piece");
    assert_eq!(copied, [true, true]);
    assert_eq!(texts(&got)[0], "Mốt");

    // The middle piece edited with a font more (bold): the last piece is renumbered.
    let b2 = pdf(&["Ba", "*Bốn*", "Năm"]);
    let (want, want_parts) = fresh(&[&a, &b2, &c]);
    assert!(want_parts[1].objects > parts[1].objects);
    let (got, copied) = rebuild(
        &file,
        &parts,
        &[Next::Old(0), Next::Fresh(&b2), Next::Old(2)],
    );
    assert!(got == want, "renumbered last piece");
    assert_eq!(copied, [true, false]);

    // A piece dropped: the one after it is renumbered.
    let (want, _) = fresh(&[&a, &c]);
    let (got, copied) = rebuild(&file, &parts, &[Next::Old(0), Next::Old(2)]);
    assert!(got == want, "dropped piece");
    assert_eq!(copied, [true, false]);
}

#[test]
fn a_previous_file_unlike_its_parts_is_read_not_copied() {
    let a = pdf(&["Một", "Hai"]);
    let b = pdf(&["Ba"]);
    let (file, parts) = fresh(&[&a, &b]);
    let all = [Next::Old(0), Next::Old(1)];
    // Wrong counts of objects or pages, as a hand-edited manifest could give.
    for (i, objects, pages) in [(0, 1, 0), (1, 1, 0), (0, 0, 1), (1, 0, 1), (0, 1000, 0)] {
        let mut wrong = parts.clone();
        wrong[i].objects = wrong[i].objects.saturating_add(objects);
        wrong[i].pages = wrong[i].pages.saturating_sub(pages);
        let previous = Previous::new(file.clone());
        let mut j = Joiner::new();
        let mut copied = Vec::new();
        for n in &all {
            let Next::Old(at) = n else { unreachable!() };
            match j.take(&previous, *at, &wrong) {
                Ok(c) => copied.push(c),
                Err(_) => copied.push(false),
            }
        }
        assert!(
            !copied.iter().all(|&c| c),
            "{i} {objects} {pages}: not all copied"
        );
    }
    // A file that is not laid out as written here (its cross-references moved) is
    // renumbered from its objects, to the same bytes.
    let lopdf_copy = {
        let mut doc = lopdf::Document::load_mem(&file).unwrap();
        let mut v = Vec::new();
        doc.save_to(&mut v).unwrap();
        v
    };
    let (got, copied) = rebuild(&lopdf_copy, &parts, &all);
    assert!(
        got == file,
        "renumbered from a file saved by another writer"
    );
    assert_eq!(copied, [false, false]);
}
