"""Property tests: any complete answer set gives a valid verdict; more risk never improves the outcome."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.assessment import Assessment
from app.core.engine import assess
from app.core.knowledge import load_knowledge
from app.core.verdict import OUTCOME_ORDER, Verdict

KNOWLEDGE = load_knowledge()
CHOICE_QUESTIONS = [q for q in KNOWLEDGE.bank.questions() if q.type in ("single", "multi")]

# For these facts the option order runs from less to more risk for the people affected.
RISK_ORDER = {
    "scale": ["lt_1k", "1k_100k", "100k_10m", "gt_10m"],
    "template_storage": ["none_retained", "on_device_user_controlled", "central_controller"],
    "retention_non_matches": ["immediate", "up_to_24h", "up_to_30d", "longer"],
    "accuracy_bias_testing": ["independent", "vendor_claims_only", "none"],
    "human_review": ["always_before_action", "sometimes", "none"],
    "alternative_offered": ["yes_without_detriment", "yes_with_detriment", "no"],
    "less_intrusive_sufficient": ["no", "not_assessed", "yes"],
    "third_country_transfer": ["none", "appropriate_safeguards", "no_safeguards"],
    "vendor_scraped_database": ["no", "unknown", "yes"],
    "automated_effect": ["none", "significant"],
    "rights_procedure": ["yes", "no"],
    "dpo_consulted": ["yes", "no"],
    "data_subjects_consulted": ["yes", "no"],
}


def _answer(question):
    values = list(question.option_values)
    if question.type == "single":
        return st.sampled_from(values)
    return st.lists(st.sampled_from(values), min_size=1, max_size=3, unique=True)


complete_answers = st.fixed_dictionaries({q.id: _answer(q) for q in CHOICE_QUESTIONS})


def _rank(verdict: Verdict) -> int:
    return OUTCOME_ORDER.index(verdict.outcome)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(complete_answers)
def test_any_complete_answer_set_yields_a_valid_verdict(answers):
    verdict = assess(Assessment(answers=answers), KNOWLEDGE)
    Verdict.model_validate(verdict.to_json_dict())
    assert set(verdict.citations) >= {c for f in verdict.findings for c in f.citations}
    if verdict.ai_act.prohibited:
        assert verdict.outcome == "do_not_proceed"
    if verdict.art9.applies and verdict.art9.exception_valid is False:
        assert verdict.outcome == "do_not_proceed"
    if verdict.prior_consultation_required:
        assert _rank(verdict) >= OUTCOME_ORDER.index("prior_consultation")
    for risk in verdict.risks:
        assert 1 <= risk.residual.severity <= risk.inherent.severity
        assert 1 <= risk.residual.likelihood <= risk.inherent.likelihood


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(complete_answers, st.sampled_from(sorted(RISK_ORDER)), st.data())
def test_more_risk_never_improves_the_outcome(answers, fact, data):
    order = RISK_ORDER[fact]
    low = data.draw(st.integers(0, len(order) - 2))
    high = data.draw(st.integers(low + 1, len(order) - 1))
    safer = assess(Assessment(answers={**answers, fact: order[low]}), KNOWLEDGE)
    riskier = assess(Assessment(answers={**answers, fact: order[high]}), KNOWLEDGE)
    assert _rank(riskier) >= _rank(safer), (fact, order[low], order[high])
