"""Paragraph styles and colours of the report, all in the shipped DejaVu fonts."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle

from app.report import fonts

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5b6b7f")
ACCENT = colors.HexColor("#1d4e89")
RULE = colors.HexColor("#c5ccd6")
HEADER_FILL = colors.HexColor("#e8edf3")

LEVEL_COLOURS = {
    "low": colors.HexColor("#8cc98c"),
    "medium": colors.HexColor("#f2c265"),
    "high": colors.HexColor("#e07a6b"),
}
OUTCOME_COLOURS = {
    "proceed": colors.HexColor("#2e7d32"),
    "proceed_with_measures": colors.HexColor("#8a6d00"),
    "prior_consultation": colors.HexColor("#c25e00"),
    "do_not_proceed": colors.HexColor("#b3261e"),
    "incomplete": colors.HexColor("#5f6368"),
}
SEVERITY_COLOURS = {
    "critical": colors.HexColor("#b3261e"),
    "warning": colors.HexColor("#a15c00"),
    "info": colors.HexColor("#1d4e89"),
}


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    kicker: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    caption: ParagraphStyle
    mono: ParagraphStyle
    badge: ParagraphStyle
    bullet: ParagraphStyle


# Where a cell may break a word that does not fit its line (no hyphenation dictionary is shipped): after a
# hyphen of a compound; reportlab cuts a word anywhere (a web address, say) only as a last resort. Its
# uriWasteReduce is not used: it breaks an address once, at a slash, and then lets the rest overflow the cell.
_CELL_BREAKS: dict[str, object] = {"embeddedHyphenation": 1, "splitLongWords": 1}


def _style(name: str, **kwargs: object) -> ParagraphStyle:
    base: dict[str, object] = {"fontName": fonts.REGULAR, "fontSize": 9.5, "leading": 13}
    base["textColor"] = INK
    base.update(kwargs)
    return ParagraphStyle(name, **base)


@cache
def report_styles() -> Styles:
    fonts.register_fonts()
    return Styles(
        title=_style("title", fontName=fonts.BOLD, fontSize=24, leading=30, spaceAfter=8),
        subtitle=_style("subtitle", fontSize=13, leading=18, textColor=MUTED, spaceAfter=18),
        kicker=_style("kicker", fontName=fonts.BOLD, fontSize=10, textColor=ACCENT, spaceAfter=6),
        h1=_style(
            "h1", fontName=fonts.BOLD, fontSize=15, leading=19, textColor=ACCENT, spaceBefore=6, spaceAfter=8
        ),
        h2=_style("h2", fontName=fonts.BOLD, fontSize=11.5, leading=15, spaceBefore=10, spaceAfter=5),
        body=_style("body", spaceAfter=6),
        small=_style("small", fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=4),
        cell=_style("cell", fontSize=8.5, leading=11, **_CELL_BREAKS),
        cell_head=_style("cell_head", fontName=fonts.BOLD, fontSize=8.5, leading=11, **_CELL_BREAKS),
        caption=_style(
            "caption",
            fontName=fonts.BOLD,
            fontSize=9,
            leading=12,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,
        ),
        mono=_style("mono", fontName=fonts.MONO, fontSize=8, leading=10.5),
        badge=_style(
            "badge", fontName=fonts.BOLD, fontSize=14, leading=18, textColor=colors.white, alignment=TA_CENTER
        ),
        bullet=_style("bullet", leftIndent=12, bulletIndent=2, spaceAfter=3),
    )
