from app.core.assessment import Assessment
from app.core.engine import assess
from app.core.rules import RiskScoreRule, evaluate_risk_score
from tests.helpers.tiny_kb import ENGINE_FLAGS_YAML, tiny_knowledge

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
    assert firing.rule_id == "rs" and firing.effects is None and firing.missing == ("retention_non_matches",)


RAISES = """\
derived:
{flags}rules:
  - {{id: sev, kind: risk_score, risk: r, severity: 3, likelihood: 1, when: {{fact: a, in: ["yes"]}}}}
  - {{id: lik, kind: risk_score, risk: r, severity: 1, likelihood: 4, when: {{fact: b, in: ["yes"]}}}}
"""


def test_engine_takes_the_highest_raise_on_each_scale(tmp_path):
    rules = RAISES.format(flags=ENGINE_FLAGS_YAML)
    risks = "risks: [{id: r, title: {en: R}, description: {en: r}}]\n"
    knowledge = tiny_knowledge(tmp_path, rules, risks=risks, facts={"a": ("yes", "no"), "b": ("yes", "no")})
    verdict = assess(Assessment(answers={"a": "yes", "b": "yes"}), knowledge)
    [risk] = verdict.risks
    assert (risk.inherent.severity, risk.inherent.likelihood) == (3, 4)  # min would give (1, 1)
    assert risk.inherent.level == "high"
