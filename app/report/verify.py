"""Checking a signed report as an auditor's validator would: every signature, every later revision, trust.

Three separate questions, three separate answers:

1. **Intact**: each signature is cryptographically valid over its whole revision, is a signature type
   this tool can validate, and sits in one of the report's own signature fields.
2. **Nothing else changed**: after each signature, the only revisions allowed are those that add a
   later, validated signature in another of the report's own (still empty) fields. Anything else (a new
   field or annotation, a change to another field, a page, an attachment, a metadata key, the XMP
   stream, unsigned bytes after the last revision) is named, per revision, with the signatures it
   breaks. pyHanko's own difference analysis runs on every such revision too and its reasons are kept.
3. **Trusted**: a signer is trusted only when its certificate chains (pyhanko-certvalidator: validity
   period, key usage, CA constraints) to a certificate the auditor gave (`--trust`, `--trust-dir`).

`VerificationReport.intact` answers 1 and 2 (and the re-scored verdict); `.trusted` answers 3; `.ok`
is both.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any

from cryptography import x509
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import DEFAULT_DIFF_POLICY, ModificationLevel, SuspiciousModification
from pyhanko.sign.signers.constants import ESIC_EXTENSION_1, ISO32001, ISO32002
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.status import PdfSignatureStatus, SignatureCoverageLevel

from app.core.errors import DpiaError
from app.core.knowledge import Knowledge
from app.core.printable import printable
from app.report.attachments import (
    ASSESSMENT_FILE,
    VERDICT_FILE,
    EmbeddedFileError,
    parse_embedded_json,
    read_attachments,
)
from app.report.fields import OWN_FIELDS, field_name, role_of_field
from app.report.identity import certificate_fingerprint, subject_email, subject_name
from app.report.options import ROLES
from app.report.rescore import VerdictCheck, check_verdict
from app.report.revisions import Change, RevisionView, TooComplex, changes, view_of
from app.report.trust import TrustAnchors, is_trusted, trust_reason

# Path building fails loudly for untrusted signers, and pyHanko logs skipped signature types; the
# result states both.
logging.getLogger("pyhanko").addHandler(logging.NullHandler())
logging.getLogger("pyhanko_certvalidator").addHandler(logging.NullHandler())

# What a signing revision may change besides its own field: pyHanko raises the PDF version with the PAdES
# developer extension (our `dpia sign` does too: a genuine second signature needs it), checked to hold
# only a PDF version and pyHanko's own extension dictionaries. Our signer writes no /Info entry and no
# XMP stream, so every /Info or XMP change after the first signature is named.
_SIGNING_CATALOG = frozenset({"/Version", "/Extensions"})
_PDF_VERSIONS = frozenset({f"/1.{minor}" for minor in range(8)} | {"/2.0"})
_KNOWN_EXTENSIONS = (ESIC_EXTENSION_1, ISO32001, ISO32002)  # what pyHanko registers when signing
_SIGNING_FORM = frozenset({"/SigFlags"})
MAX_REVIEWED_REVISIONS = 64  # a report has at most a few; thousands of tiny updates must not take hours
_UNREADABLE = (PdfError, KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError)


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
    trusted: bool
    trust_note: str
    revision: int
    problem: str = ""
    later_changes: tuple[str, ...] = ()
    issuer: str = ""

    @property
    def changes_ok(self) -> bool:
        return not self.later_changes

    @property
    def ok(self) -> bool:
        return self.intact and self.changes_ok and self.trusted


@dataclass(frozen=True)
class RoleField:
    """One signature role of the report: its field, whether the report has it, and who signed it."""

    role: str
    field: str
    present: bool
    signers: tuple[str, ...] = ()


@dataclass(frozen=True)
class VerificationReport:
    signatures: list[SignatureCheck]
    verdict: VerdictCheck | None
    problems: list[str] = field(default_factory=list)
    assessment_json: bytes | None = None
    roles: list[RoleField] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        """Signed, every signature intact, nothing but own signatures added, verdict still holds."""
        signatures_ok = bool(self.signatures) and all(s.intact and s.changes_ok for s in self.signatures)
        verdict_ok = self.verdict is not None and self.verdict.ok
        return signatures_ok and verdict_ok and not self.problems

    @property
    def trusted(self) -> bool:
        return bool(self.signatures) and all(s.trusted for s in self.signatures)

    @property
    def ok(self) -> bool:
        return self.intact and self.trusted


def verify_report(
    pdf: bytes,
    trust: TrustAnchors | Sequence[x509.Certificate] = (),
    knowledge: Knowledge | None = None,
) -> VerificationReport:
    """Verify every signature and revision and re-score the embedded assessment; raise UnreadableReport."""
    anchors = trust if isinstance(trust, TrustAnchors) else TrustAnchors(list(trust))
    reader = _open(pdf)
    try:
        embedded = list(reader.embedded_signatures)
        statuses = [_validate(s, anchors) for s in embedded]
        problems: list[str] = []
        later = _review_revisions(reader, embedded, statuses, problems)
        problems += _trailing_bytes(pdf, embedded, statuses, reader.xrefs.total_revisions)
        attachments = read_attachments(reader)
        present = set(view_of(reader.get_historical_resolver(reader.xrefs.total_revisions - 1)).fields)
    except (TooComplex, EmbeddedFileError) as exc:
        raise UnreadableReport(str(exc)) from exc
    except _UNREADABLE as exc:
        raise UnreadableReport(f"cannot read the PDF structure ({_one_line(exc)})") from exc
    signatures = [_check(s, status, anchors, later) for s, status in zip(embedded, statuses, strict=True)]
    if not signatures:
        problems.insert(0, "the report is not signed")
    verdict = _verdict(attachments, knowledge, problems)
    roles = _roles(present, signatures)
    return VerificationReport(signatures, verdict, problems, attachments.get(ASSESSMENT_FILE), roles)


def _roles(present: set[str], signatures: list[SignatureCheck]) -> list[RoleField]:
    """Every signature role, in the report's order: whether its field exists and who signed in it."""
    return [
        RoleField(
            role,
            field_name(role),
            field_name(role) in present,
            tuple(s.signer for s in signatures if s.field == field_name(role)),
        )
        for role in ROLES
    ]


