"""Legal-logic fixes from the new-user review (findings 3, 4, 5, 11), each checked on a scenario of the case
book against ../shared/legal/facts.md (A4 national lists, I2 inferred categories, I3 regime, I5 procedure)."""

from typing import Any

import pytest

from app.core.assessment import Assessment
from app.core.engine import assess
from app.core.storage import load_assessment
from app.core.verdict import Verdict
from tests.helpers.paths import scenario_path

LOCALES = ("en", "nl", "fr", "de")
DUTCH_LIST = "ap_dpia_list_2019"


def _load(name: str) -> Assessment:
    return load_assessment(scenario_path(name))


def _with(name: str, **answers: Any) -> Assessment:
    assessment = _load(name)
    data = assessment.model_dump()
    data["answers"] = {**data["answers"], **answers}
    for fact, value in answers.items():
        if value is None:
            del data["answers"][fact]
    return Assessment.model_validate(data)


def _cites(verdict: Verdict, citation: str) -> bool:
    return any(citation in f.citations for f in verdict.findings)


# Finding 5: the Dutch AP list applies only in the Netherlands (A4, Art. 35(4)).


def test_unanswered_country_does_not_assume_the_dutch_list() -> None:
    for locale in LOCALES:
        verdict = assess(_load("minimal_identification_only"), locale=locale)
        assert not _cites(verdict, DUTCH_LIST)
        assert not any("17" in t for t in verdict.screening.triggers)
        assert all(DUTCH_LIST not in r for r in verdict.reasons)


@pytest.mark.parametrize("country", ["FR", "DE", "BE"])
def test_other_countries_never_get_the_dutch_list(country: str) -> None:
    verdict = assess(_with("supermarket_watchlist_nl", country=country))
    assert not _cites(verdict, DUTCH_LIST)


def test_the_dutch_list_still_applies_in_the_netherlands() -> None:
    verdict = assess(_load("supermarket_watchlist_nl"))
    assert {f.rule for f in verdict.findings} >= {"nl_dpia_list_biometrics", "nl_dpia_list_blacklists"}


def test_the_dutch_list_is_assumed_in_the_netherlands_while_identification_is_open() -> None:
    verdict = assess(_with("supermarket_watchlist_nl", fr_function=None))
    assert "nl_dpia_list_biometrics" in {f.rule for f in verdict.findings}
