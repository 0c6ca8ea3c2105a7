import pytest
from pydantic import TypeAdapter

from app.core.conditions import Condition, evaluate

ADAPTER = TypeAdapter(Condition)


def cond(data):
    return ADAPTER.validate_python(data)


@pytest.mark.parametrize(
    ("data", "facts", "expected"),
    [
        ({"fact": "a", "in": ["x"]}, {"a": "x"}, True),
        ({"fact": "a", "in": ["x"]}, {"a": "y"}, False),
        ({"fact": "a", "in": ["x"]}, {}, None),
        ({"fact": "m", "in": ["x"]}, {"m": ["y", "x"]}, True),
        ({"fact": "m", "in": ["x"]}, {"m": []}, None),
        ({"fact": "a", "answered": False}, {}, True),
        ({"all": [{"fact": "a", "in": ["x"]}, {"fact": "b", "in": ["y"]}]}, {"a": "z"}, False),
        ({"all": [{"fact": "a", "in": ["x"]}, {"fact": "b", "in": ["y"]}]}, {"a": "x"}, None),
        ({"any": [{"fact": "a", "in": ["x"]}, {"fact": "b", "in": ["y"]}]}, {"a": "x"}, True),
        ({"any": [{"fact": "a", "in": ["x"]}, {"fact": "b", "in": ["y"]}]}, {"a": "z"}, None),
        ({"not": {"fact": "a", "in": ["x"]}}, {"a": "z"}, True),
        ({"not": {"fact": "a", "in": ["x"]}}, {}, None),
        (
            {"at_least": 2, "of": [{"fact": "a", "in": ["x"]}, {"fact": "b", "in": ["y"]}]},
            {"a": "x", "b": "y"},
            True,
        ),
        ({"at_least": 2, "of": [{"fact": "a", "in": ["x"]}, {"fact": "b", "in": ["y"]}]}, {"a": "x"}, None),
        ({"at_least": 2, "of": [{"fact": "a", "in": ["x"]}, {"fact": "b", "in": ["y"]}]}, {"a": "q"}, False),
    ],
)
def test_three_valued_evaluation(data, facts, expected):
    assert evaluate(cond(data), facts) is expected


def test_seen_facts_are_recorded_for_the_trace():
    seen = {}
    evaluate(cond({"all": [{"fact": "a", "in": ["x"]}, {"fact": "b", "in": ["y"]}]}), {"a": "x"}, seen)
    assert seen == {"a": "x", "b": None}


def test_strings_are_never_evaluated_as_code():
    with pytest.raises(ValueError):
        cond("__import__('os').system('true')")
