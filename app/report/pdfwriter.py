"""An incremental writer whose output depends only on its input: fixed document ID, no 'now'."""

from __future__ import annotations

import hashlib
from io import BytesIO

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter


class ReproducibleWriter(IncrementalPdfFileWriter):
    """Keeps the base document's /Info (dates fixed by the export time) and derives the ID from it.

    pyHanko would stamp /ModDate with the current time and draw a random second ID; an unsigned
    report must instead be byte-identical for the same assessment and export time.
    """

    def __init__(self, base: bytes) -> None:
        super().__init__(BytesIO(base), strict=False)
        digest = hashlib.sha256(base).digest()[:16]
        first = self._document_id[0]
        self._document_id = generic.ArrayObject([first, generic.ByteStringObject(digest)])

    def _update_meta(self) -> None:
        """The /Info written by the report is final; add nothing time-dependent."""

    def to_bytes(self) -> bytes:
        out = BytesIO()
        self.write(out)  # type: ignore[no-untyped-call]  # pyHanko leaves write() unannotated
        return out.getvalue()
