"""What the engine reports besides the outcome, over a tiny knowledge base written inline: unanswered
facts (assumed, undecided, missing), the screening list, the AI Act lists, the Art. 9 status, the locale."""

import pytest

from app.core.assessment import Assessment
from app.core.engine import assess
from app.core.verdict import Missing
from tests.helpers.tiny_kb import ENGINE_FLAGS_YAML, tiny_knowledge

FACTS = {name: ("yes", "no") for name in ("a", "b", "c", "d", "e", "g", "h", "k")}

RULES = (
    "derived:\n"
    + ENGINE_FLAGS_YAML
    + """\
rules:
  - id: assumed_a
    kind: flag
    when: {all: [{fact: a, in: ["yes"]}, {fact: b, in: ["yes"]}]}
    if_unknown: assume
    blocks: {en: "whether A", nl: "of A"}
    outcome: proceed_with_measures
    finding: {severity: warning, text: {en: "A holds.", nl: "A geldt."}}
  - id: undecided_c
    kind: flag
    when: {any: [{fact: c, in: ["yes"]}, {fact: h, in: ["yes"]}]}
    if_unknown: assume
    blocks: {en: "whether C", nl: "of C"}
    outcome: prior_consultation
  - id: own_effects_d
    kind: flag
    when: {fact: d, in: ["yes"]}
    blocks: "whether D"
    if_unknown: {sets: {dpia_required: "true"}}
  - id: ignored_e
    kind: flag
    when: {fact: e, in: ["yes"]}
    sets: {ai_high_risk: "true", fria_required: "true"}
    annex_iii: "1(a)"
  - id: screening
    kind: count_at_least
    screening_list: true
    at_least: 2
    only_if: {fact: k, in: ["yes"]}
    sets: {dpia_required: "true"}
    screening: {en: "Two or more", nl: "Twee of meer"}
    criteria:
      - {id: c_g, label: {en: "G", nl: "G-nl"}, when: {fact: g, in: ["yes"]}}
      - {id: c_h, label: {en: "H"}, when: {fact: h, in: ["yes"]}}
      - {id: c_e, label: {en: "E"}, when: {fact: e, in: ["yes"]}}
  - id: prohibit_g
    kind: flag
    when: {fact: g, in: ["yes"]}
    prohibits: "5(1)(g)"
    annex_iii: "1(b)"
    screening: "G screened"
  - id: prohibit_h
    kind: flag
    when: {fact: h, in: ["yes"]}
    prohibits: "5(1)(e)"
    annex_iii: "1(b)"
    screening: "G screened"
  - id: art9_when_exc
    kind: flag
    when: {fact: art9_exception, answered: true}
    sets: {art9_applies: "true"}
    finding: {severity: info, topic: art9, text: {en: "Art. 9 applies."}}
  - id: art9_invalid
    kind: flag
    when: {fact: art9_exception, in: [none]}
    sets: {art9_exception_valid: "false"}
    finding: {severity: critical, topic: art9, text: {en: "No exception."}, citations: [c1]}
  - id: led_when_k
    kind: flag
    when: {fact: k, in: ["no"]}
    sets: {regime: led}
  - {id: raise_b, kind: risk_score, risk: r, severity: 2, likelihood: 2, when: {fact: b, in: ["yes"]}}
"""
)

RISKS = """\
risks:
  - {id: r, title: {en: R, nl: R-nl}, description: {en: r, nl: r-nl}}
"""


@pytest.fixture
def kb(tmp_path):
    return tiny_knowledge(tmp_path, RULES, risks=RISKS, facts=FACTS)


ALL_NO = dict.fromkeys(FACTS, "no") | {"art9_exception": "a_explicit_consent", "k": "yes"}


def _assess(kb, locale="en", **answers):
    """ALL_NO changed by answers; None leaves that fact unanswered."""
    merged = {k: v for k, v in {**ALL_NO, **answers}.items() if v is not None}
    return assess(Assessment(answers=merged), kb, locale)


def test_an_assumed_finding_says_which_answers_it_assumed(kb):
    verdict = _assess(kb, a="yes", b=None)
    finding = next(f for f in verdict.findings if f.id == "assumed_a")
    assert finding.text == "A holds. assumed question_ref b"
    assert finding.trace == {"a": "yes", "b": None}
    assert finding.rule == "assumed_a" and finding.severity == "warning"
    assert verdict.outcome == "proceed_with_measures" and verdict.reasons == [finding.text]
    assert verdict.missing == [Missing(fact="b", blocks=["whether A", "risk_blocks R"])]


def test_every_assumed_answer_is_named(kb):
    finding = next(f for f in _assess(kb, a=None, b=None).findings if f.id == "assumed_a")
    assert finding.text == "A holds. assumed question_ref a, question_ref b"


def test_a_decided_finding_has_no_assumption(kb):
    finding = next(f for f in _assess(kb, a="yes", b="yes").findings if f.id == "assumed_a")
    assert finding.text == "A holds."


def test_an_outcome_without_a_finding_gives_the_undecided_reason(kb):
    verdict = _assess(kb, c=None)
    assert verdict.outcome == "prior_consultation"
    assert verdict.reasons == [
        "undecided question_ref c whether C"
    ]  # "undecided {facts} {subject}", facts by question
    assert verdict.missing == [Missing(fact="c", blocks=["whether C"])]
    assert _assess(kb, c=None, h=None).reasons == ["undecided question_ref c, question_ref h whether C"]
    assert _assess(kb, locale="nl", c=None).reasons == ["nl undecided nl question_ref c of C"]


