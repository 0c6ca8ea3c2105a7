"""Engine behaviours around the regulator scenarios (the case book itself is checked in test_case_book.py)."""


from app.core.assessment import Assessment, Measure, RatingOverride
from app.core.engine import assess
from app.core.storage import load_assessment
from tests.helpers.paths import scenario_path


def _verdict(name):
    return assess(load_assessment(scenario_path(name)))


def test_every_finding_has_a_trace_of_answers():
    verdict = _verdict("supermarket_watchlist_nl")
    for finding in verdict.findings:
        assert finding.rule and finding.trace, finding.id
    uavg = next(f for f in verdict.findings if f.id == "art9_uavg29_no_substantial_public_interest")
    assert uavg.trace["national_law_basis"] == "uavg_29_authentication_security"


def test_missing_facts_are_listed_and_never_favourable():
    verdict = assess(Assessment(answers={"fr_function": "identification_1toN"}))
    missing = {m.fact for m in verdict.missing}
    assert {"art9_exception", "art6_basis"} <= missing
    assert verdict.outcome == "do_not_proceed"
    assert verdict.art9.applies is True and verdict.art9.exception_valid is None
    assert verdict.dpia_required is True


def test_empty_assessment_does_not_proceed_and_assumes_art9():
    verdict = assess(Assessment())
    assert verdict.art9.applies is True
    assert verdict.outcome != "proceed"


def _airport(**changes):
    assessment = load_assessment(scenario_path("airport_boarding_consent"))
    return assessment.model_copy(update={"answers": {**assessment.answers, **changes}})


def test_employee_consent_is_not_free_when_refusing_costs_something():
    verdict = assess(
        _airport(
            data_subjects=["employees"],
            setting=["workplace"],
            purpose="access_control_security",
            alternative_offered="no",
        )
    )
    assert verdict.art9.exception_valid is False
    assert verdict.outcome == "do_not_proceed"
    assert any(f.id == "art9_a_power_imbalance" for f in verdict.findings)


def test_employee_consent_is_valid_only_exceptionally_with_a_free_alternative():
    # Recital 43 and EDPB Guidelines 05/2020 paras 21-22 (legal/facts.md I1): valid only where refusing has
    # no adverse consequence at all; the verdict says so and never proceeds without conditions.
    verdict = assess(
        _airport(
            data_subjects=["employees"],
            setting=["workplace"],
            purpose="access_control_security",
            alternative_offered="yes_without_detriment",
        )
    )
    assert verdict.art9.exception_valid is True
    assert any(f.id == "art9_a_dependent_subjects_exceptional" for f in verdict.findings)
    assert verdict.outcome == "proceed_with_measures"


def test_consent_without_alternative_fails():
    verdict = assess(_airport(alternative_offered="yes_with_detriment"))
    assert verdict.art9.exception_valid is False


def test_high_security_site_with_uavg29_is_valid():
    verdict = assess(
        _airport(
            country="NL",
            setting=["high_security_site"],
            purpose="access_control_security",
            art9_exception="g_substantial_public_interest",
            national_law_basis="uavg_29_authentication_security",
            art6_basis="c_legal_obligation",
            data_subjects=["enrolled_users"],
        )
    )
    assert verdict.art9.exception_valid is True


def test_police_realtime_identification_without_authorisation_is_prohibited():
    verdict = assess(
        _airport(
            controller_type="law_enforcement",
            fr_function="identification_1toN",
            purpose="law_enforcement",
            setting=["publicly_accessible_space"],
            le_objective="serious_crime_suspect",
            judicial_authorisation="no",
            national_law_basis="specific_law",
        )
    )
    assert "5(1)(h)" in verdict.ai_act.prohibited
    assert verdict.regime == "led" and verdict.ai_act.fria_required
    assert any("led_art_10" in f.citations or "led_2016_680" in f.citations for f in verdict.findings)


