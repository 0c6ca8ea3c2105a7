"""Same assessment and export time: the same bytes; another time or assessment: another document."""

from __future__ import annotations

import datetime as dt
from io import BytesIO

from pypdf import PdfReader

from app.report.export import build_report
from tests.report.builders import EXPORTED


def test_same_input_gives_identical_bytes(rich, rich_verdict, knowledge, unsigned_pdf) -> None:
    again = build_report(rich, rich_verdict, knowledge, "en", EXPORTED)
    assert again == unsigned_pdf


def test_export_time_is_the_creation_date(unsigned_pdf: bytes) -> None:
    info = PdfReader(BytesIO(unsigned_pdf)).metadata
    assert info["/CreationDate"].startswith("D:20250301120000")


def test_other_time_or_assessment_changes_the_document_id(
    rich, rich_verdict, knowledge, unsigned_pdf
) -> None:
    later = build_report(rich, rich_verdict, knowledge, "en", EXPORTED + dt.timedelta(seconds=1))
    changed = rich.model_copy(update={"answers": {**rich.answers, "context_description": "x"}})
    other = build_report(changed, rich_verdict, knowledge, "en", EXPORTED)
    ids = {_first_id(pdf) for pdf in (unsigned_pdf, later, other)}
    assert later != unsigned_pdf
    assert len(ids) == 3


def _first_id(pdf: bytes) -> bytes:
    return bytes(PdfReader(BytesIO(pdf)).trailer["/ID"][0].original_bytes)
