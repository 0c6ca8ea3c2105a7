"""The files a report carries: the assessment (re-scorable) and the verdict it showed."""

from __future__ import annotations

import datetime as dt
import zlib
from dataclasses import dataclass

from pyhanko.pdf_utils.embed import EmbeddedFileObject, EmbeddedFileParams, FileSpec, embed_file
from pyhanko.pdf_utils.generic import StreamObject
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.writer import BasePdfFileWriter

from app.report.revisions import value_of

ASSESSMENT_FILE = "assessment.json"
VERDICT_FILE = "verdict.json"
MAX_ATTACHMENT_BYTES = 64_000_000  # decompressed; a 6 KB PDF must not inflate to gigabytes


class AttachmentTooLarge(ValueError):
    """An embedded file that decompresses beyond MAX_ATTACHMENT_BYTES."""


@dataclass(frozen=True)
class Attachment:
    name: str
    data: bytes
    description: str
    mime_type: str = "application/json"


def embed(writer: BasePdfFileWriter, attachment: Attachment, moment: dt.datetime) -> None:
    params = EmbeddedFileParams(creation_date=moment, modification_date=moment)
    stream = EmbeddedFileObject.from_file_data(
        writer, data=attachment.data, params=params, mime_type=attachment.mime_type
    )
    spec = FileSpec(
        file_spec_string=attachment.name,
        file_name=attachment.name,
        embedded_data=stream,
        description=attachment.description,
    )
    embed_file(writer, spec)


def read_attachments(reader: PdfFileReader) -> dict[str, bytes]:
    """Every embedded file of the document, by name (flat name trees, as the report writes)."""
    try:
        names = reader.root["/Names"]["/EmbeddedFiles"]["/Names"]
    except (KeyError, TypeError):
        return {}
    found: dict[str, bytes] = {}
    for index in range(0, len(names) - 1, 2):
        spec = names[index + 1]
        try:
            found[str(names[index])] = _bounded_data(spec["/EF"]["/F"], str(names[index]))
        except (KeyError, TypeError, PdfError, zlib.error):
            continue
    return found


def _bounded_data(stream: StreamObject, name: str) -> bytes:
    """The file's bytes, inflating at most MAX_ATTACHMENT_BYTES (Flate); other filters are decoded
    only when the encoded stream is already within the limit."""
    filters = value_of(stream, "/Filter")
    if isinstance(filters, list) and len(filters) == 1:
        filters = filters[0]
    if filters == "/FlateDecode" and "/DecodeParms" not in stream:
        inflater = zlib.decompressobj()
        data = inflater.decompress(stream.encoded_data, MAX_ATTACHMENT_BYTES + 1)
        if len(data) > MAX_ATTACHMENT_BYTES or inflater.unconsumed_tail:
            raise AttachmentTooLarge(_too_large(name))
        return data
    if len(stream.encoded_data) > MAX_ATTACHMENT_BYTES:
        raise AttachmentTooLarge(_too_large(name))
    data = stream.data
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise AttachmentTooLarge(_too_large(name))
    return data


def _too_large(name: str) -> str:
    return f"the embedded file '{name}' is larger than {MAX_ATTACHMENT_BYTES // 1_000_000} MB"
