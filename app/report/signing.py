"""PAdES baseline signatures (B-B, or B-T with a timestamp) in the report's pre-created fields."""

from __future__ import annotations

import json
from io import BytesIO

import aiohttp
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.sign.fields import SigSeedSubFilter, enumerate_sig_fields
from pyhanko.sign.general import SigningError
from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner
from pyhanko.sign.timestamps import HTTPTimeStamper, TimeStamper

from app.core.errors import DpiaError
from app.core.printable import printable
from app.report.attachments import ASSESSMENT_FILE, VERDICT_FILE, read_attachments
from app.report.fields import OWN_FIELDS, field_name
from app.report.identity import Identity
from app.report.options import Role
from app.report.record import RECORD_FORMAT, sha256
from app.report.revisions import value_of
from app.report.stamp import can_draw, stamp_style
from app.report.strings import STRINGS, text


class SigningFailed(DpiaError):
    """A report that cannot be signed (no such field, already signed, not a PDF...)."""


def http_timestamper(url: str) -> TimeStamper:
    """An RFC 3161 timestamp authority; only used when the user gives --tsa."""
    return HTTPTimeStamper(url)


def sign_report(
    pdf: bytes,
    identity: Identity,
    role: Role,
    timestamper: TimeStamper | None = None,
) -> bytes:
    """Sign the role's field by an incremental update; earlier signatures stay valid."""
    writer = _open(pdf)
    check_signable(pdf, writer)
    _check_field(writer, field_name(role))
    locale = _report_locale(writer)
    signer = PdfSigner(
        _metadata(identity, role, locale),
        signer=identity.signer,
        timestamper=timestamper,
        stamp_style=stamp_style(text("stamp_text", locale)),
    )
    role_name = _stamp_safe(text(f"role_{role}", locale).upper())
    params = {"signer": _stamp_name(identity), "role": role_name}
    try:
        out = signer.sign_pdf(writer, existing_fields_only=True, appearance_text_params=params)
    except (SigningError, PdfError, OSError, aiohttp.ClientError, TimeoutError) as exc:
        raise SigningFailed(f"signing failed: {_one_line(exc)}") from exc
    return bytes(out.getbuffer())


def _report_locale(writer: IncrementalPdfFileWriter) -> str:
    """The language the report was written in (its catalogue's /Lang), so the stamp matches it."""
    try:
        lang = str(writer.root.get("/Lang", "en"))
    except (PdfError, ValueError, KeyError, TypeError):
        return "en"
    return lang if lang in STRINGS else "en"


def _metadata(identity: Identity, role: Role, locale: str = "en") -> PdfSignatureMetadata:
    return PdfSignatureMetadata(
        field_name=field_name(role),
        md_algorithm="sha256",
        subfilter=SigSeedSubFilter.PADES,
        reason=text("signature_reason", locale, role=text(f"role_{role}", locale)),
        name=identity.name,
        contact_info=identity.email or None,
    )


class _SigningWriter(IncrementalPdfFileWriter):
    """Adds the signature and nothing else: the report's /Info and XMP stay as signed.

    pyHanko would stamp /ModDate and /Producer and add an XMP stream; `dpia verify` rejects metadata
    changes after a signature, so a signature must not make any.
    """

    def _update_meta(self) -> None:
        return None


def _open(pdf: bytes) -> IncrementalPdfFileWriter:
    if not pdf.startswith(b"%PDF-"):
        raise SigningFailed("not a PDF file")
    try:
        return _SigningWriter(BytesIO(pdf), strict=False)
    except (PdfError, ValueError, KeyError) as exc:
        raise SigningFailed(f"cannot read the PDF ({_one_line(exc)})") from exc


def check_signable(pdf: bytes, writer: IncrementalPdfFileWriter) -> None:
    """Refuse what a signer must not sign: a foreign PDF, a changed assessment, planted form fields,
    or a report whose earlier signatures or revisions no longer verify."""
    try:
        attachments = read_attachments(writer.prev)
        fields = [name for name, _value, _ref in enumerate_sig_fields(writer, filled_status=None)]
        foreign = sorted(set(_all_field_names(writer)) - OWN_FIELDS)
    except (PdfError, KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise SigningFailed(f"cannot read the PDF structure ({_one_line(exc)})") from exc
    _check_made_here(attachments, fields)
    if foreign:
        shown = ", ".join(printable(name) for name in foreign)
        raise SigningFailed(f"the PDF carries form fields this tool never adds ({shown}); refusing to sign")
    if any(value is not None for _name, value, _ref in enumerate_sig_fields(writer)):
        _check_earlier_signatures(pdf)


def _check_made_here(attachments: dict[str, bytes], fields: list[str]) -> None:
    if ASSESSMENT_FILE not in attachments or VERDICT_FILE not in attachments or not fields:
        raise SigningFailed(
            "this PDF was not made by the DPIA wizard (no embedded assessment); refusing to sign"
        )
    try:
        record = json.loads(attachments[VERDICT_FILE])
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise SigningFailed(f"the embedded {VERDICT_FILE} is not valid JSON; refusing to sign") from exc
    if not isinstance(record, dict) or record.get("format") != RECORD_FORMAT:
        raise SigningFailed(f"the embedded {VERDICT_FILE} is not a verdict record; refusing to sign")
    if sha256(attachments[ASSESSMENT_FILE]) != record.get("assessment_sha256"):
        raise SigningFailed(
            "the embedded assessment does not match the fingerprint recorded in the report; refusing to sign"
        )


def _all_field_names(writer: IncrementalPdfFileWriter) -> list[str]:
    """Fully qualified names of every form field, of any type."""
    fields = value_of(value_of(writer.root, "/AcroForm"), "/Fields", [])
    names: list[str] = []
    stack = [("", item, 0) for item in fields] if isinstance(fields, list) else []
    while stack:
        prefix, item, depth = stack.pop()
        node = item.get_object()
        if depth > 32 or "/T" not in node:
            continue
        name = f"{prefix}.{node['/T']}" if prefix else str(node["/T"])
        names.append(name)
        kids = value_of(node, "/Kids", [])
        stack += [(name, kid, depth + 1) for kid in kids] if isinstance(kids, list) else []
    return names


def _check_earlier_signatures(pdf: bytes) -> None:
    from app.report.verify import verify_report

    report = verify_report(pdf)
    if report.problems or not all(s.intact and s.changes_ok for s in report.signatures):
        first = report.problems[0] if report.problems else "a signature or the verdict does not verify"
        raise SigningFailed(f"the report does not verify ({printable(first)}); refusing to sign")


def _check_field(writer: IncrementalPdfFileWriter, name: str) -> None:
    fields = {field: value for field, value, _ in enumerate_sig_fields(writer)}
    if name not in fields:
        raise SigningFailed(f"the PDF has no signature field {name!r}; is it a DPIA report?")
    if fields[name] is not None:
        raise SigningFailed(f"the signature field {name!r} is already signed")


def _stamp_name(identity: Identity) -> str:
    """The exact name; the email instead when the font cannot draw the name (it would print boxes)."""
    name = _stamp_safe(identity.name)
    if can_draw(name) or not identity.email:
        return name
    return _stamp_safe(identity.email)


def _stamp_safe(value: str) -> str:
    """One line of text: a newline or control character in a certificate name is shown escaped,
    so a name cannot add lines to the stamp."""
    return printable(value)


def _one_line(exc: BaseException) -> str:
    """The exception's text on one line, escaped: it may quote names and bytes from the PDF."""
    return printable(" ".join(str(exc).split()) or type(exc).__name__)
