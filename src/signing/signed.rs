//! The signatures a signing tool appends after thidua's bytes, checked: each a CMS
//! signature (PKCS#7, RSA) over its `/ByteRange`, which must cover every byte before it
//! but its own `/Contents`; the last one reaching the end of the file; the updates that
//! carry them redefining nothing of thidua's but its signature fields and their form.
//! The certificate chain is not checked: who signed is said as the certificate says it.

use cms::cert::x509::der::Encode;
use cms::cert::x509::Certificate;
use cms::content_info::ContentInfo;
use cms::signed_data::{SignedData, SignerIdentifier, SignerInfo};
use sha2::Digest;

/// What the signatures after thidua's bytes say: in the order signed, the name each
/// certificate gives and the field it fills; the fields not signed yet.
#[derive(Debug, Default)]
pub struct Signatures {
    pub signed: Vec<(String, String)>,
    pub unsigned: Vec<String>,
}

/// The signatures after thidua's `ours` bytes, when every byte after them is signed as
/// above; else what is wrong.
pub fn check(bytes: &[u8], ours: usize) -> Result<Signatures, String> {
    let fields = Fields::of(&bytes[..ours]).ok_or("thidua made no signature field in it")?;
    let mut signatures = ranges(bytes, ours)?;
    if signatures.is_empty() {
        return Err("bytes were added after thidua's, and no signature holds them".into());
    }
    signatures.sort_by_key(|r| r[2] + r[3]);
    let mut names = Vec::new();
    let mut from = ours;
    for r in &signatures {
        let end = r[2] + r[3];
        if end <= from {
            return Err("two signatures end at one place".into());
        }
        unchanged(&bytes[..end], &fields)?;
        names.push(signed(bytes, r)?);
        from = end;
    }
    if from != bytes.len() {
        return Err("bytes were added after the last signature".into());
    }
    let doc = lopdf::Document::load_mem(bytes).map_err(|_| "it cannot be read as a PDF")?;
    let filled = super::filled::fields(&doc, &fields.widgets);
    let field = |r: &[usize; 4]| {
        let found = filled.iter().find(|(_, b)| *b == Some(r[1]));
        found.map_or("no field of thidua's".to_string(), |(l, _)| l.clone())
    };
    Ok(Signatures {
        signed: signatures
            .iter()
            .map(field)
            .zip(names)
            .map(|(f, n)| (n, f))
            .collect(),
        unsigned: filled
            .into_iter()
            .filter(|(_, b)| b.is_none())
            .map(|(l, _)| l)
            .collect(),
    })
}

/// Every `/ByteRange [a b c d]` after `ours`, checked to be a signature's: from the
/// start, the gap between its two parts the hex string of its `/Contents` alone, its end
/// that of an update (`%%EOF`), all of thidua's bytes inside it.
fn ranges(bytes: &[u8], ours: usize) -> Result<Vec<[usize; 4]>, String> {
    let key = b"/ByteRange";
    let mut out = Vec::new();
    let tail = &bytes[ours..];
    let mut at = 0;
    while let Some(i) = tail[at..].windows(key.len()).position(|w| w == key) {
        let start = at + i + key.len();
        at = start;
        let text = String::from_utf8_lossy(&tail[start..(start + 200).min(tail.len())]);
        let inside = text
            .trim_start()
            .strip_prefix('[')
            .and_then(|t| t.split(']').next());
        let numbers: Vec<usize> = inside
            .unwrap_or_default()
            .split_whitespace()
            .filter_map(|n| n.parse().ok())
            .collect();
        let [a, b, c, d] = numbers[..] else {
            return Err("a signature's byte range cannot be read".into());
        };
        let gap = b
            .checked_add(0)
            .filter(|_| a == 0)
            .and_then(|b| bytes.get(b..c));
        let hex = gap.is_some_and(|g| {
            g.len() >= 2
                && g[0] == b'<'
                && g[g.len() - 1] == b'>'
                && g[1..g.len() - 1].iter().all(u8::is_ascii_hexdigit)
        });
        let end = c.checked_add(d).filter(|e| *e <= bytes.len());
        let ends_update = end.is_some_and(|e| {
            let before = bytes[..e].trim_ascii_end();
            before.ends_with(b"%%EOF")
        });
        if !hex || !ends_update || b <= ours {
            return Err("a signature's byte range leaves out more than its own signature".into());
        }
        out.push([a, b, c, d]);
    }
    Ok(out)
}

