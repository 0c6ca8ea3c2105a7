"""Trust anchors for `verify`: certificates the auditor chose, from files and from trust folders.

An anchor is either a signer's own (self-signed) certificate or an organisation's CA certificate; a
signer is trusted when pyhanko-certvalidator builds a path from its certificate to an anchor, checking
each certificate's validity period, the CA flags and path length, and the signer's key usage
(digitalSignature or nonRepudiation, as pyHanko requires for signing). RFC 5280 ignores a trust
anchor's own extensions, so this module adds the check on the anchor: only a CA certificate
(basicConstraints cA true and, when key usage is present, keyCertSign) vouches for certificates below
it; any other anchor trusts that exact certificate only (compared by SHA-256 fingerprint), so a trusted
signer cannot mint certificates in another signer's name with her own key. Nothing is fetched from the
network and no system trust store is used: trust is only what the auditor passes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from pyhanko.sign.validation.status import PdfSignatureStatus
from pyhanko_certvalidator import ValidationContext

from app.core.errors import DpiaError
from app.core.safeio import MAX_SMALL_FILE_BYTES, read_regular_file

TRUST_SUFFIXES = (".pem", ".crt", ".cer", ".der")
_PEM_BLOCK = re.compile(rb"-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----", re.DOTALL)

_TRUST_PROBLEMS = {
    "NO_CERTIFICATE_CHAIN_FOUND": "no chain to a trusted certificate",
    "EXPIRED": "the certificate has expired",
    "OUT_OF_BOUNDS_NO_POE": "the certificate is outside its validity period",
    "OUT_OF_BOUNDS_NOT_REVOKED": "the certificate is outside its validity period",
    "NOT_YET_VALID": "the certificate is not valid yet",
    "CHAIN_CONSTRAINTS_FAILURE": "no valid chain to a trusted certificate (validity, CA flags, key usage)",
    "SIG_CONSTRAINTS_FAILURE": "the certificate's key usage does not allow signing",
    "REVOKED_NO_POE": "the certificate was revoked",
    "REVOKED_CA_NO_POE": "a CA certificate in the chain was revoked",
}


@dataclass
class TrustAnchors:
    certificates: list[x509.Certificate] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)

    @property
    def present(self) -> bool:
        return bool(self.certificates)

    @property
    def ca_fingerprints(self) -> frozenset[bytes]:
        """SHA-256 of every anchor that may vouch for certificates it issued."""
        return frozenset(_sha256(c) for c in self.certificates if is_ca(c))

    @property
    def fingerprints(self) -> frozenset[bytes]:
        return frozenset(_sha256(c) for c in self.certificates)

    def context(self) -> ValidationContext:
        roots = [_asn1(c) for c in self.certificates]
        return ValidationContext(trust_roots=roots, allow_fetching=False)


def is_ca(certificate: x509.Certificate) -> bool:
    """basicConstraints cA true and, when key usage is present, keyCertSign."""
    try:
        constraints = certificate.extensions.get_extension_for_class(x509.BasicConstraints).value
    except x509.ExtensionNotFound:
        return False
    if not constraints.ca:
        return False
    try:
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return True
    return bool(usage.key_cert_sign)


def _sha256(certificate: x509.Certificate) -> bytes:
    return certificate.fingerprint(hashes.SHA256())


def _asn1(certificate: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER))


def certificates_from(data: bytes, source: str) -> list[x509.Certificate]:
    """Every certificate in a PEM file (one or more blocks) or a single DER certificate."""
    try:
        if b"-----BEGIN CERTIFICATE-----" in data:
            return [x509.load_pem_x509_certificate(block) for block in _PEM_BLOCK.findall(data)]
        return [x509.load_der_x509_certificate(data)]
    except ValueError as exc:
        raise DpiaError(f"{source}: not a certificate (PEM or DER): {' '.join(str(exc).split())}") from exc


def load_trust(files: Iterable[Path] = (), folders: Iterable[Path] = ()) -> TrustAnchors:
    """Anchors from certificate files and from every certificate file directly inside each folder."""
    anchors = TrustAnchors()
    for path in files:
        _add(anchors, path)
    for folder in folders:
        found = _folder_files(folder)
        if not found:
            raise DpiaError(f"{folder}: no certificate files ({', '.join(TRUST_SUFFIXES)}) in this folder")
        for path in found:
            _add(anchors, path)
    return anchors


def _folder_files(folder: Path) -> list[Path]:
    try:
        entries = sorted(folder.iterdir())
    except OSError as exc:
        raise DpiaError(f"{folder}: cannot read the trust folder ({exc.strerror or exc})") from exc
    return [p for p in entries if p.suffix.lower() in TRUST_SUFFIXES and p.is_file()]


def _add(anchors: TrustAnchors, path: Path) -> None:
    anchors.certificates += certificates_from(_read(path), str(path))
    anchors.sources.append(str(path))


def _read(path: Path) -> bytes:
    return read_regular_file(path, MAX_SMALL_FILE_BYTES, "the certificate")


def is_trusted(status: PdfSignatureStatus | None, anchors: TrustAnchors) -> bool:
    """pyHanko found a path, and it is the anchor itself or ends at a CA anchor (never below a signer's)."""
    if status is None or not status.trusted or not anchors.present:
        return False
    if status.signing_cert.sha256 in anchors.fingerprints:
        return True
    anchor = _anchor_certificate(status)
    return anchor is not None and anchor.sha256 in anchors.ca_fingerprints


def trust_reason(status: PdfSignatureStatus | None, anchors: TrustAnchors, validated: bool) -> str:
    """One line: why this signer is or is not trusted."""
    if not validated or status is None:
        return "not checked: the signature itself is not valid"
    if not anchors.present:
        return "signer not verified: no trusted certificates given (--trust, --trust-dir)"
    if status.trusted and status.signing_cert.sha256 in anchors.fingerprints:
        return f"trusted: is the trusted certificate {_anchor_name(status)}"
    if is_trusted(status, anchors):
        return f"trusted: chains to the trusted CA {_anchor_name(status)}"
    if status.trusted:
        return (
            f"NOT TRUSTED: issued by {_anchor_name(status)}, a trusted certificate that is not a CA "
            "(it is trusted for its own signatures only)"
        )
    signer = status.signing_cert
    if signer.self_signed != "no" and signer.sha256 not in anchors.fingerprints:
        return "NOT TRUSTED: self-signed, and not one of the trusted certificates"
    indic = status.trust_problem_indic
    name = str(getattr(indic, "name", "NO_CERTIFICATE_CHAIN_FOUND"))
    return f"NOT TRUSTED: {_TRUST_PROBLEMS.get(name, name.lower().replace('_', ' '))}"


def _anchor_certificate(status: PdfSignatureStatus) -> asn1_x509.Certificate | None:
    path = status.validation_path
    anchor = getattr(path, "trust_anchor", None) if path is not None else None
    certificate = getattr(anchor, "certificate", None) if anchor is not None else None
    return certificate if isinstance(certificate, asn1_x509.Certificate) else None


def _anchor_name(status: PdfSignatureStatus) -> str:
    certificate = _anchor_certificate(status)
    if certificate is None:
        return "a trusted certificate"
    return f"'{certificate.subject.human_friendly}' (SHA-256 {certificate.sha256.hex()})"
