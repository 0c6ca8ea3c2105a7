"""The assessor's own risks and the custom measures' effects on named risks (issue 13, part 7).

Pinned over the tiny knowledge base of test_combining (matrix: low while severity + likelihood <= 4,
medium at 5, high from 6). Mutants each table was written against: an effect applied without a
justification, a rejected custom measure counted, own ratings not read from the matrix, the residual
floor ignored, own risks left out of prior consultation, an unknown risk silently accepted.
"""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from app.core.answers import check_assessment
from app.core.assessment import Assessment, Measure, OwnRisk, RatingOverride, RiskEffect
from app.core.diff import diff_assessments
from app.core.engine import assess
from app.core.errors import AssessmentFileError
from app.core.lineage import as_assessment, snapshot
from app.core.merge import Copy, merge
from app.core.storage import load_assessment, parse_assessment, save_assessment
from tests.core.test_combining import FACTS, MEASURES, RISKS, RULES
from tests.helpers.tiny_kb import tiny_knowledge


@pytest.fixture
def kb(tmp_path):
    return tiny_knowledge(tmp_path, RULES, risks=RISKS, measures=MEASURES, facts=FACTS)


def own(risk_id="own-noise", severity=3, likelihood=3, **fields):
    defaults = {
        "title": "Staff feel watched",
        "description": "Cameras at every desk",
        "severity_justification": "affects all 300 employees every day",
        "likelihood_justification": "the cameras run all the time",
    }
    return OwnRisk(id=risk_id, severity=severity, likelihood=likelihood, **(defaults | fields))


def effect(risk="own-noise", severity=0, likelihood=1, justification="signs and a quiet room"):
    return RiskEffect(
        risk=risk, lowers_severity=severity, lowers_likelihood=likelihood, justification=justification
    )


def custom(*effects, status="implemented", measure_id="m1"):
    return Measure(id=measure_id, title="Camera-free zone", status=status, effects=list(effects))


def unjustified(risk="own-noise", likelihood=2):
    """An effect without a reason, as a model built without validation would hold it."""
    return RiskEffect.model_construct(
        risk=risk, lowers_severity=0, lowers_likelihood=likelihood, justification=" "
    )


def _risk(verdict, risk_id):
    return next(r for r in verdict.risks if r.id == risk_id)


def _scores(score):
    return score.severity, score.likelihood


# -- own risks in the verdict ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("severity", "likelihood", "level"),
    [(1, 1, "low"), (2, 3, "medium"), (3, 2, "medium"), (1, 4, "medium"), (3, 3, "high"), (4, 1, "medium")],
)
def test_an_own_risk_is_rated_from_the_matrix(kb, severity, likelihood, level):
    verdict = assess(Assessment(own_risks=[own(severity=severity, likelihood=likelihood)]), kb)
    risk = _risk(verdict, "own-noise")
    assert risk.source == "own"
    assert (risk.inherent.severity, risk.inherent.likelihood, risk.inherent.level) == (
        severity,
        likelihood,
        level,
    )
    assert risk.residual == risk.inherent  # no measure acts on it
    assert risk.severity_justification == "affects all 300 employees every day"
    assert risk.likelihood_justification == "the cameras run all the time"


def test_own_risks_follow_the_catalogue_risks_in_the_verdict(kb):
    verdict = assess(Assessment(own_risks=[own("own-a", title="A"), own("own-b", title="B")]), kb)
    assert [r.id for r in verdict.risks] == ["r1", "r2", "r3", "own-a", "own-b"]
    assert [r.source for r in verdict.risks] == ["catalogue"] * 3 + ["own"] * 2


def test_a_high_own_risk_calls_for_prior_consultation(kb):
    verdict = assess(Assessment(own_risks=[own(severity=4, likelihood=3)]), kb)
    assert verdict.prior_consultation_required
    assert verdict.outcome == "prior_consultation"
    assert any("Staff feel watched" in reason for reason in verdict.reasons)


def test_an_own_risk_needs_no_open_questionnaire_to_call_for_consultation(tmp_path):
    """While a required choice is open, computed levels rest on it; the assessor's own rating does not."""
    kb = tiny_knowledge(tmp_path, RULES, risks=RISKS, measures=MEASURES, facts=FACTS, required=("x",))
    computed = assess(Assessment(answers={"lvl": "high"}), kb)
    assert _risk(computed, "r2").residual.level == "high" and not computed.prior_consultation_required
    verdict = assess(Assessment(answers={"lvl": "high"}, own_risks=[own(severity=4, likelihood=3)]), kb)
    assert verdict.prior_consultation_required
    assert verdict.findings[0].trace == {"residual_high": ["own-noise"]}


def test_a_medium_own_risk_calls_for_measures(kb):
    verdict = assess(Assessment(own_risks=[own(severity=2, likelihood=3)]), kb)
    assert verdict.outcome == "proceed_with_measures"
    assert not verdict.prior_consultation_required


