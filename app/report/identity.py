"""Signing identities: a self-signed certificate and its key in a passphrase-protected PKCS#12 file."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import keys as asn1_keys
from asn1crypto import pkcs12 as asn1_pkcs12
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.sign.signers import Signer, SimpleSigner
from pyhanko_certvalidator.registry import SimpleCertificateStore

from app.core.errors import DpiaError
from app.core.printable import has_control, printable
from app.core.safeio import MAX_SMALL_FILE_BYTES, OutputExistsError, read_regular_file, write_file
from app.report.options import KeyType

VALIDITY = dt.timedelta(days=3 * 365)
CA_VALIDITY = dt.timedelta(days=10 * 365)
MIN_PASSPHRASE = 8
MAX_NAME = 64  # UTF-8 bytes in a certificate's common name (RFC 5280 ub-common-name, as cryptography counts)
MAX_EMAIL = 255  # characters in a certificate's email address (RFC 5280 ub-emailaddress-length)
# local@domain.tld in ASCII (what a certificate can carry; an internationalised domain in its xn-- form)
_EMAIL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")

PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey
PublicKey = rsa.RSAPublicKey | ec.EllipticCurvePublicKey


class IdentityError(DpiaError):
    """An identity file that cannot be created, opened or used."""


@dataclass(frozen=True)
class Identity:
    """An opened identity, ready to sign."""

    path: Path | None  # None for a key on a token
    certificate: x509.Certificate
    signer: Signer

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


@dataclass(frozen=True)
class CertificateAuthority:
    """An organisation's CA, opened to issue identities."""

    certificate: x509.Certificate
    key: PrivateKey


def create_identity(
    out: Path,
    name: str,
    email: str,
    passphrase: str,
    key_type: KeyType = "rsa3072",
    now: dt.datetime | None = None,
    issuer: CertificateAuthority | None = None,
) -> x509.Certificate:
    """Write a new identity to `out` (mode 0600, never overwriting); return its certificate.

    Self-signed by default; with `issuer`, the certificate is issued by that CA (and the file
    carries the CA certificate, so signatures embed the chain)."""
    _check_new(out, name, email, passphrase)
    key = _new_key(key_type)
    moment = now or _utcnow()
    if issuer is None:
        certificate = _self_signed(key, name.strip(), email.strip(), moment)
    else:
        certificate = _issued(key, name.strip(), email.strip(), moment, issuer)
    cas = [issuer.certificate] if issuer is not None else None
    _write_private(out, _pkcs12(name.strip(), key, certificate, passphrase, cas))
    return certificate


def create_ca(
    out: Path, name: str, passphrase: str, key_type: KeyType = "rsa3072", now: dt.datetime | None = None
) -> x509.Certificate:
    """A certificate authority for an organisation (10 years, may issue identities, not sign reports)."""
    _check_new(out, name, "", passphrase)
    key = _new_key(key_type)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name.strip())])
    moment = now or _utcnow()
    builder = _builder(subject, subject, key, moment, moment + CA_VALIDITY)
    builder = builder.add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
    builder = builder.add_extension(_usage(ca=True), critical=True)
    builder = builder.add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
    certificate = builder.sign(key, hashes.SHA256())
    _write_private(out, _pkcs12(name.strip(), key, certificate, passphrase, None))
    return certificate


def load_ca(path: Path, passphrase: str, now: dt.datetime | None = None) -> CertificateAuthority:
    key, certificate, _ = _decrypt(path, _read(path), passphrase)
    check_validity(path, certificate, now or _utcnow())
    try:
        is_ca = certificate.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    except x509.ExtensionNotFound:
        is_ca = False
    if not is_ca:
        raise IdentityError(f"{path}: not a CA certificate; create one with 'dpia identity new-ca'")
    return CertificateAuthority(certificate, key)


def _pkcs12(
    name: str,
    key: PrivateKey,
    certificate: x509.Certificate,
    passphrase: str,
    cas: list[x509.Certificate] | None,
) -> bytes:
    return pkcs12.serialize_key_and_certificates(
        name=name.encode("utf-8"),
        key=key,
        cert=certificate,
        cas=cas,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
    )


