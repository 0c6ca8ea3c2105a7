"""Verdict contract v2, pinned over a tiny knowledge base written inline: what rests on an assumption is
only possible (prohibitions, prior consultation), prior consultation under each regime, answers that still
need verifying, and when an assessment is complete."""

import pytest

from app.core.assessment import Assessment, RatingOverride
from app.core.engine import assess
from app.core.verdict import Missing
from tests.helpers.tiny_kb import ENGINE_FLAGS_YAML, tiny_knowledge

FACTS = {name: ("yes", "no") for name in ("a", "a2", "a3", "a4", "u", "f", "b", "k", "hr", "hs", "cov", "lf")}
FACTS["law"] = ("named", "none")
FACTS["v"] = ("yes", "no", "unknown")
FACTS["law_ref"] = ()  # a text question
FACTS["places"] = ("shop", "street")  # a multiple-choice question (below)

RULES = (
    "derived:\n"
    + ENGINE_FLAGS_YAML
    + """\
  - {id: xflag, values: ["false", "true"]}
rules:
  - {id: led, kind: flag, when: {fact: k, in: ["yes"]}, sets: {regime: led}}
  - {id: covered, kind: flag, when: {fact: cov, in: ["yes"]}, sets: {consultation_covered: "true"}}
  - id: x_from_a
    kind: flag
    when: {fact: a, in: ["yes"]}
    if_unknown: assume
    sets: {xflag: "true"}
  - {id: x_again, kind: flag, when: {fact: a2, in: ["yes"]}, sets: {xflag: "true"}}
  - {id: x_lower, kind: flag, when: {fact: a3, in: ["yes"]}, sets: {xflag: "false"}}
  - {id: x_late, kind: flag, when: {fact: a4, in: ["yes"]}, if_unknown: assume, sets: {xflag: "true"}}
  - id: law_fits
    kind: flag
    when: {all: [{fact: lf, in: ["yes"]}, {fact: national_law_check, in: [fits]}]}
    if_unknown: assume
    blocks: "whether the law fits"
  - {id: prohibit_on_x, kind: flag, when: {fact: xflag, in: ["true"]}, prohibits: "5(1)(e)"}
  - {id: unknown_u, kind: flag, when: {fact: u, in: ["yes"]}, sets: {art9_exception_valid: unknown}}
  - id: prohibit_on_unknown
    kind: flag
    when: {fact: art9_exception_valid, in: [unknown]}
    prohibits: "5(1)(g)"
  - {id: possibly_f, kind: flag, when: {fact: f, in: ["yes"]}, possibly_prohibits: "5(1)(f)"}
  - id: possibly_v
    kind: flag
    when: {fact: v, in: [unknown]}
    possibly_prohibits: "5(1)(e)"
    outcome: proceed_with_measures
    finding: {severity: critical, topic: t, text: {en: "ask the vendor"}, citations: [c1]}
  - {id: raise_on_x, kind: risk_score, risk: r, severity: 3, likelihood: 3, when: {fact: xflag, in: ["true"]}}
  - {id: stop_b, kind: flag, when: {fact: b, in: ["yes"]}, outcome: do_not_proceed, if_unknown: assume}
  - id: needs_law
    kind: flag
    when: {fact: law, in: [named]}
    needs: {law: {en: "the law relied on", nl: "de wet"}}
  - id: needs_reference
    kind: flag
    when: {fact: law, in: [named]}
    needs: {law_ref: "verifying the provision"}
  - {id: raise_r, kind: risk_score, risk: r, severity: 3, likelihood: 3, when: {fact: hr, in: ["yes"]}, if_unknown: ignore}
  - {id: raise_s, kind: risk_score, risk: s, severity: 4, likelihood: 4, when: {fact: hs, in: ["yes"]}, if_unknown: ignore}
"""
)

