//! The official layout (Nghị định 30/2020/NĐ-CP, Phụ lục I), checked row by row
//! on the laid-out pages of the shared example: sizes, styles and positions in mm.

use super::inspect::{pages, PageView};
use crate::engine::{self, Prepared};
use crate::kinds::Doc;
use std::path::Path;

pub(super) fn prepared() -> Prepared {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hanoi-2024");
    engine::prepare(&root, &engine::Options::check()).unwrap_or_else(|_| panic!("fixture loads"))
}

pub(super) fn document(p: &Prepared, kind: &str, stem: &str) -> Vec<PageView> {
    typeset(p, &planned(p, kind, stem))
}

/// The planned document `stem` of `kind`.
pub(super) fn planned(p: &Prepared, kind: &str, stem: &str) -> Doc {
    p.docs
        .iter()
        .find(|d| d.kind.name == kind && d.stem == stem)
        .expect("planned")
        .clone()
}

/// The laid-out pages of `doc`.
pub(super) fn typeset(p: &Prepared, doc: &Doc) -> Vec<PageView> {
    typeset_source(p, doc, engine::source(p, doc).unwrap())
}

/// The laid-out pages of `src`, typeset as `doc`.
pub(super) fn typeset_source(p: &Prepared, doc: &Doc, src: String) -> Vec<PageView> {
    pages(&super::compile(&p.env, src, doc.date).unwrap_or_else(|e| panic!("{e:?}")))
}

const LEFT: f64 = 30.0;
const RIGHT: f64 = 210.0 - 15.0;
const CENTRE: f64 = (LEFT + RIGHT) / 2.0;

pub(super) fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol
}

/// Page, margins, font and page numbers of an A4 document.
fn check_page_rules(doc: &[PageView]) {
    for (i, page) in doc.iter().enumerate() {
        assert!(
            close(page.size.0, 210.0, 0.1) && close(page.size.1, 297.0, 0.1),
            "A4 portrait"
        );
        let numbers: Vec<_> = page.runs.iter().filter(|r| r.y < 20.0).collect();
        for r in &page.runs {
            assert_eq!(r.family, "Tinos", "{r:?}");
            if r.y >= 20.0 {
                assert!(
                    r.x >= LEFT - 0.01 && r.x + r.width <= RIGHT + 0.01,
                    "outside the margins: {r:?}"
                );
                assert!(r.y <= 297.0 - 20.0, "below the bottom margin: {r:?}");
            }
        }
        if i == 0 {
            assert!(numbers.is_empty(), "no number on page 1: {numbers:?}");
        }
        for n in numbers {
            assert!(n.text.chars().all(|c| c.is_ascii_digit()), "{n:?}");
            assert!(
                close(n.size, 13.0, 0.01) && close(n.centre(), CENTRE, 1.0),
                "centred 13 pt: {n:?}"
            );
        }
    }
}

/// The two-column header shared by reports and decisions.
fn check_header(p: &PageView, number: &str, date: &str) {
    let parent = p.run("ỦY BAN NHÂN DÂN");
    assert!(
        !parent.bold && close(parent.size, 13.0, 0.01),
        "parent body regular 13 pt: {parent:?}"
    );
    let body = p.run("SỞ LAO ĐỘNG");
    assert!(
        body.bold && close(body.size, 13.0, 0.01),
        "issuing body bold 13 pt: {body:?}"
    );
    let left_col = LEFT + (RIGHT - LEFT) * 0.37;
    assert!(
        body.x + body.width <= left_col + 0.01,
        "issuing body wraps inside its column"
    );
    let qh = p.run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    assert!(
        qh.bold && close(qh.size, 12.0, 0.01) && qh.x >= left_col,
        "Quốc hiệu bold 12 pt on one line: {qh:?}"
    );
    let tn = p.run("Độc lập - Tự do - Hạnh phúc");
    assert!(
        tn.bold && close(tn.size, 14.0, 0.01),
        "Tiêu ngữ bold 14 pt: {tn:?}"
    );
    let under = p
        .rules
        .iter()
        .find(|l| l.y > tn.y && l.y < tn.y + 3.0)
        .expect("line under Tiêu ngữ");
    assert!(
        close(under.width, tn.width, 0.1) && close(under.x, tn.x, 0.1),
        "line as long as Tiêu ngữ: {under:?} {tn:?}"
    );
    let body_line = p
        .rules
        .iter()
        .find(|l| l.x + l.width <= left_col && l.y > body.y)
        .expect("line under the issuing body");
    let body_width = p
        .runs
        .iter()
        .filter(|r| r.bold && r.x < left_col && r.y <= body_line.y)
        .map(|r| r.width)
        .fold(0.0, f64::max);
    let ratio = body_line.width / body_width;
    assert!(
        (0.33..=0.5).contains(&ratio),
        "issuing body's line 1/3–1/2 of its width: {ratio}"
    );
    let (so_y, so_line) = p.line_of("Số:").unwrap();
    assert!(so_line.contains(number), "{so_line}");
    let so = p.run("Số:");
    assert!(
        !so.bold && !so.italic && close(so.size, 13.0, 0.01),
        "{so:?}"
    );
    let d = p.run(date);
    assert!(
        d.italic && close(d.size, 14.0, 0.01),
        "date line italic 14 pt: {d:?}"
    );
    assert!(
        close(d.y, so_y, 0.05),
        "Số and the date on one baseline: {so_y} vs {}",
        d.y
    );
}

