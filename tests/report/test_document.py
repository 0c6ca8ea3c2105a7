"""What an auditor reads: every section, the Unicode text, escaped markup, footers, outline, metadata."""

from __future__ import annotations

from io import BytesIO

import pytest
from pypdf import PdfReader

from app.core.storage import serialise
from app.core.verdict import AiActStatus, Art9Status, Finding, RiskResult, RiskScore, Verdict
from app.report.export import build_report
from app.report.record import sha256
from app.report.strings import EN
from tests.report.builders import EXPORTED, MARKUP_TEXT, UNICODE_NAMES, scenario

SECTION_KEYS = [
    "h_summary",
    "h_description",
    "h_necessity",
    "h_lawfulness",
    "h_ai_act",
    "h_risks",
    "h_risk_maps",
    "h_risk_table",
    "h_measures",
    "h_action_plan",
    "h_findings",
    "h_consultation",
    "h_signoff",
    "h_participants",
    "h_precedents",
    "h_sources",
    "h_trace",
]


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def text(unsigned_pdf: bytes) -> str:
    return _flat(_text(unsigned_pdf))


@pytest.mark.parametrize("key", SECTION_KEYS)
def test_every_section_heading_is_printed(text: str, key: str) -> None:
    assert EN[key] in text


@pytest.mark.parametrize("word", UNICODE_NAMES)
def test_non_latin_text_prints(text: str, word: str) -> None:
    assert word in text


def test_user_markup_prints_literally(text: str) -> None:
    assert _flat(MARKUP_TEXT) in text
    assert "Security lead <b>" in text


def test_unanswered_narrative_says_so(text: str) -> None:
    assert "Where will the cameras or the service operate (sites, countries)? Not answered" in text


def test_anchor_precedent_is_listed_first(text: str) -> None:
    appendix = text[text.index(EN["h_precedents"]) :]
    first = appendix.index(EN["anchor_precedent"])
    assert "Clearview AI – fine of EUR 30.5 million" in appendix[first : first + 200]
    assert "EUR 30,500,000" in appendix


def test_every_page_has_page_number_and_fingerprint(unsigned_pdf: bytes, rich) -> None:
    pages = PdfReader(BytesIO(unsigned_pdf)).pages
    digest = sha256(serialise(rich))
    for number, page in enumerate(pages, start=1):
        page_text = page.extract_text()
        assert f"page {number} of" in page_text
        assert str(len(pages)) in page_text.splitlines()
        assert digest in page_text


def test_outline_and_metadata(unsigned_pdf: bytes) -> None:
    reader = PdfReader(BytesIO(unsigned_pdf))
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert EN["h_summary"] in titles and EN["h_trace"] in titles
    assert reader.metadata.title == "Data Protection Impact Assessment: Face search pilot – Łódź & Ærø"
    assert reader.metadata.author == "Anna Łukasiewicz"
    assert "GDPR Art. 35" in reader.metadata.subject


def test_overrides_and_action_plan_are_shown(text: str) -> None:
    assert "Contract forbids re-use; audited yearly." in text
    assert "Stop scraping" in text and "2025-06-01" in text


def test_report_renders_from_a_verdict_alone() -> None:
    """Without the knowledge base the report still lays out, with raw ids for labels."""
    verdict = Verdict(
        outcome="prior_consultation",
        dpia_required=True,
        prior_consultation_required=True,
        art9=Art9Status(applies=True, exception_valid=None),
        ai_act=AiActStatus(),
        risks=[
            RiskResult(
                id="r",
                title="Risk & <b>",
                inherent=RiskScore(severity=4, likelihood=3, level="high"),
                residual=RiskScore(severity=3, likelihood=3, level="high"),
            )
        ],
        findings=[
            Finding(
                id="f",
                severity="critical",
                text="Ελλάδα finding",
                rule="rule_f",
                trace={"fr_function": "identification_1toN"},
            )
        ],
    )
    text = _flat(_text(build_report(scenario(), verdict, None, "en", EXPORTED)))
    assert "Risk & <b>" in text and "Ελλάδα finding" in text
    assert EN["anchor_missing"] in text
    assert EN["outcome_prior_consultation"] in text
