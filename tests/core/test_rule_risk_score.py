from app.core.assessment import Assessment
from app.core.engine import assess
from app.core.rules import RiskScoreRule, evaluate_risk_score

RULE = RiskScoreRule.model_validate(
    {
        "id": "rs",
        "kind": "risk_score",
        "risk": "excessive_retention",
        "severity": 3,
        "likelihood": 4,
        "when": {"fact": "retention_non_matches", "in": ["longer"]},
    }
)


def test_fires_on_matching_answer():
    assert evaluate_risk_score(RULE, {"retention_non_matches": "longer"}).fired


def test_unanswered_is_read_cautiously():
    firing = evaluate_risk_score(RULE, {})
    assert firing.fired and firing.assumed


def test_engine_takes_the_highest_raise():
    verdict = assess(Assessment(answers={"retention_non_matches": "longer"}))
    risk = next(r for r in verdict.risks if r.id == "excessive_retention")
    assert (risk.inherent.severity, risk.inherent.likelihood) == (3, 4)
    assert risk.inherent.level == "high"
