"""User text is escaped for reportlab's markup; report strings fall back to English."""

from __future__ import annotations

from reportlab.platypus import Paragraph

from app.report import fonts
from app.report.strings import text
from app.report.styles import report_styles
from app.report.text import esc, markup


def test_escape_keeps_markup_literal_and_line_breaks() -> None:
    assert esc("<b>a</b> & <font>\nb") == "&lt;b&gt;a&lt;/b&gt; &amp; &lt;font&gt;<br/>b"


def test_unknown_locale_falls_back_to_english() -> None:
    assert text("h_summary", "xx") == text("h_summary", "en") == "1. Executive summary"
    assert text("footer_page", "xx", page=3) == "page 3 of "


def _lines(paragraph: Paragraph) -> list[str]:
    """The text of each laid-out line (a line of fragments, or of plain words)."""
    lines = []
    for line in paragraph.blPara.lines:
        words = line.words if hasattr(line, "words") else line[1]
        lines.append(" ".join(str(getattr(w, "text", w)) for w in words).strip())
    return lines


def _compound_cell() -> Paragraph:
    # markup makes several fragments: the case where reportlab's own re-wrap loses the hyphen of a compound
    return markup("<b>{title}</b><br/>{text}", report_styles().cell, title=_TITLE, text="Art. 27 KI-VO")


_TITLE = "Pflichten der Betreiber von Hochrisiko-KI-Systemen"


def test_a_cell_wrapped_again_at_its_width_keeps_its_lines_and_hyphens() -> None:
    fonts.register_fonts()
    once = _compound_cell()
    once.wrap(110, 1000)
    thrice = _compound_cell()
    for _ in range(3):  # sizing the table, sizing its part on a page, drawing it
        size = thrice.wrap(110, 1000)
    assert _lines(thrice) == _lines(once)
    assert size == (once.width, once.height)
    assert any(line.endswith("-") for line in _lines(once))  # the compound is broken after a hyphen
    joined = "".join(line if line.endswith("-") else line + " " for line in _lines(thrice))
    assert "Hochrisiko-KI-Systemen" in joined


def test_a_cell_wrapped_at_another_width_is_laid_out_again() -> None:
    fonts.register_fonts()
    paragraph = _compound_cell()
    paragraph.wrap(110, 1000)
    paragraph.wrap(300, 1000)
    wide = _compound_cell()
    wide.wrap(300, 1000)
    assert _lines(paragraph) == _lines(wide)
    assert paragraph.height == wide.height < _compound_height(110)


def _compound_height(width: float) -> float:
    paragraph = _compound_cell()
    return float(paragraph.wrap(width, 1000)[1])