RISKS = """\
risks:
  - {id: r, title: {en: R, nl: R-nl}, description: {en: r}}
  - {id: s, title: {en: S, nl: S-nl}, description: {en: s}}
"""

# Answered, yet still to verify (an unanswered question is never to_verify).
NEEDS_LAW = Missing(fact="law", blocks=["the law relied on"], to_verify=True)
NEEDS_REF = Missing(fact="law_ref", blocks=["verifying the provision"], to_verify=True)
REF_UNANSWERED = Missing(fact="law_ref", blocks=["verifying the provision"])
ALL_NO = dict.fromkeys(FACTS, "no") | {"law": "none", "law_ref": "Act s. 1", "places": ["shop"]}
POSSIBLY_E = "possibly_prohibited_blocks 5(1)(e)"


@pytest.fixture
def kb(tmp_path):
    return tiny_knowledge(tmp_path, RULES, risks=RISKS, facts=FACTS, multi=("places",))


def _assess(kb, locale="en", overrides=(), **answers):
    """ALL_NO changed by answers; None leaves that fact unanswered."""
    merged = {k: v for k, v in {**ALL_NO, **answers}.items() if v is not None}
    return assess(Assessment(answers=merged, overrides=list(overrides)), kb, locale)


@pytest.mark.parametrize(
    ("a", "prohibited", "possibly", "consultation"),
    [
        ("yes", ["5(1)(e)"], [], True),
        (None, [], ["5(1)(e)"], False),  # a flag set on an assumption keeps the assumption downstream
        ("no", [], [], False),
    ],
)
def test_what_rests_on_an_assumption_is_only_possible(kb, a, prohibited, possibly, consultation):
    verdict = _assess(kb, a=a)
    assert verdict.ai_act.prohibited == prohibited
    assert verdict.ai_act.possibly_prohibited == possibly
    assert verdict.prior_consultation_required is consultation
    assert next(r for r in verdict.risks if r.id == "r").residual.level == ("low" if a == "no" else "high")


@pytest.mark.parametrize(
    ("answers", "prohibited", "possibly"),
    [
        ({"a": None, "a2": "yes"}, ["5(1)(e)"], []),  # established again: no longer an assumption
        ({"a": None, "a3": "yes"}, [], ["5(1)(e)"]),  # a milder value established changes nothing
        ({"a": "yes", "a3": "yes"}, ["5(1)(e)"], []),
        ({"a2": "yes", "a4": None}, ["5(1)(e)"], []),  # an assumption does not undo an established value
        ({"u": "yes"}, [], ["5(1)(g)"]),  # a flag set to "unknown" is an open question itself
        ({"f": "yes"}, [], ["5(1)(f)"]),
        ({"f": "yes", "a": "yes"}, ["5(1)(e)"], ["5(1)(f)"]),
    ],
)
def test_a_flag_remembers_whether_it_rests_on_an_open_question(kb, answers, prohibited, possibly):
    ai_act = _assess(kb, **answers).ai_act
    assert (ai_act.prohibited, ai_act.possibly_prohibited) == (prohibited, possibly)


@pytest.mark.parametrize(
    ("k", "locale", "reason", "finding_id", "text"),
    [
        ("no", "en", "residual_high R", "prior_consultation_gdpr", "consult gdpr R"),
        ("yes", "en", "residual_high_led R", "prior_consultation_led", "consult led R"),
        ("yes", "nl", "nl residual_high_led R-nl", "prior_consultation_led", "nl consult led R-nl"),
        ("no", "nl", "nl residual_high R-nl", "prior_consultation_gdpr", "nl consult gdpr R-nl"),
    ],
)
def test_prior_consultation_names_the_regime(kb, k, locale, reason, finding_id, text):
    verdict = _assess(kb, locale, hr="yes", k=k)
    assert verdict.outcome == "prior_consultation" and verdict.reasons == [reason]
    assert verdict.prior_consultation_required and verdict.dpia_required  # consultation implies a DPIA
    [finding] = [f for f in verdict.findings if f.topic == "consultation"]
    assert (finding.id, finding.rule, finding.text) == (finding_id, finding_id, text)
    assert (finding.severity, finding.citations) == ("critical", ["c1"])
    assert finding.trace == {"residual_high": ["r"]}
    assert "c1" in verdict.citations


