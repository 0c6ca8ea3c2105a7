"""2. Description of the processing (Art. 35(7)(a)) and 3. necessity and proportionality (35(7)(b))."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.core.forms import Question
from app.report.answers import answer_text, answers_table, moved_texts, questions_of
from app.report.blocks import findings_on, h1, h2, paragraph_or_missing
from app.report.context import ReportContext
from app.report.sections import chapters
from app.report.tables import grid
from app.report.text import long_paragraphs, para


def build(ctx: ReportContext) -> list[Flowable]:
    project = questions_of(ctx, chapters.sections(ctx, "description")[:1])
    narrative = [q for q in project if q.type == "text"]
    system = questions_of(ctx, chapters.sections(ctx, "description")[1:])
    facts = [q for q in project if q.type != "text"] + system
    parts: list[Flowable] = [h1(ctx, "h_description"), h2(ctx, "h_description_narrative")]
    for question in narrative:
        parts += _narrative(ctx, question)
    parts.append(h2(ctx, "h_description_facts"))
    parts += answers_table(ctx, facts) or [para(ctx.t("not_answered"), ctx.styles.body)]
    return parts + _further(ctx)


def _narrative(ctx: ReportContext, question: Question) -> list[Flowable]:
    """The narrative answer as paragraphs of bounded size (however long it is), then its note."""
    label = question.label.get(ctx.locale)
    value = answer_text(question, ctx.assessment.answer(question.id), ctx.locale)
    text: list[Flowable] = [*long_paragraphs(value, ctx.styles.body)] if value and value.strip() else []
    parts = [para(label, ctx.styles.caption), *(text or [paragraph_or_missing(ctx, None)])]
    note = ctx.assessment.notes.get(question.id)
    if note and note.text.strip():
        parts += moved_texts(ctx, [(ctx.t("long_note_caption", question=label), note.text)])
    return parts


def build_necessity(ctx: ReportContext) -> list[Flowable]:
    table = answers_table(ctx, questions_of(ctx, chapters.sections(ctx, "necessity")))
    parts: list[Flowable] = [h1(ctx, "h_necessity")]
    parts += table or [para(ctx.t("not_answered"), ctx.styles.body)]
    return parts + findings_on(ctx, chapters.topics(ctx, "necessity"))


def _further(ctx: ReportContext) -> list[Flowable]:
    """Answers no chapter shows: other sections, and ids the questionnaire no longer has."""
    bank = ctx.bank
    if bank is None:
        return []
    others = [s.id for s in bank.sections if s.id not in chapters.shown(ctx)]
    table = answers_table(ctx, questions_of(ctx, others))
    unknown = [(qid, v) for qid, v in ctx.assessment.answers.items() if bank.question(qid) is None]
    if not table and not unknown:
        return []
    parts: list[Flowable] = [h2(ctx, "h_further"), *table]
    if unknown:
        parts.append(para(ctx.t("unknown_answers"), ctx.styles.caption))
        rows = [
            [qid, answer_text(None, value, ctx.locale) or ctx.t("not_answered")] for qid, value in unknown
        ]
        parts.append(grid(ctx.styles, (ctx.t("col_question"), ctx.t("col_answer")), rows, (190, 292)))
    return parts
