"""The look: one style sheet built from a base font size, so the presentation zoom scales every text.

Colours are calm and every state also carries text (a badge says "DO NOT PROCEED", not only red), so
the screen stays readable on a washed-out projector or in grey-scale.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

BASE_POINT_SIZE = 11.0
ZOOM_STEP = 1.15
ZOOM_MIN, ZOOM_MAX = 0.7, 3.0

INK = "#1f2328"
MUTED = "#4a5260"
ACCENT = "#1d5a9e"
LINE = "#cfd5dd"
PAPER = "#ffffff"
BACKGROUND = "#f3f5f8"

# Badge tones: dark backgrounds with white text stay distinct in grey-scale through their text.
TONES = {
    "good": "#1e6b35",
    "caution": "#7a5a00",
    "serious": "#a44a0b",
    "danger": "#a31d1d",
    "neutral": "#4a5260",
    "info": "#1d5a9e",
}

OUTCOME_TONES = {
    "proceed": "good",
    "proceed_with_measures": "caution",
    "prior_consultation": "serious",
    "do_not_proceed": "danger",
}

SEVERITY_TONES = {"info": "info", "warning": "caution", "critical": "danger"}

# Heat-map cells from the most favourable level to the worst: light to dark, so grey-scale keeps order.
LEVEL_COLOURS = ("#dcefdc", "#f6e7a8", "#f3b57a", "#d9675f", "#a8322b")


def stylesheet(zoom: float = 1.0) -> str:
    size = BASE_POINT_SIZE * zoom

    def pt(factor: float) -> str:
        return f"{size * factor:.1f}pt"

    badges = "\n".join(
        f'QLabel[tone="{name}"] {{ background: {colour}; color: white; }}' for name, colour in TONES.items()
    )
    return f"""
QWidget {{ font-size: {pt(1)}; color: {INK}; }}
QMainWindow, QDialog {{ background: {BACKGROUND}; }}
QScrollArea, QScrollArea > QWidget > QWidget#page_body {{ background: {BACKGROUND}; border: none; }}
QLabel[role="title"] {{ font-size: {pt(1.55)}; font-weight: 600; }}
QLabel[role="subtitle"] {{ font-size: {pt(1.15)}; font-weight: 600; }}
QLabel[role="intro"] {{ color: {MUTED}; }}
QLabel[role="question"] {{ font-size: {pt(1.05)}; font-weight: 600; }}
QLabel[role="help"] {{ color: {INK}; background: #eef3f9; border-left: 3px solid {ACCENT};
    padding: 8px 10px; }}
QLabel[role="hint"] {{ color: {MUTED}; font-size: {pt(0.9)}; }}
QLabel[role="required"] {{ color: {ACCENT}; font-size: {pt(0.9)}; font-weight: 600; }}
QLabel[role="needed"] {{ color: #5c4300; background: #fbeec4; border: 1px solid #d9b54a; border-radius: 3px;
    font-size: {pt(0.9)}; font-weight: 600; padding: 1px 6px; }}
QLabel[role="to_verify"] {{ color: #1d4f7a; background: #e6eff8; border: 1px solid #8fb3d9;
    border-radius: 3px; font-size: {pt(0.9)}; font-weight: 600; padding: 1px 6px; }}
QLabel[role="badge"] {{ font-size: {pt(1.2)}; font-weight: 700; padding: 6px 12px; border-radius: 4px; }}
QLabel[role="tag"] {{ font-size: {pt(0.85)}; font-weight: 700; padding: 1px 6px; border-radius: 3px; }}
{badges}
QFrame[role="card"] {{ background: {PAPER}; border: 1px solid {LINE}; border-radius: 6px; }}
QFrame[role="card"][disputed="true"] {{ border: 2px solid {TONES["danger"]}; }}
QToolButton[role="disclosure"] {{ color: {ACCENT}; border: none; padding: 2px 0; }}
QToolButton[role="disclosure"]:focus, QRadioButton:focus, QCheckBox:focus {{
    background: #dbe7f5; border-radius: 3px; }}
QLabel[role="option"][tone="focus"] {{ background: #dbe7f5; color: {INK}; }}
QLabel {{ selection-background-color: {ACCENT}; selection-color: white; }}
QLabel[role="hint"]:focus, QLabel[role="help"]:focus, QLabel#verdict_missing:focus {{
    background: #dbe7f5; border-radius: 3px; }}
QListWidget#section_list {{ background: {PAPER}; border: 1px solid {LINE}; padding: 2px 6px; }}
QListWidget#section_list::item {{ padding: 7px 0px; border-bottom: 1px solid #eceff3; }}
QListWidget#section_list::item:selected {{ background: #dbe7f5; color: {INK}; }}
QPushButton {{ padding: 5px 14px; }}
QLineEdit, QPlainTextEdit, QComboBox, QDateEdit, QTableWidget, QListWidget {{
    background: {PAPER}; }}
OptionalDateEdit QToolButton {{ min-width: 1.5em; min-height: 1.5em; }}
QLineEdit[invalid="true"] {{ border: 2px solid {TONES["danger"]}; }}
QLabel[role="error"] {{ color: {TONES["danger"]}; font-size: {pt(0.9)}; }}
QDockWidget {{ font-size: {pt(1)}; }}
QDockWidget::title {{ padding: 6px; font-weight: 600; }}
QProgressBar {{ border: 1px solid {LINE}; border-radius: 3px; text-align: center;
    background: {PAPER}; min-height: 8px; max-height: 8px; }}
QProgressBar::chunk {{ background: #9cc0e6; }}
"""


W = TypeVar("W", bound=QWidget)


def set_role(widget: W, role: str) -> W:
    """Give a widget a role the style sheet knows ("title", "card", "badge", ...)."""
    widget.setProperty("role", role)
    return widget


def set_tone(widget: QWidget, tone: str | None) -> None:
    """Change a badge's colour; the style is re-applied so the new tone shows at once."""
    if widget.property("tone") == tone:
        return
    widget.setProperty("tone", tone)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
