"""Signing identities: a self-signed certificate and its key in a passphrase-protected PKCS#12 file."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import keys as asn1_keys
from asn1crypto import pkcs12 as asn1_pkcs12
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.sign.signers import SimpleSigner
from pyhanko_certvalidator.registry import SimpleCertificateStore

from app.core.errors import DpiaError
from app.report.options import KeyType

VALIDITY = dt.timedelta(days=3 * 365)
MIN_PASSPHRASE = 8

PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey


class IdentityError(DpiaError):
    """An identity file that cannot be created, opened or used."""


@dataclass(frozen=True)
class Identity:
    """An opened identity, ready to sign."""

    path: Path
    certificate: x509.Certificate
    signer: SimpleSigner

    @property
    def name(self) -> str:
        return subject_name(self.certificate)

    @property
    def email(self) -> str:
        return subject_email(self.certificate)

    @property
    def fingerprint(self) -> str:
        return certificate_fingerprint(self.certificate)


def certificate_fingerprint(certificate: x509.Certificate) -> str:
    der = certificate.public_bytes(serialization.Encoding.DER)
    return hashlib.sha256(der).hexdigest()


def subject_name(certificate: x509.Certificate) -> str:
    names = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else certificate.subject.rfc4514_string()


def subject_email(certificate: x509.Certificate) -> str:
    names = certificate.subject.get_attributes_for_oid(NameOID.EMAIL_ADDRESS)
    return str(names[0].value) if names else ""


def create_identity(
    out: Path,
    name: str,
    email: str,
    passphrase: str,
    key_type: KeyType = "rsa3072",
    now: dt.datetime | None = None,
) -> x509.Certificate:
    """Write a new identity to `out` (mode 0600, never overwriting); return its certificate."""
    _check_new(out, name, passphrase)
    key = _new_key(key_type)
    certificate = _self_signed(key, name.strip(), email.strip(), now or _utcnow())
    payload = pkcs12.serialize_key_and_certificates(
        name=name.strip().encode("utf-8"),
        key=key,
        cert=certificate,
        cas=None,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
    )
    _write_private(out, payload)
    return certificate


def _check_new(out: Path, name: str, passphrase: str) -> None:
    if not name.strip():
        raise IdentityError("the identity needs a name (--name)")
    if len(passphrase) < MIN_PASSPHRASE:
        raise IdentityError(f"the passphrase must have at least {MIN_PASSPHRASE} characters")
    if out.exists():
        raise IdentityError(f"{out}: already exists; refusing to overwrite an identity")


def _new_key(key_type: KeyType) -> PrivateKey:
    if key_type == "ec-p256":
        return ec.generate_private_key(ec.SECP256R1())
    size = 2048 if key_type == "rsa2048" else 3072
    return rsa.generate_private_key(public_exponent=65537, key_size=size)


def _self_signed(key: PrivateKey, name: str, email: str, now: dt.datetime) -> x509.Certificate:
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, name)]
    if email:
        attributes.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email))
    subject = x509.Name(attributes)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + VALIDITY)
    )
    for extension, critical in _extensions(key, email):
        builder = builder.add_extension(extension, critical=critical)
    return builder.sign(key, hashes.SHA256())


def _extensions(key: PrivateKey, email: str) -> list[tuple[x509.ExtensionType, bool]]:
    usage = x509.KeyUsage(
        digital_signature=True,
        content_commitment=True,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )
    extensions: list[tuple[x509.ExtensionType, bool]] = [
        (x509.BasicConstraints(ca=False, path_length=None), True),
        (usage, True),
        (x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False),
    ]
    if email:
        extensions.append((x509.SubjectAlternativeName([x509.RFC822Name(email)]), False))
    return extensions


def _write_private(out: Path, payload: bytes) -> None:
    try:
        fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError as exc:
        raise IdentityError(f"{out}: already exists; refusing to overwrite an identity") from exc
    except OSError as exc:
        raise IdentityError(f"{out}: cannot create file ({exc.strerror or exc})") from exc
    with os.fdopen(fd, "wb") as handle:
        os.fchmod(handle.fileno(), 0o600)
        handle.write(payload)


def load_identity(path: Path, passphrase: str, now: dt.datetime | None = None) -> Identity:
    """Open an identity file; every failure is an IdentityError with a one-line message."""
    raw = _read(path)
    key, certificate = _decrypt(path, raw, passphrase)
    _check_validity(path, certificate, now or _utcnow())
    return Identity(path=path, certificate=certificate, signer=_signer(key, certificate))


def _signer(key: PrivateKey, certificate: x509.Certificate) -> SimpleSigner:
    """A pyHanko signer from the already decrypted key (decrypting twice doubles the wait)."""
    return SimpleSigner(
        signing_key=asn1_keys.PrivateKeyInfo.load(
            key.private_bytes(
                serialization.Encoding.DER,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        ),
        signing_cert=asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER)),
        cert_registry=SimpleCertificateStore(),  # type: ignore[no-untyped-call]
    )


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise IdentityError(f"{path}: cannot read identity file ({exc.strerror or exc})") from exc


def _decrypt(path: Path, raw: bytes, passphrase: str) -> tuple[PrivateKey, x509.Certificate]:
    if not _is_pkcs12(raw):
        raise IdentityError(f"{path}: not a PKCS#12 identity file (.p12)")
    try:
        key, certificate, _ = pkcs12.load_key_and_certificates(raw, passphrase.encode("utf-8"))
    except ValueError as exc:
        raise IdentityError(f"{path}: wrong passphrase for this identity") from exc
    if key is None or certificate is None:
        raise IdentityError(f"{path}: the identity file holds no key and certificate")
    if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise IdentityError(f"{path}: unsupported key type {type(key).__name__}")
    return key, certificate


def _is_pkcs12(raw: bytes) -> bool:
    try:
        pfx = asn1_pkcs12.Pfx.load(raw)
        return bool(
            pfx["version"].native == "v3" and pfx["auth_safe"]["content_type"].native == "data"
        )
    except (ValueError, TypeError, KeyError):
        return False


def _check_validity(path: Path, certificate: x509.Certificate, now: dt.datetime) -> None:
    if now > certificate.not_valid_after_utc:
        expired = certificate.not_valid_after_utc.date().isoformat()
        raise IdentityError(
            f"{path}: the certificate expired on {expired}; create a new identity with 'dpia identity new'"
        )
    if now < certificate.not_valid_before_utc:
        start = certificate.not_valid_before_utc.date().isoformat()
        raise IdentityError(f"{path}: the certificate is not valid before {start}")


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
