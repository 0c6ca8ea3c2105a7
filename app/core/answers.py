"""Checks an assessment's answers against the questionnaire: types, options, dates, numbers.

Unknown question ids (and unknown top-level fields) are kept and reported as warnings; a wrong type or an
option a question does not have is an error that names the question and the value.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.core.assessment import Answers, Assessment
from app.core.errors import AssessmentFileError
from app.core.forms import Question, QuestionBank
from app.core.printable import printable


def check_answers(bank: QuestionBank, answers: Answers, source: str = "<input>") -> list[str]:
    """Raise AssessmentFileError on the first invalid answer; return warnings for unknown ids."""
    warnings = []
    for question_id, value in answers.items():
        question = bank.question(question_id)
        if question is None:
            warnings.append(f"{source}: unknown question 'answers.{question_id}' kept as is")
            continue
        problem = answer_problem(question, value)
        if problem:
            raise AssessmentFileError(f"{source}: at 'answers.{question_id}': {problem}")
    return warnings


def check_assessment(bank: QuestionBank, assessment: Assessment, source: str = "<input>") -> list[str]:
    """check_answers, plus a warning for each top-level field this version does not know (kept as is)."""
    warnings = check_answers(bank, assessment.answers, source)
    names = [printable(name) for name in assessment.unknown_fields()]  # a field name is untrusted text
    return warnings + [f"{source}: unknown field '{name}' kept as is" for name in names]


def answer_problem(question: Question, value: Any) -> str | None:
    """What is wrong with this value for this question, or None when it is valid."""
    return _CHECKS[question.type](question, value)


def _single(question: Question, value: Any) -> str | None:
    if not isinstance(value, str):
        return f"expected one option as a string, found {_kind(value)}"
    if value and question.option(value) is None:
        return f"{value!r} is not an option (expected one of {', '.join(question.option_values)})"
    return None


def _multi(question: Question, value: Any) -> str | None:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return f"expected a list of options, found {_kind(value)}"
    unknown = [v for v in value if question.option(v) is None]
    if unknown:
        return f"{unknown[0]!r} is not an option (expected any of {', '.join(question.option_values)})"
    return None


def _text(question: Question, value: Any) -> str | None:
    return None if isinstance(value, str) else f"expected text, found {_kind(value)}"


def _number(question: Question, value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return f"expected a number, found {_kind(value)}"
    if question.minimum is not None and value < question.minimum:
        return f"{value} is below the minimum {question.minimum:g}"
    if question.maximum is not None and value > question.maximum:
        return f"{value} is above the maximum {question.maximum:g}"
    return None


def _date(question: Question, value: Any) -> str | None:
    if not isinstance(value, str):
        return f"expected an ISO date (YYYY-MM-DD), found {_kind(value)}"
    if not value:
        return None
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return f"{value!r} is not an ISO date (YYYY-MM-DD)"
    return None


def _kind(value: Any) -> str:
    names = {str: "text", list: "a list", int: "a number", float: "a number", bool: "true/false"}
    return names.get(type(value), type(value).__name__)


_CHECKS = {"single": _single, "multi": _multi, "text": _text, "number": _number, "date": _date}
