"""The report's fonts: DejaVu TTFs shipped in resources/fonts, registered once with reportlab."""

from __future__ import annotations

from functools import cache

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


@cache
def register_fonts() -> None:
    """Register the family so that <b> and <i> in paragraphs pick the right face."""
    for name, filename in _FILES.items():
        path = resource_path("fonts", filename)
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except OSError as exc:
            raise DpiaError(f"{path}: cannot load the report font ({exc})") from exc
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)
