//! Every kind of agency prints right from its own plain data: the header's lines, the
//! symbols, the authority line, the marks of each signature (a decision by the head and
//! by a deputy, the report and an upward Tờ trình of the body), the first Căn cứ, the
//! names of the province's and a ministry's awards, the money's source and the Lưu line.

use crate::support::*;

/// One kind's project and what its papers must print.
struct Case {
    kind: &'static str,
    /// `organization` beyond `kind`, and the people `truong` (head) and `pho` (deputy).
    config: &'static str,
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

const LAW_2025: &str = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;";
const LAW_TDKT: &str = "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;";
const FUND: &str = "Nguồn kinh phí: Quỹ thi đua, khen thưởng theo quy định.";

const CASES: &[Case] = &[
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
        money_source: "Nguồn kinh phí: Quỹ khen thưởng của doanh nghiệp.",
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

/// The dossier every kind prints: a report by the deputy, its own form twice (decisions
/// by the head and by the deputy), and a higher one asked of `to`.
fn dossier(c: &Case) -> String {
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
        assert!(
            !stderr(&run).contains("warning"),
            "{}: {}",
            c.kind,
            stderr(&run)
        );
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
}

#[test]
fn a_province_not_among_the_34_and_a_name_in_capitals_are_said() {
    let config = "organization:
  kind: truong
  province: Hà Tây
  name: TRƯỜNG THCS NGUYỄN DU
  short: NDU
  place: Hà Nội
people:
  a: {name: Đỗ An, position: Hiệu trưởng}
";
    let dir = project_from(
        config,
        &[("content/t.yaml", TWO_PEOPLE.replace("lan", "a").as_str())],
    );
    let run = thidua(dir.path(), &["check"]);
    ok(&run);
    let err = stderr(&run);
    contains_all(
        &err,
        &[
            "thidua.yaml:3:13: organization.province: `Hà Tây` is not one of the 34",
            "did you mean",
            "organization.name: the agency's name in running text cannot be told from capitals",
            "write `in_text`",
        ],
    );
    // An unknown kind or role is an error at its place, with the nearest.
    let bad = config
        .replace("kind: truong", "kind: truongg")
        .replace("Hiệu trưởng}", "Hiệu trưởng, role: hed}");
    std::fs::write(dir.path().join("thidua.yaml"), bad).unwrap();
    let run = thidua(dir.path(), &["check"]);
    assert_eq!(run.status.code(), Some(1));
    let err = stderr(&run);
    contains_all(
        &err,
        &[
            "organization.kind: unknown variant `truongg`",
            "did you mean `truong`",
            "role: unknown variant `hed`",
        ],
    );
}

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
        Some("giay-khen Giấy khen form so, xa, truong, doanh-nghiep yes 0,3 / 0,6 0,15 / 0,3 0,3 / 0,6")
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

#[test]
fn an_own_decision_of_a_form_another_decides_is_warned_of() {
    let c = &CASES[0];
    let config = format!("organization:\n  kind: xa\n{}", c.config);
    let dossier = "title: T\nawards:\n  - form: bang-khen-ubnd-tinh\n    decision: {number: 3, date: 2026-10-01, signer: truong}\n    recipients: [{name: Lê Văn An, gender: male}]\n";
    let dir = project_from(&config, &[("content/t.yaml", dossier)]);
    let run = thidua(dir.path(), &["check"]);
    ok(&run);
    contains_all(
        &stderr(&run),
        &[
            "warning: content/t.yaml:3:11: awards[0].form: Bằng khen của Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng is decided by the head of a province's Ủy ban nhân dân (`tinh`), not by the head of a commune's or ward's Ủy ban nhân dân (`xa`)",
            "give the decision its `issuer`",
        ],
    );
    // Signed by the city (an `issuer`): no warning.
    let issued = dossier.replace(
        "signer: truong}",
        "issuer: Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng}",
    );
    std::fs::write(dir.path().join("content/t.yaml"), issued).unwrap();
    let run = thidua(dir.path(), &["check"]);
    ok(&run);
    assert!(!stderr(&run).contains("warning"), "{}", stderr(&run));
}

#[test]
fn a_document_may_carry_its_own_marks_and_a_vice_chair_signs_for_the_council() {
    let c = &CASES[0];
    let config = format!(
        "organization:\n  kind: xa\n{}  thu: {{name: Đặng Thị Thu, position: Trưởng phòng Văn hóa - Xã hội}}\ncouncil:\n  name: Hội đồng Thi đua - Khen thưởng xã\n  members: [truong, pho, thu]\n  chair: truong\n  vice_chairs: [pho]\n  secretary: thu\n",
        c.config
    );
    let dossier = "title: T
report:
  number: 12
  date: 2026-11-20
  signer: {person: pho, authority: [TL. Chủ tịch]}
  sections: [{heading: Khen thưởng, table: awards}]
awards:
  - form: giay-khen
    proposal: {number: 40, date: 2026-11-22, signer: pho, to: Chủ tịch Ủy ban nhân dân xã Hòa Vang}
    decision: {number: 31, date: 2026-11-25, signer: {person: pho, authority: [KT. CHỦ TỊCH]}}
    recipients: [{name: Lê Văn An, gender: male}]
";
    let dir = project_from(&config, &[("content/tk.yaml", dossier)]);
    let run = thidua(dir.path(), &["build"]);
    ok(&run);
    let out = dir.path().join("out/tk");
    // Lines written on the document win over the role's marks.
    contains_all(
        &pdf_text(&out.join("bao-cao-12.pdf")),
        &["TL. CHỦ TỊCH PHÓ CHỦ TỊCH"],
    );
    let report = pdf_text(&out.join("bao-cao-12.pdf"));
    assert!(!report.contains("TM."), "{report}");
    contains_all(
        &pdf_text(&out.join("quyet-dinh-31.pdf")),
        &["KT. CHỦ TỊCH PHÓ CHỦ TỊCH"],
    );
    contains_all(
        &pdf_text(&out.join("to-trinh-40.pdf")),
        &[
            "Số: 40/TTr-HĐTĐKT",
            "TM. HỘI ĐỒNG KT. CHỦ TỊCH PHÓ CHỦ TỊCH Phan Thị Tâm",
        ],
    );
    // A vice-chair who is not a member, or a person no one declared, is an error.
    let bad = config
        .replace("vice_chairs: [pho]", "vice_chairs: [thu2, pho]")
        .replace("members: [truong, pho, thu]", "members: [truong, thu]");
    std::fs::write(dir.path().join("thidua.yaml"), bad).unwrap();
    let run = thidua(dir.path(), &["check"]);
    assert_eq!(run.status.code(), Some(1));
    contains_all(
        &stderr(&run),
        &[
            "council.vice_chairs[0]: unknown person `thu2`",
            "council.vice_chairs[1]: the vice-chair `pho` is not among the members",
        ],
    );
}

#[test]
fn a_ward_written_as_offices_write_it_prints_right() {
    // `UBND` spelt out, the old tone placement, `phuong` for `xa`, no `title`: the
    // header, the running name and the signature lines are still the ward's.
    let config = "organization:
  kind: phuong
  province: TP. Đà Nẵng
  name: UBND PHƯỜNG HẢI CHÂU
  short: UBND
  place: Hải Châu
people:
  truong: {name: Lê Văn Nam, position: Chủ tịch Ủy ban nhân dân phường}
  pho: {name: Phan Thị Tâm, position: Phó Chủ tịch UBND phường}
";
    let dossier = dossier(&CASES[0]);
    let dir = project_from(config, &[("content/tk.yaml", &dossier)]);
    let run = thidua(dir.path(), &["build"]);
    ok(&run);
    assert!(!stderr(&run).contains("warning"), "{}", stderr(&run));
    let out = dir.path().join("out/tk");
    let render = ["render", "content/tk.yaml", "--doc", "quyet-dinh-31"];
    let source = String::from_utf8_lossy(&thidua(dir.path(), &render).stdout).into_owned();
    assert!(
        source.contains("name: [ỦY BAN NHÂN DÂN\\ PHƯỜNG HẢI CHÂU]"),
        "{source}"
    );
    let decision = pdf_text(&out.join("quyet-dinh-32.pdf"));
    contains_all(
        &decision,
        &[
            "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG HẢI CHÂU",
            "của Chủ tịch Ủy ban nhân dân phường Hải Châu",
            "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Phan Thị Tâm",
        ],
    );
    contains_all(
        &pdf_text(&out.join("bao-cao-12.pdf")),
        &["TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Phan Thị Tâm"],
    );
    let old = config.replace("UBND PHƯỜNG HẢI CHÂU", "UỶ BAN NHÂN DÂN PHƯỜNG HẢI CHÂU");
    std::fs::write(dir.path().join("thidua.yaml"), old).unwrap();
    ok(&thidua(dir.path(), &["build"]));
    let decision = pdf_text(&out.join("quyet-dinh-32.pdf"));
    contains_all(&decision, &["của Chủ tịch Ủy ban nhân dân phường Hải Châu"]);
}

#[test]
fn a_ward_without_its_province_or_with_a_parent_is_warned_of() {
    let config = "organization:
  kind: xa
  parent: ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG
  name: PHƯỜNG HẢI CHÂU
  short: UBND
  place: Hải Châu
people:
  a: {name: Đỗ An, position: Chủ tịch}
";
    let dir = project_from(
        config,
        &[("content/t.yaml", TWO_PEOPLE.replace("lan", "a").as_str())],
    );
    let run = thidua(dir.path(), &["check"]);
    ok(&run);
    contains_all(
        &stderr(&run),
        &[
            "organization.kind: an Ủy ban nhân dân names its province",
            "organization.parent: the header of an ỦY BAN NHÂN DÂN has no line above its name",
            "organization.name: an Ủy ban nhân dân's name begins `ỦY BAN NHÂN DÂN`",
        ],
    );
}

#[test]
fn an_agency_renamed_prints_each_year_under_its_own_name() {
    // Before the 2025 reform a district's Phòng; from 1 July 2025 a commune.
    let config = "organization:
  - name: SỞ NỘI VỤ
    parent: ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM
    short: SNV
    place: Quảng Nam
    head: Giám đốc Sở Nội vụ tỉnh Quảng Nam
  - from: 2025-07-01
    kind: so
    province: thành phố Đà Nẵng
    parent: ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG
    name: SỞ NỘI VỤ
    short: SNV
    place: Đà Nẵng
    head: Giám đốc Sở Nội vụ thành phố Đà Nẵng
people:
  lan: {name: Trần Thị Lan, position: Giám đốc}
";
    let old = TWO_PEOPLE.to_string();
    let new = TWO_PEOPLE
        .replace("number: 3, date: 2024-10-01", "number: 4, date: 2026-10-01")
        .replace("title: T", "title: U");
    let dir = project_from(
        config,
        &[("content/a.yaml", &old), ("content/b.yaml", &new)],
    );
    let run = thidua(dir.path(), &["build"]);
    ok(&run);
    let before = pdf_text(&dir.path().join("out/a/quyet-dinh-3.pdf"));
    let after = pdf_text(&dir.path().join("out/b/quyet-dinh-4.pdf"));
    contains_all(
        &before,
        &[
            "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM",
            "Quảng Nam, ngày 01 tháng 10 năm 2024",
            "GIÁM ĐỐC SỞ NỘI VỤ TỈNH QUẢNG NAM",
        ],
    );
    contains_all(
        &after,
        &[
            "ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG",
            "Đà Nẵng, ngày 01 tháng 10 năm 2026",
            "GIÁM ĐỐC SỞ NỘI VỤ THÀNH PHỐ ĐÀ NẴNG",
        ],
    );
    assert!(!after.contains("QUẢNG NAM"), "{after}");
    // Names listed out of order are an error at the date.
    let swapped = config
        .replace("from: 2025-07-01", "from: 2020-01-01")
        .replace(
            "  - name: SỞ NỘI VỤ\n    parent: ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM",
            "  - from: 2021-01-01\n    name: SỞ NỘI VỤ\n    parent: ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM",
        );
    std::fs::write(dir.path().join("thidua.yaml"), swapped).unwrap();
    let run = thidua(dir.path(), &["check"]);
    assert_eq!(run.status.code(), Some(1), "{}", stderr(&run));
    contains_all(&stderr(&run), &["organization[1].from: each name after the first needs its `from` date, later than the one before"]);
}

#[test]
fn a_school_rewards_its_pupils_with_the_prize_it_sets() {
    let config = "organization:
  kind: truong
  province: Quảng Ngãi
  parent: SỞ GIÁO DỤC VÀ ĐÀO TẠO QUẢNG NGÃI
  name: [TRƯỜNG THCS, NGUYỄN DU]
  in_text: Trường THCS Nguyễn Du
  short: THCSND
  place: Quảng Ngãi
people:
  hieu: {name: Đỗ Thị Hoa, position: Hiệu trưởng}
";
    let dossier = "title: Khen thưởng học sinh
school_year: 2025-2026
awards:
  - form: hoc-sinh-gioi
    proposal: {number: 20, date: 2026-05-20, signer: hieu, to: Hiệu trưởng Trường THCS Nguyễn Du}
    decision: {number: 21, date: 2026-05-25, signer: hieu}
    amount: 200000
    recipients_file: hs.csv
  - form: hoc-sinh-xuat-sac
    decision: {number: 22, date: 2026-05-25, signer: hieu}
    recipients: [{name: Lê Minh Châu, class: 9A}]
";
    let csv = "name,class\nNguyễn Văn An,9A\nTrần Thị Bích,8B\n";
    let dir = project_from(
        config,
        &[("content/hs.yaml", dossier), ("content/hs.csv", csv)],
    );
    let run = thidua(dir.path(), &["build"]);
    ok(&run);
    // No prize for the second: said once, at its form; no gender asked of pupils.
    let err = stderr(&run);
    contains_all(
        &err,
        &[
            "awards[1].form: Học sinh Xuất sắc has no prize built in",
            "`amount: 0` if there is none",
        ],
    );
    assert!(!err.contains("gender"), "{err}");
    let out = dir.path().join("out/hs");
    contains_all(
        &pdf_text(&out.join("quyet-dinh-21.pdf")),
        &[
            "Công nhận danh hiệu Học sinh Giỏi cho 02 cá nhân",
            "Mỗi cá nhân được thưởng 200.000 đồng. Tổng số tiền thưởng: 400.000 đồng",
            "Em Nguyễn Văn An Học sinh lớp 9A",
            "Em Trần Thị Bích Học sinh lớp 8B",
        ],
    );
    let decision = pdf_text(&out.join("quyet-dinh-22.pdf"));
    assert!(
        !decision.contains("Điều 3"),
        "no money, no article on it: {decision}"
    );
    contains_all(
        &pdf_text(&out.join("hoc-sinh-gioi-21/01-nguyen-van-an.pdf")),
        &["CÔNG NHẬN DANH HIỆU HỌC SINH GIỎI Em Nguyễn Văn An Học sinh lớp 9A"],
    );
    contains_all(
        &pdf_text(&out.join("danh-sach-chi-tien-21.pdf")),
        &["200.000", "400.000"],
    );
    contains_all(
        &pdf_text(&out.join("to-trinh-20.pdf")),
        &["Căn cứ thành tích đạt được năm học 2025-2026"],
    );
    // `amount: 0` says there is none; an odd school year or prize is an error.
    let none = dossier.replace(
        "recipients: [{name: Lê",
        "amount: 0\n    recipients: [{name: Lê",
    );
    std::fs::write(dir.path().join("content/hs.yaml"), &none).unwrap();
    let run = thidua(dir.path(), &["check"]);
    ok(&run);
    assert!(!stderr(&run).contains("warning"), "{}", stderr(&run));
    let bad = none
        .replace("2025-2026", "2025-2027")
        .replace("amount: 200000", "amount: 5");
    std::fs::write(dir.path().join("content/hs.yaml"), bad).unwrap();
    let run = thidua(dir.path(), &["check"]);
    assert_eq!(run.status.code(), Some(1));
    contains_all(
        &stderr(&run),
        &[
            "school_year: `2025-2027` is not a school year",
            "awards[0].amount: an amount of 5 đồng each is not a prize",
        ],
    );
}

#[test]
fn a_communes_office_proposes_its_own_awards() {
    let c = &CASES[0];
    let config = format!(
        "organization:\n  kind: xa\n{}  thu: {{name: Đặng Thị Thu, position: Trưởng phòng Văn hóa - Xã hội}}\n",
        c.config
    );
    let dossier = "title: T
awards:
  - form: giay-khen
    proposal: {number: 80, date: 2026-11-22, signer: thu, to: Chủ tịch Ủy ban nhân dân xã Hòa Vang, from: office}
    decision: {number: 31, date: 2026-11-25, signer: truong}
    recipients: [{name: Lê Văn An, gender: male}]
";
    let dir = project_from(&config, &[("content/tk.yaml", dossier)]);
    let run = thidua(dir.path(), &["build"]);
    ok(&run);
    let out = dir.path().join("out/tk");
    let render = ["render", "content/tk.yaml", "--doc", "to-trinh-80"];
    let source = String::from_utf8_lossy(&thidua(dir.path(), &render).stdout).into_owned();
    assert!(
        source.contains("name: [PHÒNG VĂN HÓA \\- XÃ HỘI]"),
        "{source}"
    );
    contains_all(
        &pdf_text(&out.join("to-trinh-80.pdf")),
        &[
            "ỦY BAN NHÂN DÂN XÃ HÒA VANG",
            "Số: 80/TTr-VHXH",
            "TRƯỞNG PHÒNG VĂN HÓA - XÃ HỘI Đặng Thị Thu",
        ],
    );
    let upward = pdf_text(&out.join("to-trinh-80.pdf"));
    assert!(!upward.contains("TM."), "{upward}");
    contains_all(
        &pdf_text(&out.join("quyet-dinh-31.pdf")),
        &["Theo đề nghị của Trưởng phòng Văn hóa - Xã hội tại Tờ trình số 80/TTr-VHXH ngày 22 tháng 11 năm 2026."],
    );
    // An office does not ask a higher level; a kind with no office name must give one.
    let up = dossier.replace(
        "to: Chủ tịch Ủy ban nhân dân xã Hòa Vang",
        "to: Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng",
    );
    std::fs::write(dir.path().join("content/tk.yaml"), up).unwrap();
    let run = thidua(dir.path(), &["check"]);
    assert_eq!(run.status.code(), Some(1));
    contains_all(
        &stderr(&run),
        &["awards[0].proposal.from: an office proposes only to its own agency's head"],
    );
}
