"""How the engine combines what rules conclude, pinned over a tiny knowledge base written inline.

One table per combining behaviour (style.md 14). Each was checked against its mutant by hand: min instead
of max of raises, rejected measures counted, no escalation on medium residual risk, last-wins flags, no
residual floor, `in_progress` not pending, unsorted findings, first override winning, best-wins outcomes.
"""

import pytest

from app.core.assessment import Assessment, Measure, RatingOverride
from app.core.engine import assess
from tests.helpers.tiny_kb import ENGINE_FLAGS_YAML, tiny_knowledge

YES_NO = ("yes", "no")
FACTS = {name: YES_NO for name in ("a", "b", "c", "p", "q", "fp", "fp_low", "imp", "x")}
FACTS["lvl"] = ("low", "medium", "high")

RULES = (
    "derived:\n"
    + ENGINE_FLAGS_YAML
    + """\
rules:
  # Flags: dpia_required goes worse, better, worse again; the worst value set by any rule stays.
  - {id: dpia_a, kind: flag, when: {fact: a, in: ["yes"]}, sets: {dpia_required: "true"}}
  - {id: dpia_b, kind: flag, when: {fact: b, in: ["yes"]}, sets: {dpia_required: "false"}}
  - {id: dpia_c, kind: flag, when: {fact: c, in: ["yes"]}, sets: {dpia_required: "true"}}
  - {id: art9, kind: flag, when: {fact: a, answered: true}, sets: {art9_applies: "true"}}
  - {id: invalid_p, kind: flag, when: {fact: p, in: ["yes"]}, sets: {art9_exception_valid: "false"}}
  - {id: unknown_q, kind: flag, when: {fact: q, in: ["yes"]}, sets: {art9_exception_valid: "unknown"}}
  # Outcomes and findings, listed from the mildest finding to the gravest.
  - id: info_c
    kind: flag
    when: {fact: c, in: ["yes"]}
    outcome: prior_consultation
    finding: {severity: info, text: {en: "C consult"}, citations: [c1]}
  - id: warn_b
    kind: flag
    when: {fact: b, in: ["yes"]}
    outcome: proceed_with_measures
    finding: {severity: warning, text: {en: "B measures"}}
  - id: crit_a
    kind: flag
    when: {fact: a, in: ["yes"]}
    outcome: do_not_proceed
    finding: {severity: critical, text: {en: "A stop"}}
  - id: info_x
    kind: flag
    when: {fact: x, in: ["yes"]}
    finding: {severity: info, text: {en: "X info"}}
  # Raises: r1 twice (severity from one, likelihood from the other); r2 by level; r3 above its floor.
  # (Unanswered, they are ignored here, so each table controls exactly which raises apply.)
  - {id: r1_p, kind: risk_score, risk: r1, severity: 3, likelihood: 2, when: {fact: p, in: ["yes"]}, if_unknown: ignore}
  - {id: r1_q, kind: risk_score, risk: r1, severity: 2, likelihood: 3, when: {fact: q, in: ["yes"]}, if_unknown: ignore}
  - {id: r2_med, kind: risk_score, risk: r2, severity: 2, likelihood: 3, when: {fact: lvl, in: [medium]}, if_unknown: ignore}
  - {id: r2_high, kind: risk_score, risk: r2, severity: 3, likelihood: 3, when: {fact: lvl, in: [high]}, if_unknown: ignore}
  - {id: r3_fp, kind: risk_score, risk: r3, severity: 4, likelihood: 4, when: {fact: fp, in: ["yes"]}, if_unknown: ignore}
  - {id: r3_low, kind: risk_score, risk: r3, severity: 2, likelihood: 1, when: {fact: fp_low, in: ["yes"]}, if_unknown: ignore}
"""
)

RISKS = """\
risks:
  - {id: r1, title: {en: R1}, description: {en: r1}}
  - {id: r2, title: {en: R2}, description: {en: r2}, citations: [c2]}
  - id: r3
    title: {en: R3}
    description: {en: r3}
    residual_floor_severity: 3
    residual_floor_likelihood: 2
"""

MEASURES = """\
measures:
  - {id: m_r2, title: {en: M2}, description: {en: m2}, effects: [{risk: r2, severity: -1}]}
  - {id: m_r3, title: {en: M3}, description: {en: m3}, effects: [{risk: r3, severity: -3, likelihood: -3}]}
  - id: m_double
    title: {en: Md}
    description: {en: md}
    effects: [{risk: r1, severity: -1}, {risk: r1, likelihood: -1}, {risk: r2, severity: -1}]
  - id: m_implied
    title: {en: Mi}
    description: {en: mi}
    implied_by: {fact: imp, in: ["yes"]}
    effects: [{risk: r2, likelihood: -1}]
"""


