"""The open assessment: edits go through the model, are validated and announced."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from app.core.assessment import RatingOverride
from app.ui.document import AssessmentDocument


@pytest.fixture
def document(qapp: Any) -> AssessmentDocument:
    return AssessmentDocument()


def test_an_answer_marks_the_document_modified(qtbot: Any, document: AssessmentDocument) -> None:
    with qtbot.waitSignal(document.answer_changed) as changed:
        document.set_answer("fr_timing", "realtime")
    assert changed.args == ["fr_timing"]
    assert document.is_modified
    assert document.assessment.answers == {"fr_timing": "realtime"}


def test_an_empty_answer_is_removed(document: AssessmentDocument) -> None:
    document.set_answer("setting", ["retail"])
    document.set_answer("setting", [])
    document.set_answer("processing_description", "")
    assert document.assessment.answers == {}


def test_the_same_answer_twice_is_no_edit(qtbot: Any, document: AssessmentDocument) -> None:
    document.set_answer("fr_timing", "realtime")
    with qtbot.assertNotEmitted(document.changed):
        document.set_answer("fr_timing", "realtime")


def test_invalid_values_are_refused_by_the_model(document: AssessmentDocument) -> None:
    with pytest.raises(ValidationError):
        document.set_answer("scale", {"not": "an answer"})  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        document.set_metadata("status", "published")


def test_an_empty_note_is_dropped(document: AssessmentDocument) -> None:
    document.set_note("purpose", text="check with legal")
    document.set_note("purpose", disputed=True, disputed_by="IT")
    assert document.note("purpose").disputed_by == "IT"
    document.set_note("purpose", text="", disputed=False, disputed_by="")
    assert document.assessment.notes == {}


def test_measures_get_unique_ids(document: AssessmentDocument) -> None:
    first = document.add_measure(title="Encrypt")
    second = document.add_measure(title="Audit")
    document.remove_measure(first)
    third = document.add_measure(title="Train")
    assert len({first, second, third} - {first}) == 2
    assert third != second
    document.update_measure(second, "status", "implemented")
    assert document.measure(second).status == "implemented"  # type: ignore[union-attr]


def test_one_override_per_risk_and_stage(document: AssessmentDocument) -> None:
    def override(severity: int) -> RatingOverride:
        return RatingOverride(risk_id="r", severity=severity, likelihood=1, justification="why")

    document.set_override(override(2))
    document.set_override(override(3))
    assert [o.severity for o in document.assessment.overrides] == [3]
    document.remove_override("r", "residual")
    assert document.assessment.overrides == []
