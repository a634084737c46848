//! What an agency's settings get wrong is said, located: a province not among the 34,
//! a name whose running form cannot be told, a form another decides, an Ủy ban nhân dân
//! without its province; and settings written as offices write them still print right.

use crate::agency::{dossier, unwarned, CASES};
use crate::support::*;

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
    assert!(unwarned(&stderr(&run)), "{}", stderr(&run));
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
    assert!(unwarned(&stderr(&run)), "{}", stderr(&run));
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
fn hostile_settings_of_an_agency_are_said_never_crash() {
    let people = "people:\n  a: {name: Đỗ An, position: Chủ tịch}\n";
    let dossier = TWO_PEOPLE.replace("lan", "a");
    // No agency, an empty list, a word: located errors, never a crash.
    for (org, said) in [
        (
            "organization: []\n",
            "organization: invalid length 0, expected at least one organization",
        ),
        ("organization:\n", "organization: invalid type: unit value"),
        (
            "organization: UBND\n",
            "organization: invalid type: string \"UBND\"",
        ),
        ("", "missing field `organization`"),
    ] {
        let dir = project_from(&format!("{org}{people}"), &[("content/t.yaml", &dossier)]);
        for command in ["check", "build", "forms"] {
            let run = thidua(dir.path(), &[command]);
            let err = stderr(&run);
            assert!(!err.contains("panicked"), "{command} {org:?}: {err}");
            if command != "forms" {
                assert_eq!(run.status.code(), Some(1), "{command} {org:?}: {err}");
                assert!(err.contains(said), "{command} {org:?}: {err}");
            }
        }
    }
    // Blanks that would print as blanks are errors at their place.
    let config = "organization:
  kind: xa
  province: Đà Nẵng
  name: ỦY BAN NHÂN DÂN XÃ HÒA VANG
  short: ''
  place: '  '
  bases_first: ['']
people:
  a: {name: Đỗ An, position: Chủ tịch, title: ''}
council: {name: Hội đồng, members: [a], chair: a, vice_chairs: [a], secretary: a}
";
    let dir = project_from(config, &[("content/t.yaml", &dossier)]);
    let run = thidua(dir.path(), &["check"]);
    assert_eq!(run.status.code(), Some(1));
    contains_all(
        &stderr(&run),
        &[
            "thidua.yaml:5:10: organization.short: empty (or YAML's null, `~`): it would print a blank or `~`",
            "organization.place: empty",
            "organization.bases_first[0]: empty",
            "people.a.title: empty",
            "council.vice_chairs[0]: `a` is the chair or a vice-chair already",
        ],
    );
    // A malformed SOURCE_DATE_EPOCH is refused (usage, exit 2); spaces and empty are not.
    let dir = project_from(
        &CASES[0]
            .config
            .replace("  province", "organization:\n  kind: xa\n  province"),
        &[(
            "content/t.yaml",
            &dossier.replace("signer: a", "signer: truong"),
        )],
    );
    for bad in ["abc", "1700000000;draft=yes", "99999999999999"] {
        let run = crate::support::binary()
            .args(["build"])
            .current_dir(dir.path())
            .env("SOURCE_DATE_EPOCH", bad)
            .output()
            .unwrap();
        assert_eq!(run.status.code(), Some(2), "{bad}: {}", stderr(&run));
    }
    for fine in ["", " 1700000000 "] {
        let run = crate::support::binary()
            .args(["build"])
            .current_dir(dir.path())
            .env("SOURCE_DATE_EPOCH", fine)
            .output()
            .unwrap();
        ok(&run);
        let pdf = dir.path().join("out/t/quyet-dinh-3.pdf");
        let verified = thidua(dir.path(), &["verify", pdf.to_str().unwrap()]);
        ok(&verified);
    }
}

#[test]
fn a_title_written_with_ubnd_is_the_head_and_a_council_paper_carries_no_marks_of_the_body() {
    let c = &CASES[0];
    let config = format!(
        "organization:\n  kind: xa\n{}  thu: {{name: Đặng Thị Thu, position: Trưởng phòng Văn hóa - Xã hội}}\ncouncil: {{name: Hội đồng Thi đua - Khen thưởng xã, members: [truong, pho, thu], chair: truong, secretary: thu}}\n",
        c.config
    );
    let dossier = "title: T
awards:
  - form: giay-khen
    proposal: {number: 40, date: 2026-11-22, signer: pho, to: Chủ tịch UBND xã Hòa Vang}
    recipients: [{name: Lê Văn An, gender: male}]
";
    let dir = project_from(&config, &[("content/t.yaml", dossier)]);
    ok(&thidua(dir.path(), &["build"]));
    // Addressed to the head (written `UBND`): the council's Tờ trình, signed by a member
    // as written, without the body's marks.
    let paper = pdf_text(&dir.path().join("out/t/to-trinh-40.pdf"));
    contains_all(
        &paper,
        &[
            "Số: 40/TTr-HĐTĐKT",
            "Lưu: VT, VHXH. PHÓ CHỦ TỊCH Phan Thị Tâm",
        ],
    );
    assert!(!paper.contains("TM.") && !paper.contains("KT."), "{paper}");
}
