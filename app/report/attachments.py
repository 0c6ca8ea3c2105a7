"""The files a report carries: the assessment (re-scorable) and the verdict it showed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pyhanko.pdf_utils.embed import EmbeddedFileObject, EmbeddedFileParams, FileSpec, embed_file
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.writer import BasePdfFileWriter

ASSESSMENT_FILE = "assessment.json"
VERDICT_FILE = "verdict.json"


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
            found[str(names[index])] = spec["/EF"]["/F"].data
        except (KeyError, TypeError, PdfError):
            continue
    return found
