from app.core.rules import Effects, FlagRule, evaluate_flag

RULE = FlagRule.model_validate(
    {
        "id": "r",
        "kind": "flag",
        "when": {"fact": "scale", "in": ["gt_10m"]},
        "sets": {"large_scale": "true"},
        "outcome": "prior_consultation",
        "finding": {"severity": "warning", "text": {"en": "Large."}, "citations": ["x"]},
    }
)


def test_fires_on_matching_answer_with_trace():
    firing = evaluate_flag(RULE, {"scale": "gt_10m"})
    assert firing.fired and firing.effects.outcome == "prior_consultation"
    assert firing.trace == {"scale": "gt_10m"}
    assert firing.rule_id == "r" and firing.effects is RULE and firing.missing == ()


def test_does_not_fire_otherwise():
    assert evaluate_flag(RULE, {"scale": "lt_1k"}) is None


def test_unknown_is_ignored_by_default_but_reported_missing():
    firing = evaluate_flag(RULE, {})
    assert not firing.fired and firing.missing == ("scale",)
    assert firing.effects is None and not firing.assumed and firing.rule_id == "r"


def test_unknown_can_be_assumed():
    rule = RULE.model_copy(update={"if_unknown": "assume"})
    firing = evaluate_flag(rule, {})
    assert firing.fired and firing.assumed
    assert firing.effects is rule and firing.rule_id == "r" and firing.truth is None


def test_unknown_can_have_its_own_effects():
    rule = RULE.model_copy(update={"if_unknown": Effects(sets={"large_scale": "unknown"})})
    firing = evaluate_flag(rule, {})
    assert firing.fired and firing.effects.sets == {"large_scale": "unknown"}