/// thidua's file as parsed, and what of it a signing tool may write again: its
/// signature fields, their form, and the document's information and metadata (a tool
/// dates them); the pages and all they show stay thidua's.
struct Fields {
    ours: lopdf::Document,
    /// The signature fields.
    widgets: Vec<lopdf::ObjectId>,
    allowed: Vec<lopdf::ObjectId>,
}

impl Fields {
    fn of(ours: &[u8]) -> Option<Fields> {
        let doc = lopdf::Document::load_mem(ours).ok()?;
        let form = doc
            .catalog()
            .ok()?
            .get(b"AcroForm")
            .ok()?
            .as_reference()
            .ok()?;
        let fields = doc
            .get_dictionary(form)
            .ok()?
            .get(b"Fields")
            .ok()?
            .as_array()
            .ok()?;
        let widgets: Vec<lopdf::ObjectId> = fields
            .iter()
            .filter_map(|f| f.as_reference().ok())
            .collect();
        let mut allowed = widgets.clone();
        allowed.push(form);
        if let Ok(info) = doc.trailer.get(b"Info").and_then(|i| i.as_reference()) {
            allowed.push(info);
        }
        if let Ok(meta) = doc
            .catalog()
            .ok()?
            .get(b"Metadata")
            .and_then(|m| m.as_reference())
        {
            allowed.push(meta);
        }
        Some(Fields {
            ours: doc,
            widgets,
            allowed,
        })
    }
}

/// Whether the revision `revision` (the file up to a signature's end) leaves every object
/// of thidua's as it was, but those a signing tool may write again; a tool may write an
/// object anew in its own way (the same dictionary, spaced otherwise).
fn unchanged(revision: &[u8], fields: &Fields) -> Result<(), String> {
    let doc = lopdf::Document::load_mem(revision)
        .map_err(|_| "a signed revision cannot be read as a PDF".to_string())?;
    for (id, object) in &fields.ours.objects {
        if fields.allowed.contains(id) {
            continue;
        }
        if doc.objects.get(id) != Some(object) {
            return Err(format!(
                "a signed update writes thidua's object {} otherwise",
                id.0
            ));
        }
    }
    let root = |d: &lopdf::Document| d.trailer.get(b"Root").ok().cloned();
    if root(&doc) != root(&fields.ours) {
        return Err("a signed update gives the file another catalog".into());
    }
    Ok(())
}

/// The signer's name, when the signature of range `r` verifies.
fn signed(bytes: &[u8], r: &[usize; 4]) -> Result<String, String> {
    let bad = |why: &str| format!("a signature does not verify: {why}");
    let hex = &bytes[r[1] + 1..r[2] - 1];
    let der = decode_hex(hex).ok_or_else(|| bad("its contents are not hex"))?;
    // The contents are padded with zeros after the DER.
    let mut reader =
        cms::cert::x509::der::SliceReader::new(&der).map_err(|e| bad(&e.to_string()))?;
    let info: ContentInfo = cms::cert::x509::der::Decode::decode(&mut reader)
        .map_err(|e| bad(&format!("not a CMS signature ({e})")))?;
    let data: SignedData = info
        .content
        .decode_as()
        .map_err(|e| bad(&format!("not signed data ({e})")))?;
    let signer = data
        .signer_infos
        .0
        .iter()
        .next()
        .ok_or_else(|| bad("no signer"))?;
    if data.signer_infos.0.len() != 1 {
        return Err(bad("more than one signer in one signature"));
    }
    let cert = certificate(&data, signer).ok_or_else(|| bad("its certificate is not in it"))?;
    let hash =
        Hash::of(&signer.digest_alg.oid.to_string()).ok_or_else(|| bad("an unknown digest"))?;
    let content = hash.digest(&[&bytes[..r[1]], &bytes[r[2]..r[2] + r[3]]]);
    let to_sign = match &signer.signed_attrs {
        Some(attrs) => {
            let digest = attrs
                .iter()
                .find(|a| a.oid.to_string() == "1.2.840.113549.1.9.4")
                .and_then(|a| a.values.iter().next())
                .and_then(|v| {
                    v.decode_as::<cms::cert::x509::der::asn1::OctetString>()
                        .ok()
                })
                .ok_or_else(|| bad("no message digest"))?;
            if digest.as_bytes() != content.as_slice() {
                return Err(bad("the bytes it covers were changed"));
            }
            hash.digest(&[&attrs.to_der().map_err(|e| bad(&e.to_string()))?])
        }
        None => content,
    };
    let spki = cert
        .tbs_certificate
        .subject_public_key_info
        .to_der()
        .map_err(|e| bad(&e.to_string()))?;
    let key = <rsa::RsaPublicKey as rsa::pkcs8::DecodePublicKey>::from_public_key_der(&spki)
        .map_err(|_| bad("its key is not an RSA key thidua checks"))?;
    key.verify(hash.scheme(), &to_sign, signer.signature.as_bytes())
        .map_err(|_| bad("its signature is not its signer's"))?;
    Ok(common_name(&cert).unwrap_or_else(|| cert.tbs_certificate.subject.to_string()))
}

