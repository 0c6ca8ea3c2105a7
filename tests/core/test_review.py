"""Evaluator review: per section and measure, and no final status while anything is to correct."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.assessment import Assessment, Measure
from app.core.knowledge import load_knowledge
from app.core.review import ReviewError, blockers, review_lines, set_review, set_status

WHEN = dt.datetime(2026, 11, 30, 10, 0, tzinfo=dt.UTC)


def _assessment() -> Assessment:
    return Assessment(measures=[Measure(id="m1", title="Signage at the entrance")])


def _review(a: Assessment, scope: str, target: str, status: str, comment: str = "c") -> None:
    set_review(a, load_knowledge().bank, scope, target, status, comment, "Eva Evaluator", WHEN)  # type: ignore[arg-type]


def test_a_review_is_recorded_and_replaces_the_earlier_one_of_the_same_item():
    a = _assessment()
    _review(a, "section", "system", "to_correct", "describe the cameras")
    _review(a, "measure", "m1", "improvable", "say where")
    _review(a, "section", "system", "acceptable", "")
    assert [(r.scope, r.target, r.status) for r in a.reviews] == [
        ("measure", "m1", "improvable"),
        ("section", "system", "acceptable"),
    ]
    assert a.reviews[1].evaluator == "Eva Evaluator" and a.reviews[1].time == WHEN


@pytest.mark.parametrize(
    ("scope", "target", "message"),
    [("section", "nowhere", "no section 'nowhere'"), ("measure", "m9", "no measure 'm9'.*m1")],
)
def test_reviews_of_unknown_items_are_refused(scope: str, target: str, message: str):
    with pytest.raises(ReviewError, match=message):
        _review(_assessment(), scope, target, "acceptable")


def test_a_comment_is_required_unless_acceptable_and_an_evaluator_always():
    with pytest.raises(ReviewError, match="a comment is required when the status is 'to_correct'"):
        _review(_assessment(), "section", "system", "to_correct", "  ")
    with pytest.raises(ReviewError, match="evaluator"):
        set_review(_assessment(), load_knowledge().bank, "section", "system", "acceptable", "", " ", WHEN)


def test_final_is_refused_while_anything_is_to_correct():
    a = _assessment()
    _review(a, "measure", "m1", "to_correct", "no owner")
    with pytest.raises(ReviewError, match=r"cannot mark the assessment final: 1 item.*measure m1"):
        set_status(a, "final")
    assert a.metadata.status == "draft"
    set_status(a, "in_review")
    _review(a, "measure", "m1", "acceptable")
    assert blockers(a) == []
    set_status(a, "final")
    assert a.metadata.status == "final"


def test_a_to_correct_sends_a_final_assessment_back_to_review():
    a = _assessment()
    set_status(a, "final")
    _review(a, "section", "system", "improvable", "could be clearer")
    assert a.metadata.status == "final"
    _review(a, "section", "system", "to_correct", "wrong camera count")
    assert a.metadata.status == "in_review"


def test_review_lines_name_the_section_and_say_final_is_blocked():
    a = _assessment()
    _review(a, "section", "system", "to_correct", "wrong camera count")
    lines = review_lines(a, load_knowledge().bank)
    title = load_knowledge().bank.section("system").title.get("en")
    assert (
        f"  [to correct] section {title} [system] (Eva Evaluator, 2026-11-30 10:00): wrong camera count"
        in lines
    )
    assert lines[-1].strip().startswith("1 item to correct")
    assert review_lines(_assessment(), None) == []


def test_a_hand_edited_final_with_items_to_correct_is_flagged():
    a = _assessment()
    _review(a, "section", "system", "to_correct", "wrong camera count")
    a.metadata.status = "final"  # as a hand edit would leave it
    assert "the file says final although items are to correct" in review_lines(a, None)[-1]
