"""Answers as an auditor reads them: option labels instead of codes, notes and disputes alongside."""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.platypus import Flowable

from app.core.assessment import AnswerValue
from app.core.conditions import is_answered
from app.core.forms import Question
from app.report.context import ReportContext
from app.report.tables import Cell, grid
from app.report.text import markup, para

_QUESTION_WIDTH = 190.0
_ANSWER_WIDTH = 292.0


def answer_text(question: Question | None, value: AnswerValue | None, locale: str) -> str | None:
    """The answer in words, or None when unanswered."""
    if not is_answered(value):
        return None
    values = value if isinstance(value, list) else [value]
    return "; ".join(_label(question, item, locale) for item in values)


def _label(question: Question | None, value: object, locale: str) -> str:
    option = question.option(value) if question and isinstance(value, str) else None
    return option.label.get(locale) if option else str(value)


def answer_cell(ctx: ReportContext, question_id: str, question: Question | None) -> list[Flowable]:
    value = ctx.assessment.answer(question_id)
    shown = answer_text(question, value, ctx.locale)
    style = ctx.styles.cell
    parts: list[Flowable] = [para(shown if shown is not None else ctx.t("not_answered"), style)]
    note = ctx.assessment.notes.get(question_id)
    if note and note.text.strip():
        parts.append(markup("<i>{label}:</i> {text}", style, label=ctx.t("note_label"), text=note.text))
    if note and note.disputed:
        who = ctx.t("disputed_by", who=note.disputed_by) if note.disputed_by else ""
        parts.append(
            markup(
                "<b>{label}</b> {who}: {reason}",
                style,
                label=ctx.t("disputed_label"),
                who=who,
                reason=note.dispute_reason or "-",
            )
        )
    return parts


def question_label(ctx: ReportContext, question_id: str) -> str:
    question = ctx.bank.question(question_id) if ctx.bank else None
    return question.label.get(ctx.locale) if question else question_id


def questions_of(ctx: ReportContext, section_ids: Iterable[str]) -> list[Question]:
    """The questions of these sections that apply: visible, or answered anyway."""
    if ctx.bank is None:
        return []
    answers = ctx.assessment.answers
    found = []
    for section_id in section_ids:
        section = ctx.bank.section(section_id)
        for question in section.questions if section else ():
            if ctx.bank.is_visible(question, answers) or is_answered(answers.get(question.id)):
                found.append(question)
    return found


def answers_table(ctx: ReportContext, questions: Iterable[Question]) -> Flowable | None:
    rows: list[list[Cell]] = [
        [question.label.get(ctx.locale), answer_cell(ctx, question.id, question)] for question in questions
    ]
    if not rows:
        return None
    header = (ctx.t("col_question"), ctx.t("col_answer"))
    return grid(ctx.styles, header, rows, (_QUESTION_WIDTH, _ANSWER_WIDTH))
