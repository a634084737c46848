//! Provenance in every PDF and `thidua verify`: OK on fresh outputs, EDITED on a file
//! changed by one byte, STALE after an edit to the sources; a new commit restamps files
//! without typesetting them; PDF/A files declare the record; certificates' check codes.

use super::review::{committed, git};
use super::support::{ok, pdf_text, project_from, stderr, thidua, CONFIG, TWO_PEOPLE};
use std::path::Path;

const DOSSIER: &str = "content/2024/khen.yaml";

fn xmp(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    let start = text.rfind("<?xpacket begin").expect("an XMP packet");
    text[start..].to_string()
}

fn verify(dir: &Path, args: &[&str]) -> (i32, String) {
    let o = thidua(dir, &[&["verify"], args].concat());
    let said = String::from_utf8_lossy(&o.stdout).to_string() + &stderr(&o);
    (o.status.code().unwrap(), said)
}

#[test]
fn fresh_files_verify_edited_and_stale_ones_do_not() {
    let dir = project_from(CONFIG, &[(DOSSIER, TWO_PEOPLE)]);
    let p = dir.path();
    ok(&thidua(p, &["build", "-q"]));
    let decision = "out/2024/khen/quyet-dinh-3.pdf";
    let cert = "out/2024/khen/giay-khen-3/01-pham-van-a.pdf";
    let print = "out/2024/khen/giay-khen-3.pdf";
    let (code, said) = verify(p, &[decision, cert, print]);
    assert_eq!(code, 0, "{said}");
    assert_eq!(
        said.matches(": OK: content/2024/khen.yaml (not in git)")
            .count(),
        3,
        "{said}"
    );
    // The record: dossier, file, unit, hashes, version; no commit outside git.
    let record = xmp(&p.join(decision));
    for needle in [
        "<thidua:Dossier>content/2024/khen.yaml</thidua:Dossier>",
        "<thidua:File>2024/khen/quyet-dinh-3.pdf</thidua:File>",
        "<thidua:Commit></thidua:Commit>",
        &format!(
            "<thidua:Version>{}</thidua:Version>",
            env!("CARGO_PKG_VERSION")
        ),
        "<dc:title>", // typst's own metadata is kept
    ] {
        assert!(record.contains(needle), "{needle} in {record}");
    }
    // One byte changed in a copy: edited.
    let mut bytes = std::fs::read(p.join(decision)).unwrap();
    let at = bytes.len() / 3;
    bytes[at] ^= 1;
    std::fs::write(p.join("edited.pdf"), &bytes).unwrap();
    let (code, said) = verify(p, &["edited.pdf", "--project", "."]);
    assert_eq!(code, 1);
    assert!(
        said.contains("edited.pdf: EDITED after thidua made it (content/2024/khen.yaml"),
        "{said}"
    );
    // A PDF thidua did not make.
    std::fs::write(p.join("other.pdf"), b"%PDF-1.7\n%%EOF\n").unwrap();
    let (code, said) = verify(p, &["other.pdf"]);
    assert_eq!(
        (code, said.contains("not made by thidua")),
        (1, true),
        "{said}"
    );
    // The sources change one name: that certificate and the decision are stale, the
    // other certificate still the same.
    let changed = TWO_PEOPLE.replace("Lê Thị B", "Lê Thị Bé");
    std::fs::write(p.join(DOSSIER), changed).unwrap();
    let other = "out/2024/khen/giay-khen-3/01-pham-van-a.pdf";
    let renamed = "out/2024/khen/giay-khen-3/02-le-thi-b.pdf";
    let (code, said) = verify(p, &[decision, other, renamed]);
    assert_eq!(code, 1, "{said}");
    assert!(
        said.contains(&format!(
            "{decision}: DIFFERENT: the sources in the working tree make other bytes"
        )),
        "{said}"
    );
    assert!(said.contains(&format!("{other}: OK")), "{said}");
    assert!(
        said.contains(&format!(
            "{renamed}: STALE: the sources in the working tree no longer make this file"
        )),
        "{said}"
    );
}

#[test]
fn the_commit_is_recorded_and_a_new_one_typesets_nothing() {
    let Some(dir) = committed(CONFIG, &[(DOSSIER, TWO_PEOPLE)]) else {
        return;
    };
    let p = dir.path();
    let head = |p: &Path| String::from_utf8(git(p, &["rev-parse", "HEAD"]).stdout).unwrap();
    let first = head(p);
    ok(&thidua(p, &["build", "-q"]));
    let decision = p.join("out/2024/khen/quyet-dinh-3.pdf");
    let record = xmp(&decision);
    assert!(
        record.contains(&format!("<thidua:Commit>{}</thidua:Commit>", first.trim())),
        "{record}"
    );
    assert!(
        record.contains("<thidua:Dirty>False</thidua:Dirty>"),
        "{record}"
    );
    let before = std::fs::read(&decision).unwrap();
    // Built again from the same sources: the same bytes (reproducible).
    ok(&thidua(p, &["build", "-q", "--force"]));
    assert_eq!(std::fs::read(&decision).unwrap(), before);
    // A commit that changes no source of a document: it is restamped, not typeset.
    std::fs::write(p.join("README.md"), "notes\n").unwrap();
    git(p, &["add", "-A"]);
    git(p, &["commit", "-qm", "notes"]);
    let o = thidua(p, &["build"]);
    ok(&o);
    assert!(stderr(&o).contains("typeset 0/"), "{}", stderr(&o));
    let record = xmp(&decision);
    assert!(record.contains(&format!(
        "<thidua:Commit>{}</thidua:Commit>",
        head(p).trim()
    )));
    let (code, said) = verify(p, &["out/2024/khen/quyet-dinh-3.pdf"]);
    assert_eq!(code, 0, "{said}");
    assert!(
        said.contains(&format!("at commit {}", &head(p)[..12])),
        "{said}"
    );
    // Uncommitted changes to the sources are said (a new file among them).
    std::fs::write(p.join("content/2024/ghi-chu.txt"), "notes\n").unwrap();
    ok(&thidua(p, &["build", "-q"]));
    assert!(xmp(&decision).contains("<thidua:Dirty>True</thidua:Dirty>"));
    let (_, said) = verify(p, &["out/2024/khen/quyet-dinh-3.pdf"]);
    assert!(said.contains("with uncommitted changes"), "{said}");
}

