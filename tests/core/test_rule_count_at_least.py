import pytest

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


@pytest.mark.parametrize(
    ("facts", "truth"),
    [
        ({"a": "x", "b": "x", "c": "x"}, True),
        ({"a": "x", "b": "x", "c": "n"}, True),
        ({"a": "x", "c": "n"}, None),  # one hit and one unknown could still reach two
        ({"a": "x", "b": "n", "c": "n"}, False),
        ({"a": "n", "b": "n"}, False),  # one unknown cannot reach two
        ({}, None),
    ],
)
def test_truth_counts_hits_and_unknowns(facts, truth):
    firing = evaluate_count(_rule(), facts)
    assert firing.truth is truth
    assert firing.fired is (truth is True)


def test_the_firing_names_its_rule_effects_and_every_criterion():
    rule = _rule(sets={"dpia_required": "true"})
    firing = evaluate_count(rule, {"a": "x", "b": "x"})
    assert firing.rule_id == "wp248" and firing.effects is rule
    assert firing.criteria == (("c1", True), ("c2", True), ("c3", None))
    assert firing.trace == {"a": "x", "b": "x", "c": None}


def test_only_if_keeps_the_criteria_but_stops_the_effects():
    rule = _rule(only_if={"fact": "gate", "in": ["open"]}, if_unknown="assume")
    firing = evaluate_count(rule, {"a": "x", "b": "x", "gate": "shut"})
    assert firing.truth is False and not firing.fired and firing.effects is None
    assert firing.detail == ("c1", "c2")
    assert evaluate_count(rule, {"a": "x", "b": "x"}).fired  # an unanswered gate does not stop it
