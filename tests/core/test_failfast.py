"""Fail-fast validation finds the same documents invalid as pydantic, and stops at the first error."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from pydantic import ValidationError

from app.core.assessment import Assessment
from app.core.failfast import first_error
from app.core.storage import migrate
from tests.core.test_hostile_input import documents


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_invalid_exactly_when_pydantic_says_so(document):
    data = json.loads(json.dumps(document))
    try:
        data = migrate(data)
    except Exception:
        return
    found = first_error(Assessment, data)
    try:
        Assessment.model_validate(data)
    except ValidationError:
        assert found is not None
    else:
        assert found is None


@pytest.mark.parametrize(
    ("data", "loc", "message"),
    [
        ({"answers": {"a": "ok", "b": [1] * 5000, "c": [2] * 5000}}, ("answers", "b"), "valid string"),
        ({"measures": [{"id": "m1"}, {"id": "m2", "x": 1, "y": 2}]}, ("measures", 1), "Extra inputs"),
        ({"notes": {"q": {"text": "t"}, "r": {"disputed": "perhaps"}}}, ("notes", "r", "disputed"), "valid boolean"),
        ({"overrides": [{"risk_id": "r", "severity": 2, "likelihood": 2, "justification": " "}]},
         ("overrides", 0), "justification is required"),
        ({"sign_off": {"records": [{"name": "a"}, {}]}}, ("sign_off", "records", 1), "Field required"),
        ({"measures": [{"id": "m1", "effects": [{"risk": "r", "lowers_severity": 1}]}]},
         ("measures", 0, "effects", 0), "needs a written justification"),
    ],
    ids=["answer", "extra-key", "nested", "validator", "required", "effect"],
)
def test_the_first_error_and_only_it(data, loc, message) -> None:
    found = first_error(Assessment, data)
    assert found is not None
    where, error = found
    assert where == loc and message in str(error)
    assert error.error_count() <= 5003  # one answer's errors (4 union branches), not both answers'


def test_an_unknown_top_level_field_is_no_error() -> None:
    """design.md: unknown fields of a .dpia are kept (with a warning), never refused or dropped."""
    assert first_error(Assessment, {"participantz": [], "answers": {}}) is None


def test_a_valid_document_has_no_error() -> None:
    from tests.helpers.large import large_assessment

    assert first_error(Assessment, large_assessment().model_dump(mode="json")) is None