/// The certificate of `signer` among those the signature carries.
fn certificate(data: &SignedData, signer: &SignerInfo) -> Option<Certificate> {
    let certs = data
        .certificates
        .as_ref()?
        .0
        .iter()
        .filter_map(|c| match c {
            cms::cert::CertificateChoices::Certificate(c) => Some(c),
            _ => None,
        });
    let SignerIdentifier::IssuerAndSerialNumber(id) = &signer.sid else {
        return None;
    };
    certs
        .into_iter()
        .find(|c| {
            c.tbs_certificate.issuer == id.issuer
                && c.tbs_certificate.serial_number == id.serial_number
        })
        .cloned()
}

/// The certificate's subject's common name (CN).
fn common_name(cert: &Certificate) -> Option<String> {
    use cms::cert::x509::der::asn1::{PrintableStringRef, Utf8StringRef};
    let rdns = cert.tbs_certificate.subject.0.iter();
    let cn = rdns
        .flat_map(|rdn| rdn.0.iter())
        .find(|a| a.oid.to_string() == "2.5.4.3")?;
    let value = &cn.value;
    value
        .decode_as::<Utf8StringRef>()
        .map(|s| s.as_str().to_string())
        .or_else(|_| {
            value
                .decode_as::<PrintableStringRef>()
                .map(|s| s.as_str().to_string())
        })
        .ok()
}

/// The digests signatures are made with.
enum Hash {
    Sha1,
    Sha256,
    Sha384,
    Sha512,
}

impl Hash {
    fn of(oid: &str) -> Option<Hash> {
        Some(match oid {
            "1.3.14.3.2.26" => Hash::Sha1,
            "2.16.840.1.101.3.4.2.1" => Hash::Sha256,
            "2.16.840.1.101.3.4.2.2" => Hash::Sha384,
            "2.16.840.1.101.3.4.2.3" => Hash::Sha512,
            _ => return None,
        })
    }

    fn digest(&self, parts: &[&[u8]]) -> Vec<u8> {
        fn run<D: Digest>(parts: &[&[u8]]) -> Vec<u8> {
            let mut d = D::new();
            for p in parts {
                d.update(p);
            }
            d.finalize().to_vec()
        }
        match self {
            Hash::Sha1 => run::<sha1::Sha1>(parts),
            Hash::Sha256 => run::<sha2::Sha256>(parts),
            Hash::Sha384 => run::<sha2::Sha384>(parts),
            Hash::Sha512 => run::<sha2::Sha512>(parts),
        }
    }

    fn scheme(&self) -> rsa::Pkcs1v15Sign {
        match self {
            Hash::Sha1 => rsa::Pkcs1v15Sign::new::<sha1::Sha1>(),
            Hash::Sha256 => rsa::Pkcs1v15Sign::new::<sha2::Sha256>(),
            Hash::Sha384 => rsa::Pkcs1v15Sign::new::<sha2::Sha384>(),
            Hash::Sha512 => rsa::Pkcs1v15Sign::new::<sha2::Sha512>(),
        }
    }
}

fn decode_hex(hex: &[u8]) -> Option<Vec<u8>> {
    let digit = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    hex.chunks(2)
        .map(|p| match p {
            [a, b] => Some(digit(*a)? << 4 | digit(*b)?),
            _ => None,
        })
        .collect()
}