def test_one_consultation_finding_names_every_high_risk(kb):
    verdict = _assess(kb, hr="yes", hs="yes")
    [finding] = [f for f in verdict.findings if f.topic == "consultation"]
    assert finding.text == "consult gdpr R, S"
    assert finding.trace == {"residual_high": ["r", "s"]}
    assert verdict.reasons == ["residual_high R", "residual_high S"]


def test_an_authorisation_by_the_authority_covers_consultation(kb):
    verdict = _assess(kb, hr="yes", cov="yes")
    assert not verdict.prior_consultation_required and verdict.outcome == "proceed"
    assert not any(f.topic == "consultation" for f in verdict.findings)


def test_the_assessors_residual_rating_can_require_consultation(kb):
    override = RatingOverride(risk_id="s", severity=4, likelihood=4, justification="workshop")
    verdict = _assess(kb, overrides=[override])
    assert verdict.prior_consultation_required and verdict.outcome == "prior_consultation"


@pytest.mark.parametrize(
    ("answers", "missing", "status"),
    [
        ({}, [], "complete"),
        ({"law": "named"}, [NEEDS_LAW, NEEDS_REF], "incomplete"),
        ({"law": "named", "b": "yes"}, [NEEDS_LAW, NEEDS_REF], "complete"),  # established rejection
        ({"law": "named", "b": "yes", "law_ref": None}, [NEEDS_LAW, REF_UNANSWERED], "incomplete"),
        ({"b": None}, [Missing(fact="b", blocks=["complete_assessment"])], "incomplete"),
        (
            {"a": None},
            [Missing(fact="a", blocks=["complete_assessment", "possibly_prohibited_blocks 5(1)(e)"])],
            "incomplete",
        ),
    ],
)
def test_status_is_complete_only_when_nothing_can_change_the_verdict(kb, answers, missing, status):
    verdict = _assess(kb, **answers)
    assert verdict.missing == missing
    assert verdict.status == status


def test_a_computed_fact_asks_for_the_questions_it_waits_for(kb):
    missing = _assess(kb, lf="yes").missing
    assert Missing(fact="national_law_provision", blocks=["whether the law fits"]) in missing
    assert all(m.fact != "national_law_check" for m in missing)


def test_what_an_answer_still_needs_is_translated(kb):
    assert _assess(kb, "nl", law="named").missing[0] == Missing(fact="law", blocks=["de wet"], to_verify=True)


@pytest.mark.parametrize(
    ("required", "consultation"),
    [
        ((), True),
        (("cov",), False),  # a required choice is open: the computed levels rest on it
        (("places",), False),
        (("law_ref",), True),  # an open narrative text changes no score
    ],
)
def test_computed_consultation_waits_for_required_choices(tmp_path, required, consultation):
    kb = tiny_knowledge(tmp_path, RULES, risks=RISKS, facts=FACTS, required=required, multi=("places",))
    answers = {k: v for k, v in ALL_NO.items() if k not in required} | {"hr": "yes"}
    verdict = assess(Assessment(answers=answers), kb)
    assert verdict.prior_consultation_required is consultation
    override = RatingOverride(risk_id="r", severity=3, likelihood=3, justification="workshop")
    rated = assess(Assessment(answers=answers, overrides=[override]), kb)
    assert rated.prior_consultation_required  # the assessor's own rating always stands


def test_an_assumed_rejection_stays_provisional(kb):
    verdict = _assess(kb, law="named", b=None)
    assert verdict.outcome == "do_not_proceed" and verdict.status == "incomplete"


