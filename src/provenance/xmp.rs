//! The record in XMP: thidua's own properties beside typst's, declared in the PDF/A
//! extension schema when the file claims PDF/A (which allows no undeclared property).

use super::Provenance;

/// The namespace of thidua's properties.
const NS: &str = "https://thidua.org/ns/provenance/1.0/";

/// Each property: its name, its value type and what it means (for the PDF/A schema).
const PROPERTIES: [(&str, &str, &str); 10] = [
    ("Commit", "Text", "Git commit the sources came from"),
    (
        "Dirty",
        "Boolean",
        "Whether the sources had uncommitted changes",
    ),
    ("Dossier", "Text", "Dossier file the document was made from"),
    ("File", "Text", "Path of this file in the output folder"),
    ("Unit", "Text", "Unit of work that made this file"),
    (
        "Inputs",
        "Text",
        "Hash of everything the file was made from",
    ),
    ("Options", "Text", "Build options"),
    ("Version", "Text", "Version of thidua"),
    (
        "Body",
        "Text",
        "Hash of the typeset bytes before this record",
    ),
    ("Stamp", "Text", "Format of this record"),
];

/// A record as written in and read from a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub provenance: Provenance,
    /// The digest of the bytes before the record.
    pub body: String,
}

impl Record {
    fn values(&self) -> [String; 10] {
        let p = &self.provenance;
        [
            p.commit.clone().unwrap_or_default(),
            if p.dirty { "True" } else { "False" }.to_string(),
            p.dossier.clone(),
            p.file.clone(),
            p.unit.clone(),
            p.inputs.clone(),
            p.options.clone(),
            p.version.clone(),
            self.body.clone(),
            "1".to_string(),
        ]
    }

    /// `xmp` (typst's packet) with the record added; `None` when it is not a packet.
    pub fn added_to(&self, xmp: &str) -> Option<String> {
        let end = xmp.rfind("</rdf:RDF>")?;
        let mut own = format!(r#"<rdf:Description rdf:about="" xmlns:thidua="{NS}">"#);
        for ((name, _, _), value) in PROPERTIES.iter().zip(self.values()) {
            own.push_str(&format!(
                "<thidua:{name}>{}</thidua:{name}>",
                escape(&value)
            ));
        }
        own.push_str("</rdf:Description>");
        let mut packet = xmp[..end].to_string();
        let bag = "</rdf:Bag></pdfaExtension:schemas>";
        if let Some(at) = packet.find(bag) {
            packet.insert_str(at, &schema());
        } else if packet.contains("pdfaid:part") {
            own.push_str(&format!(
                r#"<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#"><pdfaExtension:schemas><rdf:Bag>{}</rdf:Bag></pdfaExtension:schemas></rdf:Description>"#,
                schema()
            ));
        }
        packet.push_str(&own);
        packet.push_str(&xmp[end..]);
        Some(packet)
    }

    /// The record in `text` (the update thidua appended), when it is one.
    pub fn read(text: &[u8]) -> Option<Record> {
        let text = String::from_utf8_lossy(text);
        let value = |name: &str| {
            let open = format!("<thidua:{name}>");
            let start = text.rfind(&open)? + open.len();
            let end = start + text[start..].find(&format!("</thidua:{name}>"))?;
            Some(unescape(&text[start..end]))
        };
        let commit = value("Commit")?;
        Some(Record {
            provenance: Provenance {
                commit: (!commit.is_empty()).then_some(commit),
                dirty: value("Dirty")? == "True",
                dossier: value("Dossier")?,
                file: value("File")?,
                unit: value("Unit")?,
                inputs: value("Inputs")?,
                options: value("Options")?,
                version: value("Version")?,
            },
            body: value("Body")?,
        })
    }
}

/// thidua's schema as an item of the PDF/A extension schemas.
fn schema() -> String {
    let mut s = format!(
        r#"<rdf:li rdf:parseType="Resource"><pdfaSchema:schema>thidua provenance</pdfaSchema:schema><pdfaSchema:namespaceURI>{NS}</pdfaSchema:namespaceURI><pdfaSchema:prefix>thidua</pdfaSchema:prefix><pdfaSchema:property><rdf:Seq>"#
    );
    for (name, kind, description) in PROPERTIES {
        s.push_str(&format!(
            r#"<rdf:li rdf:parseType="Resource"><pdfaProperty:name>{name}</pdfaProperty:name><pdfaProperty:valueType>{kind}</pdfaProperty:valueType><pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>{description}</pdfaProperty:description></rdf:li>"#
        ));
    }
    s.push_str("</rdf:Seq></pdfaSchema:property></rdf:li>");
    s
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}
