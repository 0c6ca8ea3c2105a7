"""Checking a signed report: every signature, what changed after it, and whether the verdict still holds.

Trust: the report's identities are self-signed. Without trust anchors a signature is judged on its
integrity alone (`trusted` is None: "signer not verified"); with anchors (`--trust CERT.pem`) the
signer's certificate must also chain to one of them.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.status import PdfSignatureStatus
from pyhanko_certvalidator import ValidationContext

from app.core.errors import DpiaError
from app.core.knowledge import Knowledge
from app.report.attachments import ASSESSMENT_FILE, VERDICT_FILE, read_attachments
from app.report.fields import role_of_field
from app.report.identity import certificate_fingerprint, subject_email, subject_name
from app.report.rescore import VerdictCheck, check_verdict

# Certificate path building fails loudly for self-signed signers; the result says so already.
logging.getLogger("pyhanko").addHandler(logging.NullHandler())
logging.getLogger("pyhanko_certvalidator").addHandler(logging.NullHandler())

_ALLOWED_AFTER_SIGNING = (
    ModificationLevel.NONE,
    ModificationLevel.LTA_UPDATES,
    ModificationLevel.FORM_FILLING,
)


class UnreadableReport(DpiaError):
    """Input that is not a PDF, or a PDF that cannot be parsed."""


@dataclass(frozen=True)
class SignatureCheck:
    field: str
    role: str
    signer: str
    email: str
    fingerprint: str
    signing_time: dt.datetime | None
    timestamp_time: dt.datetime | None
    intact: bool
    trusted: bool | None
    changes: str
    changes_ok: bool
    covers_whole_file: bool

    @property
    def ok(self) -> bool:
        return self.intact and self.changes_ok and self.trusted is not False


@dataclass(frozen=True)
class VerificationReport:
    signatures: list[SignatureCheck]
    verdict: VerdictCheck | None
    problems: list[str] = field(default_factory=list)
    assessment_json: bytes | None = None

    @property
    def ok(self) -> bool:
        signatures_ok = bool(self.signatures) and all(s.ok for s in self.signatures)
        verdict_ok = self.verdict is not None and self.verdict.ok
        return signatures_ok and verdict_ok and not self.problems


def load_trust_roots(pem_or_der: Sequence[bytes]) -> list[x509.Certificate]:
    roots = []
    for data in pem_or_der:
        try:
            roots.append(_load_certificate(data))
        except ValueError as exc:
            raise DpiaError(f"not a certificate (PEM or DER): {exc}") from exc
    return roots


def _load_certificate(data: bytes) -> x509.Certificate:
    if b"-----BEGIN CERTIFICATE-----" in data:
        return x509.load_pem_x509_certificate(data)
    return x509.load_der_x509_certificate(data)


def verify_report(
    pdf: bytes,
    trust: Sequence[x509.Certificate] = (),
    knowledge: Knowledge | None = None,
) -> VerificationReport:
    """Verify every signature and re-score the embedded assessment; raise UnreadableReport."""
    reader = _open(pdf)
    context = _validation_context(trust)
    try:
        signatures = [_check_signature(s, context, bool(trust)) for s in reader.embedded_signatures]
        attachments = read_attachments(reader)
    except (PdfError, KeyError, TypeError, ValueError) as exc:
        raise UnreadableReport(f"cannot read the PDF structure ({_one_line(exc)})") from exc
    problems = [] if signatures else ["the report is not signed"]
    verdict = _verdict(attachments, knowledge, problems)
    return VerificationReport(signatures, verdict, problems, attachments.get(ASSESSMENT_FILE))


def _open(pdf: bytes) -> PdfFileReader:
    if not pdf.lstrip()[:5] == b"%PDF-":
        raise UnreadableReport("not a PDF file")
    try:
        return PdfFileReader(BytesIO(pdf), strict=False)
    except (PdfError, KeyError, TypeError, ValueError) as exc:
        raise UnreadableReport(f"cannot read the PDF ({_one_line(exc)})") from exc


def _validation_context(trust: Sequence[x509.Certificate]) -> ValidationContext:
    roots = [asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER)) for c in trust]
    return ValidationContext(trust_roots=roots, allow_fetching=False)


def _check_signature(
    signature: EmbeddedPdfSignature, context: ValidationContext, check_trust: bool
) -> SignatureCheck:
    certificate = x509.load_der_x509_certificate(signature.signer_cert.dump())
    try:
        status = validate_pdf_signature(signature, context)
    except (SignatureValidationError, PdfError, ValueError) as exc:
        return _broken(signature, certificate, _one_line(exc))
    return SignatureCheck(
        field=signature.field_name,
        role=role_of_field(signature.field_name),
        signer=subject_name(certificate),
        email=subject_email(certificate),
        fingerprint=certificate_fingerprint(certificate),
        signing_time=status.signer_reported_dt,
        timestamp_time=_timestamp_time(status),
        intact=bool(status.intact and status.valid),
        trusted=bool(status.trusted) if check_trust else None,
        changes=_changes(status),
        changes_ok=_changes_ok(status),
        covers_whole_file=status.coverage is not None and status.coverage.name == "ENTIRE_FILE",
    )


def _broken(signature: EmbeddedPdfSignature, certificate: x509.Certificate, reason: str) -> SignatureCheck:
    return SignatureCheck(
        field=signature.field_name,
        role=role_of_field(signature.field_name),
        signer=subject_name(certificate),
        email=subject_email(certificate),
        fingerprint=certificate_fingerprint(certificate),
        signing_time=None,
        timestamp_time=None,
        intact=False,
        trusted=None,
        changes=f"cannot be validated: {reason}",
        changes_ok=False,
        covers_whole_file=False,
    )


def _timestamp_time(status: PdfSignatureStatus) -> dt.datetime | None:
    token = status.timestamp_validity
    return token.timestamp if token is not None else None


def _changes(status: PdfSignatureStatus) -> str:
    level = status.modification_level
    if level is None or level == ModificationLevel.NONE:
        return "none"
    if level in _ALLOWED_AFTER_SIGNING:
        return "later signatures only"
    return f"other changes ({level.name.lower()})"


def _changes_ok(status: PdfSignatureStatus) -> bool:
    level = status.modification_level
    return bool(status.docmdp_ok) and (level is None or level in _ALLOWED_AFTER_SIGNING)


def _verdict(
    attachments: dict[str, bytes], knowledge: Knowledge | None, problems: list[str]
) -> VerdictCheck | None:
    if ASSESSMENT_FILE not in attachments:
        problems.append(f"no embedded {ASSESSMENT_FILE}: this is not a DPIA report")
        return None
    record = _record(attachments.get(VERDICT_FILE), problems)
    if record is None:
        return None
    return check_verdict(attachments[ASSESSMENT_FILE], record, knowledge)


def _record(raw: bytes | None, problems: list[str]) -> dict[str, Any] | None:
    if raw is None:
        problems.append(f"no embedded {VERDICT_FILE}")
        return None
    try:
        record = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError):
        problems.append(f"the embedded {VERDICT_FILE} is not valid JSON")
        return None
    if not isinstance(record, dict):
        problems.append(f"the embedded {VERDICT_FILE} is not a verdict record")
        return None
    return record


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
