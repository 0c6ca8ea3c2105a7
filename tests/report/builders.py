"""Shared builders for the report and command tests: a rich assessment, identities, a dummy TSA."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.sign.timestamps import DummyTimeStamper

from app.core.assessment import (
    Assessment,
    Measure,
    Participant,
    QuestionNote,
    RatingOverride,
    SignatureRecord,
    SignOff,
)
from app.core.storage import load_assessment
from tests.helpers.paths import scenario_path

if TYPE_CHECKING:
    from app.report.identity import Identity

PASSPHRASE = "correct horse battery"
EXPORTED = dt.datetime(2025, 3, 1, 12, 0, tzinfo=dt.UTC)
UNICODE_NAMES = ("Łódź", "Ærø", "Ελλάδα")
MARKUP_TEXT = "Vendor <b>Acme</b> & partners <font color=red>red</font>"


def scenario(name: str = "clearview_search_engine") -> Assessment:
    return load_assessment(scenario_path(name))


def rich_assessment(name: str = "clearview_search_engine") -> Assessment:
    """A scenario with everything a workshop records: metadata, narrative, notes, plan, sign-off."""
    base = scenario(name)
    answers = dict(base.answers)
    answers["processing_description"] = (
        f"Faces from sites in Łódź, Ærø and Ελλάδα are matched. {MARKUP_TEXT}.\n"
        "Second paragraph: every face is turned into a template and compared with the database."
    )
    answers["purpose_description"] = "A people-search service sold to investigators. " * 6
    answers["context_description"] = "People never knew their photos were collected."
    return base.model_copy(
        update={
            "answers": answers,
            "metadata": base.metadata.model_copy(
                update={
                    "title": "Face search pilot – Łódź & Ærø",
                    "organisation": "Ελλάδα Analytics B.V.",
                    "assessor": "Anna Łukasiewicz",
                    "dpo": "Dirk de Vries",
                    "version": "1.2",
                    "status": "in_review",
                }
            ),
            "participants": [
                Participant(
                    name="Anna Łukasiewicz",
                    role="Assessor",
                    organisation="Ελλάδα Analytics",
                    email="anna@example.org",
                ),
                Participant(name="Søren Ærø", role="Security lead <b>", email="soren@example.org"),
            ],
            "notes": {
                "fr_function": QuestionNote(
                    text="Confirmed by the vendor demo & slides.",
                    disputed=True,
                    disputed_by="Søren",
                    dispute_reason="The batch mode may be 1:1",
                ),
            },
            "overrides": [
                RatingOverride(
                    risk_id="function_creep",
                    stage="residual",
                    severity=2,
                    likelihood=2,
                    justification="Contract forbids re-use; audited yearly.",
                    author="Anna Łukasiewicz",
                    date=dt.date(2025, 2, 20),
                ),
            ],
            "measures": [
                Measure(
                    id="m1",
                    title="Stop scraping",
                    description="Delete the scraped database.",
                    risks=["unlawful_special_category"],
                    owner="CTO",
                    due=dt.date(2025, 6, 1),
                ),
                Measure(
                    id="m2",
                    title="Encrypt templates",
                    catalogue_id="template_encryption",
                    risks=["template_breach"],
                    owner="Security",
                    status="implemented",
                ),
            ],
            "sign_off": SignOff(
                measures_approved_by="Board, 2025-02-27",
                residual_risks_approved_by="",
                dpo_advice="Do not deploy: scraping is prohibited under AI Act Art. 5(1)(e).",
                dpo_advice_summary="Do not deploy.",
                dpo_advice_followed="accepted",
                next_review_date=dt.date(2026, 3, 1),
                records=[SignatureRecord(name="Dirk de Vries", role="DPO", date=dt.date(2025, 3, 1))],
            ),
        }
    )


def certificate_pem(path: Path, certificate: x509.Certificate) -> Path:
    path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return path


def dummy_timestamper() -> DummyTimeStamper:
    """An offline RFC 3161 TSA with its own self-signed certificate."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test TSA")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .sign(key, hashes.SHA256())
    )
    der_key = key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return DummyTimeStamper(
        tsa_cert=asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER)),
        tsa_key=asn1_keys.PrivateKeyInfo.load(der_key),
    )


def unchecked_identity(path: Path, name: str, email: str = "") -> Path:
    """An identity file with any name at all (control characters included), as a forger could make."""
    from cryptography.hazmat.primitives.serialization import pkcs12

    from app.report.identity import _new_key, _self_signed

    key = _new_key("ec-p256")
    certificate = _self_signed(key, name, email, dt.datetime.now(dt.UTC))
    payload = pkcs12.serialize_key_and_certificates(
        b"x", key, certificate, None, serialization.BestAvailableEncryption(PASSPHRASE.encode())
    )
    path.write_bytes(payload)
    return path


def pdf_text(pdf: bytes) -> str:
    """The extractable text of every page, whitespace collapsed (line breaks fall anywhere)."""
    from io import BytesIO

    from pypdf import PdfReader

    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(BytesIO(pdf)).pages).split())


def certificate_by(
    name: str,
    issuer: tuple[x509.Certificate, object] | None = None,
    ca: bool = False,
    key_cert_sign: bool | None = None,
) -> tuple[x509.Certificate, object]:
    """A certificate and its key, self-signed or issued by `issuer` (certificate, key), with any flags:
    a forger's end-entity key may issue certificates that claim anything."""
    from cryptography.hazmat.primitives.asymmetric import ec

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    signer_cert, signer_key = issuer if issuer is not None else (None, key)
    now = dt.datetime.now(dt.UTC)
    sign_certs = ca if key_cert_sign is None else key_cert_sign
    usage = x509.KeyUsage(
        digital_signature=not ca, content_commitment=not ca, key_encipherment=False,
        data_encipherment=False, key_agreement=False, key_cert_sign=sign_certs, crl_sign=sign_certs,
        encipher_only=False, decipher_only=False,
    )  # fmt: skip
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(signer_cert.subject if signer_cert is not None else subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(usage, critical=True)
        .sign(signer_key, hashes.SHA256())  # type: ignore[arg-type]
    )
    return certificate, key


def identity_file(path: Path, leaf: tuple[x509.Certificate, object], chain: list[x509.Certificate]) -> Path:
    """A PKCS#12 identity file holding the leaf's key and certificate and the given chain."""
    from cryptography.hazmat.primitives.serialization import pkcs12

    certificate, key = leaf
    payload = pkcs12.serialize_key_and_certificates(
        b"x", key, certificate, chain or None,  # type: ignore[arg-type]
        serialization.BestAvailableEncryption(PASSPHRASE.encode()),
    )  # fmt: skip
    path.write_bytes(payload)
    return path


def forger_identity(path: Path) -> Identity:
    """An identity file opened without any of `load_identity`'s checks, as a forger's own tool would sign
    with it: what `dpia verify` must catch however the signature was made."""
    from app.report.identity import Identity, _decrypt, _signer

    key, certificate, chain = _decrypt(path, path.read_bytes(), PASSPHRASE)
    return Identity(path=path, certificate=certificate, signer=_signer(key, certificate, chain))