def test_missing_facts_list_every_conclusion_they_block_once(kb):
    verdict = _assess(kb, a=None, b=None, c=None)
    assert verdict.missing == [
        Missing(fact="a", blocks=["whether A"]),
        Missing(fact="b", blocks=["whether A", "risk_blocks R"]),
        Missing(fact="c", blocks=["whether C"]),
    ]


def test_missing_is_translated(kb):
    verdict = _assess(kb, locale="nl", a="yes", b=None)
    assert verdict.missing == [Missing(fact="b", blocks=["of A", "nl risk_blocks R-nl"])]
    assert verdict.findings[0].text == "A geldt. nl assumed nl question_ref b"
    assert [(r.title, r.description) for r in verdict.risks] == [("R-nl", "r-nl")]
    assert [(r.title, r.description) for r in _assess(kb, b="yes").risks] == [("R", "r")]


def test_unknown_can_have_its_own_effects(kb):
    verdict = _assess(kb, d=None)
    assert verdict.dpia_required is True
    assert verdict.missing == [Missing(fact="d", blocks=["whether D"])]
    assert _assess(kb, d="yes").dpia_required is False  # the rule itself sets nothing
    assert _assess(kb, d="no").dpia_required is False


@pytest.mark.parametrize(
    ("answers", "met", "count", "dpia"),
    [
        ({"g": "yes", "h": "yes"}, [True, True, False], 2, True),
        ({"g": "yes"}, [True, False, False], 1, False),
        ({"g": "yes", "h": None}, [True, None, False], 1, False),  # undecided, not assumed here
        ({"g": "yes", "h": "yes", "k": "no"}, [True, True, False], 2, False),  # only_if fails
    ],
)
def test_the_screening_list_shows_every_criterion(kb, answers, met, count, dpia):
    verdict = _assess(kb, **answers)
    screening = verdict.screening
    assert [(c.id, c.label, c.met) for c in screening.criteria] == list(
        zip(["c_g", "c_h", "c_e"], ["G", "H", "E"], met, strict=True)
    )
    assert screening.wp248_count == count
    assert screening.wp248_criteria == [c.id for c in screening.criteria if c.met]
    assert verdict.dpia_required is dpia
    assert ("Two or more" in screening.triggers) is dpia


def test_screening_labels_are_translated(kb):
    verdict = _assess(kb, locale="nl", g="yes", h="yes")
    assert [c.label for c in verdict.screening.criteria] == ["G-nl", "H", "E"]
    assert verdict.screening.triggers == ["Twee of meer", "G screened"]


def test_ai_act_lists_are_sorted_and_without_repeats(kb):
    ai_act = _assess(kb, g="yes", h="yes", e="yes").ai_act
    assert ai_act.prohibited == ["5(1)(e)", "5(1)(g)"]
    assert ai_act.annex_iii_points == ["1(a)", "1(b)"]
    assert (ai_act.high_risk, ai_act.fria_required) == (True, True)
    assert (ai_act.prohibitions_apply_from, ai_act.high_risk_applies_from) == ("2025-02-02", "2026-08-02")
    assert _assess(kb, g="yes", h="yes").screening.triggers == ["Two or more", "G screened"]


def test_nothing_flagged_without_answers_that_hold(kb):
    verdict = _assess(kb)
    assert verdict.ai_act.prohibited == [] and not verdict.ai_act.high_risk
    assert not verdict.ai_act.fria_required and verdict.ai_act.annex_iii_points == []
    assert verdict.missing == [] and verdict.outcome == "proceed"
    assert verdict.engine_version == "test"


@pytest.mark.parametrize(
    ("exc", "applies", "valid", "reasons", "exception"),
    [
        ("a_explicit_consent", True, True, ["Art. 9 applies."], "a_explicit_consent"),
        ("none", True, False, ["Art. 9 applies.", "No exception."], "none"),  # in rule order
        (None, False, None, [], None),
    ],
)
def test_art9_status_comes_from_its_flags_and_findings(kb, exc, applies, valid, reasons, exception):
    verdict = _assess(kb, art9_exception=exc)
    art9 = verdict.art9
    assert (art9.applies, art9.exception_valid, art9.exception) == (applies, valid, exception)
    assert art9.reasons == reasons
    assert art9.regime == "gdpr" == verdict.regime
    assert list(verdict.citations) == (["c1"] if exc == "none" else [])


@pytest.mark.parametrize(("locale", "title"), [("en", "Test article"), ("nl", "Testartikel")])
def test_cited_sources_are_in_the_verdicts_language(kb, locale, title):
    citation = _assess(kb, locale, art9_exception="none").citations["c1"]
    assert (citation["title"], citation["kind"]) == (title, "law")


def test_regime_flag_reaches_the_verdict(kb):
    verdict = _assess(kb, k="no")
    assert verdict.regime == "led" and verdict.art9.regime == "led"


def test_a_non_text_answer_is_no_exception_name(kb):
    verdict = assess(Assessment(answers={**ALL_NO, "art9_exception": ["a_explicit_consent"]}), kb)
    assert verdict.art9.applies is True and verdict.art9.exception is None
