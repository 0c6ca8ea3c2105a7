"""The Dutch report: Dutch headings, dates and sources, and none of the English report's own text."""

from __future__ import annotations

import re
from io import BytesIO

import pytest
from pypdf import PdfReader

from app.core.assessment import Assessment
from app.core.engine import assess
from app.core.knowledge import Knowledge
from app.report.export import build_report
from app.report.signing import sign_report
from app.report.strings import EN, NL, format_date
from tests.report.builders import EXPORTED, rich_assessment
from tests.report.conftest import Signer

SCENARIO = "supermarket_watchlist_nl"
HEADING_KEYS = [
    "cover_kicker",
    "h_summary",
    "h_description",
    "h_necessity",
    "h_lawfulness",
    "h_ai_act",
    "h_risks",
    "h_risk_maps",
    "h_risk_table",
    "h_overrides",
    "h_measures",
    "h_action_plan",
    "h_findings",
    "h_consultation",
    "h_signoff",
    "h_participants",
    "h_precedents",
    "h_sources",
    "h_trace",
    "summary_prior_consultation",
]
_PLACEHOLDER = re.compile(r"\{[^}]*\}|%\(\w+\)s")


def _squeezed(text: str) -> str:
    """Without any whitespace, so text wrapped over lines or table cells still matches."""
    return "".join(text.split())


def _english_only_fragments() -> list[tuple[str, str]]:
    """(key, fragment): the English strings longer than 12 characters that Dutch words differently."""
    found = []
    for key, english in EN.items():
        if english == NL[key]:
            continue
        for fragment in _PLACEHOLDER.split(english):
            if len(fragment.strip()) > 12:
                found.append((key, fragment.strip()))
    return found


@pytest.fixture(scope="module")
def dutch_assessment() -> Assessment:
    return rich_assessment(SCENARIO)


@pytest.fixture(scope="module")
def dutch_pdf(dutch_assessment: Assessment, knowledge: Knowledge) -> bytes:
    verdict = assess(dutch_assessment, knowledge, locale="nl")
    return build_report(dutch_assessment, verdict, knowledge, "nl", EXPORTED)


@pytest.fixture(scope="module")
def text(dutch_pdf: bytes) -> str:
    pages = PdfReader(BytesIO(dutch_pdf)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


def test_nl_has_every_english_key_and_placeholder() -> None:
    assert set(NL) == set(EN)
    assert not [key for key, dutch in NL.items() if "\\" in dutch]  # no escaped "\\n" left in a string
    formatted_by_code: set[str] = set()
    for key, english in EN.items():
        if key not in formatted_by_code:
            assert set(_PLACEHOLDER.findall(NL[key])) == set(_PLACEHOLDER.findall(english)), key


@pytest.mark.parametrize("key", HEADING_KEYS)
def test_dutch_headings_are_printed(text: str, key: str) -> None:
    assert NL[key] in text


def test_dutch_key_words_are_printed(text: str) -> None:
    for words in ("Gegevensbeschermingseffectbeoordeling", "Voorafgaande raadpleging", "Niet doorgaan"):
        assert words in text


@pytest.mark.parametrize(("key", "fragment"), _english_only_fragments())
def test_no_english_report_string_is_printed(text: str, key: str, fragment: str) -> None:
    assert _squeezed(fragment) not in _squeezed(text), f"{key}: {fragment!r}"


def test_dates_are_written_in_dutch(text: str) -> None:
    assert "1 maart 2025 12:00 UTC" in text  # the export time on the cover
    assert "2 augustus 2026" in text  # AI Act high-risk obligations
    assert "1 juni 2025" in text  # a due date in the action plan
    assert "2025-06-01" not in text


def test_format_date_keeps_english_iso_and_partial_dates() -> None:
    assert format_date("2026-08-02", "en") == "2026-08-02"
    assert format_date("2026-08-02", "nl") == "2 augustus 2026"
    assert format_date("2019-12", "nl") == "december 2019"
    assert format_date("Q3", "nl") == "Q3"
    assert format_date(None, "nl") == ""


def test_sources_are_cited_in_dutch(text: str) -> None:
    assert "Clearview AI – boete van EUR 30,5 miljoen" in text  # the anchor precedent
    assert "Clearview AI – fine of EUR 30.5 million" not in text
    assert "Art. 29 UAVG – Uitzondering voor biometrische gegevens" in text


def test_findings_are_numbered_the_dutch_way(text: str) -> None:
    assert "B1" in text and "Kritiek" in text


def test_metadata_and_outline_are_dutch(dutch_pdf: bytes) -> None:
    reader = PdfReader(BytesIO(dutch_pdf))
    assert reader.trailer["/Root"]["/Lang"] == "nl"
    assert reader.metadata.title.startswith("Gegevensbeschermingseffectbeoordeling: ")
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert NL["h_summary"] in titles and NL["h_trace"] in titles
    descriptions = [
        spec.get_object()["/Desc"]
        for spec in reader.trailer["/Root"]["/Names"]["/EmbeddedFiles"]["/Names"][1::2]
    ]
    assert NL["attachment_assessment"] in descriptions


def test_signature_on_a_dutch_report_reads_dutch(dutch_pdf: bytes, assessor: Signer) -> None:
    signed = sign_report(dutch_pdf, assessor.identity, "assessor")
    fields = PdfReader(BytesIO(signed)).get_fields() or {}
    signature = fields["Signature_Assessor"]["/V"].get_object()
    assert signature["/Reason"] == "Ondertekening DPIA (beoordelaar)"
