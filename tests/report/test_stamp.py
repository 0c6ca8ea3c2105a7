"""The visible signature stamp prints the signer's exact name, inside its field, in an embedded font."""

from __future__ import annotations

import re
import shutil
import subprocess
from html import unescape
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.report.identity import create_identity, load_identity
from app.report.signing import sign_report
from app.report.stamp import PDF_GLYPH_UNITS, can_draw
from tests.report.builders import PASSPHRASE, unchecked_identity

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")

ZOE = "Zoë Müller-Łukasiewicz"
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>')


@pytest.fixture(scope="module")
def zoe_signed(unsigned_pdf: bytes, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("ids") / "zoe.p12"
    create_identity(path, ZOE, "zoe@example.org", PASSPHRASE, key_type="ec-p256")
    return sign_report(unsigned_pdf, load_identity(path, PASSPHRASE), "dpo")


def _field(pdf: bytes, name: str) -> tuple[int, list[float]]:
    """The 1-based page and /Rect of a signature field's widget."""
    for number, page in enumerate(PdfReader(BytesIO(pdf)).pages, start=1):
        for annotation in page.get("/Annots") or []:
            widget = annotation.get_object()
            if widget.get("/T") == name:
                return number, [float(v) for v in widget["/Rect"]]
    raise AssertionError(f"no field {name}")


def _words(pdf: bytes, page: int, tmp_path: Path) -> list[tuple[float, float, str]]:
    """(xMin, xMax, text) of every word poppler finds on the page, in points (in the stamp, poppler
    takes a whole line for one word)."""
    path = tmp_path / "signed.pdf"
    path.write_bytes(pdf)
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [(float(x1), float(x2), unescape(word)) for x1, x2, word in _WORD.findall(html)]


def _stamp_words(pdf: bytes, tmp_path: Path, field: str = "Signature_DPO") -> list[tuple[float, float, str]]:
    page, (x1, _y1, x2, _y2) = _field(pdf, field)
    words = _words(pdf, page, tmp_path)
    start = next(i for i, (_a, _b, word) in enumerate(words) if word.startswith("Digitally"))
    return [w for w in words[start:] if x1 - 1 <= w[0] <= x2 + 1][:3]


def _stamp_line(pdf: bytes, tmp_path: Path) -> str:
    return " ".join(word for _a, _b, word in _stamp_words(pdf, tmp_path))


def test_the_stamp_shows_the_exact_name(zoe_signed, tmp_path) -> None:
    assert f"Digitally signed by {ZOE} DPO sign-off" in _stamp_line(zoe_signed, tmp_path)


def test_every_stamp_word_lies_inside_its_field(zoe_signed, tmp_path) -> None:
    """Glyph widths in the font's 2048-unit grid instead of PDF's 1000 spread the text out of the box."""
    _page, (x1, _y1, x2, _y2) = _field(zoe_signed, "Signature_DPO")
    lines = _stamp_words(zoe_signed, tmp_path)
    assert lines[0][2] == f"Digitally signed by {ZOE}"
    assert all(x1 <= start and end <= x2 for start, end, _text in lines), (x1, x2, lines)
    assert lines[0][1] - lines[0][0] > (x2 - x1) * 0.6  # the longest line fills the box, not squeezed


def test_the_stamp_font_is_embedded_with_a_unicode_map(zoe_signed, tmp_path) -> None:
    path = tmp_path / "signed.pdf"
    path.write_bytes(zoe_signed)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    stamp = [line.split() for line in fonts.splitlines() if "DejaVuSans-Identity-H" in line]
    assert stamp and stamp[0][1:3] == ["CID", "TrueType"]
    assert stamp[0][-5:-2] == ["yes", "yes", "yes"]  # embedded, subset, ToUnicode


def test_a_name_the_font_cannot_draw_shows_the_email(unsigned_pdf, tmp_path) -> None:
    path = unchecked_identity(tmp_path / "kenji.p12", "山田 健二", "kenji@example.org")
    signed = sign_report(unsigned_pdf, load_identity(path, PASSPHRASE), "dpo")
    assert "Digitally signed by kenji@example.org DPO" in _stamp_line(signed, tmp_path)


def test_a_name_cannot_add_lines_to_the_stamp(unsigned_pdf, tmp_path) -> None:
    path = unchecked_identity(tmp_path / "eve.p12", "Eve\nDPO sign-off", "eve@example.org")
    signed = sign_report(unsigned_pdf, load_identity(path, PASSPHRASE), "dpo")
    assert "Digitally signed by Eve\\nDPO sign-off DPO sign-off" in _stamp_line(signed, tmp_path)


def test_the_font_draws_latin_greek_and_cyrillic_names() -> None:
    assert can_draw("Zoë Müller-Łukasiewicz Françoise Ødegård Ελένη Юлия")
    assert not can_draw("山田")
    assert PDF_GLYPH_UNITS == 1000


def test_the_font_widths_agree_with_the_embedded_font_program(zoe_signed) -> None:
    """/W is in PDF glyph space (1000 per em) and matches the subset's own advances (PDF/A 6.2.11.5)."""
    from fontTools.ttLib import TTFont

    font = _stamp_cid_font(zoe_signed)
    program = TTFont(BytesIO(font["/FontDescriptor"]["/FontFile2"].get_data()))
    scale = 1000 / program["head"].unitsPerEm
    widths = _widths_by_cid(font["/W"])
    assert len(widths) >= len(set(ZOE.replace(" ", ""))), widths
    for cid, width in widths.items():
        advance, _lsb = program["hmtx"][program.getGlyphName(cid)]
        assert width == round(advance * scale), (cid, width, advance)


def _stamp_cid_font(pdf: bytes):
    """The CID font that the DPO field's appearance stream (or a form nested in it) draws with."""
    for page in PdfReader(BytesIO(pdf)).pages:
        for annotation in page.get("/Annots") or []:
            widget = annotation.get_object()
            if widget.get("/T") == "Signature_DPO":
                return _cid_font_in(widget["/AP"]["/N"].get_object(), depth=0)
    raise AssertionError("no DPO field")


def _cid_font_in(xobject, depth: int):
    resources = xobject.get("/Resources", {})
    for font in resources.get("/Font", {}).values():
        font = font.get_object()
        if font.get("/Subtype") == "/Type0":
            return font["/DescendantFonts"][0].get_object()
    for inner in resources.get("/XObject", {}).values():
        if depth < 5 and (found := _cid_font_in(inner.get_object(), depth + 1)) is not None:
            return found
    return None


def _widths_by_cid(array) -> dict[int, int]:
    """A /W array ([first [w1 w2 ...] ...]) as {cid: width}."""
    widths: dict[int, int] = {}
    for first, run in zip(array[::2], array[1::2], strict=True):
        widths.update({int(first) + i: int(w) for i, w in enumerate(run)})
    return widths


def test_glyphs_advance_by_their_own_widths(zoe_signed) -> None:
    """TJ arrays carry kerning only: a glyph moved by most of its width means the two grids disagree."""
    content = _stamp_content(zoe_signed)
    arrays = re.findall(rb"\[([^\]]*)\]\s*TJ", content)
    assert len(arrays) >= 3  # one per stamp line
    adjustments = [float(n) for array in arrays for n in re.findall(rb"-?\d+(?:\.\d+)?(?![0-9a-f]*>)", array)]
    assert all(abs(n) < 150 for n in adjustments), adjustments


def _stamp_content(pdf: bytes) -> bytes:
    """Every content stream of the DPO field's appearance, nested forms included."""
    for page in PdfReader(BytesIO(pdf)).pages:
        for annotation in page.get("/Annots") or []:
            widget = annotation.get_object()
            if widget.get("/T") == "Signature_DPO":
                return b"\n".join(_streams(widget["/AP"]["/N"].get_object(), 0))
    raise AssertionError("no DPO field")


def _streams(xobject, depth: int) -> list[bytes]:
    found = [xobject.get_data()]
    for inner in xobject.get("/Resources", {}).get("/XObject", {}).values():
        found += _streams(inner.get_object(), depth + 1) if depth < 5 else []
    return found
