"""The 4x4 risk heat maps (severity x likelihood, CNIL scales), drawn as vector graphics."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import getRegisteredFontNames, stringWidth

from app.core.verdict import RiskResult
from app.report import fonts
from app.report.styles import INK, LEVEL_COLOURS, MUTED

Stage = Literal["inherent", "residual"]
Matrix = Sequence[Sequence[str]]

DEFAULT_MATRIX: Matrix = (
    ("low", "low", "low", "medium"),
    ("low", "medium", "medium", "high"),
    ("low", "medium", "high", "high"),
    ("medium", "high", "high", "high"),
)
_CELL_W, _CELL_H = 40.0, 32.0
_X0, _Y0 = 66.0, 34.0
WIDTH, HEIGHT = _X0 + 4 * _CELL_W + 6, _Y0 + 4 * _CELL_H + 30


@dataclass(frozen=True)
class HeatMapSpec:
    title: str
    severity_axis: str
    likelihood_axis: str
    scale_labels: Sequence[str]
    matrix: Matrix = DEFAULT_MATRIX


def cells(risks: Sequence[RiskResult], stage: Stage) -> dict[tuple[int, int], list[int]]:
    """(severity, likelihood) -> the 1-based numbers of the risks in that cell."""
    found: dict[tuple[int, int], list[int]] = defaultdict(list)
    for number, risk in enumerate(risks, start=1):
        score = getattr(risk, stage)
        found[(score.severity, score.likelihood)].append(number)
    return found


def heat_map(risks: Sequence[RiskResult], stage: Stage, spec: HeatMapSpec) -> Drawing:
    if fonts.REGULAR not in getRegisteredFontNames():  # label widths are measured in the report's font
        fonts.register_fonts()
    drawing = Drawing(WIDTH, HEIGHT)
    placed = cells(risks, stage)
    for severity in range(1, 5):
        for likelihood in range(1, 5):
            level = spec.matrix[severity - 1][likelihood - 1]
            _draw_cell(drawing, severity, likelihood, level, placed.get((severity, likelihood), []))
    _draw_axes(drawing, spec)
    return drawing


def _draw_cell(drawing: Drawing, severity: int, likelihood: int, level: str, numbers: list[int]) -> None:
    x = _X0 + (likelihood - 1) * _CELL_W
    y = _Y0 + (severity - 1) * _CELL_H
    fill = LEVEL_COLOURS.get(level, colors.lightgrey)
    drawing.add(Rect(x, y, _CELL_W, _CELL_H, fillColor=fill, strokeColor=colors.white, strokeWidth=1.5))
    if not numbers:
        return
    centre = x + _CELL_W / 2
    drawing.add(_text(centre, y + _CELL_H - 12, str(len(numbers)), 10, fonts.BOLD, "middle"))
    for row, chunk in enumerate(_chunks([f"R{n}" for n in numbers], 3)):
        drawing.add(
            _text(centre, y + _CELL_H - 20 - 6.5 * row, " ".join(chunk), 5.5, fonts.REGULAR, "middle")
        )


def _draw_axes(drawing: Drawing, spec: HeatMapSpec) -> None:
    top = _Y0 + 4 * _CELL_H
    drawing.add(_text(0, top + 18, spec.title, 8.5, fonts.BOLD, "start"))
    drawing.add(_text(_X0 - 4, top + 5, spec.severity_axis + " \u2191", 6.5, fonts.BOLD, "end", MUTED))
    for index, label in enumerate(spec.scale_labels):
        y = _Y0 + index * _CELL_H + _CELL_H / 2 - 2
        drawing.add(_text(_X0 - 4, y, label, 6.5, fonts.REGULAR, "end"))
        x = _X0 + index * _CELL_W + _CELL_W / 2
        drawing.add(_text(x, _Y0 - 9, label, _fitting_size(label, 6, _CELL_W - 2), fonts.REGULAR, "middle"))
    axis = spec.likelihood_axis + " \u2192"
    drawing.add(_text(_X0 + 2 * _CELL_W, _Y0 - 22, axis, 6.5, fonts.BOLD, "middle", MUTED))


def _fitting_size(label: str, size: float, width: float) -> float:
    """The size, at most `size`, at which `label` fits in `width` (long German scale labels under a cell)."""
    natural = stringWidth(label, fonts.REGULAR, size)
    return size if natural <= width else size * width / natural


def _text(x: float, y: float, value: str, size: float, font: str, anchor: str, colour: Color = INK) -> String:
    return String(x, y, value, fontName=font, fontSize=size, textAnchor=anchor, fillColor=colour)


def _chunks(items: list[str], size: int) -> list[list[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]
