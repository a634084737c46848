#!/usr/bin/env python3
"""Signs each signature field of an electronic version the way a signing tool would, for
thidua's tests: a throw-away RSA certificate per field (its common name the signer's),
made here and never kept; then validates every signature and prints, as JSON, each
field's page and rectangle and each signature's verdict.

Usage: sign.py [--tamper|--move] IN.pdf OUT.pdf "Name for field 1" "Name for field 2" ...
(fields are signed in the order the file lists them, each in an update of its own;
with --tamper, the last update also empties the first page's content, as a forger would;
with --move, it spreads the field it signs over the whole page)."""
import datetime, json, sys

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from pyhanko.keys import load_cert_from_pemder  # noqa: F401  (import check)
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from asn1crypto import keys as akeys, x509 as ax509


def certificate(name):
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    der_key = key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    der_cert = cert.public_bytes(serialization.Encoding.DER)
    return akeys.PrivateKeyInfo.load(der_key), ax509.Certificate.load(der_cert)


def main():
    args = sys.argv[1:]
    mode = args[0] if args[0] in ("--tamper", "--move") else None
    if mode:
        args = args[1:]
    src, dst, names = args[0], args[1], args[2:]
    data = open(src, "rb").read()
    with open(src, "rb") as f:
        found = [(name, page, list(map(float, rect))) for name, page, rect in listed(PdfFileReader(f))]
    certs = []
    for i, ((field, _, _), name) in enumerate(zip(found, names)):
        key, cert = certificate(name)
        certs.append(cert)
        signer = signers.SimpleSigner(signing_cert=cert, signing_key=key, cert_registry=None)
        import io
        out = io.BytesIO()
        w = IncrementalPdfFileWriter(io.BytesIO(data))
        last = i == len(names) - 1
        from pyhanko.pdf_utils import generic
        if mode == "--tamper" and last:
            page = w.root["/Pages"]["/Kids"][0].get_object()
            page["/Contents"] = w.add_object(generic.StreamObject(stream_data=b""))
            w.update_container(page)
        if mode == "--move" and last:
            ref = [f for f in w.root["/AcroForm"]["/Fields"] if f.get_object()["/T"] == field][0]
            widget = ref.get_object()
            widget["/Rect"] = generic.ArrayObject([generic.FloatObject(v) for v in (0, 0, 595, 842)])
            w.update_container(widget)
        signers.sign_pdf(w, signers.PdfSignatureMetadata(field_name=field), signer=signer, output=out)
        data = out.getvalue()
    open(dst, "wb").write(data)
    with open(dst, "rb") as f:
        r = PdfFileReader(f)
        after = [(name, page, list(map(float, rect))) for name, page, rect in listed(r)]
        verdicts = []
        for sig, cert in zip(r.embedded_signatures, certs):
            vc = ValidationContext(trust_roots=[cert])
            st = validate_pdf_signature(sig, vc)
            verdicts.append({"field": sig.field_name, "intact": st.intact, "valid": st.valid,
                             "coverage": str(st.coverage), "modification": str(st.modification_level)})
    print(json.dumps({"before": found, "after": after, "signatures": verdicts}))


def listed(reader):
    """Each signature field: its name, page (from 0) and rectangle."""
    out = []
    pages = [p.idnum for p in (reader.root["/Pages"]["/Kids"])]
    for ref in reader.root["/AcroForm"]["/Fields"]:
        f = ref.get_object()
        page = pages.index(f.raw_get("/P").idnum)
        out.append((f["/T"], page, f["/Rect"]))
    return out


main()
