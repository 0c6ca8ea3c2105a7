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
from tests.report.builders import PASSPHRASE, forger_identity

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
    assert check.trust_note.startswith("trusted: chains to the trusted CA 'Common Name: Example Org signing CA'")


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


def _key_of(path: Path):
    from cryptography.hazmat.primitives.serialization import pkcs12

    key, _certificate, _chain = pkcs12.load_key_and_certificates(path.read_bytes(), PASSPHRASE.encode())
    return key


def test_a_trusted_signer_that_is_not_a_ca_cannot_vouch_for_another_name(
    signed_once, knowledge, assessor, dpo, tmp_path
) -> None:
    """Anna (trusted, self-signed, not a CA) issues 'Dirk de Vries' with her own key and signs as DPO."""
    from app.commands.verify_cmd import exit_status
    from app.report.identity import CertificateAuthority
    from app.report.trust import is_ca

    assert not is_ca(assessor.certificate)
    anna = CertificateAuthority(assessor.certificate, _key_of(assessor.path))
    path = tmp_path / "fake-dirk.p12"
    create_identity(path, "Dirk de Vries", "dirk@example.org", PASSPHRASE, "ec-p256", issuer=anna)
    with pytest.raises(IdentityError, match="which is not a CA certificate"):
        load_identity(path, PASSPHRASE)  # dpia sign refuses it; a forger signs with another tool
    fake = forger_identity(path)
    assert fake.certificate.issuer == assessor.certificate.subject
    forged = sign_report(signed_once, fake, "dpo")
    report = verify_report(forged, [assessor.certificate, dpo.certificate], knowledge)
    first, second = report.signatures
    assert report.intact and first.trusted
    assert second.signer == "Dirk de Vries" and not second.trusted
    assert second.trust_note.startswith("NOT TRUSTED: issued by 'Email Address: anna@example.org")
    assert "not a CA" in second.trust_note
    assert exit_status(report) == 3
    # trusting the forged certificate itself (pinning it) is the auditor's explicit choice
    pinned = verify_report(forged, [assessor.certificate, fake.certificate], knowledge)
    assert pinned.trusted and pinned.signatures[1].trust_note.startswith(
        "trusted: is the trusted certificate 'Email Address: dirk@example.org, Common Name: Dirk de Vries'"
    )


def _ca_like(name: str, key_cert_sign: bool, ca: bool = True):
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(x509.oid.NameOID.COMMON_NAME, name)])
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - dt.timedelta(days=1))
        .not_valid_after(NOW + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, key_cert_sign, key_cert_sign, False, False),
            critical=True,
        )
    )
    from app.report.identity import CertificateAuthority

    return CertificateAuthority(builder.sign(key, hashes.SHA256()), key)


@pytest.mark.parametrize(
    ("ca", "key_cert_sign", "vouches"), [(True, False, False), (False, True, False), (True, True, True)]
)
def test_only_a_ca_anchor_with_key_cert_sign_vouches(
    unsigned_pdf, knowledge, tmp_path, ca, key_cert_sign, vouches
) -> None:
    from app.report.trust import is_ca

    issuer = _ca_like("Half CA", key_cert_sign, ca)
    assert is_ca(issuer.certificate) == vouches
    path = tmp_path / "carol.p12"
    create_identity(path, "Carol", "carol@example.org", PASSPHRASE, "ec-p256", issuer=issuer)
    signed = sign_report(unsigned_pdf, forger_identity(path), "assessor")
    (check,) = verify_report(signed, [issuer.certificate], knowledge).signatures
    assert check.intact and check.trusted == vouches, check.trust_note


@pytest.mark.parametrize(("ca", "key_cert_sign"), [(True, False), (False, True)])
def test_dpia_sign_refuses_what_verify_would_not_trust(tmp_path, ca, key_cert_sign) -> None:
    issuer = _ca_like("Half CA", key_cert_sign, ca)
    path = tmp_path / "carol.p12"
    create_identity(path, "Carol", "carol@example.org", PASSPHRASE, "ec-p256", issuer=issuer)
    with pytest.raises(IdentityError, match="issued by 'Half CA', which is not a CA certificate"):
        load_identity(path, PASSPHRASE)
