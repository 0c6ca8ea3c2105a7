"""Disputed answers, on the sign-off chapter: what the room (or the merged copies) did not agree on."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.report.answers import answer_text, question_label
from app.report.blocks import h2
from app.report.context import ReportContext
from app.report.tables import grid
from app.report.text import para

_WIDTHS = (130, 100, 80, 172)


def build(ctx: ReportContext) -> list[Flowable]:
    """[] when nothing is disputed, else a heading, a line of explanation and one row per question."""
    disputed = [(qid, note) for qid, note in ctx.assessment.notes.items() if note.disputed]
    if not disputed:
        return []
    header = [ctx.t(k) for k in ("col_question", "col_answer", "col_disputed_by", "col_dispute_reason")]
    rows = [
        [
            question_label(ctx, qid),
            _answer(ctx, qid),
            note.disputed_by or "-",
            note.dispute_reason or "-",
        ]
        for qid, note in disputed
    ]
    return [
        h2(ctx, "h_disputes"),
        para(ctx.t("disputes_intro"), ctx.styles.small),
        grid(ctx.styles, header, rows, _WIDTHS),
    ]


def _answer(ctx: ReportContext, question_id: str) -> str:
    question = ctx.bank.question(question_id) if ctx.bank else None
    shown = answer_text(question, ctx.assessment.answer(question_id), ctx.locale)
    return shown if shown is not None else ctx.t("not_answered")
