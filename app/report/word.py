"""The report as an editable Word document (python-docx), with the same content as the PDF.

The PDF's story (app/report/sections) is laid out once more, into Word instead of reportlab: headings
become Word heading styles (so a table of contents works), paragraphs keep their bold and italic runs,
tables keep their cells and background colours (the risk levels), the heat maps become 4x4 tables and
the signature boxes become signature lines. The content therefore cannot drift from the PDF's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from io import BytesIO
from typing import Any, Protocol

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.colors import Color
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Table

from app import __version__
from app.core.errors import DpiaError
from app.report.blocks import Heading
from app.report.context import ReportContext
from app.report.fields import SignatureBox
from app.report.heatmap import DEFAULT_MATRIX, Stage, cells
from app.report.register import plain_cell
from app.report.sections import story
from app.report.styles import LEVEL_COLOURS

_MAX_HEADING_LEVEL = 9
_MAX_PROPERTY = 255
_SKIPPED = ("Spacer", "CondPageBreak", "AnchorFlowable")


class _Container(Protocol):
    """A document body or a table cell: both take paragraphs and tables."""

    def add_paragraph(self, text: str = "", style: Any = None) -> Any: ...

    def add_table(self, rows: int, cols: int, *args: Any) -> Any: ...


def render_docx(ctx: ReportContext) -> bytes:
    """The report as DOCX bytes; the same inputs give the same document text."""
    document = Document()
    _properties(document, ctx)
    writer = _Writer(ctx, document)
    for flowable in story(ctx):
        writer.add(flowable, document)
    out = BytesIO()
    document.save(out)
    return out.getvalue()


def _properties(document: Any, ctx: ReportContext) -> None:
    props = document.core_properties
    props.title = _property(f"{ctx.t('doc_title')}: {ctx.title}")
    props.author = _property(ctx.assessment.metadata.assessor or ctx.assessment.metadata.organisation)
    props.subject = ctx.t("doc_subject")
    props.keywords = f"{ctx.t('doc_keywords')}; assessment-sha256:{ctx.fingerprint}"
    props.comments = f"DPIA wizard {__version__}"
    props.language = ctx.locale
    moment = ctx.exported.astimezone(dt.UTC).replace(tzinfo=None)
    props.created = props.modified = moment
    props.last_modified_by = props.author
    props.revision = 1


def _property(text: str) -> str:
    """A core property (title, author): Word allows 255 characters and no control characters."""
    text = plain_cell(text)
    return text if len(text) <= _MAX_PROPERTY else text[: _MAX_PROPERTY - 1] + "\u2026"


class _Writer:
    def __init__(self, ctx: ReportContext, document: Any) -> None:
        self.ctx, self.document = ctx, document

    def add(self, flowable: Flowable | str, into: _Container) -> None:
        """Add one reportlab flowable (or a plain string cell) to the body or a table cell."""
        if isinstance(flowable, str):
            into.add_paragraph(plain_cell(flowable))
        elif isinstance(flowable, Heading):
            self._heading(flowable, into)
        elif isinstance(flowable, Paragraph):
            _paragraph(flowable, into)
        elif isinstance(flowable, Table):
            self._table(flowable, into)
        elif isinstance(flowable, KeepTogether):
            for part in flowable._content:
                self.add(part, into)
        elif isinstance(flowable, PageBreak):
            into.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif isinstance(flowable, Drawing):
            self._heat_map(flowable, into)
        elif isinstance(flowable, SignatureBox):
            _signature_line(flowable, into)
        elif type(flowable).__name__ not in _SKIPPED:
            raise DpiaError(f"the Word export cannot show a {type(flowable).__name__} yet")

    def _heading(self, heading: Heading, into: _Container) -> None:
        if into is self.document:
            self._body_heading(heading)
        else:
            into.add_paragraph().add_run(plain_cell(heading.title)).bold = True

    def _body_heading(self, heading: Heading) -> None:
        self.document.add_heading(plain_cell(heading.title), level=min(heading.level + 1, _MAX_HEADING_LEVEL))

    def _table(self, table: Table, into: _Container) -> None:
        rows = table._cellvalues
        width = max((len(row) for row in rows), default=0)
        if not rows or not width:
            return
        word_table = into.add_table(len(rows), width)
        word_table.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self._fill(word_table.cell(r, c), value)
        for (col, row), colour in _backgrounds(table, len(rows), width):
            _shade(word_table.cell(row, col), colour)
        if getattr(table, "repeatRows", 0):
            _repeat_header(word_table.rows[0])

    def _fill(self, cell: Any, value: Any) -> None:
        parts = value if isinstance(value, list | tuple) else [value]
        for part in parts:
            if part is None or part == "":
                continue
            self.add(part, cell)
        if len(cell.paragraphs) > 1 and not cell.paragraphs[0].text:
            _remove(cell.paragraphs[0])

    def _heat_map(self, drawing: Drawing, into: _Container) -> None:
        """A heat map as a 4x4 table: severity rows (4 at the top), likelihood columns, risk numbers."""
        texts = [s.text for s in _strings(drawing)]
        stage: Stage = "residual" if self.ctx.t("heat_residual") in texts else "inherent"
        levels = self.ctx.levels
        matrix = levels.matrix if levels else DEFAULT_MATRIX
        placed = cells(self.ctx.verdict.risks, stage)
        into.add_paragraph().add_run(self.ctx.t(f"heat_{stage}")).bold = True
        table = into.add_table(5, 5)
        table.style = "Table Grid"
        table.cell(0, 0).text = f"{self.ctx.t('heat_severity')} \\ {self.ctx.t('heat_likelihood')}"
        for n in range(1, 5):
            table.cell(0, n).text = str(n)
            table.cell(5 - n, 0).text = str(n)
        for severity in range(1, 5):
            for likelihood in range(1, 5):
                cell = table.cell(5 - severity, likelihood)
                numbers = placed.get((severity, likelihood), [])
                cell.text = ", ".join(f"R{n}" for n in numbers)
                colour = LEVEL_COLOURS.get(matrix[severity - 1][likelihood - 1])
                if colour is not None:
                    _shade(cell, colour)


def _paragraph(flowable: Paragraph, into: _Container) -> None:
    bullet = getattr(flowable, "bulletText", None) or getattr(flowable.style, "bulletText", None)
    paragraph = into.add_paragraph(style="List Bullet" if bullet else None)
    for frag in getattr(flowable, "frags", []):
        _add_frag(paragraph, frag)


def _add_frag(paragraph: Any, frag: Any) -> None:
    if getattr(frag, "lineBreak", False):
        paragraph.add_run().add_break()
        return
    words = getattr(frag, "words", None)
    text = getattr(frag, "text", None)
    if text is None and words:
        text = " ".join(str(w) for w in words)
    if not text:
        return
    run = paragraph.add_run(plain_cell(text))
    font_name = str(getattr(frag, "fontName", ""))
    run.bold = (bool(getattr(frag, "bold", 0)) and "Mono" not in font_name) or "Bold" in font_name
    run.italic = bool(getattr(frag, "italic", 0)) or "Oblique" in font_name or "Italic" in font_name
    if "Mono" in font_name:
        run.font.name = "Courier New"
        run.font.size = Pt(8)


def _signature_line(box: SignatureBox, into: _Container) -> None:
    into.add_paragraph(plain_cell(box.caption))
    into.add_paragraph("\n" + "_" * 40)


def _strings(drawing: Drawing) -> Iterable[String]:
    stack: list[Any] = list(drawing.contents)
    while stack:
        shape = stack.pop()
        if isinstance(shape, String):
            yield shape
        stack.extend(getattr(shape, "contents", []))


def _backgrounds(table: Table, rows: int, cols: int) -> Iterable[tuple[tuple[int, int], Color]]:
    """The (column, row) cells that a BACKGROUND style command colours."""
    for command in getattr(table, "_bkgrndcmds", []):
        _name, start, end, colour = command[:4]
        if not isinstance(colour, Color):
            continue
        (c0, r0), (c1, r1) = (_index(start, cols, rows)), (_index(end, cols, rows))
        for row in range(r0, r1 + 1):
            for col in range(c0, c1 + 1):
                yield (col, row), colour


def _index(position: tuple[int, int], cols: int, rows: int) -> tuple[int, int]:
    col, row = position
    return (col + cols if col < 0 else col, row + rows if row < 0 else row)


def _shade(cell: Any, colour: Color) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour.hexval()[2:].upper())
    cell._tc.get_or_add_tcPr().append(shading)


def _repeat_header(row: Any) -> None:
    marker = OxmlElement("w:tblHeader")
    marker.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(marker)


def _remove(paragraph: Any) -> None:
    element = paragraph._element
    element.getparent().remove(element)
