"""A number typed as an answer stays within the JSON number range the loader enforces, so it reopens."""

from __future__ import annotations

from typing import Any

from app.core.forms import Question
from app.core.safeio import MAX_JSON_NUMBER
from app.ui.widgets.answer_editors import NumberEditor


def test_a_typed_number_stays_within_the_range_a_file_may_hold(qtbot: Any) -> None:
    question = Question.model_validate(
        {"id": "cameras", "type": "number", "label": {"en": "Cameras"}, "help": {"en": "How many?"}}
    )
    editor = NumberEditor(question, "en")
    qtbot.addWidget(editor)
    emitted: list[Any] = []
    editor.edited.connect(emitted.append)
    for text in ("100000000000000000000", "-1e20", "9007199254740991"):
        editor.field.clear()
        qtbot.keyClicks(editor.field, text)
    numbers = [v for v in emitted if v is not None]
    assert 10**15 in numbers and -1 in numbers and MAX_JSON_NUMBER in numbers
    assert all(abs(v) <= MAX_JSON_NUMBER for v in numbers), max(numbers, key=abs)
