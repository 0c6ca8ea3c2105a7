"""Legal-logic fixes from the new-user review (findings 3, 4, 5, 11), each checked on a scenario of the case
book against ../shared/legal/facts.md (A4 national lists, I2 inferred categories, I3 regime, I5 procedure)."""

from typing import Any

import pytest

from app.core.assessment import Assessment
from app.core.engine import assess
from app.core.knowledge import load_knowledge
from app.core.storage import load_assessment
from app.core.summary import summary_lines
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


# Finding 4: categorisation identifies nobody; a private shop is under the GDPR, not the LED (I2, I3, A5).

SHOP = "shop_ethnicity_categorisation_fr"
IDENTIFY = {"en": "to identify", "nl": "te identificeren", "fr": "identifier des personnes", "de": "Identifizierung"}


@pytest.mark.parametrize("locale", LOCALES)
def test_categorisation_texts_never_say_identify(locale: str) -> None:
    verdict = assess(_load(SHOP), locale=locale)
    art9 = [f for f in verdict.findings if f.topic == "art9"]
    assert {f.rule for f in art9} == {"art9_no_exception_inferred", "art9_applies_inferred_special_categories"}
    assert not any(IDENTIFY[locale] in text for text in [f.text for f in art9] + verdict.reasons)


@pytest.mark.parametrize("locale", LOCALES)
def test_gdpr_categorisation_cites_no_led(locale: str) -> None:
    verdict = assess(_load(SHOP), locale=locale)
    assert verdict.regime == "gdpr"
    assert not any(c.startswith("led_") for f in verdict.findings for c in f.citations)
    assert not any("2016/680" in f.text for f in verdict.findings)


def test_led_categorisation_cites_led_article_10() -> None:
    verdict = assess(_load("police_ethnicity_categorisation_be"))
    assert verdict.regime == "led"
    inferred = [f for f in verdict.findings if f.rule == "led_special_category_inferred"]
    assert len(inferred) == 1 and "led_art_10" in inferred[0].citations
    assert "art9_applies_inferred_special_categories" not in {f.rule for f in verdict.findings}


def test_inferred_ethnicity_meets_wp248_criterion_4() -> None:
    criteria = {c.id: c.met for c in assess(_load(SHOP)).screening.criteria}
    assert criteria["c4_sensitive_data"] is True


def test_categorisation_of_harmless_attributes_does_not_meet_criterion_4() -> None:
    criteria = {c.id: c.met for c in assess(_load("photo_library_hair_colour_labelling_fi")).screening.criteria}
    assert criteria["c4_sensitive_data"] is False


def test_identification_keeps_its_wording() -> None:
    verdict = assess(_with(SHOP, fr_function="identification_1toN"))
    assert "art9_no_exception" in {f.rule for f in verdict.findings}
    assert "art9_no_exception_inferred" not in {f.rule for f in verdict.findings}


def test_an_open_function_gives_one_art9_conclusion_not_two() -> None:
    verdict = assess(_with(SHOP, fr_function=None))
    rules = [f.rule for f in verdict.findings if f.rule.startswith("art9_no_exception")]
    assert len(rules) <= 1 and "art9_no_exception_inferred" not in rules


# Finding 11: while answers are open a prohibition is only possible, and the reasons say so (I5).


@pytest.mark.parametrize("locale", LOCALES)
def test_an_assumed_prohibition_is_only_possible_in_reasons_and_findings(locale: str) -> None:
    verdict = assess(_load("minimal_identification_only"), locale=locale)
    assert verdict.status == "incomplete" and verdict.ai_act.prohibited == []
    assert verdict.ai_act.possibly_prohibited == ["5(1)(h)"]
    established = ("Prohibited practice", "Verboden AI-praktijk", "Pratique interdite", "Verbotene Praktik")
    assert not any(text.startswith(established) for text in verdict.reasons)
    possibly = [r for r in verdict.reasons if "5(1)(h)" in r]
    assert len(possibly) == 1  # once, as possibly prohibited
    lead = {"en": "Possibly", "nl": "Mogelijk", "fr": "Pratique peut-être", "de": "Möglicherweise"}[locale]
    assert possibly[0].startswith(lead)
    for finding in verdict.findings:
        if finding.rule.startswith("ai_5_1_h"):
            assert finding.text.startswith(lead)


@pytest.mark.parametrize("locale", LOCALES)
def test_an_established_prohibition_keeps_its_lead(locale: str) -> None:
    verdict = assess(_load(SHOP), locale=locale)
    assert verdict.ai_act.prohibited == ["5(1)(g)"]
    lead = {"en": "Prohibited practice", "nl": "Verboden AI-praktijk", "fr": "Pratique interdite",
            "de": "Verbotene Praktik"}[locale]
    assert any(r.startswith(lead) and "5(1)(g)" in r for r in verdict.reasons)


# Finding 3: an answered question whose law is still to verify is not "unanswered" (I2: a named law not in
# the registry is unverified; the assessment stays incomplete until it is checked).

CUSTODY = "custody_suite_identification_fr"


def test_a_law_to_verify_is_not_listed_as_unanswered() -> None:
    verdict = assess(_load(CUSTODY))
    assert verdict.status == "incomplete"
    [entry] = verdict.missing
    assert entry.fact == "national_law_reference" and entry.to_verify
    assert "not in the registry" in entry.blocks[0]


def test_unanswered_questions_are_not_marked_to_verify() -> None:
    verdict = assess(_load("minimal_identification_only"))
    assert verdict.missing and not any(m.to_verify for m in verdict.missing)


@pytest.mark.parametrize("locale", LOCALES)
def test_the_summary_lists_the_law_to_verify_under_its_own_heading(locale: str) -> None:
    knowledge = load_knowledge()
    verdict = assess(_load(CUSTODY), knowledge, locale=locale)
    lines = summary_lines(verdict, knowledge.settings, locale)
    assert knowledge.settings.text("summary_missing", locale) not in lines
    heading = lines.index(knowledge.settings.text("summary_to_verify", locale))
    assert "national_law_reference" in lines[heading + 1]


@pytest.mark.parametrize("locale", LOCALES)
def test_the_reason_says_the_law_must_be_verified_not_that_answers_are_missing(locale: str) -> None:
    verdict = assess(_load(CUSTODY), locale=locale)
    assert verdict.regime == "led"
    art9 = {f.rule for f in verdict.findings if f.topic == "art9"}
    assert "led_art10_validity_law_unverified" in art9 and "art9_validity_unknown" not in art9
    verified = {"en": "verified", "nl": "geverifieerd", "fr": "vérifiée", "de": "geprüft"}[locale]
    assert any(verified in r for r in verdict.reasons)
    missing_answers = {"en": "missing answers", "nl": "ontbrekende antwoorden", "fr": "réponses manquantes",
                       "de": "fehlenden Antworten"}[locale]
    assert not any(missing_answers in r for r in verdict.reasons)


def test_gdpr_law_to_verify_says_so_too() -> None:
    verdict = assess(_load("workplace_access_named_law_unregistered_at"))
    assert verdict.regime == "gdpr"
    rules = {f.rule for f in verdict.findings}
    assert "art9_validity_law_unverified" in rules and "art9_validity_unknown" not in rules