def _open(pdf: bytes) -> PdfFileReader:
    if not pdf.lstrip()[:5] == b"%PDF-":
        raise UnreadableReport("not a PDF file")
    try:
        return PdfFileReader(BytesIO(pdf), strict=False)
    except _UNREADABLE as exc:
        raise UnreadableReport(f"cannot read the PDF ({_one_line(exc)})") from exc


# -- signatures ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Status:
    """pyHanko's status of one signature, or why there is none."""

    status: PdfSignatureStatus | None
    problem: str

    @property
    def validated(self) -> bool:
        return self.status is not None and not self.problem


def _validate(signature: EmbeddedPdfSignature, anchors: TrustAnchors) -> _Status:
    if signature.sig_object_type != "/Sig":
        return _Status(None, f"a {signature.sig_object_type} object, not a signature")
    try:
        status = validate_pdf_signature(signature, anchors.context(), skip_diff=True)
    except (SignatureValidationError, *_UNREADABLE) as exc:
        return _Status(None, f"cannot be validated: {_one_line(exc)}")
    if not (status.intact and status.valid):
        return _Status(status, "the signed content was changed or the signature value is wrong")
    if status.coverage is None or status.coverage < SignatureCoverageLevel.ENTIRE_REVISION:
        return _Status(status, "the signature does not cover its whole revision")
    if signature.field_name not in OWN_FIELDS:
        return _Status(status, f"field '{signature.field_name}' is not one of the report's signature fields")
    return _Status(status, "")


def _check(
    signature: EmbeddedPdfSignature, result: _Status, anchors: TrustAnchors, later: dict[int, list[str]]
) -> SignatureCheck:
    certificate = _certificate(signature)
    status = result.status
    trusted = result.validated and is_trusted(status, anchors)
    return SignatureCheck(
        field=signature.field_name,
        role=role_of_field(signature.field_name),
        signer=subject_name(certificate) if certificate else "?",
        email=_email(certificate),
        fingerprint=certificate_fingerprint(certificate) if certificate else "?",
        signing_time=status.signer_reported_dt if status else None,
        timestamp_time=_timestamp_time(status),
        intact=result.validated,
        trusted=trusted,
        trust_note=trust_reason(status, anchors, result.validated),
        revision=signature.signed_revision,
        problem=result.problem,
        later_changes=tuple(
            f"revision {r + 1}: {'; '.join(found)}"
            for r, found in sorted(later.items())
            if r > signature.signed_revision
        ),
        issuer=_issuer(certificate),
    )


