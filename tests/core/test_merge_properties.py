"""Properties of the three-way merge over generated answers: one copy is taken whole, unchanged copies
change nothing, disjoint edits all land, and every conflicting question is disputed and keeps the base."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.assessment import Assessment
from app.core.merge import Copy, merge

KEYS = st.sampled_from(["scale", "country", "purpose", "setting", "fr_timing", "human_review"])
VALUES = st.one_of(st.sampled_from(["a", "b", "c"]), st.lists(st.sampled_from(["x", "y"]), max_size=2))
ANSWERS = st.dictionaries(KEYS, VALUES, max_size=6)


def _assessment(answers: dict) -> Assessment:
    return Assessment(id="same", answers=answers)


@settings(max_examples=60, deadline=None)
@given(base=ANSWERS, edited=ANSWERS)
def test_one_changed_copy_among_unchanged_ones_is_taken_whole(base, edited) -> None:
    copies = [Copy("a", _assessment(base)), Copy("b", _assessment(edited)), Copy("c", _assessment(base))]
    result = merge(_assessment(base), copies)
    assert result.assessment.answers == edited
    assert result.conflicts == []


@settings(max_examples=60, deadline=None)
@given(base=ANSWERS, left=ANSWERS, right=ANSWERS)
def test_conflicts_keep_the_base_and_everything_else_is_taken(base, left, right) -> None:
    result = merge(_assessment(base), [Copy("left", _assessment(left)), Copy("right", _assessment(right))])
    merged = result.assessment.answers
    missing = object()
    for key in set(base) | set(left) | set(right):
        b, l_, r = (d.get(key, missing) for d in (base, left, right))
        disputed = l_ != b and r != b and l_ != r
        expected = b if disputed or (l_ == b and r == b) else (r if l_ == b else l_)
        assert merged.get(key, missing) == expected
        assert (key in result.disputed_questions) == disputed
        if disputed:
            note = result.assessment.notes[key]
            assert note.disputed and note.disputed_by == "left, right"
