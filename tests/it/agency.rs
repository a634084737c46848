//! Every kind of agency prints right from its own plain data: the header's lines, the
//! symbols, the authority line, the marks of each signature (a decision by the head and
//! by a deputy, the report and an upward Tờ trình of the body), the first Căn cứ, the
//! names of the province's and a ministry's awards, the money's source and the Lưu line.

use crate::support::*;

/// One kind's project and what its papers must print.
pub struct Case {
    kind: &'static str,
    /// `organization` beyond `kind`, and the people `truong` (head) and `pho` (deputy).
    pub config: &'static str,
    /// The form the agency gives itself, and the higher one it asks for, and of whom.
    own: &'static str,
    upward: (&'static str, &'static str),
    header: &'static [&'static str],
    symbol: &'static str,
    authority: &'static str,
    /// A decision signed by the head and by the deputy: the lines above the name.
    by_head: &'static str,
    by_deputy: &'static str,
    /// The report (signed by the deputy) and the upward Tờ trình (by the head).
    report: &'static str,
    upward_signed: &'static str,
    first_basis: &'static str,
    award_names: &'static [&'static str],
    money_source: &'static str,
    kept: &'static str,
}

pub const LAW_2025: &str = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;";
const LAW_TDKT: &str = "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;";
const FUND: &str = "Nguồn kinh phí: Quỹ thi đua, khen thưởng theo quy định.";

