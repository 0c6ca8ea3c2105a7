"""The diff of two assessment states: labelled, per area, and verdict summaries on common keys only."""

from __future__ import annotations

import datetime as dt

from app.core.assessment import Assessment, Measure, QuestionNote, RatingOverride
from app.core.diff import Change, brief, compare_summaries, diff_assessments
from app.core.knowledge import load_knowledge
from app.core.storage import load_assessment
from tests.helpers.paths import scenario_path


def _pair() -> tuple[Assessment, Assessment]:
    old = load_assessment(scenario_path("supermarket_watchlist_nl"))
    return old, old.model_copy(deep=True)


def _keys(changes: list[Change]) -> set[tuple[str, str, str]]:
    return {(c.area, c.key, c.kind) for c in changes}


def test_identical_states_have_no_differences():
    old, new = _pair()
    assert diff_assessments(old, new, load_knowledge().bank) == []


def test_answer_changes_carry_the_question_label_in_the_chosen_language():
    old, new = _pair()
    new.answers["scale"] = "gt_10m"
    del new.answers["fr_timing"]
    new.answers["brand_new_fact"] = "x"
    changes = diff_assessments(old, new, load_knowledge().bank, "nl")
    assert _keys(changes) == {
        ("answers", "scale", "changed"),
        ("answers", "fr_timing", "removed"),
        ("answers", "brand_new_fact", "added"),
    }
    scale = next(c for c in changes if c.key == "scale")
    dutch_label = load_knowledge().bank.question("scale").label.get("nl")
    assert scale.label == f"{dutch_label} [scale]"
    assert (scale.old, scale.new) == (old.answers["scale"], "gt_10m")
    assert "gt_10m" in brief(scale, scale.new, load_knowledge().bank, "nl")


def test_notes_measures_overrides_sign_off_reviews_and_metadata_are_compared():
    old, new = _pair()
    old.measures = [Measure(id="m1", title="Signage", status="planned"), Measure(id="m2", title="Gone")]
    new.measures = [Measure(id="m1", title="Signage", status="implemented")]
    new.notes["scale"] = QuestionNote(text="disputed in the workshop", disputed=True)
    new.overrides = [RatingOverride(risk_id="false_match", severity=2, likelihood=2, justification="tested")]
    new.sign_off.dpo_advice = "go ahead with care"
    new.metadata.title = "Watchlist v2"
    new.metadata.modified = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)  # saving alone is not a change
    changes = diff_assessments(old, new, load_knowledge().bank)
    assert _keys(changes) == {
        ("measures", "m1.status", "changed"),
        ("measures", "m2", "removed"),
        ("notes", "scale", "added"),
        ("overrides", "false_match/residual", "added"),
        ("sign_off", "dpo_advice", "changed"),
        ("metadata", "title", "changed"),
    }
    status = next(c for c in changes if c.key == "m1.status")
    assert (status.old, status.new, status.label) == ("planned", "implemented", "Signage [m1]: status")


def _summary(**changes: object) -> dict:
    base = {
        "outcome": "proceed_with_measures",
        "dpia_required": True,
        "art9": {"applies": True, "exception_valid": True},
        "ai_act": {"prohibited": [], "high_risk": True},
        "risks": {"false_match": {"inherent": "high", "residual": "medium"}},
        "findings": [{"id": "f1", "rule": "r1", "severity": "warning"}],
    }
    return {**base, **changes}


def test_summaries_differ_on_conclusions_risks_and_findings_with_their_rules():
    new = _summary(
        outcome="do_not_proceed",
        ai_act={"prohibited": ["5(1)(e)"], "high_risk": True},
        risks={"false_match": {"inherent": "high", "residual": "high"}, "new_risk": {"inherent": "low"}},
        findings=[{"id": "f2", "rule": "scraping", "severity": "critical"}],
    )
    changes = compare_summaries(_summary(), new)
    assert _keys(changes) == {
        ("verdict", "outcome", "changed"),
        ("verdict", "ai_act.prohibited", "changed"),
        ("verdict", "risks.false_match.residual", "changed"),
        ("verdict", "risks.new_risk", "added"),
        ("findings", "f1", "removed"),
        ("findings", "f2", "added"),
    }
    added = next(c for c in changes if c.key == "f2")
    assert "rule scraping" in added.label


def test_keys_one_side_does_not_know_are_never_a_change():
    recorded_by_older_version = _summary()
    current = _summary(
        status="complete", ai_act={"prohibited": [], "high_risk": True, "possibly_prohibited": []}
    )
    assert compare_summaries(recorded_by_older_version, current) == []
