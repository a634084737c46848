//! The worked examples of each kind of agency (`init --kind`), the commune sample, and
//! the forms catalogue (`thidua forms`).

use crate::agency::{CASES, LAW_2025};
use crate::support::*;

#[test]
fn init_gives_a_worked_example_of_each_kind_that_builds_with_no_warning() {
    // Each kind's head, as its decision's authority line prints it, and its invitation's
    // first words.
    let kinds = [
        (
            "so",
            "GIÁM ĐỐC SỞ NỘI VỤ TỈNH QUẢNG NGÃI",
            "SỞ NỘI VỤ trân trọng kính mời",
        ),
        (
            "xa",
            "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÒA VANG",
            "Ủy ban nhân dân xã Hòa Vang trân trọng kính mời",
        ),
        (
            "tinh",
            "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ",
            "Ủy ban nhân dân thành phố Cần Thơ trân trọng",
        ),
        (
            "truong",
            "HIỆU TRƯỞNG TRƯỜNG THPT LÊ KHIẾT",
            "Trường THPT Lê Khiết trân trọng kính mời",
        ),
        (
            "doanh-nghiep",
            "TỔNG GIÁM ĐỐC TỔNG CÔNG TY ĐIỆN LỰC MIỀN TRUNG",
            "Tổng công ty Điện lực miền Trung trân trọng",
        ),
        ("bo", "BỘ TRƯỞNG BỘ Y TẾ", "Bộ Y tế trân trọng kính mời"),
    ];
    let dir = tempfile::tempdir().unwrap();
    for (kind, authority, inviter) in kinds {
        ok(&thidua(dir.path(), &["init", "--kind", kind, kind]));
        let p = dir.path().join(kind);
        let built = thidua(&p, &["build"]);
        ok(&built);
        assert!(
            !stderr(&built).contains("warning"),
            "{kind}: {}",
            stderr(&built)
        );
        let out = p.join("out/2025/tong-ket");
        contains_all(&pdf_text(&out.join("quyet-dinh-512.pdf")), &[authority]);
        // The council proposes the agency's own awards: the Tờ trình is addressed to
        // the head by its full title.
        contains_all(
            &pdf_text(&out.join("to-trinh-90.pdf")),
            &["Số: 90/TTr-HĐTĐKT"],
        );
        let invitation = out.join("giay-moi-95/01-pham-thi-ngoc.pdf");
        contains_all(&pdf_text(&invitation), &[inviter]);
    }
}

#[test]
fn the_commune_sample_builds_with_no_warning() {
    let dir = tempfile::tempdir().unwrap();
    let sample = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/xa-hoa-vang");
    copy_dir(&sample, dir.path());
    let built = thidua(dir.path(), &["build"]);
    ok(&built);
    assert!(!stderr(&built).contains("warning"), "{}", stderr(&built));
    let out = dir.path().join("out/2026/tong-ket");
    contains_all(
        &pdf_text(&out.join("quyet-dinh-512.pdf")),
        &[
            "Số: 512/QĐ-UBND",
            "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÒA VANG",
            LAW_2025,
            "Theo đề nghị của Chủ tịch Hội đồng Thi đua - Khen thưởng xã",
            "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Võ Văn Bình",
            "Lưu: VT, VHXH.",
        ],
    );
    contains_all(
        &pdf_text(&out.join("bao-cao-245.pdf")),
        &["TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Trần Thị Lan"],
    );
}

#[test]
fn forms_lists_the_catalogue_and_what_each_kind_decides() {
    let dir = tempfile::tempdir().unwrap();
    let all = thidua(dir.path(), &["forms"]);
    ok(&all);
    let all = String::from_utf8_lossy(&all.stdout).into_owned();
    let row = |text: &str, key: &str| {
        let line = text.lines().find(|l| l.starts_with(&format!("{key} ")));
        line.map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
    };
    assert_eq!(
        row(&all, "giay-khen").as_deref(),
        Some("giay-khen Giấy khen form so, xa, truong, doanh-nghiep yes 0,3 / 0,6 0,15 / 0,3 0,3 / 0,6 / 0,45")
    );
    let cstd = row(&all, "chien-si-thi-dua-co-so").unwrap();
    assert!(cstd.ends_with("1 / – 1 / – 1 / – B 80%, C 80%"), "{cstd}");
    let thu_tuong = row(&all, "bang-khen-thu-tuong").unwrap();
    assert!(
        thu_tuong.contains("form Thủ tướng yes 1,5 / 3"),
        "{thu_tuong}"
    );
    let xa = thidua(dir.path(), &["forms", "--kind", "xa"]);
    let xa = String::from_utf8_lossy(&xa.stdout).into_owned();
    assert!(
        row(&xa, "giay-khen").is_some() && row(&xa, "bang-khen-ubnd-tinh").is_none(),
        "{xa}"
    );
    // In a project, its forms by its names: the province's Bằng khen in a city.
    let c = &CASES[0];
    let config = format!("organization:\n  kind: xa\n{}", c.config);
    let p = project_from(&config, &[]);
    let listed = String::from_utf8_lossy(&thidua(p.path(), &["forms"]).stdout).into_owned();
    let bk = row(&listed, "bang-khen-ubnd-tinh").unwrap();
    assert!(
        bk.contains("Bằng khen của Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng form tinh"),
        "{bk}"
    );
}
