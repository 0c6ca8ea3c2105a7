"""The report names measures by their titles: the plan's own, the catalogue's, or "untitled measure N"."""

from __future__ import annotations

from app.core.assessment import Measure
from app.core.engine import assess
from app.report.export import build_report
from tests.report.builders import EXPORTED, pdf_text, scenario


def test_untitled_measures_are_named_by_catalogue_title_or_plan_line(knowledge) -> None:
    plan = [
        Measure(id="M1", status="planned", risks=["false_match"]),
        Measure(id="M2", catalogue_id="access_control", status="in_progress", risks=["template_breach"]),
    ]
    assessment = scenario("airport_boarding_consent").model_copy(update={"measures": plan})
    for locale, untitled in (("en", "untitled measure 1 of the action plan"), ("nl", "naamloze maatregel 1")):
        verdict = assess(assessment, knowledge, locale)
        text = pdf_text(build_report(assessment, verdict, knowledge, locale, EXPORTED))
        assert untitled in text
        assert knowledge.catalogue.measure("access_control").title.get(locale) in text
        assert " M1" not in text and " M2" not in text