#[test]
fn decision_follows_decree_30() {
    let p = prepared();
    let doc = document(&p, "decision", "quyet-dinh-1520");
    check_page_rules(&doc);
    let first = &doc[0];
    check_header(
        first,
        "1520/QĐ-SLĐTBXH",
        "Hà Nội, ngày 15 tháng 10 năm 2024",
    );
    let kind = first.run("QUYẾT ĐỊNH");
    assert!(
        kind.bold && close(kind.size, 14.0, 0.01) && close(kind.centre(), CENTRE, 0.5),
        "type centred bold: {kind:?}"
    );
    let summary = first.run("Về việc");
    assert!(
        summary.bold && close(summary.centre(), CENTRE, 0.5),
        "{summary:?}"
    );
    assert!(
        first.rules.iter().any(|l| l.y > summary.y
            && l.y < summary.y + 6.0
            && close(l.x + l.width / 2.0, CENTRE, 0.5)),
        "short line under the summary"
    );
    let bases: Vec<_> = first
        .runs
        .iter()
        .filter(|r| r.text.starts_with("Căn cứ"))
        .collect();
    assert!(
        bases.len() >= 3
            && bases
                .iter()
                .all(|r| r.italic && close(r.x, LEFT + 10.0, 0.1)),
        "Căn cứ italic, indented 1 cm: {bases:?}"
    );
    let art = first.run("Điều 1.");
    assert!(
        art.bold && close(art.size, 14.0, 0.01) && close(art.x, LEFT + 10.0, 0.1),
        "{art:?}"
    );
    let (_, last) = doc
        .iter()
        .find_map(|pg| pg.line_of("./."))
        .expect("closing ./.");
    assert!(last.ends_with("./."), "{last}");
    let sig_page = doc
        .iter()
        .find(|pg| pg.runs.iter().any(|r| r.text.contains("Nơi nhận")))
        .unwrap();
    let nn = sig_page.run("Nơi nhận:");
    assert!(
        nn.bold && nn.italic && close(nn.size, 12.0, 0.01) && close(nn.x, LEFT, 0.1),
        "{nn:?}"
    );
    let auth = sig_page.run("KT. GIÁM ĐỐC");
    assert!(
        auth.bold && close(auth.size, 14.0, 0.01) && close(auth.y, nn.y, 1.5),
        "level with Nơi nhận: {auth:?} {nn:?}"
    );
    let pos = sig_page.run("PHÓ GIÁM ĐỐC");
    let name = sig_page.run("Nguyễn Hồng Dân");
    assert!(
        close(pos.centre(), auth.centre(), 0.5) && close(name.centre(), auth.centre(), 0.5),
        "signature block centred"
    );
    assert!(
        (25.0..=45.0).contains(&(name.y - pos.y)),
        "space for signature and seal: {}",
        name.y - pos.y
    );
    let items: Vec<_> = sig_page
        .runs
        .iter()
        .filter(|r| {
            r.text.starts_with('-') || r.text.starts_with("Như") || r.text.starts_with("Lưu")
        })
        .collect();
    assert!(
        !items.is_empty() && items.iter().all(|r| close(r.size, 11.0, 0.01)),
        "recipients 11 pt: {items:?}"
    );
    assert!(
        sig_page.line_of("Như Điều 3").unwrap().1.ends_with(';')
            && sig_page.line_of("Lưu").unwrap().1.ends_with('.')
    );
}

#[test]
fn annex_starts_a_page_numbered_on_its_own() {
    let p = prepared();
    let doc = document(&p, "decision", "quyet-dinh-1520");
    let start = doc
        .iter()
        .position(|pg| pg.runs.iter().any(|r| r.text == "DANH SÁCH"))
        .expect("annex");
    assert!(start >= 1);
    let annex = &doc[start];
    assert!(
        annex.runs.iter().all(|r| r.y >= 20.0),
        "no page number on the annex's first page"
    );
    let reference = annex.run("(Kèm theo Quyết định số");
    assert!(reference.italic, "{reference:?}");
    let title = annex.run("DANH SÁCH");
    assert!(title.bold && close(title.centre(), CENTRE, 0.5));
    assert!(annex.line_of("I. TẬP THỂ").unwrap().1.contains("(09)"));
    if let Some(next) = doc.get(start + 1) {
        let n: Vec<_> = next
            .runs
            .iter()
            .filter(|r| r.y < 20.0)
            .map(|r| r.text.clone())
            .collect();
        assert_eq!(n, ["2"], "the annex's second page is page 2");
    }
}

