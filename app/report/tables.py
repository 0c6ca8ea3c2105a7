"""Tables whose cells wrap: every cell is a Paragraph, so long answers never overflow the page."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeAlias

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from app.report.styles import HEADER_FILL, RULE, Styles
from app.report.text import esc, para

Cell: TypeAlias = str | Flowable | list[Flowable]
FULL_WIDTH = 482.0


def cell(value: Cell, style: ParagraphStyle) -> Flowable | list[Flowable]:
    return para(value, style) if isinstance(value, str) else value


def grid(
    styles: Styles,
    header: Sequence[str] | None,
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A ruled table with an optional bold header row repeated on every page."""
    body = [[cell(value, styles.cell) for value in row] for row in rows]
    head = [[Paragraph(esc(h), styles.cell_head) for h in header]] if header else []
    table = Table(
        head + body, colWidths=list(widths), repeatRows=1 if header else 0, spaceAfter=6, splitInRow=1
    )
    table.setStyle(_grid_style(bool(header)))
    if extra:
        table.setStyle(TableStyle(list(extra)))
    return table


def key_values(styles: Styles, rows: Sequence[tuple[str, Cell]], key_width: float = 170) -> Table:
    """Two columns: a bold label and its value."""
    body = [[para(key, styles.cell_head), cell(value, styles.cell)] for key, value in rows]
    table = Table(body, colWidths=[key_width, FULL_WIDTH - key_width], spaceAfter=6, splitInRow=1)
    table.setStyle(_grid_style(False))
    return table


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