@pytest.fixture
def kb(tmp_path):
    """Built afresh for every test (60 ms): nothing compiled is shared, so each test exercises the loader."""
    return tiny_knowledge(tmp_path, RULES, risks=RISKS, measures=MEASURES, facts=FACTS)


def _assess(kb, measures=(), overrides=(), **answers):
    assessment = Assessment(answers=answers, measures=list(measures), overrides=list(overrides))
    return assess(assessment, kb)


def _risk(verdict, risk_id):
    return next(r for r in verdict.risks if r.id == risk_id)


def _scores(score):
    return score.severity, score.likelihood


@pytest.mark.parametrize(
    ("answers", "inherent"),
    [
        ({}, (1, 1)),
        ({"p": "yes"}, (3, 2)),
        ({"q": "yes"}, (2, 3)),
        ({"p": "yes", "q": "yes"}, (3, 3)),
    ],
)
def test_inherent_risk_is_the_max_of_raises_per_axis(kb, answers, inherent):
    assert _scores(_risk(_assess(kb, **{"p": "no", "q": "no", **answers}), "r1").inherent) == inherent


@pytest.mark.parametrize(
    ("status", "residual", "outcome"),
    [
        (None, (3, 3), "prior_consultation"),
        ("rejected", (3, 3), "prior_consultation"),
        ("implemented", (2, 3), "proceed_with_measures"),
        ("planned", (2, 3), "proceed_with_measures"),
    ],
)
def test_rejected_measures_do_not_lower_residual_risk(kb, status, residual, outcome):
    measures = [] if status is None else [Measure(id="m", catalogue_id="m_r2", status=status)]
    verdict = _assess(kb, measures, lvl="high")
    risk = _risk(verdict, "r2")
    assert _scores(risk.residual) == residual
    assert risk.measures == ([] if status in (None, "rejected") else ["m_r2"])
    assert verdict.outcome == outcome


def test_a_measure_with_two_effects_on_one_risk_applies_both(kb):
    measures = [Measure(id="m", catalogue_id="m_double", status="implemented")]
    verdict = _assess(kb, measures, p="yes", q="yes", lvl="high")
    assert _scores(_risk(verdict, "r1").residual) == (2, 2)
    assert _scores(_risk(verdict, "r2").residual) == (2, 3)
    assert _risk(verdict, "r1").measures == ["m_double"]


def test_a_measure_the_answers_imply_lowers_residual_risk(kb):
    assert _scores(_risk(_assess(kb, lvl="high", imp="yes"), "r2").residual) == (3, 2)
    assert _scores(_risk(_assess(kb, lvl="high", imp="no"), "r2").residual) == (3, 3)


@pytest.mark.parametrize(
    ("lvl", "outcome", "consultation", "reasons"),
    [
        ("low", "proceed", False, []),
        ("medium", "proceed_with_measures", False, ["residual_medium R2"]),
        ("high", "prior_consultation", True, ["residual_high R2"]),
    ],
)
def test_residual_level_escalates_the_outcome(kb, lvl, outcome, consultation, reasons):
    verdict = _assess(kb, lvl=lvl)
    assert _risk(verdict, "r2").residual.level == lvl
    assert verdict.outcome == outcome
    assert verdict.prior_consultation_required is consultation
    assert verdict.reasons == reasons


@pytest.mark.parametrize(
    ("answers", "dpia_required"),
    [
        ({"a": "yes"}, True),
        ({"b": "yes"}, False),
        ({"a": "yes", "b": "yes"}, True),  # a later, milder value does not undo an earlier one
        ({"b": "yes", "c": "yes"}, True),
    ],
)
def test_flags_merge_worst_wins(kb, answers, dpia_required):
    assert _assess(kb, **answers).dpia_required is dpia_required


@pytest.mark.parametrize(
    ("answers", "valid"),
    [
        ({"p": "no", "q": "no"}, True),
        ({"p": "yes", "q": "no"}, False),
        ({"p": "no", "q": "yes"}, None),
        ({"p": "yes", "q": "yes"}, False),
    ],
)
def test_three_valued_flag_keeps_its_worst_value(kb, answers, valid):
    verdict = _assess(kb, a="no", **answers)
    assert verdict.art9.applies is True
    assert verdict.art9.exception_valid is valid


