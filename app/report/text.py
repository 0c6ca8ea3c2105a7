"""User text into reportlab paragraphs: always escaped, so markup in an answer prints literally."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph


def esc(text: object) -> str:
    """Escape for reportlab's paragraph markup; keep line breaks."""
    return escape(str(text)).replace("\n", "<br/>")


def para(text: object, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain (user or data) text."""
    return Paragraph(esc(text), style)


def markup(template: str, style: ParagraphStyle, **values: object) -> Paragraph:
    """A paragraph from trusted markup with escaped values: markup("<b>{name}</b>", s, name=x)."""
    return Paragraph(template.format(**{k: esc(v) for k, v in values.items()}), style)