def _check_new(out: Path, name: str, email: str, passphrase: str) -> None:
    if not name.strip():
        raise IdentityError("the identity needs a name (--name)")
    for label, value in (("name", name), ("email", email)):
        if has_control(value):
            raise IdentityError(
                f"the {label} contains control characters ({printable(value)}); use plain text"
            )
    size = len(name.strip().encode("utf-8"))
    if size > MAX_NAME:
        raise IdentityError(
            f"the name takes {size} bytes in UTF-8; a certificate holds at most {MAX_NAME} "
            "(64 plain letters, fewer accented or non-Latin ones)"
        )
    check_email(email.strip())
    if len(passphrase) < MIN_PASSPHRASE:
        raise IdentityError(f"the passphrase must have at least {MIN_PASSPHRASE} characters")
    if os.path.lexists(out):
        raise IdentityError(f"{out}: already exists; refusing to overwrite an identity")


def check_email(email: str) -> None:
    """Empty (no email), or local@domain.tld in ASCII of at most MAX_EMAIL characters."""
    if email and (len(email) > MAX_EMAIL or _EMAIL.fullmatch(email) is None):
        shown = printable(email if len(email) <= 60 else email[:57] + "...")
        raise IdentityError(
            f"the email '{shown}' is not an email address: use the form name@example.org (ASCII, at "
            f"most {MAX_EMAIL} characters; an internationalised domain in its xn-- form), or none"
        )


def _new_key(key_type: KeyType) -> PrivateKey:
    if key_type == "ec-p256":
        return ec.generate_private_key(ec.SECP256R1())
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)


def _subject(name: str, email: str) -> x509.Name:
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, name)]
    if email:
        attributes.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email))
    return x509.Name(attributes)


def _builder(
    subject: x509.Name, issuer: x509.Name, key: PrivateKey | _PublicOnly, now: dt.datetime, until: dt.datetime
) -> x509.CertificateBuilder:
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(until)
    )


def _self_signed(key: PrivateKey, name: str, email: str, now: dt.datetime) -> x509.Certificate:
    subject = _subject(name, email)
    builder = _builder(subject, subject, key, now, now + VALIDITY)
    for extension, critical in _extensions(key, email):
        builder = builder.add_extension(extension, critical=critical)
    return builder.sign(key, hashes.SHA256())


def issue_certificate(
    public_key: PublicKey, name: str, email: str, now: dt.datetime, issuer: CertificateAuthority
) -> x509.Certificate:
    """A signing certificate for any public key (a file's or a token's), issued by the CA."""
    until = min(now + VALIDITY, issuer.certificate.not_valid_after_utc)
    builder = _builder(_subject(name, email), issuer.certificate.subject, _PublicOnly(public_key), now, until)
    for extension, critical in _extensions(_PublicOnly(public_key), email):
        builder = builder.add_extension(extension, critical=critical)
    authority = x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key())
    builder = builder.add_extension(authority, critical=False)
    return builder.sign(issuer.key, hashes.SHA256())


def _issued(
    key: PrivateKey, name: str, email: str, now: dt.datetime, issuer: CertificateAuthority
) -> x509.Certificate:
    return issue_certificate(key.public_key(), name, email, now, issuer)


class _PublicOnly:
    """Lets the builders take a bare public key where they expect a key pair."""

    def __init__(self, public_key: PublicKey) -> None:
        self._public_key = public_key

    def public_key(self) -> PublicKey:
        return self._public_key


def _usage(ca: bool = False) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=not ca,
        content_commitment=not ca,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=ca,
        crl_sign=ca,
        encipher_only=False,
        decipher_only=False,
    )


