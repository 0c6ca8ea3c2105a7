"""Organisation PKI: identities issued by a CA are trusted through the CA, with validity and key usage."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec

from app.report.identity import (
    IdentityError,
    create_ca,
    create_identity,
    issue_certificate,
    load_ca,
    load_identity,
)
from app.report.signing import sign_report
from app.report.trust import load_trust
from app.report.verify import verify_report
from tests.report.builders import PASSPHRASE

NOW = dt.datetime.now(dt.UTC)


@pytest.fixture(scope="module")
def ca_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ca") / "ca.p12"
    create_ca(
        path, "Example Org signing CA", PASSPHRASE, key_type="ec-p256", now=NOW - dt.timedelta(days=2000)
    )
    return path


def _issued(folder: Path, ca_file: Path, name: str, now: dt.datetime = NOW) -> Path:
    path = folder / f"{name}.p12"
    issuer = load_ca(ca_file, PASSPHRASE, now=now)
    create_identity(path, name, f"{name.lower()}@example.org", PASSPHRASE, "ec-p256", now=now, issuer=issuer)
    return path


def test_ca_issued_signer_is_trusted_through_the_ca(unsigned_pdf, knowledge, ca_file, tmp_path) -> None:
    identity = load_identity(_issued(tmp_path, ca_file, "Carol"), PASSPHRASE)
    assert identity.certificate.issuer.rfc4514_string() == "CN=Example Org signing CA"
    signed = sign_report(unsigned_pdf, identity, "assessor")
    ca_certificate = load_ca(ca_file, PASSPHRASE).certificate
    report = verify_report(signed, [ca_certificate], knowledge)
    (check,) = report.signatures
    assert report.ok and check.trusted and check.issuer == "CN=Example Org signing CA"
    assert check.trust_note.startswith("trusted: chains to 'Common Name: Example Org signing CA'")


def test_another_ca_does_not_vouch(unsigned_pdf, knowledge, ca_file, tmp_path) -> None:
    other = tmp_path / "other.p12"
    other_ca = create_ca(other, "Other CA", PASSPHRASE, key_type="ec-p256")
    signed = sign_report(unsigned_pdf, load_identity(_issued(tmp_path, ca_file, "Dan"), PASSPHRASE), "dpo")
    report = verify_report(signed, [other_ca], knowledge)
    assert report.intact and not report.trusted
    assert report.signatures[0].trust_note.startswith("NOT TRUSTED: ")
    assert "self-signed" not in report.signatures[0].trust_note


def test_expired_certificate_is_not_trusted(unsigned_pdf, knowledge, ca_file, tmp_path) -> None:
    past = NOW - dt.timedelta(days=4 * 365)
    identity = load_identity(_issued(tmp_path, ca_file, "Old", now=past), PASSPHRASE, now=past)
    signed = sign_report(unsigned_pdf, identity, "assessor")
    report = verify_report(signed, [load_ca(ca_file, PASSPHRASE).certificate], knowledge)
    (check,) = report.signatures
    assert check.intact and not check.trusted
    assert "validity period" in check.trust_note or "expired" in check.trust_note


def test_certificate_without_signing_key_usage_is_refused(unsigned_pdf, knowledge, ca_file, tmp_path) -> None:
    """A CA-issued certificate for key agreement only must not make a trusted signature."""
    ca = load_ca(ca_file, PASSPHRASE)
    good = load_identity(_issued(tmp_path, ca_file, "Kim"), PASSPHRASE)
    public = good.certificate.public_key()
    assert isinstance(public, ec.EllipticCurvePublicKey)
    wrong_usage = (
        x509.CertificateBuilder()
        .subject_name(good.certificate.subject)
        .issuer_name(ca.certificate.subject)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - dt.timedelta(days=1))
        .not_valid_after(NOW + dt.timedelta(days=30))
        .add_extension(
            x509.KeyUsage(False, False, False, False, True, False, False, False, False), critical=True
        )
        .sign(ca.key, hashes.SHA256())
    )
    from pyhanko.sign.signers import SimpleSigner

    from app.report.identity import Identity, _asn1

    signer = SimpleSigner(
        signing_cert=_asn1(wrong_usage),
        signing_key=good.signer.signing_key,
        cert_registry=good.signer.cert_registry,
    )
    identity = Identity(good.path, wrong_usage, signer)
    signed = sign_report(unsigned_pdf, identity, "assessor")
    report = verify_report(signed, [ca.certificate], knowledge)
    assert not report.ok
    assert report.signatures[0].intact and not report.signatures[0].trusted
    assert "key usage" in report.signatures[0].trust_note


def test_a_signing_identity_is_not_a_ca(tmp_path, ca_file) -> None:
    path = _issued(tmp_path, ca_file, "Eve")
    with pytest.raises(IdentityError, match="not a CA certificate"):
        load_ca(path, PASSPHRASE)


def test_issue_certificate_for_a_bare_public_key(ca_file) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    ca = load_ca(ca_file, PASSPHRASE)
    certificate = issue_certificate(key.public_key(), "Token", "", NOW, ca)
    certificate.verify_directly_issued_by(ca.certificate)
    usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment and not usage.key_cert_sign


def test_trust_folder_loads_every_certificate(tmp_path, ca_file) -> None:
    from cryptography.hazmat.primitives import serialization

    folder = tmp_path / "trust"
    folder.mkdir()
    pem = load_ca(ca_file, PASSPHRASE).certificate.public_bytes(serialization.Encoding.PEM)
    (folder / "two.pem").write_bytes(pem + pem)
    (folder / "notes.txt").write_text("ignored", encoding="utf-8")
    anchors = load_trust(folders=[folder])
    assert len(anchors.certificates) == 2 and anchors.sources == [str(folder / "two.pem")]


@pytest.mark.parametrize("name", ["Eve\nresult: OK", "Eve\x1b[31m", "Eve\u202e"])
def test_control_characters_in_a_new_identity_are_refused(tmp_path, name) -> None:
    with pytest.raises(IdentityError, match="contains control characters"):
        create_identity(tmp_path / "x.p12", name, "", PASSPHRASE, "ec-p256")
    with pytest.raises(IdentityError, match="the email contains control characters"):
        create_identity(tmp_path / "y.p12", "Eve", f"e@x.org{name[3:]}", PASSPHRASE, "ec-p256")
    assert not (tmp_path / "x.p12").exists()