#[test]
fn report_header_title_and_tables() {
    let p = prepared();
    let doc = document(&p, "report", "bao-cao-312");
    check_page_rules(&doc);
    let first = &doc[0];
    check_header(first, "312/BC-SLĐTBXH", "Hà Nội, ngày 20 tháng 10 năm 2024");
    let kind = first.run("BÁO CÁO");
    assert!(kind.bold && close(kind.centre(), CENTRE, 0.5));
    let heading = first.run("I. KẾT QUẢ");
    assert!(
        heading.bold && close(heading.size, 14.0, 0.01),
        "{heading:?}"
    );
    let body = first
        .runs
        .iter()
        .find(|r| r.text.starts_with("Thực hiện Chỉ thị"))
        .expect("body");
    assert!(
        close(body.size, 14.0, 0.01) && close(body.x, LEFT + 10.0, 0.1),
        "body 14 pt, indented 1 cm: {body:?}"
    );
    for cell in [
        "108,3%",
        "88,0%",
        "178.747",
        "Vượt",
        "Chưa đạt",
        "Tổng cộng",
    ] {
        assert!(
            doc.iter()
                .any(|pg| pg.runs.iter().any(|r| r.text.contains(cell))),
            "{cell}"
        );
    }
}

#[test]
fn body_is_justified_with_space_between_paragraphs() {
    let p = prepared();
    let doc = document(&p, "decision", "quyet-dinh-1520");
    let page = &doc[0];
    // Body lines start at the margin or at the first-line indent.
    let mut baselines: Vec<f64> = page
        .runs
        .iter()
        .filter(|r| r.size == 14.0 && r.y > 80.0 && r.x < LEFT + 10.5)
        .map(|r| r.y)
        .collect();
    baselines.sort_by(f64::total_cmp);
    baselines.dedup_by(|a, b| (*a - *b).abs() < 0.2);
    // Lines that run on to another line of the same paragraph reach the right margin.
    let first = page.run("Căn cứ Nghị định");
    let right = page
        .runs
        .iter()
        .filter(|r| close(r.y, first.y, 0.2))
        .map(|r| r.x + r.width)
        .fold(0.0, f64::max);
    assert!(
        close(right, RIGHT, 0.3),
        "justified to the right margin: {right}"
    );
    let gaps: Vec<f64> = baselines
        .windows(2)
        .map(|w| w[1] - w[0])
        .filter(|g| *g < 20.0)
        .collect();
    let line = gaps.iter().copied().fold(f64::MAX, f64::min);
    assert!(
        (14.0 * 0.3528..=14.0 * 0.3528 * 1.5 + 0.01).contains(&line),
        "line spacing single to 1.5: {line} mm"
    );
    let para = gaps
        .iter()
        .copied()
        .filter(|g| *g > line + 0.5)
        .fold(f64::MAX, f64::min);
    assert!(
        para - line >= 6.0 * 0.3528 - 0.05,
        "≥ 6 pt between paragraphs: {para} vs {line}"
    );
}

#[test]
fn vietnamese_letters_have_glyphs() {
    let p = prepared();
    let src = "#import \"/thidua.typ\": *\n#show: official\nắ ặ ẵ ỹ ữ ỡ Ằ Ẫ Ỵ Ự Đ đ ơ ư #strong[ắ ặ ẵ ỹ ữ ỡ] #emph[ắ ặ ẵ ỹ ữ ỡ] #strong[#emph[ỹ ữ ỡ]]".to_string();
    let doc = super::compile(
        &p.env,
        src,
        crate::model::Date::parse("2024-01-01").unwrap(),
    )
    .unwrap();
    let mut count = 0;
    fn walk(frame: &typst::layout::Frame, count: &mut usize) {
        for (_, item) in frame.items() {
            match item {
                typst::layout::FrameItem::Group(g) => walk(&g.frame, count),
                typst::layout::FrameItem::Text(t) => {
                    assert_eq!(t.font.font().info().family, "Tinos");
                    for g in &t.glyphs {
                        assert_ne!(g.id, 0, "missing glyph for {:?}", &t.text[g.range()]);
                        *count += 1;
                    }
                }
                _ => {}
            }
        }
    }
    walk(&doc.pages()[0].frame, &mut count);
    assert!(count > 40, "{count} glyphs");
}
