"""The files a report carries: the assessment (re-scorable) and the verdict it showed.

They are written by reportlab with the document (a catalog /Names /EmbeddedFiles tree, as pyHanko's
`embed_file` writes it), so an unsigned report never loads pyHanko; verification reads them with it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream, PDFString, PDFZCompress
from reportlab.pdfgen.canvas import Canvas

if TYPE_CHECKING:
    from pyhanko.pdf_utils.reader import PdfFileReader

ASSESSMENT_FILE = "assessment.json"
VERDICT_FILE = "verdict.json"


@dataclass(frozen=True)
class Attachment:
    name: str
    data: bytes
    description: str


def embed(canvas: Canvas, attachments: Sequence[Attachment], moment: dt.datetime) -> None:
    """Attach the files to the document the canvas writes (names in sorted order, as the tree needs)."""
    doc = canvas._doc
    tree: list[object] = []
    for attachment in sorted(attachments, key=lambda a: a.name):
        tree += [PDFString(attachment.name), doc.Reference(_file_spec(doc, attachment, moment))]
    doc._catalog.Names = PDFDictionary({"EmbeddedFiles": PDFDictionary({"Names": PDFArray(tree)})})


def _file_spec(doc: object, attachment: Attachment, moment: dt.datetime) -> PDFDictionary:
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
                "Subtype": "/application#2Fjson",  # a name with an escaped "/", which PDFName cannot write
                "Params": PDFDictionary(params),
            }
        ),
        content=attachment.data,
        filters=[PDFZCompress],
    )
    reference = doc.Reference(stream)  # type: ignore[attr-defined]
    return PDFDictionary(
        {
            "Type": PDFName("Filespec"),
            "F": PDFString(attachment.name),
            "UF": PDFString(attachment.name),
            "EF": PDFDictionary({"F": reference, "UF": reference}),
            "Desc": PDFString(attachment.description),
        }
    )


def read_attachments(reader: PdfFileReader) -> dict[str, bytes]:
    """Every embedded file of the document, by name (flat name trees, as the report writes)."""
    from pyhanko.pdf_utils.misc import PdfError

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
