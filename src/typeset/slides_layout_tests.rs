//! The slides a hall reads: a name is never smaller than the floor and never overprints
//! another, a turn too long for one slide going on to the next — measured on the
//! laid-out pages.

use super::inspect::Run;
use super::layout_tests::{close, document};
use super::settings_layout_tests::variant_with;

/// A dossier whose conference calls `n` collectives of long names in one turn.
fn one_turn_of(n: usize) -> String {
    let mut names = String::new();
    for i in 1..=n {
        names.push_str(&format!(
            "      - collective: Phòng Lao động - Thương binh và Xã hội huyện Số {i:03}, tỉnh Quảng Ngãi\n"
        ));
    }
    format!(
        "title: Hội nghị\nconference:\n  name: Hội nghị tổng kết\n  date: 2024-11-20\n  chair: huong\n  stage: 30\n  programme:\n    - {{time: \"09:00\", item: Trao khen thưởng, awards: true}}\nawards:\n  - form: giay-khen\n    decision: {{number: 1600, date: 2024-11-15, signer: huong}}\n    recipients:\n{names}"
    )
}

/// Whether two runs' boxes (the advance by the font size) overlap.
fn overlap(a: &Run, b: &Run) -> bool {
    let pt = 25.4 / 72.0;
    let (ha, hb) = (a.size * pt, b.size * pt);
    a.x < b.x + b.width - 0.01
        && b.x < a.x + a.width - 0.01
        && a.y - ha * 0.8 < b.y - 0.01
        && b.y - hb * 0.8 < a.y - 0.01
}

#[test]
fn thirty_long_names_go_on_at_the_floor_and_never_overprint() {
    let (_dir, p) = variant_with("", &[("content/2024/hoi-nghi.yaml", &one_turn_of(30))]);
    let slides = document(&p, "slides", "trinh-chieu");
    assert!(
        slides.len() >= 3,
        "a title slide and two or more of the turn"
    );
    let mut seen = Vec::new();
    for (k, page) in slides.iter().enumerate().skip(1) {
        assert!(
            close(page.size.0 / page.size.1, 16.0 / 9.0, 0.01),
            "16:9: {:?}",
            page.size
        );
        let names: Vec<&Run> = page.runs.iter().filter(|r| r.y > 40.0).collect();
        assert!(!names.is_empty(), "slide {k} shows names");
        for r in &names {
            assert!(r.size >= 28.0 - 0.01, "slide {k}: {r:?} under 28 pt");
            let (w, h) = page.size;
            assert!(
                r.x >= 11.9 && r.x + r.width <= w - 11.9,
                "{r:?} off the slide"
            );
            assert!(r.y <= h - 9.9, "{r:?} below the slide");
        }
        for (i, a) in names.iter().enumerate() {
            for b in &names[i + 1..] {
                assert!(!overlap(a, b), "slide {k}: {a:?} overprints {b:?}");
            }
        }
        let text: String = page.runs.iter().map(|r| r.text.as_str()).collect();
        let text: String = text.split_whitespace().collect();
        assert!(text.contains("Lượt1"), "{text}");
        assert_eq!(text.contains("tiếptheo"), k > 1, "{text}");
        seen.extend((1..=30).filter(|i| text.contains(&format!("huyệnSố{i:03},"))));
    }
    assert_eq!(
        seen,
        (1..=30).collect::<Vec<_>>(),
        "each name once, in order"
    );
}

#[test]
fn a_short_turn_stays_on_one_slide_larger_than_the_floor() {
    let (_dir, p) = variant_with("", &[("content/2024/hoi-nghi.yaml", &one_turn_of(3))]);
    let slides = document(&p, "slides", "trinh-chieu");
    assert_eq!(slides.len(), 2);
    let names: Vec<&Run> = slides[1]
        .runs
        .iter()
        .filter(|r| r.text.contains("Số"))
        .collect();
    assert!(names.iter().all(|r| r.size > 28.0), "{names:?}");
}