#[test]
fn a_build_dated_by_source_date_epoch_verifies_without_it() {
    let dir = project_from(CONFIG, &[(DOSSIER, TWO_PEOPLE)]);
    let p = dir.path();
    let o = crate::support::binary()
        .args(["build", "-q"])
        .current_dir(p)
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .output()
        .unwrap();
    ok(&o);
    let decision = "out/2024/khen/quyet-dinh-3.pdf";
    assert!(xmp(&p.join(decision)).contains("epoch=1700000000"));
    let (code, said) = verify(p, &[decision, "out/2024/khen/giay-khen-3.pdf"]);
    assert_eq!(code, 0, "{said}");
}

#[test]
fn pdfa_files_keep_their_claim_and_declare_the_record() {
    let dir = project_from(CONFIG, &[(DOSSIER, TWO_PEOPLE)]);
    let p = dir.path();
    ok(&thidua(p, &["build", "-q", "--pdf-standard", "a-2b"]));
    for file in [
        "out/2024/khen/quyet-dinh-3.pdf",
        "out/2024/khen/giay-khen-3.pdf",
    ] {
        let record = xmp(&p.join(file));
        assert!(
            record
                .contains("<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>"),
            "{file}"
        );
        let schema = record
            .find("<pdfaSchema:prefix>thidua</pdfaSchema:prefix>")
            .expect(file);
        assert!(
            schema < record.find("</pdfaExtension:schemas>").unwrap(),
            "{file}"
        );
        for name in [
            "Commit", "Dirty", "Dossier", "File", "Unit", "Inputs", "Options", "Version", "Body",
            "Stamp",
        ] {
            assert!(
                record.contains(&format!("<pdfaProperty:name>{name}</pdfaProperty:name>")),
                "{name} in {file}"
            );
        }
        // Its trailer keeps the document ID (PDF/A) and points back to typst's.
        let bytes = std::fs::read(p.join(file)).unwrap();
        let tail = String::from_utf8_lossy(&bytes[bytes.len() - 400..]).to_string();
        assert!(tail.contains("/ID[") && tail.contains("/Prev "), "{tail}");
    }
    let (code, said) = verify(p, &["out/2024/khen/quyet-dinh-3.pdf"]);
    assert_eq!(code, 0, "{said}");
    assert_eq!(
        super::support::pdf_pages(&p.join("out/2024/khen/giay-khen-3.pdf")),
        2
    );
}

#[test]
fn a_check_code_resolves_to_its_certificate() {
    let config = format!("{CONFIG}certificate:\n  code: true\n");
    let dir = project_from(&config, &[(DOSSIER, TWO_PEOPLE)]);
    let p = dir.path();
    ok(&thidua(p, &["build", "-q"]));
    let text = pdf_text(&p.join("out/2024/khen/giay-khen-3/02-le-thi-b.pdf"));
    let at = text.find("Mã kiểm tra:").expect("the code is printed") + "Mã kiểm tra:".len();
    let code: String = text[at..].split_whitespace().next().unwrap().to_string();
    assert_eq!((code.len(), &code[4..5]), (9, "-"), "{code}");
    let (status, said) = verify(p, &["--code", &code.to_lowercase().replace('-', "")]);
    assert_eq!(status, 0, "{said}");
    for needle in [
        "Bà Lê Thị B",
        "Quyết định số 03/QĐ-SNV ngày 01/10/2024",
        "Số sổ vàng:",
        "02-le-thi-b.pdf",
    ] {
        assert!(said.contains(needle), "{needle} in {said}");
    }
    let other = pdf_text(&p.join("out/2024/khen/giay-khen-3/01-pham-van-a.pdf"));
    assert!(!other.contains(&code), "each certificate has its own code");
    let (status, said) = verify(p, &["--code", "ZZZZ-ZZZZ"]);
    assert_eq!(
        (status, said.contains("no certificate")),
        (1, true),
        "{said}"
    );
    let (status, said) = verify(p, &["--code", "nope"]);
    assert_eq!(
        (status, said.contains("is not a check code")),
        (2, true),
        "{said}"
    );
    // Without `code: true`, no code.
    let plain = project_from(CONFIG, &[(DOSSIER, TWO_PEOPLE)]);
    ok(&thidua(plain.path(), &["build", "-q"]));
    let text = pdf_text(
        &plain
            .path()
            .join("out/2024/khen/giay-khen-3/02-le-thi-b.pdf"),
    );
    assert!(!text.contains("Mã kiểm tra"));
}
