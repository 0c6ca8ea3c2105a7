"""Verdict contract v2 (status, possibly_prohibited, exception_valid null) and the procedural chain (I5)."""

from __future__ import annotations

import pytest

from app.core.assessment import Assessment, RatingOverride
from app.core.engine import assess
from app.core.storage import load_assessment
from tests.helpers.paths import scenario_names, scenario_path


def _case(name: str, **changes: object) -> Assessment:
    assessment = load_assessment(scenario_path(name))
    return assessment.model_copy(update={"answers": {**assessment.answers, **changes}})


@pytest.mark.parametrize("name", scenario_names())
def test_every_case_keeps_the_contract_invariants(name):
    verdict = assess(load_assessment(scenario_path(name)))
    # Prior consultation follows from residual high risk shown by a DPIA, so it implies one.
    assert not verdict.prior_consultation_required or verdict.dpia_required
    # A point is either established or still open, never both.
    assert not set(verdict.ai_act.prohibited) & set(verdict.ai_act.possibly_prohibited)
    # Nothing unanswered and nothing to verify: complete (so an incomplete verdict always says what is needed).
    if not verdict.missing:
        assert verdict.status == "complete"
    # A point only possibly prohibited is an open conclusion (I5), and missing names what settles it.
    if verdict.ai_act.possibly_prohibited:
        assert verdict.status == "incomplete" and verdict.outcome == "do_not_proceed"
    # An unanswered fact never leaves the verdict "complete".
    assessment = load_assessment(scenario_path(name))
    if any(not _answered(assessment, m.fact) for m in verdict.missing):
        assert verdict.status == "incomplete"


def _answered(assessment: Assessment, fact: str) -> bool:
    value = assessment.answers.get(fact)
    return value not in (None, "", [])


def test_answers_needed_counts_the_missing_list():
    verdict = assess(Assessment())
    assert verdict.status == "incomplete"
    assert verdict.answers_needed == len(verdict.missing) > 10


def test_an_assumed_prohibition_is_only_possible_and_an_established_one_is_not_possible():
    open_case = assess(Assessment(answers={"fr_function": "emotion_recognition"}))
    assert "5(1)(f)" in open_case.ai_act.possibly_prohibited and open_case.ai_act.prohibited == []
    decided = assess(
        Assessment(
            answers={
                "fr_function": "emotion_recognition",
                "emotion_subjects": ["employees"],
                "emotion_medical_safety": "no",
            }
        )
    )
    assert decided.ai_act.prohibited == ["5(1)(f)"]
    assert "5(1)(f)" not in decided.ai_act.possibly_prohibited


def test_a_flag_resting_on_an_unanswered_fact_does_not_establish_a_prohibition():
    # public_space is assumed true while the setting is open: 5(1)(h) may be possible, never established.
    verdict = assess(
        Assessment(
            answers={
                "fr_function": "identification_1toN",
                "fr_timing": "realtime",
                "controller_type": "law_enforcement",
                "purpose": "law_enforcement",
                "le_objective": "other",
            }
        )
    )
    assert "5(1)(h)" in verdict.ai_act.possibly_prohibited
    assert "5(1)(h)" not in verdict.ai_act.prohibited


def _high_residual(name: str) -> Assessment:
    override = RatingOverride(
        risk_id="mass_surveillance", stage="residual", severity=4, likelihood=4, justification="Whole square."
    )
    return load_assessment(scenario_path(name)).model_copy(update={"overrides": [override]})


def test_prior_consultation_under_the_gdpr_cites_art_36():
    verdict = assess(_high_residual("people_counting_detection"))
    assert verdict.prior_consultation_required and verdict.dpia_required
    finding = next(f for f in verdict.findings if f.id == "prior_consultation_gdpr")
    assert finding.citations == ["gdpr_art_36"] and "Mass surveillance" in finding.text


def test_prior_consultation_under_the_led_cites_art_28_never_art_36():
    verdict = assess(_high_residual("police_post_rbi_residual_high_pt"))
    assert verdict.regime == "led" and verdict.prior_consultation_required
    cited = {c for f in verdict.findings for c in f.citations}
    assert "led_art_28" in cited and "gdpr_art_36" not in cited
    finding = next(f for f in verdict.findings if f.id == "prior_consultation_led")
    assert "LED Art. 28" in finding.text
    assert not any("Art. 36" in reason for reason in verdict.reasons)


def test_an_unanswered_choice_is_no_ground_for_prior_consultation():
    complete = assess(_case("hotel_checkin_us_vendor_no_tool_es"))
    opened = assess(_case("hotel_checkin_us_vendor_no_tool_es", third_country_transfer=None, security_measures=None))
    assert opened.status == "incomplete"
    assert opened.prior_consultation_required is False
    assert opened.outcome != "prior_consultation" or complete.outcome == "prior_consultation"


def test_an_unregistered_law_is_unverified_and_says_what_to_name():
    verdict = assess(
        _case(
            "nuclear_plant_access_nl",
            country="BE",
            national_law_provision="other_named",
            national_law_basis="specific_law",
        )
    )
    assert verdict.art9.exception_valid is None
    assert verdict.status == "incomplete"
    needed = {m.fact: m.blocks for m in verdict.missing}
    assert "national_law_reference" in needed
    assert any("Unverified" in f.text for f in verdict.findings)


def test_a_registered_law_of_another_country_does_not_lift_the_ban():
    verdict = assess(_case("nuclear_plant_access_nl", country="BE"))
    assert verdict.art9.exception_valid is False
    assert any(f.id == "art9_uavg29_outside_nl" for f in verdict.findings)


def test_a_stadium_outside_denmark_is_told_why_brondby_differs():
    verdict = assess(_case("stadium_watchlist_nl_uavg29"))
    contrast = next(f for f in verdict.findings if f.id == "art9_stadium_contrast_brondby")
    assert "datatilsynet_brondby_2023" in contrast.citations
    assert verdict.art9.exception_valid is False
