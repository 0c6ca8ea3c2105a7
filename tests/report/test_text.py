"""User text is escaped for reportlab's markup; report strings fall back to English."""

from __future__ import annotations

from app.report.strings import text
from app.report.text import esc


def test_escape_keeps_markup_literal_and_line_breaks() -> None:
    assert esc("<b>a</b> & <font>\nb") == "&lt;b&gt;a&lt;/b&gt; &amp; &lt;font&gt;<br/>b"


def test_unknown_locale_falls_back_to_english() -> None:
    assert text("h_summary", "xx") == text("h_summary", "en") == "1. Executive summary"
    assert text("footer_page", "xx", page=3) == "page 3 of "
