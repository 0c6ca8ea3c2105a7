"""Tables whose cells wrap: every cell is a Paragraph, so long answers never overflow the page.

Columns are widened, within the table's width, to hold their longest word (a compound is measured in its
parts after a hyphen, where the cell style may break it; a web address may break anywhere), so a German
compound or a French header is broken mid-word only when no column layout can hold it. A table splits between
rows, with its header repeated on the new page; a row is split only when it is taller than a whole page."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any, TypeAlias

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table, TableStyle

from app.report.styles import HEADER_FILL, RULE, Styles
from app.report.text import Para, esc, para

Cell: TypeAlias = str | Flowable | list[Flowable]
FULL_WIDTH = 482.0
CELL_PADDING = 12.0  # reportlab's default left + right padding of a cell
_BREAKS = re.compile(r"(?<=-)")
# reportlab's embeddedHyphenation breaks only a word of letters joined by hyphens, opening and closing
# punctuation aside ("Artikel-29-Datenschutzgruppe" it cuts anywhere, so it is measured whole)
_COMPOUND = re.compile(r"[\W\d_]*[^\W\d_]+(?:-[^\W\d_]+)+[\W\d_]*")
_URI = re.compile(r"^\w[\w.+-]*://|^www\.", re.IGNORECASE)


class RowTable(Table):  # type: ignore[misc]  # reportlab ships no type hints
    """A table that splits between rows; it splits inside a row only when that row does not fit even at
    the top of a fresh page (reportlab's Frame.split hands the table its frame, which knows if it is at
    its top)."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.splitInRow = 0
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if parts or not getattr(getattr(self, "_frame", None), "_atTop", True):
            return parts  # split between rows, or moved whole to the next page
        return self._splitRows(availHeight, doInRowSplit=1)  # type: ignore[no-any-return]


def cell(value: Cell, style: ParagraphStyle) -> Flowable | list[Flowable]:
    if not isinstance(value, str):
        return value
    return para(value, _address_style(style) if any(map(_URI.match, value.split())) else style)


@cache
def _address_style(style: ParagraphStyle) -> ParagraphStyle:
    """The style for a cell holding a web address: reportlab's hyphenation would break an address once, at a
    slash, and let the rest overflow the cell; without it, a long address is cut where the line is full."""
    return ParagraphStyle(f"{style.name}_address", parent=style, embeddedHyphenation=0, uriWasteReduce=0)


def grid(
    styles: Styles,
    header: Sequence[str] | None,
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A ruled table with an optional bold header row repeated at the top of every new page."""
    body = [[cell(value, styles.cell) for value in row] for row in rows]
    head = [[Para(esc(h), styles.cell_head) for h in header]] if header else []
    needs = [
        max(_need(h, styles.cell_head) if header else 0.0, *(_need(row[i], styles.cell) for row in rows))
        for i, h in enumerate(header or [""] * len(widths))
    ]
    table = RowTable(
        head + body, colWidths=fitted_widths(widths, needs), repeatRows=1 if header else 0, spaceAfter=6
    )
    table.setStyle(_grid_style(bool(header)))
    if extra:
        table.setStyle(TableStyle(list(extra)))
    return table


def key_values(styles: Styles, rows: Sequence[tuple[str, Cell]], key_width: float = 170) -> Table:
    """Two columns: a bold label and its value."""
    body = [[para(key, styles.cell_head), cell(value, styles.cell)] for key, value in rows]
    needs = [max((_need(k, styles.cell_head) for k, _ in rows), default=0.0), 0.0]
    table = RowTable(body, colWidths=fitted_widths((key_width, FULL_WIDTH - key_width), needs), spaceAfter=6)
    table.setStyle(_grid_style(False))
    return table


def fitted_widths(widths: Sequence[float], needs: Sequence[float]) -> list[float]:
    """The planned column widths, with width moved from columns that have room to spare to those narrower than
    their longest unbreakable word; unchanged when the words cannot all fit (reportlab then splits a word)."""
    widths = list(widths)
    short = [max(0.0, n - w) for w, n in zip(widths, needs, strict=True)]
    spare = [max(0.0, w - n) for w, n in zip(widths, needs, strict=True)]
    missing, available = sum(short), sum(spare)
    if not missing or missing > available:
        return widths
    return [w + s - missing * p / available for w, s, p in zip(widths, short, spare, strict=True)]


def _need(value: Cell, style: ParagraphStyle) -> float:
    """The width a cell's text needs so that none of its words is cut (0 for a flowable: it sizes itself)."""
    if not isinstance(value, str):
        return 0.0
    words = [word for word in value.split() if not _URI.match(word)]
    parts = [p for word in words for p in (_BREAKS.split(word) if _COMPOUND.fullmatch(word) else [word])]
    widest = max((stringWidth(p, style.fontName, style.fontSize) for p in parts), default=0.0)
    return widest + CELL_PADDING + 0.5 if widest else 0.0


def _grid_style(header: bool) -> TableStyle:
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
    return TableStyle(commands)
