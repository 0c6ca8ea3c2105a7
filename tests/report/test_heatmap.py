"""The heat maps place each risk in its severity x likelihood cell."""

from __future__ import annotations

import pytest
from reportlab.graphics.shapes import String

from app.core.verdict import RiskResult, RiskScore
from app.report.heatmap import HeatMapSpec, cells, heat_map


def _risk(rid: str, inherent: tuple[int, int], residual: tuple[int, int]) -> RiskResult:
    return RiskResult(
        id=rid,
        title=rid,
        inherent=RiskScore(severity=inherent[0], likelihood=inherent[1], level="high"),
        residual=RiskScore(severity=residual[0], likelihood=residual[1], level="low"),
    )


RISKS = [_risk("a", (4, 4), (2, 1)), _risk("b", (4, 4), (1, 1)), _risk("c", (1, 3), (1, 1))]


def test_cells_group_risk_numbers_per_stage() -> None:
    assert cells(RISKS, "inherent") == {(4, 4): [1, 2], (1, 3): [3]}
    assert cells(RISKS, "residual") == {(2, 1): [1], (1, 1): [2, 3]}


def test_drawing_shows_counts_and_numbers() -> None:
    spec = HeatMapSpec("Inherent", "Severity", "Likelihood", ["N", "L", "S", "M"])
    texts = [s.text for s in heat_map(RISKS, "inherent", spec).contents if isinstance(s, String)]
    assert "2" in texts and "R1 R2" in texts and "R3" in texts
    assert "Inherent" in texts


@pytest.mark.parametrize("locale", ["en", "nl", "fr", "de"])
def test_the_likelihood_labels_fit_under_their_cells_in_every_language(locale: str) -> None:
    """German "Vernachlässigbar" is wider than a cell at 6 pt: it is drawn smaller, never over its neighbour."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from app.core.knowledge import load_knowledge
    from app.report import heatmap

    levels = load_knowledge().catalogue.levels
    labels = [levels.scale_labels[n].get(locale) for n in range(1, 5)]
    spec = heatmap.HeatMapSpec("t", "severity", "likelihood", labels)
    drawing = heatmap.heat_map([], "inherent", spec)
    below = [s for s in drawing.contents if isinstance(s, String) and s.y == heatmap._Y0 - 9]
    assert [s.text for s in below] == labels
    for string in below:
        assert stringWidth(string.text, string.fontName, string.fontSize) <= heatmap._CELL_W - 2
