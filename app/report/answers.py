"""Answers as an auditor reads them: option labels instead of codes, notes and disputes alongside.

A long answer or note (a workshop transcript pasted into a note) leaves its table cell: the cell says so
and the text follows the table as full-width paragraphs. reportlab lays out a table cell again each time
it splits the row across a page, so a 100,000-character cell took half a minute; paragraphs of bounded
size keep the report's time linear in the text's length.
"""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.platypus import Flowable

from app.core.assessment import AnswerValue
from app.core.conditions import is_answered
from app.core.forms import Question
from app.report.context import ReportContext
from app.report.tables import Cell, grid
from app.report.text import long_paragraphs, markup, para

_QUESTION_WIDTH = 190.0
_ANSWER_WIDTH = 292.0
LONG_TEXT = 1_500  # characters: a longer answer or note is printed below its table, at full width

Moved = list[tuple[str, str]]  # (caption, text) of the long texts a table sends below itself


def answer_text(question: Question | None, value: AnswerValue | None, locale: str) -> str | None:
    """The answer in words, or None when unanswered."""
    if not is_answered(value):
        return None
    values = value if isinstance(value, list) else [value]
    return "; ".join(_label(question, item, locale) for item in values)


def _label(question: Question | None, value: object, locale: str) -> str:
    option = question.option(value) if question and isinstance(value, str) else None
    return option.label.get(locale) if option else str(value)


def answer_cell(
    ctx: ReportContext, question_id: str, question: Question | None, moved: Moved
) -> list[Flowable]:
    """The answer, its note and any dispute; long texts go to `moved`, to follow the table."""
    value = ctx.assessment.answer(question_id)
    shown = answer_text(question, value, ctx.locale)
    style = ctx.styles.cell
    label = question.label.get(ctx.locale) if question else question_id
    if shown is not None and len(shown) > LONG_TEXT:
        moved.append((ctx.t("long_answer_caption", question=label), shown))
        shown = ctx.t("long_text_below")
    parts: list[Flowable] = [para(shown if shown is not None else ctx.t("not_answered"), style)]
    note = ctx.assessment.notes.get(question_id)
    if note and note.text.strip():
        text = note.text
        if len(text) > LONG_TEXT:
            moved.append((ctx.t("long_note_caption", question=label), text))
            text = ctx.t("long_text_below")
        parts.append(markup("<i>{label}</i>{text}", style, label=ctx.label(ctx.t("note_label")), text=text))
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


def answers_table(ctx: ReportContext, questions: Iterable[Question]) -> list[Flowable]:
    """The table of answers, then the long answers and notes it moved out of its cells (empty: none)."""
    moved: Moved = []
    rows: list[list[Cell]] = [[q.label.get(ctx.locale), answer_cell(ctx, q.id, q, moved)] for q in questions]
    if not rows:
        return []
    header = (ctx.t("col_question"), ctx.t("col_answer"))
    return [grid(ctx.styles, header, rows, (_QUESTION_WIDTH, _ANSWER_WIDTH)), *moved_texts(ctx, moved)]


def moved_texts(ctx: ReportContext, moved: Moved) -> list[Flowable]:
    """Each long text under its caption, as paragraphs that flow from page to page."""
    parts: list[Flowable] = []
    for caption, text in moved:
        parts.append(para(caption, ctx.styles.caption))
        parts += long_paragraphs(text, ctx.styles.body)
    return parts
