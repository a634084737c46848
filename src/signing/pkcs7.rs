//! One signature's CMS (PKCS#7) content checked: the digest of the bytes its range
//! covers in its signed attributes, those attributes signed with the RSA key of the
//! certificate it names (SHA-256 or stronger, a key of 2048 bits or more, PKCS#1 v1.5),
//! the padding after it zeros; the signer named as that certificate names them.

use cms::cert::x509::der::Encode;
use cms::cert::x509::Certificate;
use cms::content_info::ContentInfo;
use cms::signed_data::{SignedData, SignerIdentifier, SignerInfo};
use sha2::Digest;

/// The signer's name, when the signature of range `r` verifies.
pub fn signer(bytes: &[u8], r: &[usize; 4]) -> Result<String, String> {
    let bad = |why: String| t!("signing-not-verified", why = why);
    let hex = &bytes[r[1] + 1..r[2] - 1];
    let der = decode_hex(hex).ok_or_else(|| bad(t!("signing-not-hex")))?;
    // The contents are padded with zeros after the DER.
    let mut reader =
        cms::cert::x509::der::SliceReader::new(&der).map_err(|e| bad(e.to_string()))?;
    let info: ContentInfo = cms::cert::x509::der::Decode::decode(&mut reader)
        .map_err(|e| bad(t!("signing-not-cms", error = e.to_string())))?;
    // What follows the signature is no part of it, nor of the bytes it covers: zeros.
    let used = usize::try_from(cms::cert::x509::der::Reader::position(&reader)).unwrap_or(0);
    if der[used.min(der.len())..].iter().any(|b| *b != 0) {
        return Err(bad(t!("signing-trailing-bytes")));
    }
    let data: SignedData = info
        .content
        .decode_as()
        .map_err(|e| bad(t!("signing-not-signed-data", error = e.to_string())))?;
    let signer = data
        .signer_infos
        .0
        .iter()
        .next()
        .ok_or_else(|| bad(t!("signing-no-signer")))?;
    if data.signer_infos.0.len() != 1 {
        return Err(bad(t!("signing-many-signers")));
    }
    let cert = certificate(&data, signer).ok_or_else(|| bad(t!("signing-no-certificate")))?;
    let hash = match signer.digest_alg.oid.to_string().as_str() {
        "1.3.14.3.2.26" => return Err(bad(t!("signing-sha1"))),
        oid => Hash::of(oid).ok_or_else(|| bad(t!("signing-unknown-digest")))?,
    };
    match signer.signature_algorithm.oid.to_string().as_str() {
        "1.2.840.113549.1.1.1" => {}
        "1.2.840.113549.1.1.10" => return Err(bad(t!("signing-rsa-pss"))),
        oid if oid == hash.with_rsa() => {}
        _ => return Err(bad(t!("signing-not-rsa"))),
    }
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
                .ok_or_else(|| bad(t!("signing-no-digest")))?;
            if digest.as_bytes() != content.as_slice() {
                return Err(bad(t!("signing-changed")));
            }
            hash.digest(&[&attrs.to_der().map_err(|e| bad(e.to_string()))?])
        }
        // PAdES signs attributes that hold the digest; a bare signature is not one.
        None => return Err(bad(t!("signing-no-attributes"))),
    };
    let spki = cert
        .tbs_certificate
        .subject_public_key_info
        .to_der()
        .map_err(|e| bad(e.to_string()))?;
    let key = <rsa::RsaPublicKey as rsa::pkcs8::DecodePublicKey>::from_public_key_der(&spki)
        .map_err(|_| bad(t!("signing-unknown-key")))?;
    if rsa::traits::PublicKeyParts::size(&key) < 256 {
        return Err(bad(t!("signing-short-key")));
    }
    key.verify(hash.scheme(), &to_sign, signer.signature.as_bytes())
        .map_err(|_| bad(t!("signing-wrong-signer")))?;
    let name = common_name(&cert).unwrap_or_else(|| cert.tbs_certificate.subject.to_string());
    Ok(shown(&name))
}

/// A certificate's name as `verify` prints it: in quotes (a name holding `, then` reads
/// as one name), direction and invisible characters shown as `�`.
fn shown(name: &str) -> String {
    let name: String = name
        .chars()
        .take(200)
        .map(|c| match c {
            '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2069}'
            | '\u{feff}' => '\u{fffd}',
            c if c.is_control() => '\u{fffd}',
            c => c,
        })
        .collect();
    match name.trim().is_empty() {
        true => t!("signing-nameless-certificate"),
        false => format!("“{name}”"),
    }
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
    Sha256,
    Sha384,
    Sha512,
}

impl Hash {
    fn of(oid: &str) -> Option<Hash> {
        Some(match oid {
            "2.16.840.1.101.3.4.2.1" => Hash::Sha256,
            "2.16.840.1.101.3.4.2.2" => Hash::Sha384,
            "2.16.840.1.101.3.4.2.3" => Hash::Sha512,
            _ => return None,
        })
    }

    /// The OID of RSA with this digest (`sha256WithRSAEncryption`).
    fn with_rsa(&self) -> &'static str {
        match self {
            Hash::Sha256 => "1.2.840.113549.1.1.11",
            Hash::Sha384 => "1.2.840.113549.1.1.12",
            Hash::Sha512 => "1.2.840.113549.1.1.13",
        }
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
            Hash::Sha256 => run::<sha2::Sha256>(parts),
            Hash::Sha384 => run::<sha2::Sha384>(parts),
            Hash::Sha512 => run::<sha2::Sha512>(parts),
        }
    }

    fn scheme(&self) -> rsa::Pkcs1v15Sign {
        match self {
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
