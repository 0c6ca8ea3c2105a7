"""4. Lawfulness (Art. 6, Art. 9, national law) and 5. the EU AI Act screening."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.report.answers import answer_text, answers_table, questions_of
from app.report.blocks import bullets, exception_valid, findings_on, h1, h2, yes_no
from app.report.context import ReportContext
from app.report.sections import chapters
from app.report.tables import key_values
from app.report.text import para


def build(ctx: ReportContext) -> list[Flowable]:
    table = answers_table(ctx, questions_of(ctx, chapters.sections(ctx, "lawfulness")))
    return [
        h1(ctx, "h_lawfulness"),
        *(table or [para(ctx.t("not_answered"), ctx.styles.body)]),
        *findings_on(ctx, chapters.topics(ctx, "lawfulness")),
        h2(ctx, "lawfulness_art9"),
        key_values(ctx.styles, _art9_rows(ctx)),
        *_reasons(ctx),
    ]


def _reasons(ctx: ReportContext) -> list[Flowable]:
    reasons = ctx.verdict.art9.reasons
    if not reasons:
        return []
    return [para(ctx.t("lawfulness_reasons"), ctx.styles.caption), *bullets(reasons, ctx.styles.bullet)]


def _art9_rows(ctx: ReportContext) -> list[tuple[str, str]]:
    art9 = ctx.verdict.art9
    question = ctx.bank.question("art9_exception") if ctx.bank else None
    exception = answer_text(question, art9.exception, ctx.locale) or ctx.t("not_answered")
    valid = exception_valid(ctx)
    return [
        (ctx.t("lawfulness_art9_status"), yes_no(ctx, art9.applies)),
        (ctx.t("lawfulness_exception"), exception),
        (ctx.t("lawfulness_exception_valid"), valid),
    ]


def build_ai_act(ctx: ReportContext) -> list[Flowable]:
    table = answers_table(ctx, questions_of(ctx, chapters.sections(ctx, "ai_act")))
    parts: list[Flowable] = [h1(ctx, "h_ai_act"), key_values(ctx.styles, _ai_rows(ctx))]
    if table:
        parts += [h2(ctx, "ai_answers"), *table]
    return parts + findings_on(ctx, chapters.topics(ctx, "ai_act"))


def _ai_rows(ctx: ReportContext) -> list[tuple[str, str]]:
    ai = ctx.verdict.ai_act
    prohibited = ", ".join(ctx.t("article", ref=p) for p in ai.prohibited) or ctx.t("ai_none_prohibited")
    points = ", ".join(ctx.t("ai_annex_point", point=p) for p in ai.annex_iii_points) or "-"
    return [
        (ctx.t("ai_prohibited"), prohibited),
        (ctx.t("ai_prohibitions_from"), ctx.date(ai.prohibitions_apply_from) or "-"),
        (ctx.t("ai_high_risk"), yes_no(ctx, ai.high_risk)),
        (ctx.t("ai_annex_points"), points),
        (ctx.t("ai_high_risk_from"), ctx.date(ai.high_risk_applies_from) or "-"),
        (ctx.t("ai_fria"), yes_no(ctx, ai.fria_required)),
    ]
