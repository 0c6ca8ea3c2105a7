"""The report's fonts: DejaVu TTFs shipped in resources/fonts, registered once with reportlab."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.core.errors import DpiaError
from app.resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
MONO = "DejaVuSansMono"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    MONO: "DejaVuSansMono.ttf",
}


def font_file(name: str = REGULAR) -> Path:
    """The TrueType file of a face (the signature stamp embeds it too)."""
    return resource_path("fonts", _FILES[name])


@cache
def register_fonts() -> None:
    """Register the family so that <b> and <i> in paragraphs pick the right face."""
    for name in _FILES:
        path = font_file(name)
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except OSError as exc:
            raise DpiaError(f"{path}: cannot load the report font ({exc})") from exc
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)
