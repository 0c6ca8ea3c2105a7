"""The files a report carries: the assessment (re-scorable), the verdict it showed, and its evidence.

They are written by reportlab with the document (a catalog /Names /EmbeddedFiles tree, as pyHanko's
`embed_file` writes it), so an unsigned report never loads pyHanko; verification reads them with it,
each file decoded within a limit.
"""

from __future__ import annotations

import datetime as dt
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream, PDFString, PDFZCompress
from reportlab.pdfgen.canvas import Canvas

from app.core.errors import DpiaError
from app.core.safeio import MAX_EMBEDDED_FILE_BYTES, loads_json, size_text

if TYPE_CHECKING:  # reading loads pyHanko; writing an unsigned report never does
    from pyhanko.pdf_utils.generic import StreamObject
    from pyhanko.pdf_utils.reader import PdfFileReader

ASSESSMENT_FILE = "assessment.json"
VERDICT_FILE = "verdict.json"
MAX_EMBEDDED_FILES = 128  # the assessment, the verdict and up to 100 evidence files

# Bytes a PDF name may carry as they are (PDF 32000-1, 7.3.5): printable ASCII except the delimiters
# and "#"; every other byte of the UTF-8 text is written as #XX.
_NAME_BYTES = frozenset(range(0x21, 0x7F)) - frozenset(b"()<>[]{}/%#")


@dataclass(frozen=True)
class Attachment:
    name: str
    data: bytes
    description: str
    mime_type: str = "application/json"


def embed(canvas: Canvas, attachments: Sequence[Attachment], moment: dt.datetime) -> None:
    """Attach the files to the document the canvas writes (keys in the byte order the name tree needs)."""
    doc = canvas._doc
    tree: list[object] = []
    for attachment in sorted(attachments, key=lambda a: text_string_bytes(a.name)):
        tree += [PDFString(attachment.name), doc.Reference(_file_spec(doc, attachment, moment))]
    doc._catalog.Names = PDFDictionary({"EmbeddedFiles": PDFDictionary({"Names": PDFArray(tree)})})


def text_string_bytes(text: str) -> bytes:
    """`text` as reportlab's PDFString writes it: PDFDocEncoding where it fits, else UTF-16BE with a BOM."""
    try:
        return text.encode("pdfdoc")
    except UnicodeEncodeError:
        return b"\xfe\xff" + text.encode("utf-16-be")


def pdf_name(text: str) -> str:
    """`text` as a PDF name object ("/application#2Fpdf"): reportlab's PDFName leaves "/" unescaped."""
    return "/" + "".join(chr(b) if b in _NAME_BYTES else f"#{b:02X}" for b in text.encode("utf-8"))


def _file_spec(doc: Any, attachment: Attachment, moment: dt.datetime) -> PDFDictionary:
    stamp = PDFString(moment.strftime("D:%Y%m%d%H%M%S+00'00'"))
    params = {
        "Size": len(attachment.data),
        "CreationDate": stamp,
        "ModDate": stamp,
    }
    stream = PDFStream(
        PDFDictionary(
            {
                "Type": PDFName("EmbeddedFile"),
                "Subtype": pdf_name(attachment.mime_type),
                "Params": PDFDictionary(params),
            }
        ),
        content=attachment.data,
        filters=[PDFZCompress],
    )
    reference = doc.Reference(stream)
    return PDFDictionary(
        {
            "Type": PDFName("Filespec"),
            "F": PDFString(attachment.name),
            "UF": PDFString(attachment.name),
            "EF": PDFDictionary({"F": reference, "UF": reference}),
            "Desc": PDFString(attachment.description),
        }
    )


class EmbeddedFileError(DpiaError):
    """An embedded file that is too large, ambiguous or cannot be decoded."""


def read_attachments(reader: PdfFileReader, limit: int | None = None) -> dict[str, bytes]:
    """Every embedded file of the document by name (flat name trees, as the report writes), each
    decoded within `limit` bytes; a name given twice, or more than MAX_EMBEDDED_FILES files, is refused.
    Nothing is decompressed beyond the limit, so a small PDF cannot expand into gigabytes."""
    from pyhanko.pdf_utils.misc import PdfError

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
    from pyhanko.pdf_utils.generic import StreamObject

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
    from pyhanko.pdf_utils.generic import NameObject, NullObject

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