pub const CASES: &[Case] = &[
    Case {
        kind: "xa",
        config: "  province: thành phố Đà Nẵng
  name: ỦY BAN NHÂN DÂN XÃ HÒA VANG
  short: UBND
  place: Hòa Vang
people:
  truong: {name: Lê Văn Nam, position: Chủ tịch Ủy ban nhân dân xã, title: Chủ tịch}
  pho: {name: Phan Thị Tâm, position: Phó Chủ tịch Ủy ban nhân dân xã, title: Phó Chủ tịch}
",
        own: "giay-khen",
        upward: (
            "bang-khen-ubnd-tinh",
            "Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng",
        ),
        header: &["ỦY BAN NHÂN DÂN", "XÃ HÒA VANG"],
        symbol: "31/QĐ-UBND",
        authority: "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÒA VANG",
        by_head: "CHỦ TỊCH (Đã ký) Lê Văn Nam",
        by_deputy: "KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Phan Thị Tâm",
        report: "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH",
        upward_signed: "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH",
        first_basis: LAW_2025,
        award_names: &["Bằng khen của Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng"],
        money_source: FUND,
        kept: "Lưu: VT, VHXH.",
    },
    Case {
        kind: "tinh",
        config: "  province: Cần Thơ
  name: [ỦY BAN NHÂN DÂN, THÀNH PHỐ CẦN THƠ]
  short: UBND
  place: Cần Thơ
people:
  truong: {name: Trần Văn Lâu, position: Chủ tịch}
  pho: {name: Nguyễn Thực Hiện, position: Phó Chủ tịch}
",
        own: "bang-khen-ubnd-tinh",
        upward: ("bang-khen-thu-tuong", "Thủ tướng Chính phủ"),
        header: &["ỦY BAN NHÂN DÂN", "THÀNH PHỐ CẦN THƠ"],
        symbol: "31/QĐ-UBND",
        authority: "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ",
        by_head: "CHỦ TỊCH (Đã ký) Trần Văn Lâu",
        by_deputy: "KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Nguyễn Thực Hiện",
        report: "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH",
        upward_signed: "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH",
        first_basis: LAW_2025,
        award_names: &["Bằng khen của Chủ tịch Ủy ban nhân dân thành phố Cần Thơ"],
        money_source: FUND,
        kept: "Lưu: VT, TĐKT.",
    },
    Case {
        kind: "so",
        config: "  province: Quảng Ngãi
  parent: ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI
  name: SỞ NỘI VỤ
  short: SNV
  place: Quảng Ngãi
  head: Giám đốc Sở Nội vụ tỉnh Quảng Ngãi
people:
  truong: {name: Trần Thị Lan, position: Giám đốc}
  pho: {name: Võ Văn Bình, position: Phó Giám đốc, role: deputy}
",
        own: "giay-khen",
        upward: (
            "bang-khen-ubnd-tinh",
            "Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi",
        ),
        header: &["ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "SỞ NỘI VỤ"],
        symbol: "31/QĐ-SNV",
        authority: "GIÁM ĐỐC SỞ NỘI VỤ TỈNH QUẢNG NGÃI",
        by_head: "GIÁM ĐỐC (Đã ký) Trần Thị Lan",
        by_deputy: "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC (Đã ký) Võ Văn Bình",
        report: "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC",
        upward_signed: "GIÁM ĐỐC",
        first_basis: LAW_TDKT,
        award_names: &["Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"],
        money_source: FUND,
        kept: "Lưu: VT, TĐKT.",
    },
    Case {
        kind: "truong",
        config: "  province: Quảng Ngãi
  parent: SỞ GIÁO DỤC VÀ ĐÀO TẠO QUẢNG NGÃI
  name: TRƯỜNG THPT LÊ KHIẾT
  in_text: Trường THPT Lê Khiết
  short: THPTLK
  place: Quảng Ngãi
people:
  truong: {name: Đỗ Thị Hoa, position: Hiệu trưởng}
  pho: {name: Lê Minh Quân, position: Phó Hiệu trưởng}
",
        own: "giay-khen",
        upward: (
            "bang-khen-ubnd-tinh",
            "Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi",
        ),
        header: &["SỞ GIÁO DỤC VÀ ĐÀO TẠO QUẢNG NGÃI", "TRƯỜNG THPT LÊ KHIẾT"],
        symbol: "31/QĐ-THPTLK",
        authority: "HIỆU TRƯỞNG TRƯỜNG THPT LÊ KHIẾT",
        by_head: "HIỆU TRƯỞNG (Đã ký) Đỗ Thị Hoa",
        by_deputy: "KT. HIỆU TRƯỞNG PHÓ HIỆU TRƯỞNG (Đã ký) Lê Minh Quân",
        report: "KT. HIỆU TRƯỞNG PHÓ HIỆU TRƯỞNG",
        upward_signed: "HIỆU TRƯỞNG",
        first_basis: LAW_TDKT,
        award_names: &["Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"],
        money_source: FUND,
        kept: "Lưu: VT, VP.",
    },
    Case {
        kind: "doanh-nghiep",
        config: "  province: Đà Nẵng
  parent: TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM
  name: TỔNG CÔNG TY ĐIỆN LỰC MIỀN TRUNG
  in_text: Tổng công ty Điện lực miền Trung
  money_source: Quỹ khen thưởng của Tổng công ty.
  short: EVNCPC
  place: Đà Nẵng
people:
  truong: {name: Ngô Tấn Cư, position: Tổng Giám đốc}
  pho: {name: Trần Đình Hà, position: Phó Tổng Giám đốc}
",
        own: "giay-khen",
        upward: (
            "bang-khen-ubnd-tinh",
            "Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng",
        ),
        header: &[
            "TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM",
            "TỔNG CÔNG TY ĐIỆN LỰC MIỀN TRUNG",
        ],
        symbol: "31/QĐ-EVNCPC",
        authority: "TỔNG GIÁM ĐỐC TỔNG CÔNG TY ĐIỆN LỰC MIỀN TRUNG",
        by_head: "TỔNG GIÁM ĐỐC (Đã ký) Ngô Tấn Cư",
        by_deputy: "KT. TỔNG GIÁM ĐỐC PHÓ TỔNG GIÁM ĐỐC (Đã ký) Trần Đình Hà",
        report: "KT. TỔNG GIÁM ĐỐC PHÓ TỔNG GIÁM ĐỐC",
        upward_signed: "TỔNG GIÁM ĐỐC",
        first_basis: LAW_TDKT,
        award_names: &["Bằng khen của Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng"],
        money_source: "Nguồn kinh phí: Quỹ khen thưởng của Tổng công ty.",
        kept: "Lưu: VT, TĐKT.",
    },
    Case {
        kind: "bo",
        config: "  name: BỘ Y TẾ
  in_text: Bộ Y tế
  short: BYT
  place: Hà Nội
people:
  truong: {name: Đào Hồng Lan, position: Bộ trưởng}
  pho: {name: Trần Văn Thuấn, position: Thứ trưởng}
",
        own: "bang-khen-bo",
        upward: ("bang-khen-thu-tuong", "Thủ tướng Chính phủ"),
        header: &["BỘ Y TẾ"],
        symbol: "31/QĐ-BYT",
        authority: "BỘ TRƯỞNG BỘ Y TẾ",
        by_head: "BỘ TRƯỞNG (Đã ký) Đào Hồng Lan",
        by_deputy: "KT. BỘ TRƯỞNG THỨ TRƯỞNG (Đã ký) Trần Văn Thuấn",
        report: "KT. BỘ TRƯỞNG THỨ TRƯỞNG",
        upward_signed: "BỘ TRƯỞNG",
        first_basis: LAW_TDKT,
        award_names: &["Bằng khen của Bộ trưởng Bộ Y tế"],
        money_source: FUND,
        kept: "Lưu: VT, TĐKT.",
    },
];

/// Whether `err` holds no warning but the emblem's and the earlier years' (these
/// projects have no emblem of their own, their certificates are final, and they hold
/// one year: a nominee for a higher form has no earlier awards to show).
pub fn unwarned(err: &str) -> bool {
    err.lines().filter(|l| l.starts_with("warning")).all(|l| {
        l.contains("placeholder where the emblem belongs")
            || l.contains("may not meet the conditions on earlier years")
    })
}

/// The dossier every kind prints: a report by the deputy, its own form twice (decisions
/// by the head and by the deputy), and a higher one asked of `to`.
pub fn dossier(c: &Case) -> String {
    let (form, to) = c.upward;
    format!(
        "title: Tổng kết năm 2026
report:
  number: 12
  date: 2026-11-20
  signer: pho
  sections: [{{heading: Khen thưởng, table: awards}}]
awards:
  - form: {own}
    decision: {{number: 31, date: 2026-11-25, signer: truong}}
    recipients: [{{name: Lê Văn An, gender: male}}, {{collective: Tổ Văn phòng}}]
  - form: {own}
    decision: {{number: 32, date: 2026-11-25, signer: pho}}
    recipients: [{{name: Trần Thị Bình, gender: female}}]
  - form: {form}
    proposal: {{number: 40, date: 2026-11-22, signer: truong, to: {to}}}
    recipients: [{{name: Phạm Văn Cường, gender: male}}]
",
        own = c.own
    )
}

#[test]
fn every_kind_of_agency_prints_its_own_papers() {
    for c in CASES {
        let config = format!("organization:\n  kind: {}\n{}", c.kind, c.config);
        let dir = project_from(&config, &[("content/tk.yaml", &dossier(c))]);
        let run = thidua(dir.path(), &["build", "--format", "pdf"]);
        ok(&run);
        assert!(unwarned(&stderr(&run)), "{}: {}", c.kind, stderr(&run));
        let out = dir.path().join("out/tk");
        let head = pdf_text(&out.join("quyet-dinh-31.pdf"));
        let deputy = pdf_text(&out.join("quyet-dinh-32.pdf"));
        let report = pdf_text(&out.join("bao-cao-12.pdf"));
        let upward = pdf_text(&out.join("to-trinh-40.pdf"));
        let kind = c.kind;
        // The body's name, its lines one under the other (a forced break between them).
        let render = ["render", "content/tk.yaml", "--doc", "quyet-dinh-31"];
        let source = thidua(dir.path(), &render);
        let source = String::from_utf8_lossy(&source.stdout);
        let name = match c.header {
            [first, second] if !c.config.contains("parent:") => {
                format!("name: [{first}\\ {second}]")
            }
            _ => format!("name: [{}]", c.header.last().unwrap()),
        };
        assert!(source.contains(&name), "{kind}: no {name:?} in the source");
        if let [parent, _] = c.header {
            if c.config.contains("parent:") {
                assert!(source.contains(&format!("parent: [{parent}]")), "{kind}");
            }
        }
        contains_all(
            &head,
            &[&format!("Số: {}", c.symbol), c.authority, c.first_basis],
        );
        assert!(head.contains(c.first_basis), "{kind}");
        let first = head.find("Căn cứ").unwrap();
        assert_eq!(head[first..].find(c.first_basis), Some(0), "{kind}: {head}");
        contains_all(&head, &[c.money_source, c.kept]);
        // The signature: the marks and the title, the signature's space, the name.
        let signed = |text: &str, block: &str| {
            let block = block.replace(" (Đã ký)", "");
            assert!(
                text.contains(&block),
                "{kind}: missing {block:?} in:\n{text}"
            );
        };
        signed(&head, c.by_head);
        signed(&deputy, c.by_deputy);
        signed(&report, c.report);
        signed(&upward, c.upward_signed);
        if c.kind == "xa" || c.kind == "tinh" {
            assert!(
                !head.contains("TM."),
                "{kind}: a decision is the head's own: {head}"
            );
        } else {
            assert!(
                !report.contains("TM."),
                "{kind}: no TM. outside a body: {report}"
            );
        }
        for name in c.award_names {
            assert!(
                upward.contains(name) || head.contains(name),
                "{kind}: {name}"
            );
        }
    }
}

#[test]
fn a_commune_pays_with_its_own_signers_and_counts_its_office() {
    let c = &CASES[0];
    let config = format!("organization:\n  kind: xa\n{}", c.config);
    let dir = project_from(&config, &[("content/tk.yaml", &dossier(c))]);
    ok(&thidua(dir.path(), &["build"]));
    let paid = pdf_text(&dir.path().join("out/tk/danh-sach-chi-tien-31.pdf"));
    contains_all(&paid, &["NGƯỜI LẬP BIỂU", "KẾ TOÁN", "CHỦ TỊCH"]);
    assert!(
        !paid.contains("KẾ TOÁN TRƯỞNG"),
        "a commune has no chief accountant: {paid}"
    );
    // A Tờ trình to a name that only begins like the head's is asked upward.
    let short = dossier(c).replace(
        "to: Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng",
        "to: Chủ tịch Ủy ban nhân dân",
    );
    let dir = project_from(&config, &[("content/tk.yaml", &short)]);
    ok(&thidua(dir.path(), &["build"]));
    let upward = pdf_text(&dir.path().join("out/tk/to-trinh-40.pdf"));
    contains_all(&upward, &["Số: 40/TTr-UBND", "TM. ỦY BAN NHÂN DÂN"]);
    // Addressed as offices abbreviate it, named in full.
    let abbreviated = dossier(c).replace(
        "to: Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng",
        "to: Chủ tịch UBND thành phố Đà Nẵng",
    );
    std::fs::write(dir.path().join("content/tk.yaml"), abbreviated).unwrap();
    ok(&thidua(dir.path(), &["build"]));
    let upward = pdf_text(&dir.path().join("out/tk/to-trinh-40.pdf"));
    contains_all(
        &upward,
        &["Kính gửi: Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng"],
    );
    assert!(!upward.contains("UBND thành phố"), "{upward}");
}