def test_emotion_recognition_of_workers_is_prohibited():
    verdict = assess(
        _airport(
            fr_function="emotion_recognition",
            setting=["workplace"],
            emotion_medical_safety="no",
            emotion_subjects=["employees"],
        )
    )
    assert verdict.ai_act.prohibited == ["5(1)(f)"]
    assert verdict.ai_act.high_risk


def test_emotion_recognition_of_customers_in_a_workplace_is_high_risk_not_prohibited():
    verdict = assess(
        _airport(
            fr_function="emotion_recognition",
            setting=["retail", "workplace"],
            emotion_medical_safety="no",
            emotion_subjects=["customers_visitors"],
        )
    )
    assert verdict.ai_act.prohibited == [] and verdict.ai_act.possibly_prohibited == []
    assert verdict.ai_act.high_risk and verdict.outcome != "proceed"


def test_emotion_recognition_with_mixed_subjects_unanswered_is_only_possibly_prohibited():
    verdict = assess(
        _airport(
            fr_function="emotion_recognition",
            emotion_medical_safety="no",
            data_subjects=["employees", "customers_visitors"],
        )
    )
    assert verdict.ai_act.prohibited == [] and verdict.ai_act.possibly_prohibited == ["5(1)(f)"]
    assert verdict.status == "incomplete"
    assert "emotion_subjects" in {m.fact for m in verdict.missing}


def test_public_authority_identification_needs_fria():
    verdict = assess(_airport(controller_type="public_authority", fr_function="identification_1toN"))
    assert verdict.ai_act.high_risk and verdict.ai_act.fria_required


def test_transfer_without_tool_does_not_proceed():
    assert assess(_airport(third_country_transfer="no_safeguards")).outcome == "do_not_proceed"


def test_pending_measure_means_proceed_with_measures():
    assessment = load_assessment(scenario_path("people_counting_detection"))
    assert assess(assessment).outcome == "proceed"
    planned = assessment.model_copy(
        update={"measures": [Measure(id="m1", title="Blur faces", status="planned")]}
    )
    assert assess(planned).outcome == "proceed_with_measures"


def test_override_replaces_rating_and_is_shown():
    assessment = load_assessment(scenario_path("people_counting_detection"))
    override = RatingOverride(
        risk_id="mass_surveillance",
        stage="residual",
        severity=4,
        likelihood=4,
        justification="Cameras cover the whole square, not just the shop.",
    )
    verdict = assess(assessment.model_copy(update={"overrides": [override]}))
    risk = next(r for r in verdict.risks if r.id == "mass_surveillance")
    assert risk.residual.overridden and risk.residual.level == "high"
    assert verdict.prior_consultation_required and verdict.outcome == "prior_consultation"


def test_catalogue_measure_lowers_residual_risk():
    base = load_assessment(scenario_path("supermarket_watchlist_nl"))
    before = next(r for r in assess(base).risks if r.id == "false_match")
    plan = [Measure(id="m1", catalogue_id="watchlist_governance", risks=["false_match"])]
    after = next(r for r in assess(base.model_copy(update={"measures": plan})).risks if r.id == "false_match")
    assert after.residual.likelihood < before.residual.likelihood


def test_law_enforcement_findings_cite_the_led_not_the_gdpr():
    verdict = assess(
        _airport(
            controller_type="law_enforcement",
            fr_function="identification_1toN",
            purpose="law_enforcement",
            fr_timing="retrospective",
            national_law_basis="none",
            transparency=["none"],
            third_country_transfer="no_safeguards",
            dpo_consulted="no",
            human_review="sometimes",
        )
    )
    assert verdict.regime == "led" and verdict.art9.exception_valid is False
    gdpr = {c for f in verdict.findings for c in f.citations if c.startswith("gdpr_")}
    assert gdpr <= {"gdpr_art_2_2_d"}
    cited = {c for f in verdict.findings for c in f.citations}
    assert {"led_art_10", "led_art_27"} <= cited