def _extensions(key: PrivateKey | _PublicOnly, email: str) -> list[tuple[x509.ExtensionType, bool]]:
    extensions: list[tuple[x509.ExtensionType, bool]] = [
        (x509.BasicConstraints(ca=False, path_length=None), True),
        (_usage(), True),
        (x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False),
    ]
    if email:
        extensions.append((x509.SubjectAlternativeName([x509.RFC822Name(email)]), False))
    return extensions


def _write_private(out: Path, payload: bytes) -> None:
    """Mode 0600, never over an existing name (nor through a symlink), no partial file on failure."""
    try:
        write_file(out, payload, mode=0o600, what="identity", error=IdentityError)
    except OutputExistsError as exc:
        raise IdentityError(f"{out}: already exists; refusing to overwrite an identity") from exc


def load_identity(path: Path, passphrase: str, now: dt.datetime | None = None) -> Identity:
    """Open an identity file; every failure is an IdentityError with a one-line message."""
    raw = _read(path)
    key, certificate, chain = _decrypt(path, raw, passphrase)
    check_validity(path, certificate, now or _utcnow())
    check_issuers(path, certificate, chain)
    return Identity(path=path, certificate=certificate, signer=_signer(key, certificate, chain))


def _signer(key: PrivateKey, certificate: x509.Certificate, chain: list[x509.Certificate]) -> SimpleSigner:
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
        cert_registry=SimpleCertificateStore.from_certs(  # type: ignore[no-untyped-call]
            [_asn1(c) for c in chain]
        ),
    )


def _asn1(certificate: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER))


def _read(path: Path) -> bytes:
    return read_regular_file(path, MAX_SMALL_FILE_BYTES, "identity file", IdentityError)


def _decrypt(
    path: Path, raw: bytes, passphrase: str
) -> tuple[PrivateKey, x509.Certificate, list[x509.Certificate]]:
    if not _is_pkcs12(raw):
        raise IdentityError(f"{path}: not a PKCS#12 identity file (.p12)")
    try:
        key, certificate, chain = pkcs12.load_key_and_certificates(raw, passphrase.encode("utf-8"))
    except ValueError as exc:
        raise IdentityError(f"{path}: wrong passphrase for this identity") from exc
    if key is None or certificate is None:
        raise IdentityError(f"{path}: the identity file holds no key and certificate")
    if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise IdentityError(f"{path}: unsupported key type {type(key).__name__}")
    return key, certificate, list(chain)


def _is_pkcs12(raw: bytes) -> bool:
    try:
        pfx = asn1_pkcs12.Pfx.load(raw)
        return bool(pfx["version"].native == "v3" and pfx["auth_safe"]["content_type"].native == "data")
    except (ValueError, TypeError, KeyError):
        return False


def check_issuers(path: Path, certificate: x509.Certificate, chain: list[x509.Certificate]) -> None:
    """Refuse an identity whose certificate, or a certificate above it, was issued by a certificate
    that is not a CA (basicConstraints cA true, keyCertSign): an end-entity key minting signers.

    The issuers are looked for in the chain the identity carries; one that is not there is left to
    `dpia verify` and the auditor's trust anchors."""
    from app.report.trust import is_ca

    for _step in range(len(chain) + 1):
        issuer = _issuer_in(certificate, chain)
        if issuer is None:
            return
        if not is_ca(issuer):
            name = printable(subject_name(issuer))
            raise IdentityError(
                f"{path}: the certificate was issued by '{name}', which is not a CA certificate "
                "(basicConstraints cA, keyCertSign); use an identity issued by a CA or a self-signed one"
            )
        certificate = issuer


def _issuer_in(certificate: x509.Certificate, chain: list[x509.Certificate]) -> x509.Certificate | None:
    """The certificate in `chain` whose key signed `certificate`; None if self-signed or not there."""
    if _issued_by(certificate, certificate):
        return None
    return next((c for c in chain if _issued_by(certificate, c)), None)


def _issued_by(certificate: x509.Certificate, issuer: x509.Certificate) -> bool:
    try:
        certificate.verify_directly_issued_by(issuer)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


def check_validity(path: Path, certificate: x509.Certificate, now: dt.datetime) -> None:
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
