//! Certificates on their page: every field on one landscape page, a long recipient shrunk
//! to fit without moving the others, hinted and measured layouts alike.

use super::layout_tests::*;

#[test]
fn certificate_holds_every_field_on_one_landscape_page() {
    let p = prepared();
    let doc = document(&p, "certificates", "giay-khen-1520");
    assert_eq!(doc.len(), 32);
    let first = &doc[0];
    assert!(
        close(first.size.0, 297.0, 0.1) && close(first.size.1, 210.0, 0.1),
        "A4 landscape"
    );
    for needle in [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "GIÁM ĐỐC SỞ LAO ĐỘNG",
        "TẶNG",
        "GIẤY KHEN",
        "Phòng Việc làm",
        "Quyết định số 1520/QĐ-SLĐTBXH ngày 15/10/2024",
        "Số sổ vàng",
        "KT. GIÁM ĐỐC",
        "Nguyễn Hồng Dân",
    ] {
        first.run(needle);
    }
    let heading = first.run("GIẤY KHEN");
    assert!(heading.size >= 30.0 && heading.bold, "{heading:?}");
    let reference = first.run("Quyết định số");
    let signer = first.run("Nguyễn Hồng Dân");
    assert!(
        reference.x < 148.5 && signer.x > 148.5,
        "reference bottom left, signer bottom right"
    );
}

#[test]
fn a_long_recipient_shrinks_to_fit_its_page_and_leaves_the_others_alone() {
    let p = prepared();
    let doc = planned(&p, "certificates", "giay-khen-1520");
    let mut data = doc.facts.data(None);
    let normal = data["recipients"][0].clone();
    let mut long = normal.clone();
    long["on_certificate"] = "Tập thể Ban Chỉ đạo phong trào thi đua Người tốt, việc tốt và xây dựng đời sống văn hóa ở khu dân cư, Tập thể Ban Chỉ đạo phong trào thi đua Người tốt, việc tốt và xây dựng đời sống văn hóa ở khu dân cư của phường Phúc Xá, quận Ba Đình".into();
    long["detail"] = "Đơn vị đã có nhiều đóng góp trong việc vận động nhân dân tham gia các phong trào thi đua yêu nước, giữ gìn an ninh trật tự, vệ sinh môi trường và chăm lo cho các gia đình chính sách trên địa bàn trong nhiều năm liền; đồng thời tích cực tham gia công tác xây dựng Đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể, phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh và thực hiện tốt các chủ trương, chính sách của Đảng, pháp luật của Nhà nước".repeat(2).into();
    data["recipients"] = serde_json::json!([normal, long, normal]);
    let pages = typeset_source(&p, &doc, p.templates.render(doc.template(), &data).unwrap());
    assert_eq!(pages.len(), 3, "one page each");
    let name = normal["on_certificate"].as_str().unwrap();
    let sizes: Vec<f64> = pages.iter().map(|pg| pg.run("GIẤY KHEN").size).collect();
    assert!(
        close(sizes[0], 40.0, 0.01) && close(sizes[2], 40.0, 0.01),
        "{sizes:?}"
    );
    assert!(sizes[1] < 36.0, "the long one is shrunk: {sizes:?}");
    assert!(close(pages[0].run(name).size, 22.0, 0.01));
    // The shrunk middle stays clear of the signature block and inside the border.
    let long_page = &pages[1];
    let detail = long_page.run("gia đình chính sách");
    let signer = long_page.run("Nguyễn Hồng Dân");
    let place = long_page.run("Hà Nội, ngày");
    assert!(detail.y < place.y - 3.0, "{detail:?} {place:?}");
    assert!(signer.y <= 210.0 - 16.0 + 0.01, "{signer:?}");
    assert!(
        close(signer.y, pages[0].run("Nguyễn Hồng Dân").y, 0.01),
        "the foot stays put"
    );
}

#[test]
fn certificates_hinted_to_fit_are_laid_out_as_measured_ones() {
    let p = prepared();
    let doc = planned(&p, "certificates", "giay-khen-1520");
    let mut data = doc.facts.data(None);
    let normal = data["recipients"][0].clone();
    let with = |name: &str, detail: &str| {
        let mut r = normal.clone();
        r["on_certificate"] = name.into();
        r["detail"] = detail.into();
        r
    };
    let wide = "W".repeat(31);
    let long =
        "Phó Trưởng phòng phụ trách công tác thi đua, khen thưởng và truyền thông, ".repeat(3);
    let recipients = [
        with("Bà Nguyễn Thị Ánh Tuyết", "Chuyên viên, Phòng Việc làm"),
        with(&wide, ""),
        with(&format!("Ông {wide}"), "Chuyên viên"),
        with("Ǆǅ Ǳǲ Ƣ ⸻⸻⸻⸻⸻⸻⸻⸻⸻⸻", "Chuyên viên"),
        with("Ông Trần Văn Minh", &long),
        with(
            "Phòng Lao động - Thương binh và Xã hội quận Hoàn Kiếm, thành phố Hà Nội",
            "",
        ),
    ];
    // From a short reason to one that leaves a one-line recipient no room at full size.
    let mut shrunk = 0;
    for n in [0, 10, 20, 24, 26, 28, 30, 32, 36, 40] {
        let reason = format!(
            "Đã có thành tích{}",
            " xuất sắc trong công tác thi đua.".repeat(n)
        );
        data["award"]["reason"] = reason.into();
        data["recipients"] = serde_json::json!(recipients);
        let hinted = p.templates.render(doc.template(), &data).unwrap();
        assert!(
            hinted.contains("widths: (name: 23, detail: 27)"),
            "{hinted}"
        );
        // The same source without the hints: every recipient measured.
        let measured: String = hinted
            .lines()
            .map(|l| {
                l.split(", widths: (").next().unwrap().to_string()
                    + if l.contains(", widths: (") { ")," } else { "" }
            })
            .collect::<Vec<_>>()
            .join("\n");
        assert!(!measured.contains("widths:"));
        let typeset = |src: String| {
            typeset_source(&p, &doc, src)
                .iter()
                .map(|pg| format!("{:?}", pg.runs))
                .collect::<Vec<_>>()
        };
        let (a, b) = (typeset(hinted), typeset(measured));
        assert_eq!(a.len(), recipients.len());
        for (i, (x, y)) in a.iter().zip(&b).enumerate() {
            assert!(
                x == y,
                "page {} differs with hints (reason ×{n}):\n{x}\n{y}",
                i + 1
            );
        }
        shrunk += usize::from(!a[0].contains("size: 40.0"));
    }
    assert!(
        (1..10).contains(&shrunk),
        "some but not all reasons shrink the first page: {shrunk}"
    );
}
