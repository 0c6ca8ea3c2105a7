"""User text into reportlab paragraphs: always escaped, so markup in an answer prints literally."""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

# What Paragraph.wrap and breakLines leave on a paragraph: the lines, the sizes, and the fragments that
# breakLines replaces with the words it made of them (split and drawOn read them with the lines).
_LAYOUT = (
    "frags",
    "width",
    "height",
    "_wrapWidths",
    "blPara",
    "_width_max",
    "_splitLongWordCount",
    "_hyphenations",
)


class Para(Paragraph):  # type: ignore[misc]  # reportlab ships no type hints
    """A reportlab Paragraph laid out once per width, always from the fragments its text was parsed into.

    reportlab wraps a table cell's paragraph each time it sizes the table, again for each part of a table
    split across pages, and again to draw it: three times, at the same width, for most cells of the report.
    The lines depend only on that width, the fragments and the style (wrap does not read the height), so the
    layout of the first wrap at a width is kept and given back. Each new width starts again from the parsed
    fragments: reportlab's own wrap of an already wrapped paragraph works on the words of the previous
    layout and drops the hyphen where that layout broke a compound ("Hochrisiko-KI-" + "Systemen" came
    out as "HochrisikoKISystemen")."""

    def __init__(self, text: str | None, style: ParagraphStyle, **kwargs: Any) -> None:
        super().__init__(text, style, **kwargs)
        self._parsed: list[Any] = self.frags
        self._layouts: dict[float, tuple[ParagraphStyle, dict[str, Any]]] = {}

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        style, layout = self._layouts.get(availWidth, (None, {}))
        if layout and style is self.style:
            self.__dict__.update(layout)
            return self.width, self.height
        self.frags = self._parsed
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        if hasattr(self, "blPara"):  # a width too small gives no lines: nothing to keep
            layout = {name: self.__dict__[name] for name in _LAYOUT if name in self.__dict__}
            self._layouts[availWidth] = (self.style, layout)
        return size


def escape(text: str) -> str:
    """&, < and > as entities (as xml.sax.saxutils.escape, which imports urllib.request, http and ssl)."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def esc(text: object) -> str:
    """Escape for reportlab's paragraph markup; keep line breaks."""
    return escape(str(text)).replace("\n", "<br/>")


def para(text: object, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain (user or data) text."""
    return Para(esc(text), style)


def markup(template: str, style: ParagraphStyle, **values: object) -> Paragraph:
    """A paragraph from trusted markup with escaped values: markup("<b>{name}</b>", s, name=x)."""
    return Para(template.format(**{k: esc(v) for k, v in values.items()}), style)


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