@pytest.mark.parametrize(
    ("answers", "missing"),
    [
        # An answer such as "unknown" is answered, yet it keeps the point open: it is what must be established.
        ({"v": "unknown"}, [Missing(fact="v", blocks=[POSSIBLY_E], to_verify=True)]),
        # However the point stays open (an established rejection decides nothing about it).
        ({"v": "unknown", "b": "yes"}, [Missing(fact="v", blocks=[POSSIBLY_E], to_verify=True)]),
        (
            {"v": "unknown", "law": "named", "b": "yes"},
            [Missing(fact="v", blocks=[POSSIBLY_E], to_verify=True), NEEDS_LAW, NEEDS_REF],
        ),
        # Kept open by a flag that is itself an open question: the answer that set the flag.
        ({"u": "yes"}, [Missing(fact="u", blocks=["possibly_prohibited_blocks 5(1)(g)"], to_verify=True)]),
        # A rule that concludes from settled answers that a point stays open waits for those answers.
        ({"f": "yes"}, [Missing(fact="f", blocks=["possibly_prohibited_blocks 5(1)(f)"], to_verify=True)]),
    ],
)
def test_a_possibly_prohibited_point_keeps_the_assessment_incomplete(kb, answers, missing):
    verdict = _assess(kb, **answers)
    assert verdict.ai_act.possibly_prohibited and not verdict.ai_act.prohibited
    assert verdict.status == "incomplete"
    assert verdict.missing == missing and verdict.answers_needed == len(missing)
    # The provisional worst case: what may be prohibited may not go ahead until it is settled.
    assert verdict.outcome == "do_not_proceed"
    [point] = verdict.ai_act.possibly_prohibited
    named = [f"question_ref {m.fact}" for m in missing if m.fact not in ("law", "law_ref")]
    key = "possibly_prohibited_reason" + ("_one" if len(named) == 1 else "")  # the text agrees with the count
    assert f"{key} {', '.join(named)} {point}" in verdict.reasons


def test_an_unknown_answer_lifts_a_milder_outcome_to_the_provisional_worst_case(kb):
    verdict = _assess(kb, "nl", v="unknown")
    assert (verdict.outcome, verdict.status) == ("do_not_proceed", "incomplete")
    assert verdict.reasons == ["nl possibly_prohibited_reason_one nl question_ref v 5(1)(e)"]  # one question
    assert verdict.missing == [
        Missing(fact="v", blocks=["nl possibly_prohibited_blocks 5(1)(e)"], to_verify=True)
    ]
    settled = _assess(kb, v="no")
    assert (settled.outcome, settled.status, settled.missing) == ("proceed", "complete", [])


def test_a_point_established_by_another_rule_is_no_longer_open(kb):
    verdict = _assess(kb, v="unknown", a="yes")
    assert verdict.ai_act.prohibited == ["5(1)(e)"] and verdict.ai_act.possibly_prohibited == []
    assert verdict.missing == [] and verdict.status == "complete"


def test_an_unanswered_fact_that_keeps_a_point_open_says_so(kb):
    verdict = _assess(kb, v=None)
    assert verdict.ai_act.possibly_prohibited == [] and verdict.missing == [
        Missing(fact="v", blocks=["topic_blocks the tiny topic"])
    ]
    verdict = _assess(kb, f=None)  # possibly_f is ignored while f is unanswered: only its own block is listed
    assert verdict.missing == [Missing(fact="f", blocks=["complete_assessment"])]


def test_consultation_named_from_established_raises_is_translated(kb):
    verdict = _assess(kb, "nl", a=None, hs="yes")  # r rests on an assumption, s is established
    # a=None also keeps 5(1)(e) open: the provisional outcome is then do_not_proceed with that reason, and
    # no reason may name the assumed risk R
    assert not any("R-nl" in reason for reason in verdict.reasons)
    assert [f.text for f in verdict.findings if f.topic == "consultation"] == ["nl consult gdpr S-nl"]