# -- custom measures' effects ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("effects", "residual"),
    [
        ([effect(severity=0, likelihood=1)], (3, 2)),
        ([effect(severity=2, likelihood=0)], (1, 3)),
        ([effect(severity=3, likelihood=3)], (1, 1)),  # never below 1
    ],
)
def test_a_justified_effect_lowers_an_own_risk(kb, effects, residual):
    verdict = assess(Assessment(own_risks=[own()], measures=[custom(*effects)]), kb)
    risk = _risk(verdict, "own-noise")
    assert _scores(risk.inherent) == (3, 3)
    assert _scores(risk.residual) == residual
    assert risk.measures == ["m1"]
    assert [(e.measure, e.justification) for e in risk.effects] == [("m1", "signs and a quiet room")]


def test_effects_of_two_measures_add_up(kb):
    measures = [custom(effect(likelihood=1)), custom(effect(severity=1, likelihood=0), measure_id="m2")]
    verdict = assess(Assessment(own_risks=[own()], measures=measures), kb)
    assert _scores(_risk(verdict, "own-noise").residual) == (2, 2)


def test_a_justified_effect_lowers_a_catalogue_risk_above_its_floor_only(kb):
    """r3 (floor severity 3, likelihood 2) raised to 4 x 4: an effect of 3 and 3 stops at the floor."""
    measures = [custom(effect("r3", severity=3, likelihood=3))]
    verdict = assess(Assessment(answers={"fp": "yes"}, measures=measures), kb)
    assert _scores(_risk(verdict, "r3").residual) == (3, 2)
    verdict = assess(Assessment(answers={"fp": "yes"}, measures=[custom(effect("r3", likelihood=1))]), kb)
    assert _scores(_risk(verdict, "r3").residual) == (4, 3)


def test_an_effect_without_justification_lowers_nothing_and_the_findings_say_so(kb):
    measure = custom(effect())
    measure.effects.append(unjustified("r1"))  # a list edited in place is not validated
    assessment = Assessment(answers={"p": "yes", "q": "yes"}, own_risks=[own()], measures=[measure])
    verdict = assess(assessment, kb)
    assert _scores(_risk(verdict, "r1").residual) == (3, 3)  # not lowered to 3 x 1
    assert "m1" not in _risk(verdict, "r1").measures
    assert _scores(_risk(verdict, "own-noise").residual) == (3, 2)  # the justified one still counts
    finding = next(f for f in verdict.findings if f.rule == "measure_effect_unjustified")
    assert finding.severity == "warning"
    # The tiny knowledge base's text is its key and placeholders: {measure} then {risk}.
    assert finding.text == "effect_unjustified Camera-free zone R1"
    assert finding.trace == {"measure": "m1", "risk": "r1"}


def test_a_rejected_custom_measure_lowers_nothing(kb):
    verdict = assess(Assessment(own_risks=[own()], measures=[custom(effect(), status="rejected")]), kb)
    risk = _risk(verdict, "own-noise")
    assert _scores(risk.residual) == (3, 3)
    assert risk.effects == [] and risk.measures == []


def test_an_effect_on_an_unknown_risk_is_ignored_and_the_findings_say_so(kb):
    verdict = assess(Assessment(measures=[custom(effect("own-gone"))]), kb)
    finding = next(f for f in verdict.findings if f.rule == "measure_effect_unknown_risk")
    assert finding.trace == {"measure": "m1", "risk": "own-gone"}
    assert "own-gone" in finding.text


def test_a_residual_override_of_an_own_risk_wins(kb):
    override = RatingOverride(
        risk_id="own-noise", stage="residual", severity=4, likelihood=4, justification="pilot showed worse"
    )
    verdict = assess(Assessment(own_risks=[own()], measures=[custom(effect())], overrides=[override]), kb)
    residual = _risk(verdict, "own-noise").residual
    assert (residual.severity, residual.likelihood, residual.overridden) == (4, 4, True)


# -- validation ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: effect(justification="   "), "needs a written justification"),
        (lambda: effect(severity=0, likelihood=0), "lowers neither severity nor likelihood"),
        (lambda: effect(likelihood=4), "less than or equal to 3"),
        (lambda: own(severity_justification=" "), "justification is required"),
        (lambda: own(title=""), "a title is required"),
        (lambda: own(risk_id="false_matches"), "should match pattern"),
        (lambda: own(severity=5), "less than or equal to 4"),
        (
            lambda: Measure(id="m", catalogue_id="human_review", effects=[effect()]),
            "comes from the catalogue",
        ),
        (lambda: custom(effect(), effect(likelihood=2)), "two effects on risk 'own-noise'"),
        (lambda: Assessment(own_risks=[own(), own()]), "two own risks have the id 'own-noise'"),
    ],
)
def test_validation_refuses_with_a_clear_message(build, message):
    with pytest.raises(ValidationError, match=message):
        build()


def test_the_own_risk_fields_without_justification_are_refused():
    with pytest.raises(ValidationError, match="severity_justification"):
        OwnRisk.model_validate({k: v for k, v in own().model_dump().items() if k != "severity_justification"})