@pytest.mark.parametrize(
    ("answers", "residual"),
    [
        ({"fp": "yes"}, (3, 2)),  # lowered by 3 each, stopped by the floor
        ({"fp_low": "yes"}, (2, 1)),  # already below the floor: never raised to it
    ],
)
def test_residual_floor_stops_measures_but_never_raises(kb, answers, residual):
    measures = [Measure(id="m", catalogue_id="m_r3", status="implemented")]
    assert _scores(_risk(_assess(kb, measures, **answers), "r3").residual) == residual


@pytest.mark.parametrize(
    ("status", "outcome", "reasons"),
    [
        ("planned", "proceed_with_measures", ["measure_pending Blur"]),
        ("in_progress", "proceed_with_measures", ["measure_pending Blur"]),
        ("implemented", "proceed", []),
        ("rejected", "proceed", []),
    ],
)
def test_planned_and_in_progress_measures_are_pending(kb, status, outcome, reasons):
    verdict = _assess(kb, [Measure(id="m", title="Blur", status=status)], lvl="low")
    assert verdict.outcome == outcome
    assert verdict.reasons == reasons


@pytest.mark.parametrize(
    ("status", "listed"), [("planned", ["g"]), ("in_progress", ["g"]), ("implemented", ["g"]), ("rejected", [])]
)
def test_an_own_measure_is_listed_for_its_risks_unless_rejected(kb, status, listed):
    measures = [Measure(id="g", title="Guard", risks=["r2"], status=status)]
    verdict = _assess(kb, measures, lvl="high")
    assert _risk(verdict, "r2").measures == listed
    assert _risk(verdict, "r1").measures == []
    assert _scores(_risk(verdict, "r2").residual) == (3, 3)  # an own measure has no catalogue effect


def test_a_pending_measure_adds_no_reason_to_an_outcome_a_rule_decided(kb):
    verdict = _assess(kb, [Measure(id="m", title="Blur", status="planned")], b="yes")
    assert verdict.outcome == "proceed_with_measures" and verdict.reasons == ["B measures"]


def test_escalation_reasons_are_translated(kb):
    measures = [Measure(id="m", title="Blur", status="planned")]
    verdict = assess(Assessment(answers={"lvl": "medium"}, measures=measures), kb, "nl")
    assert verdict.reasons == ["nl measure_pending Blur", "nl residual_medium R2"]


def test_findings_are_sorted_gravest_first_in_rule_order(kb):
    verdict = _assess(kb, a="yes", b="yes", c="yes", x="yes")
    assert [f.id for f in verdict.findings] == ["crit_a", "warn_b", "info_c", "info_x"]
    assert list(verdict.citations) == ["c1", "c2"]  # the findings' first, then the risks'
    assert list(_assess(kb, x="yes").citations) == ["c2"]


@pytest.mark.parametrize(
    ("stage", "inherent", "residual"),
    [("residual", (3, 3), (1, 2)), ("inherent", (1, 2), (1, 2))],
)
def test_the_last_override_of_a_rating_wins(kb, stage, inherent, residual):
    overrides = [
        RatingOverride(risk_id="r2", stage=stage, severity=4, likelihood=4, justification="old"),
        RatingOverride(risk_id="r1", stage=stage, severity=4, likelihood=1, justification="other risk"),
        RatingOverride(risk_id="r2", stage=stage, severity=1, likelihood=2, justification="new"),
    ]
    risk = _risk(_assess(kb, overrides=overrides, lvl="high"), "r2")
    assert (_scores(risk.inherent), _scores(risk.residual)) == (inherent, residual)
    overridden = getattr(risk, stage)
    assert overridden.overridden and overridden.justification == "new"
    assert overridden.level == "low"


@pytest.mark.parametrize(
    ("answers", "outcome", "reasons"),
    [
        ({"b": "yes"}, "proceed_with_measures", ["B measures"]),
        ({"c": "yes"}, "prior_consultation", ["C consult"]),
        ({"b": "yes", "c": "yes"}, "prior_consultation", ["C consult"]),
        ({"a": "yes", "b": "yes", "c": "yes"}, "do_not_proceed", ["A stop"]),
        ({"a": "yes", "lvl": "high"}, "do_not_proceed", ["A stop"]),
    ],
)
def test_outcome_is_the_gravest_and_only_its_reasons_are_given(kb, answers, outcome, reasons):
    verdict = _assess(kb, **answers)
    assert verdict.outcome == outcome
    assert verdict.reasons == reasons


def test_residual_high_reason_joins_a_rule_that_asks_for_consultation(kb):
    verdict = _assess(kb, c="yes", lvl="high")
    assert verdict.reasons == ["C consult", "residual_high R2"]
    assert verdict.prior_consultation_required
