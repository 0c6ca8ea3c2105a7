import pytest
from pydantic import TypeAdapter

from app.core.conditions import Condition, evaluate, referenced_facts

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


# Truth tables of the three-valued connectives: leaves T, F and N evaluate to True, False and unknown.
LEAF_FACTS = {"T": "x", "F": "y"}


def _leaf(name):
    return {"fact": name, "in": ["x"]}


def _truth(values):
    return [_leaf(v) for v in values]


@pytest.mark.parametrize(
    ("kind", "values", "expected"),
    [
        ("all", "TT", True),
        ("all", "TF", False),
        ("all", "TN", None),
        ("all", "NT", None),
        ("all", "NF", False),
        ("all", "FN", False),
        ("all", "NN", None),
        ("any", "FF", False),
        ("any", "FT", True),
        ("any", "NT", True),
        ("any", "TN", True),
        ("any", "FN", None),
        ("any", "NF", None),
        ("not", "T", False),
        ("not", "F", True),
        ("not", "N", None),
    ],
)
def test_connective_truth_tables(kind, values, expected):
    data = {"not": _leaf(values)} if kind == "not" else {kind: _truth(values)}
    assert evaluate(cond(data), LEAF_FACTS) is expected


@pytest.mark.parametrize(
    ("needed", "values", "expected"),
    [
        (2, "TTF", True),
        (2, "TTT", True),
        (2, "TFF", False),
        (2, "TNF", None),
        (2, "NNF", None),
        (2, "FFN", False),
        (3, "TTN", None),
        (3, "TTF", False),
        (1, "N", None),
        (1, "F", False),
        (1, "T", True),
    ],
)
def test_at_least_counts_hits_and_unknowns(needed, values, expected):
    assert evaluate(cond({"at_least": needed, "of": _truth(values)}), LEAF_FACTS) is expected


@pytest.mark.parametrize(
    ("answered", "value", "expected"),
    [
        (True, "x", True),
        (True, ["x"], True),
        (True, 0, True),
        (True, None, False),
        (True, "", False),
        (True, [], False),
        (False, "x", False),
        (False, None, True),
        (False, "", True),
    ],
)
def test_answered_is_two_valued(answered, value, expected):
    seen = {}
    assert evaluate(cond({"fact": "a", "answered": answered}), {"a": value}, seen) is expected
    assert seen == {"a": value}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("x", True),
        ("z", False),
        ("", None),
        (None, None),
        ([], None),
        (["z", "x"], True),
        (["z"], False),
        (3, True),  # numbers compare as their text
        ([3], True),
        (4, False),
    ],
)
def test_fact_in_reads_one_value_or_a_list(value, expected):
    seen = {}
    assert evaluate(cond({"fact": "a", "in": ["x", "3"]}), {"a": value}, seen) is expected
    assert seen == {"a": value}


def test_a_copy_with_other_values_evaluates_with_them():
    original = cond({"fact": "a", "in": ["x"]})
    copy = original.model_copy(update={"in_": frozenset({"y"})})
    assert (evaluate(original, {"a": "y"}), evaluate(copy, {"a": "y"})) == (False, True)
    assert evaluate(original.model_copy(deep=True), {"a": "x"}) is True


@pytest.mark.parametrize(("deep", "shared"), [(False, True), (True, False)])
def test_a_copy_is_shallow_unless_asked(deep, shared):
    original = cond({"all": [{"fact": "a", "in": ["x"]}]})
    copy = original.model_copy(deep=deep)
    assert (copy.all[0] is original.all[0]) is shared
    assert evaluate(copy, {"a": "x"}) is True
    assert (original.model_copy().all[0] is original.all[0]) is True


def test_referenced_facts_walks_every_node():
    data = {
        "all": [
            {"fact": "a", "in": ["y", "x"]},
            {"not": {"fact": "b", "answered": True}},
            {"any": [{"fact": "c", "in": ["z"]}]},
            {"at_least": 1, "of": [{"fact": "d", "in": ["w"]}]},
        ]
    }
    assert list(referenced_facts(cond(data))) == [("a", ("x", "y")), ("b", ()), ("c", ("z",)), ("d", ("w",))]
