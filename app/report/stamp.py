"""The visible signature stamp: its text set in the report's DejaVu Sans, embedded as a subset.

pyHanko draws stamps in Courier by default, a standard PDF font limited to Latin-1, so "Łukasiewicz"
could not be written. Its OpenType engine (`GlyphAccumulator`, shaped by HarfBuzz) embeds a TrueType
font instead, with a /ToUnicode map, so the name renders and copies out exactly as in the certificate.

One correction is made here: pyHanko writes glyph widths (/W) and kerning (TJ) in the font's own units,
which is right only for fonts of 1000 units per em. DejaVu Sans has 2048, so every glyph would be
spaced twice as wide as drawn and the text would run out of the field. `_EmFont` shapes and measures
in PDF glyph space (1000 units per em) instead, whatever the font's grid.
"""

from __future__ import annotations

import logging
from functools import cache
from io import BytesIO
from typing import TYPE_CHECKING, Any

from pyhanko.pdf_utils.font.api import FontEngineFactory
from pyhanko.pdf_utils.font.opentype import GlyphAccumulator
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.stamp import TextStampStyle

from app.core.errors import DpiaError
from app.report.fonts import REGULAR, font_file

if TYPE_CHECKING:
    from pyhanko.pdf_utils.writer import BasePdfFileWriter

STAMP_FONT_SIZE = 10
PDF_GLYPH_UNITS = 1000  # units per em of PDF glyph space (ISO 32000, 9.2.4)


def stamp_style(stamp_text: str) -> TextStampStyle:
    """The stamp's style: the given text (with %(signer)s, %(role)s, %(ts)s), no border."""
    logging.getLogger("fontTools.subset").setLevel(logging.ERROR)  # "FFTM NOT subset" is no news
    box = TextBoxStyle(font=StampFontFactory(), font_size=STAMP_FONT_SIZE)
    return TextStampStyle(stamp_text=stamp_text, border_width=0, text_box_style=box)


def can_draw(text: str) -> bool:
    """Whether the stamp font has a glyph for every character of `text`."""
    return all(ord(char) in _characters() for char in text)


class StampFontFactory(FontEngineFactory):
    """Makes a fresh engine per stamp (pyHanko's subsetting consumes the font it is given)."""

    def create_font_engine(self, writer: BasePdfFileWriter, obj_stream: Any = None) -> GlyphAccumulator:
        return _EmFont(writer, BytesIO(_font_bytes()), STAMP_FONT_SIZE, obj_stream=obj_stream)


class _EmFont(GlyphAccumulator):
    """A GlyphAccumulator that shapes, measures and writes widths in 1000 units per em."""

    def __init__(self, writer: BasePdfFileWriter, font_handle: BytesIO, font_size: int, **kwargs: Any):
        super().__init__(writer, font_handle, font_size, **kwargs)
        factor = PDF_GLYPH_UNITS / self.units_per_em
        self.hb_font.scale = (PDF_GLYPH_UNITS, PDF_GLYPH_UNITS)  # HarfBuzz advances and kerning
        self.units_per_em = PDF_GLYPH_UNITS  # what pyHanko divides advances by
        self._glyph_set = _ScaledGlyphSet(self._glyph_set, factor)  # the widths it writes to /W


class _ScaledGlyphSet:
    """The font's glyph set, each glyph's advance width given in PDF glyph space."""

    def __init__(self, glyphs: Any, factor: float) -> None:
        self._glyphs = glyphs
        self._factor = factor

    def get(self, name: str) -> _Width | None:
        glyph = self._glyphs.get(name)
        return None if glyph is None else _Width(round(glyph.width * self._factor))


class _Width:
    def __init__(self, width: int) -> None:
        self.width = width


@cache
def _font_bytes() -> bytes:
    path = font_file(REGULAR)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise DpiaError(f"{path}: cannot load the stamp font ({exc.strerror or exc})") from exc


@cache
def _characters() -> frozenset[int]:
    """The code points the stamp font has glyphs for."""
    from fontTools.ttLib import TTFont

    with TTFont(BytesIO(_font_bytes()), lazy=True) as font:
        return frozenset(font.getBestCmap())