def _certificate(signature: EmbeddedPdfSignature) -> x509.Certificate | None:
    try:
        return x509.load_der_x509_certificate(signature.signer_cert.dump())
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def _email(certificate: x509.Certificate | None) -> str:

    return subject_email(certificate) if certificate else ""


def _issuer(certificate: x509.Certificate | None) -> str:
    if certificate is None or certificate.issuer == certificate.subject:
        return ""
    return certificate.issuer.rfc4514_string()


def _timestamp_time(status: PdfSignatureStatus | None) -> dt.datetime | None:
    token = status.timestamp_validity if status is not None else None
    return token.timestamp if token is not None else None


# -- revisions -----------------------------------------------------------------------------------


def _review_revisions(
    reader: PdfFileReader,
    embedded: list[EmbeddedPdfSignature],
    statuses: list[_Status],
    problems: list[str],
) -> dict[int, list[str]]:
    """For every revision after the first signature: what it changed that it may not (by revision)."""
    total = reader.xrefs.total_revisions
    if total - _first(embedded, total) > MAX_REVIEWED_REVISIONS:
        raise TooComplex(
            f"{total - _first(embedded, total) - 1} revisions after the first signature; a report has a few"
        )
    views = {r: view_of(reader.get_historical_resolver(r)) for r in range(_first(embedded, total), total)}
    last = views[total - 1] if total - 1 in views else view_of(reader.get_historical_resolver(total - 1))
    problems += _field_problems(views.get(_first(embedded, total)), last, embedded, statuses)
    by_revision = {s.signed_revision: (s, st) for s, st in zip(embedded, statuses, strict=True)}
    found: dict[int, list[str]] = {}
    for revision in range(_first(embedded, total) + 1, total):
        signature, status = by_revision.get(revision, (None, None))
        own = (
            signature.field_name
            if signature is not None and status is not None and status.validated
            else None
        )
        bad = _unexplained(views[revision - 1], views[revision], own)
        if own is not None:
            bad += _version_entries(
                reader.get_historical_resolver(revision).root, views[revision - 1], views[revision]
            )
        if signature is None:
            bad.insert(0, "adds no signature")
        elif own is None and status is not None:
            bad.insert(0, f"the signature in field '{signature.field_name}' {status.problem}")
        bad += _pyhanko_reasons(reader, revision, own)
        if bad:
            found[revision] = bad
    for revision, bad in sorted(found.items()):
        broken = [s.field_name for s in embedded if s.signed_revision < revision]
        problems.append(f"revision {revision + 1} breaks {', '.join(broken)}: {'; '.join(bad)}")
    return found


def _first(embedded: list[EmbeddedPdfSignature], total: int) -> int:
    return min((s.signed_revision for s in embedded), default=total - 1)


def _unexplained(old: RevisionView, new: RevisionView, signed_field: str | None) -> list[str]:
    allowed_field = signed_field if signed_field and _was_empty(old, signed_field) else None
    return [c.text for c in changes(old, new) if not _allowed(c, allowed_field)]


def _was_empty(view: RevisionView, name: str) -> bool:
    before = view.fields.get(name)
    return before is not None and before.kind == "/Sig" and not before.value


def _allowed(change: Change, signed_field: str | None) -> bool:
    if signed_field is None:
        return False
    if change.kind in ("field", "field-value", "annotation"):
        # its own field and widget may get a value and an appearance; never a new place, size or page
        return change.subject == signed_field and change.verb not in ("new", "removed", "moved")
    if change.kind == "catalog":
        return change.subject in _SIGNING_CATALOG
    if change.kind == "form":
        return change.subject in _SIGNING_FORM
    return False


def _version_entries(root: generic.DictionaryObject, old: RevisionView, new: RevisionView) -> list[str]:
    """The /Version and /Extensions a signing revision may change hold a PDF version and pyHanko's own
    developer extensions, nothing else (no text a forger chose)."""
    found = []
    if _changed(old, new, "/Version") and str(root["/Version"]) not in _PDF_VERSIONS:
        found.append("document catalogue entry /Version is not a PDF version")
    if _changed(old, new, "/Extensions") and not _known_extensions(root["/Extensions"]):
        found.append("document catalogue entry /Extensions holds more than pyHanko's developer extensions")
    return found


