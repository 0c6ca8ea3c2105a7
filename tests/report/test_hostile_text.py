"""The report renders arbitrary Unicode in free-text answers, and a large assessment, and the text is extractable."""

import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from app.core.engine import assess
from app.core.storage import parse_assessment
from app.report.attachments import ASSESSMENT_FILE
from app.report.export import build_report
from tests.helpers.large import large_assessment
from tests.report.builders import EXPORTED, scenario

FREE_TEXT = ["processing_description", "purpose_description", "context_description", "deployment_locations"]


def _text_of(pdf: bytes) -> str:
    return "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def _report(assessment, knowledge):
    return build_report(assessment, assess(assessment, knowledge), knowledge, "en", EXPORTED)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.text(min_size=1, max_size=300))
def test_arbitrary_unicode_in_every_free_text_answer(knowledge, text):
    base = scenario("airport_boarding_consent")
    assessment = base.model_copy(update={"answers": {**base.answers, **dict.fromkeys(FREE_TEXT, text)}})
    reader = PdfReader(io.BytesIO(_report(assessment, knowledge)))
    assert len(reader.pages) > 5
    embedded = parse_assessment(reader.attachments[ASSESSMENT_FILE][0])
    assert all(embedded.answers[key] == text for key in FREE_TEXT)  # the source keeps it exactly


def test_right_to_left_combining_emoji_and_control_characters_are_extractable(knowledge):
    samples = {
        "processing_description": "مراقبة الوجوه في المتجر",
        "purpose_description": "Ǫ̵̧̛͚ combining marks, emoji 😀👩🏽‍💻 and a bell \x07 char",
        "context_description": "Łódź, Ærø, Ελλάδα",
    }
    base = scenario("airport_boarding_consent")
    text = _text_of(_report(base.model_copy(update={"answers": {**base.answers, **samples}}), knowledge))
    assert "Łódź, Ærø, Ελλάδα" in text
    assert "combining marks" in text


def test_a_100000_character_answer(knowledge):
    base = scenario("airport_boarding_consent")
    long = ("Workshop minutes. " * 6000)[:100_000]
    pdf = _report(
        base.model_copy(update={"answers": {**base.answers, "processing_description": long}}), knowledge
    )
    assert _text_of(pdf).count("Workshop minutes.") > 5000


def test_large_assessment_reports(knowledge):
    pdf = _report(large_assessment(), knowledge)
    text = _text_of(pdf)
    assert "Measure 499" in text and "Participant 199" in text