def test_a_file_with_an_unjustified_effect_is_refused_naming_where():
    document = {
        "format": "dpia-assessment",
        "schema_version": 3,
        "measures": [{"id": "m1", "effects": [{"risk": "r1", "lowers_severity": 1}]}],
    }
    with pytest.raises(AssessmentFileError) as info:
        parse_assessment(json.dumps(document).encode(), "x.dpia")
    assert str(info.value) == (
        "x.dpia: at 'measures.0.effects.0': the effect on risk 'r1' needs a written justification: "
        "a measure never lowers a risk without a reason"
    )


def test_assigning_an_unjustified_effect_is_refused():
    measure = custom()
    with pytest.raises(ValidationError, match="needs a written justification"):
        measure.effects = [{"risk": "r1", "lowers_severity": 1, "justification": ""}]
    assert measure.effects == []


# -- files, lineage, diff, merge -----------------------------------------------------------------------
def test_own_risks_and_effects_survive_save_and_load(tmp_path):
    assessment = Assessment(own_risks=[own()], measures=[custom(effect())])
    path = tmp_path / "a.dpia"
    save_assessment(assessment, path)
    assert load_assessment(path) == assessment
    assert json.loads(path.read_text())["schema_version"] == 3


def test_a_version_2_file_loads_without_own_risks():
    raw = b'{"format": "dpia-assessment", "schema_version": 2, "measures": [{"id": "m1", "risks": ["r1"]}]}'
    assessment = parse_assessment(raw)
    assert assessment.schema_version == 3
    assert assessment.own_risks == [] and assessment.measures[0].effects == []


def test_unknown_top_level_fields_load_with_a_warning_and_survive_a_save(tmp_path, kb):
    document = {
        "format": "dpia-assessment",
        "schema_version": 3,
        "answers": {},
        "workshop_room": {"name": "B2.14", "seats": 12},
        "x_vendor_flag": True,
    }
    path = tmp_path / "a.dpia"
    path.write_text(json.dumps(document))
    assessment = load_assessment(path)
    assert check_assessment(kb.bank, assessment, "a.dpia") == [
        "a.dpia: unknown field 'workshop_room' kept as is",
        "a.dpia: unknown field 'x_vendor_flag' kept as is",
    ]
    assessment.metadata.title = "Edited"
    save_assessment(assessment, path)
    saved = json.loads(path.read_text())
    assert saved["workshop_room"] == {"name": "B2.14", "seats": 12}
    assert saved["x_vendor_flag"] is True
    assert load_assessment(path).metadata.title == "Edited"


def test_an_unknown_field_name_is_printed_escaped(kb):
    assessment = parse_assessment(b'{"format": "dpia-assessment", "x\\u001b[31mred\\nresult: OK": 1}')
    assert check_assessment(kb.bank, assessment, "a.dpia") == [
        "a.dpia: unknown field 'x\\x1b[31mred\\nresult: OK' kept as is"
    ]


def test_a_snapshot_keeps_own_risks_so_a_recheck_scores_them(kb):
    assessment = Assessment(own_risks=[own(severity=4, likelihood=4)], measures=[custom(effect())])
    restored = as_assessment(snapshot(assessment))
    assert restored.own_risks == assessment.own_risks
    assert _scores(_risk(assess(restored, kb), "own-noise").residual) == (4, 3)


def test_the_diff_shows_own_risks_and_effects():
    old = Assessment(measures=[custom()])
    new = Assessment(own_risks=[own()], measures=[custom(effect())])
    changes = {(c.area, c.key, c.kind): c for c in diff_assessments(old, new)}
    added = changes[("own_risks", "own-noise", "added")]
    assert added.label == "Staff feel watched [own-noise]"
    assert added.new["severity_justification"] == "affects all 300 employees every day"
    changed = changes[("measures", "m1.effects", "changed")]
    assert changed.old == [] and changed.new[0]["justification"] == "signs and a quiet room"


def test_a_merge_keeps_both_copies_own_risks_and_merges_effects():
    base = Assessment(measures=[custom()])
    anna = base.model_copy(deep=True)
    anna.own_risks = [own("own-anna", title="Anna's")]
    bob = base.model_copy(deep=True)
    bob.own_risks = [own("own-bob", title="Bob's")]
    bob.measures = [custom(effect("own-bob"))]
    result = merge(base, [Copy("anna", anna), Copy("bob", bob)])
    assert [r.id for r in result.assessment.own_risks] == ["own-anna", "own-bob"]
    assert result.assessment.measures[0].effects == [effect("own-bob")]
    assert result.conflicts == []


def test_a_merge_keeps_unknown_top_level_fields():
    base = Assessment.model_validate({"workshop_room": "B2.14"})
    copy = Assessment.model_validate({"workshop_room": "B2.14", "x_flag": 1})
    merged = merge(base, [Copy("anna", copy)]).assessment
    assert merged.model_dump()["workshop_room"] == "B2.14"
    assert merged.model_dump()["x_flag"] == 1
