use super::{body, read, stamp, Options, Provenance};

/// A small PDF as typst writes one: a classic cross-reference table, an XMP packet.
fn pdf(pdfa: bool) -> Vec<u8> {
    let xmp = if pdfa {
        r#"<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"><pdfaid:part>2</pdfaid:part><pdfaExtension:schemas><rdf:Bag><rdf:li>x</rdf:li></rdf:Bag></pdfaExtension:schemas></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="r"?>"#
    } else {
        r#"<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about=""><dc:title>T</dc:title></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="r"?>"#
    };
    let objects = [
        "<</Type/Pages/Kids[2 0 R]/Count 1>>".to_string(),
        "<</Type/Page/Parent 1 0 R/MediaBox[0 0 100 100]>>".to_string(),
        format!(
            "<</Length {}/Type/Metadata/Subtype/XML>>\nstream\n{xmp}\nendstream",
            xmp.len()
        ),
        "<</Type/Catalog/Pages 1 0 R/Metadata 3 0 R/Lang(vi)>>".to_string(),
        "<</Title(T)>>".to_string(),
    ];
    let mut out = b"%PDF-1.7\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{o}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(b"xref\n0 6\n0000000000 65535 f \n");
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!("trailer\n<</Size 6/Root 4 0 R/Info 5 0 R/ID[(a)(b)]>>\nstartxref\n{xref}\n%%EOF")
            .as_bytes(),
    );
    out
}

fn provenance(commit: &str) -> Provenance {
    Provenance {
        commit: Some(commit.into()),
        dirty: true,
        dossier: "content/2025/a & b.yaml".into(),
        file: "2025/a/quyet-dinh-1.pdf".into(),
        unit: "2025/a/quyet-dinh-1.pdf".into(),
        inputs: "0123".into(),
        options: "draft=no; standards=; preview=none; epoch=".into(),
        version: "0.1.0".into(),
    }
}

#[test]
fn a_stamped_pdf_reads_back_and_opens() {
    let original = pdf(false);
    let stamped = stamp(&original, &provenance("abc")).unwrap();
    assert!(stamped.starts_with(&original));
    let found = read(&stamped).unwrap();
    assert_eq!(found.provenance, provenance("abc"));
    assert!(found.intact);
    assert_eq!(body(&stamped), &original[..]);
    // A PDF reader follows the update: the catalog's metadata is the new packet.
    let doc = lopdf::Document::load_mem(&stamped).unwrap();
    let catalog = doc.catalog().unwrap();
    let meta = catalog.get(b"Metadata").unwrap().as_reference().unwrap();
    let stream = doc.get_object(meta).unwrap().as_stream().unwrap();
    let text = String::from_utf8_lossy(&stream.content);
    assert!(text.contains("<dc:title>T</dc:title>"), "{text}");
    assert!(text.contains("<thidua:Dossier>content/2025/a &amp; b.yaml</thidua:Dossier>"));
    assert_eq!(catalog.get(b"Lang").unwrap().as_str().unwrap(), b"vi");
    assert_eq!(doc.get_pages().len(), 1);
}

#[test]
fn a_second_stamp_replaces_the_first() {
    let original = pdf(false);
    let once = stamp(&original, &provenance("abc")).unwrap();
    let twice = stamp(&once, &provenance("def")).unwrap();
    assert_eq!(twice, stamp(&original, &provenance("def")).unwrap());
    assert_eq!(
        read(&twice).unwrap().provenance.commit.as_deref(),
        Some("def")
    );
}

#[test]
fn an_edited_file_is_not_intact() {
    let stamped = stamp(&pdf(false), &provenance("abc")).unwrap();
    let mut edited = stamped.clone();
    let at = edited.iter().position(|&b| b == b'[').unwrap();
    edited[at + 1] = b'1';
    assert!(!read(&edited).unwrap().intact);
    let mut appended = stamped.clone();
    appended.extend_from_slice(b"1 0 obj\n<<>>\nendobj\n");
    assert!(!read(&appended).unwrap().intact);
    // An update of another's after the record, ending as a PDF ends: still edited.
    let mut update = stamped.clone();
    update.extend_from_slice(b"2 0 obj\n<</Type/Page>>\nendobj\nxref\n2 1\n0000000000 00000 n \ntrailer\n<</Size 8>>\nstartxref\n0\n%%EOF\n");
    assert!(!read(&update).unwrap().intact);
    assert_eq!(read(&pdf(false)), None);
}

#[test]
fn pdfa_files_declare_the_properties() {
    let stamped = stamp(&pdf(true), &provenance("abc")).unwrap();
    let text = String::from_utf8_lossy(&stamped);
    let bag = text.rfind("</rdf:Bag></pdfaExtension:schemas>").unwrap();
    let schema = text
        .rfind("<pdfaSchema:prefix>thidua</pdfaSchema:prefix>")
        .unwrap();
    assert!(schema < bag);
    assert_eq!(text.matches("<pdfaExtension:schemas>").count(), 2); // old packet, new one
}

#[test]
fn options_read_back() {
    let o = Options {
        draft: true,
        standards: vec!["a-2b".into(), "ua-1".into()],
        preview: "png 144".into(),
        epoch: Some("1700000000".into()),
    };
    assert_eq!(
        o.line(),
        "draft=yes; standards=a-2b,ua-1; preview=png 144; epoch=1700000000"
    );
    assert_eq!(Options::parse(&o.line()), Some(o));
    assert_eq!(Options::parse("draft=no"), None);
    assert_eq!(Options::parse("nonsense"), None);
}

#[test]
fn text_like_the_mark_in_the_data_is_no_record() {
    // A title of the data, in typst's packet, that reads like the mark.
    let original = pdf(false);
    let text = String::from_utf8_lossy(&original).replace(
        "<dc:title>T</dc:title>",
        "<dc:title>T\n%thidua-provenance\nU</dc:title>",
    );
    let fixed = fix_offsets(text.as_bytes());
    assert_eq!(read(&fixed), None);
    assert_eq!(body(&fixed), &fixed[..]);
    let stamped = stamp(&fixed, &provenance("abc")).unwrap();
    assert!(read(&stamped).unwrap().intact);
    assert_eq!(body(&stamped), &fixed[..]);
}

#[test]
fn a_record_in_a_file_on_disk_is_written_as_in_memory() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.pdf");
    let once = stamp(&pdf(true), &provenance("abc")).unwrap();
    std::fs::write(&path, &once).unwrap();
    let mut out = std::fs::File::create(dir.path().join("b.pdf")).unwrap();
    super::stamp_file(&path, &mut out, &provenance("def")).unwrap();
    drop(out);
    let b = std::fs::read(dir.path().join("b.pdf")).unwrap();
    assert_eq!(b, stamp(&pdf(true), &provenance("def")).unwrap());
}

/// The PDF `bytes` with its cross-reference table pointing to where its objects are.
fn fix_offsets(bytes: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(bytes).to_string();
    let xref_at = text.find("xref\n").unwrap();
    let mut out = text[..xref_at].to_string();
    out.push_str("xref\n0 6\n0000000000 65535 f \n");
    for n in 1..=5 {
        let at = text.find(&format!("\n{n} 0 obj")).unwrap() + 1;
        out.push_str(&format!("{at:010} 00000 n \n"));
    }
    out.push_str(&format!(
        "trailer\n<</Size 6/Root 4 0 R/Info 5 0 R/ID[(a)(b)]>>\nstartxref\n{xref_at}\n%%EOF"
    ));
    out.into_bytes()
}
