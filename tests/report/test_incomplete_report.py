"""An incomplete assessment reads as incomplete in the PDF: never a decided "Do not proceed"."""

from __future__ import annotations

from io import BytesIO

from pypdf import PdfReader

from app.core.assessment import Assessment
from app.core.engine import assess
from app.core.knowledge import load_knowledge
from app.report.export import build_report
from tests.report.builders import EXPORTED, scenario


def _first_pages(assessment: Assessment, locale: str = "en") -> str:
    knowledge = load_knowledge()
    verdict = assess(assessment, knowledge, locale)
    pdf = build_report(assessment, verdict, knowledge, locale, EXPORTED)
    pages = PdfReader(BytesIO(pdf)).pages
    return " ".join(" ".join(page.extract_text() for page in pages[:3]).split())


def test_an_empty_assessment_is_reported_as_incomplete_with_the_answers_needed():
    empty = Assessment()
    verdict = assess(empty)
    text = _first_pages(empty)
    assert f"Incomplete: {verdict.answers_needed} answers needed" in text
    assert "The assessment is incomplete, so nothing is decided yet" in text
    assert "Outcome: Do not proceed" not in text
    assert "AI Act prohibition still possible" in text


def test_a_complete_rejection_is_reported_as_decided():
    text = _first_pages(scenario("police_realtime_crime_prevention_de"))
    assert "Incomplete:" not in text
    assert "Do not proceed" in text


def test_the_dutch_report_says_onvolledig():
    text = _first_pages(Assessment(), "nl")
    assert "Onvolledig: nog" in text and "antwoorden nodig" in text


def test_prior_consultation_under_the_led_names_led_art_28_in_the_report():
    knowledge = load_knowledge()
    assessment = scenario("police_post_rbi_residual_high_pt")
    verdict = assess(assessment, knowledge).model_copy(
        update={"status": "complete", "outcome": "prior_consultation", "missing": [], "answers_needed": 0}
    )
    pdf = build_report(assessment, verdict, knowledge, "en", EXPORTED)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages[:3]).split())
    assert "Consult the supervisory authority first (LED Art. 28)" in text
    assert "competent authority must consult the supervisory authority" in text
    assert "first (Art. 36)" not in text
