//! A signature never stands alone at the top of a page (Nghị định 30/2020/NĐ-CP wants the
//! signature on the page of the text it signs): checked on the repository's sample,
//! whose decision 1050 once left its signature alone on page 2.

use super::layout_tests::typeset;
use crate::engine;
use std::path::Path;

#[test]
fn a_signature_keeps_the_last_paragraph_with_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let p = engine::prepare(root, &engine::Options::check()).unwrap_or_else(|_| panic!("loads"));
    let mut seen = 0;
    for doc in p
        .docs
        .iter()
        .filter(|d| ["decision", "proposal"].contains(&d.kind.name))
    {
        let pages = typeset(&p, doc);
        let signed = pages
            .iter()
            .find(|pg| pg.runs.iter().any(|r| r.text.contains("Nơi nhận")))
            .expect("a page with Nơi nhận");
        // The last article's bold label (`Điều 3.`), not `Như Điều 3` of Nơi nhận.
        let kept = signed.runs.iter().any(|r| match doc.kind.name {
            "decision" => r.bold && r.text.starts_with("Điều"),
            _ => r.text.contains("Kính trình"),
        });
        assert!(
            kept,
            "{}: the signature's page lacks its last paragraph",
            doc.key
        );
        seen += 1;
    }
    assert!(seen >= 5, "{seen}");
}
