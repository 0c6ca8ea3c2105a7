"""PAdES baseline signatures (B-B, or B-T with a timestamp) in the report's pre-created fields."""

from __future__ import annotations

import unicodedata
from io import BytesIO

import aiohttp
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.sign.fields import SigSeedSubFilter, enumerate_sig_fields
from pyhanko.sign.general import SigningError
from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner
from pyhanko.sign.timestamps import HTTPTimeStamper, TimeStamper
from pyhanko.stamp import TextStampStyle

from app.core.errors import DpiaError
from app.report.fields import field_name
from app.report.identity import Identity
from app.report.options import Role
from app.report.strings import STRINGS, text

_LATIN_FALLBACK = str.maketrans({"Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Ħ": "H", "ħ": "h"})


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
    _check_field(writer, field_name(role))
    locale = _report_locale(writer)
    signer = PdfSigner(
        _metadata(identity, role, locale),
        signer=identity.signer,
        timestamper=timestamper,
        stamp_style=TextStampStyle(stamp_text=text("stamp_text", locale), border_width=0),
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


def _open(pdf: bytes) -> IncrementalPdfFileWriter:
    if not pdf.startswith(b"%PDF-"):
        raise SigningFailed("not a PDF file")
    try:
        return IncrementalPdfFileWriter(BytesIO(pdf), strict=False)
    except (PdfError, ValueError, KeyError) as exc:
        raise SigningFailed(f"cannot read the PDF ({_one_line(exc)})") from exc


def _check_field(writer: IncrementalPdfFileWriter, name: str) -> None:
    fields = {field: value for field, value, _ in enumerate_sig_fields(writer)}
    if name not in fields:
        raise SigningFailed(f"the PDF has no signature field {name!r}; is it a DPIA report?")
    if fields[name] is not None:
        raise SigningFailed(f"the signature field {name!r} is already signed")


def _stamp_name(identity: Identity) -> str:
    name = _stamp_safe(identity.name)
    return identity.email if "?" in name and "?" not in identity.name and identity.email else name


def _stamp_safe(text: str) -> str:
    """The stamp uses a standard PDF font (Latin-1 only); the certificate keeps the exact name."""
    text = unicodedata.normalize("NFKD", text.translate(_LATIN_FALLBACK))
    kept = "".join(c for c in text if not unicodedata.combining(c))
    return kept.encode("latin-1", "replace").decode("latin-1")


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
