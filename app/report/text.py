"""User text into reportlab paragraphs: always escaped, so markup in an answer prints literally."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph


def escape(text: str) -> str:
    """&, < and > as entities (as xml.sax.saxutils.escape, which imports urllib.request, http and ssl)."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def esc(text: object) -> str:
    """Escape for reportlab's paragraph markup; keep line breaks."""
    return escape(str(text)).replace("\n", "<br/>")


def para(text: object, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain (user or data) text."""
    return Paragraph(esc(text), style)


def markup(template: str, style: ParagraphStyle, **values: object) -> Paragraph:
    """A paragraph from trusted markup with escaped values: markup("<b>{name}</b>", s, name=x)."""
    return Paragraph(template.format(**{k: esc(v) for k, v in values.items()}), style)


PARAGRAPH_CHUNK = 2_000  # characters per Paragraph: reportlab re-wraps a paragraph at every page split


def long_paragraphs(text: str, style: ParagraphStyle) -> list[Paragraph]:
    """Plain text as paragraphs of bounded size: one per line of the text, a line longer than
    PARAGRAPH_CHUNK cut at the last space before the limit (the layout stays linear in the length)."""
    return [para(chunk, style) for line in text.splitlines() if line.strip() for chunk in _chunks(line)]


def _chunks(line: str) -> list[str]:
    chunks = []
    while len(line) > PARAGRAPH_CHUNK:
        cut = line.rfind(" ", PARAGRAPH_CHUNK // 2, PARAGRAPH_CHUNK)
        cut = cut if cut > 0 else PARAGRAPH_CHUNK
        chunks.append(line[:cut])
        line = line[cut:].lstrip(" ")
    return [*chunks, line] if line else chunks
