"""Exports besides the PDF: the report as Word (docx), the risk register as CSV, risks and plan as Excel.

Each is built from the same ReportContext as the PDF, so the texts, levels and labels are the same.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path

from app.core.assessment import Assessment
from app.core.engine import assess
from app.core.knowledge import Knowledge, load_knowledge
from app.core.safeio import check_output, write_file
from app.core.storage import serialise
from app.report.context import ReportContext
from app.report.export import export_time
from app.report.record import sha256
from app.report.register import register_csv, register_xlsx
from app.report.word import render_docx

FORMATS: dict[str, Callable[[ReportContext], bytes]] = {
    "docx": render_docx,
    "csv": register_csv,
    "xlsx": register_xlsx,
}
WHAT = {"docx": "Word report", "csv": "risk register", "xlsx": "workbook"}


def report_context(
    assessment: Assessment,
    locale: str = "en",
    knowledge: Knowledge | None = None,
    exported: dt.datetime | None = None,
) -> ReportContext:
    """Score the assessment and gather what every export needs, as the PDF report does."""
    knowledge = knowledge or load_knowledge()
    verdict = assess(assessment, knowledge, locale=locale)
    fingerprint = sha256(serialise(assessment))
    return ReportContext(assessment, verdict, knowledge, locale, export_time(exported), fingerprint)


def export_bytes(
    assessment: Assessment,
    fmt: str,
    locale: str = "en",
    knowledge: Knowledge | None = None,
    exported: dt.datetime | None = None,
) -> bytes:
    """The assessment exported as `fmt` (one of FORMATS)."""
    return FORMATS[fmt](report_context(assessment, locale, knowledge, exported))


def write_export(
    assessment: Assessment,
    fmt: str,
    out: Path,
    locale: str = "en",
    knowledge: Knowledge | None = None,
    *,
    overwrite: bool = False,
    inputs: Iterable[Path | None] = (),
    exported: dt.datetime | None = None,
) -> int:
    """Write the export to `out` the safe way (app.core.safeio), checked before any work; its size.

    `dpia export` and the wizard's File > Export as… both write through here."""
    inputs = list(inputs)
    check_output(out, overwrite=overwrite, inputs=inputs)
    data = export_bytes(assessment, fmt, locale, knowledge, exported)
    write_file(out, data, overwrite=overwrite, inputs=inputs, what=WHAT[fmt])
    return len(data)