def _changed(old: RevisionView, new: RevisionView, key: str) -> bool:
    return key in new.catalog and old.catalog.get(key) != new.catalog[key]


def _known_extensions(extensions: object) -> bool:
    if not isinstance(extensions, generic.DictionaryObject):
        return False
    allowed = {(str(e.prefix_name), _plain(e.as_pdf_object())) for e in _KNOWN_EXTENSIONS}
    for prefix in extensions:
        value = extensions[prefix]
        entries = list(value) if isinstance(value, generic.ArrayObject) else [value]
        if any((str(prefix), _plain(entry)) not in allowed for entry in entries):
            return False
    return True


def _plain(entry: object) -> tuple[tuple[str, str], ...] | None:
    if not isinstance(entry, generic.DictionaryObject):
        return None
    return tuple(sorted((str(k), str(entry[k])) for k in entry))


def _pyhanko_reasons(reader: PdfFileReader, revision: int, signed_field: str | None) -> list[str]:
    """pyHanko's difference analysis of this revision against the one before, in its own words."""
    try:
        result = DEFAULT_DIFF_POLICY.apply(
            old=reader.get_historical_resolver(revision - 1),
            new=reader.get_historical_resolver(revision),
        )
    except SuspiciousModification as exc:
        return [f"pyHanko: {_one_line(exc)[:400]}"]
    reasons = []
    if result.modification_level > ModificationLevel.FORM_FILLING:
        reasons.append(f"pyHanko: modification level {result.modification_level.name}")
    others = sorted(result.changed_form_fields - {signed_field})
    if others:
        reasons.append(f"pyHanko: form fields changed: {', '.join(others)}")
    return reasons


def _field_problems(
    signed_view: RevisionView | None,
    last: RevisionView,
    embedded: list[EmbeddedPdfSignature],
    statuses: list[_Status],
) -> list[str]:
    """Signature values nobody can validate, and fields this tool never makes, already when signed."""
    problems = []
    validated = {s.field_name for s, st in zip(embedded, statuses, strict=True) if st.validated}
    recognised = {s.field_name for s in embedded}
    for name, form_field in last.fields.items():
        if form_field.kind == "/Sig" and form_field.value and name not in recognised:
            problems.append(
                f"signature field '{name}' holds a value of a signature type that cannot be validated"
            )
    for signature, status in zip(embedded, statuses, strict=True):
        if signature.field_name not in validated:
            problems.append(f"the signature in field '{signature.field_name}' {status.problem}")
    if signed_view is not None:
        foreign = sorted(set(signed_view.fields) - OWN_FIELDS)
        if foreign and embedded:
            problems.append(
                f"the first signature already covers form fields this tool never adds: {', '.join(foreign)}"
            )
    return problems


def _trailing_bytes(
    pdf: bytes, embedded: list[EmbeddedPdfSignature], statuses: list[_Status], total: int
) -> list[str]:
    """Bytes after the last signed revision that no signature covers."""
    last = max(embedded, key=lambda s: s.signed_revision, default=None)
    if last is None or last.signed_revision != total - 1:
        return []  # an unsigned last revision is reported by the revision review
    try:
        byte_range = last.sig_object["/ByteRange"]
        end = int(byte_range[2]) + int(byte_range[3])
    except (TypeError, IndexError, ValueError):
        return []
    extra = len(pdf) - end
    if extra <= 0:
        return []
    return [f"{extra} unsigned bytes after the last signed revision (breaks {last.field_name})"]


# -- verdict ---------------------------------------------------------------------------------------


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
        record = parse_embedded_json(raw, VERDICT_FILE)
    except DpiaError as exc:
        problems.append(str(exc))
        return None
    if not isinstance(record, dict):
        problems.append(f"the embedded {VERDICT_FILE} is not a verdict record")
        return None
    return record


def _one_line(exc: BaseException) -> str:
    """The exception's text on one line, escaped: it may quote names and bytes from the PDF."""
    return printable(" ".join(str(exc).split()) or type(exc).__name__)
