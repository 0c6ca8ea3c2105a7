"""Report tables in French and German: words are not cut mid-word, a header repeats only at the top of a new
page, and a row is split across pages only when it is taller than a page."""

from __future__ import annotations

import shutil
from io import BytesIO
from itertools import pairwise
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Spacer

from app.cli import main
from app.core.engine import assess
from app.core.storage import load_assessment
from app.report.styles import report_styles
from app.report.tables import fitted_widths, grid
from tests.helpers.paths import scenario_path

SCENARIO = "bank_onboarding_selfie_de"
MARGIN = 56.0
BODY_HEIGHT = A4[1] - 2 * MARGIN - 12  # SimpleDocTemplate's frame has 6 pt padding


def _lines(pdf: Path | BytesIO) -> list[list[str]]:
    return [page.extract_text().splitlines() for page in PdfReader(pdf).pages]


def _cut_words(lines: list[str], wanted: set[str]) -> set[str]:
    """The wanted words that the text breaks across two lines other than after a hyphen, lacks, or prints
    without their hyphens."""
    text = "\n".join(lines).replace("-\n", "-")
    words = set(text.split())
    cut = (wanted - words) | {w for w in wanted if "-" in w and w.replace("-", "") in words}
    for above, below in pairwise(lines):
        if above.split() and below.split() and not above.endswith("-"):
            cut |= {above.split()[-1] + below.split()[0]} & wanted
    return cut


# The police scenario's German citation titles have compounds ("Datenschutz-Folgenabschätzung") that a cell
# breaks after a hyphen; reportlab's re-wrap of a laid-out paragraph used to print them without the hyphen.
@pytest.mark.parametrize(
    ("scenario", "lang"),
    [(SCENARIO, "de"), (SCENARIO, "fr"), ("police_realtime_crime_prevention_de", "de")],
)
def test_no_word_of_a_citation_title_is_cut_across_lines(tmp_path: Path, scenario: str, lang: str) -> None:
    pdf = tmp_path / f"{lang}.pdf"
    assert main(["report", str(scenario_path(scenario)), "-o", str(pdf), "--lang", lang]) == 0
    verdict = assess(load_assessment(scenario_path(scenario)), locale=lang)
    titles = [str(entry["title"]) for entry in verdict.citations.values()]
    assert len(titles) > 10
    cut = _cut_words([line for page in _lines(pdf) for line in page], {w for t in titles for w in t.split()})
    assert not cut, f"title words cut across lines in the {lang} report: {sorted(cut)}"


def test_french_review_table_header_is_whole(tmp_path: Path) -> None:
    """The evaluator's review appendix in French: its 'Appréciation' header once broke as 'Appréciatio/n'."""
    dpia, pdf = tmp_path / "a.dpia", tmp_path / "fr.pdf"
    shutil.copyfile(scenario_path(SCENARIO), dpia)
    review = ["--section", "system", "--status", "improvable", "--comment", "nommer le modèle de caméra"]
    assert main(["review", str(dpia), *review, "--evaluator", "Eva Évaluatrice"]) == 0
    assert main(["report", str(dpia), "-o", str(pdf), "--lang", "fr"]) == 0
    lines = [line for page in _lines(pdf) for line in page]
    assert "Appréciation" in lines
    assert not _cut_words(lines, {"Appréciation", "Commentaire", "Évaluatrice"})


def test_french_review_header_is_not_cut() -> None:
    """The French 'Appréciation' no longer fits a 70 pt column: the column widens."""
    styles = report_styles()
    table = grid(
        styles,
        ["Section ou mesure", "Appréciation", "Commentaire", "Par"],
        [["a", "b", "c", "d"]],
        (130, 70, 182, 100),
    )
    widths = table._colWidths
    assert widths[1] > 70 and sum(widths) == pytest.approx(482)
    assert widths[2] < 182  # taken from the columns with room to spare


def test_widths_unchanged_when_the_words_cannot_all_fit() -> None:
    assert fitted_widths((100, 100), (150, 120)) == [100, 100]
    assert fitted_widths((100, 100), (50, 50)) == [100, 100]
    assert fitted_widths((100, 100), (120, 40)) == pytest.approx([120, 80])


def _render(flowables: list) -> BytesIO:
    out = BytesIO()
    doc = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN
    )
    doc.build(flowables)
    out.seek(0)
    return out


def test_header_repeats_only_on_a_new_page_and_rows_are_not_split() -> None:
    styles = report_styles()
    rows = [[f"ROW{i}START " + "Text " * 120 + f"ROW{i}END", "x"] for i in range(6)]
    story = [Spacer(1, BODY_HEIGHT - 260), grid(styles, ["HEADERCELL", "Other"], rows, (300, 182))]
    pages = _lines(_render(story))
    for page in pages:
        text = "\n".join(page)
        assert text.count("HEADERCELL") <= 1
        starts = {w[3] for w in text.split() if w.startswith("ROW") and w.endswith("START")}
        ends = {w[3] for w in text.split() if w.startswith("ROW") and w.endswith("END")}
        assert starts == ends, f"a row split across pages: {text[:200]}"
        if starts:
            assert "HEADERCELL" in text
    assert sum("HEADERCELL" in "\n".join(p) for p in pages) == len(
        [p for p in pages if any("START" in x for x in p)]
    )


def test_a_row_taller_than_a_page_is_split_rather_than_failing() -> None:
    styles = report_styles()
    rows = [["TALLSTART " + "Wort " * 3000 + "TALLEND", "x"]]
    pages = _lines(_render([grid(styles, ["HEADERCELL", "Other"], rows, (300, 182))]))
    assert len(pages) >= 2
    assert "TALLSTART" in "\n".join(pages[0]) and "TALLEND" in "\n".join(pages[-1])
    assert all("HEADERCELL" in "\n".join(p) for p in pages)
