"""The files a report carries: the assessment (re-scorable) and the verdict it showed."""

from __future__ import annotations

import datetime as dt
import zlib
from dataclasses import dataclass
from typing import Any

from pyhanko.pdf_utils.embed import EmbeddedFileObject, EmbeddedFileParams, FileSpec, embed_file
from pyhanko.pdf_utils.generic import NameObject, NullObject, StreamObject
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.writer import BasePdfFileWriter

from app.core.errors import DpiaError
from app.core.safeio import MAX_EMBEDDED_FILE_BYTES, loads_json, size_text

ASSESSMENT_FILE = "assessment.json"
VERDICT_FILE = "verdict.json"
MAX_EMBEDDED_FILES = 128  # the assessment, the verdict and up to 100 evidence files


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


class EmbeddedFileError(DpiaError):
    """An embedded file that is too large, ambiguous or cannot be decoded."""


def read_attachments(reader: PdfFileReader, limit: int | None = None) -> dict[str, bytes]:
    """Every embedded file of the document by name (flat name trees, as the report writes), each
    decoded within `limit` bytes; a name given twice, or more than MAX_EMBEDDED_FILES files, is refused.
    Nothing is decompressed beyond the limit, so a small PDF cannot expand into gigabytes."""
    try:
        names = reader.root["/Names"]["/EmbeddedFiles"]["/Names"]
    except (KeyError, TypeError):
        return {}
    if len(names) > 2 * MAX_EMBEDDED_FILES:
        raise EmbeddedFileError(f"the report embeds more than the limit of {MAX_EMBEDDED_FILES} files")
    found: dict[str, bytes] = {}
    for index in range(0, len(names) - 1, 2):
        name = str(names[index])
        if name in found:
            raise EmbeddedFileError(f"the report embeds two files named {name!r}")
        try:
            stream = names[index + 1]["/EF"]["/F"]
        except (KeyError, TypeError, PdfError):
            continue
        found[name] = embedded_data(stream, name, limit or MAX_EMBEDDED_FILE_BYTES)
    return found


def embedded_data(stream: StreamObject, name: str, limit: int = MAX_EMBEDDED_FILE_BYTES) -> bytes:
    """The decoded bytes of one embedded file stream, refused beyond `limit` (Flate or no filter)."""
    if not isinstance(stream, StreamObject):
        raise EmbeddedFileError(f"the embedded {name!r} is not a file stream")
    filters = _filters(stream, name)
    encoded = stream.encoded_data
    if not filters:
        data = encoded
    else:
        decompressor = zlib.decompressobj()
        try:
            data = decompressor.decompress(encoded, limit + 1)
        except zlib.error as exc:
            raise EmbeddedFileError(f"the embedded {name!r} cannot be decompressed ({exc})") from exc
        if decompressor.unconsumed_tail:
            data += b"?"  # more would follow: over the limit
    if len(data) > limit:
        raise EmbeddedFileError(
            f"the embedded {name!r} is larger than the limit of {size_text(limit)} (decompressed)"
        )
    return data


def _filters(stream: StreamObject, name: str) -> list[str]:
    found = stream.get("/Filter")
    if found is None:
        filters = []
    elif isinstance(found, NameObject):
        filters = [str(found)]
    else:
        filters = [str(item) for item in found]
    if filters not in ([], ["/FlateDecode"]) or stream.get("/DecodeParms") not in (None, NullObject()):
        raise EmbeddedFileError(f"the embedded {name!r} uses an unsupported encoding {filters}")
    return filters


def parse_embedded_json(raw: bytes, name: str) -> Any:
    """JSON from an embedded file, within the limits of app.core.safeio (EmbeddedFileError)."""
    return loads_json(raw, f"the embedded {name}", EmbeddedFileError)
