from app.core.rules import CountRule, evaluate_count


def _rule(**extra):
    return CountRule.model_validate(
        {
            "id": "wp248",
            "kind": "count_at_least",
            "at_least": 2,
            "criteria": [
                {"id": "c1", "label": {"en": "one"}, "when": {"fact": "a", "in": ["x"]}},
                {"id": "c2", "label": {"en": "two"}, "when": {"fact": "b", "in": ["x"]}},
                {"id": "c3", "label": {"en": "three"}, "when": {"fact": "c", "in": ["x"]}},
            ],
            **extra,
        }
    )


def test_fires_at_threshold_and_lists_the_criteria_met():
    firing = evaluate_count(_rule(), {"a": "x", "b": "n", "c": "x"})
    assert firing.fired and firing.detail == ("c1", "c3")


def test_below_threshold_does_not_fire():
    firing = evaluate_count(_rule(), {"a": "x", "b": "n", "c": "n"})
    assert firing.truth is False and not firing.fired


def test_undecided_when_missing_answers_could_reach_threshold():
    firing = evaluate_count(_rule(if_unknown="assume"), {"a": "x"})
    assert firing.truth is None and firing.fired and firing.assumed
    assert firing.missing == ("b", "c")
