"""7. Measures (Art. 35(7)(d)): catalogue measures that lower the risks, security, the action plan."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from app.core.assessment import Measure
from app.report.answers import answers_table, questions_of
from app.report.blocks import findings_on, h1, h2
from app.report.context import ReportContext
from app.report.sections import chapters
from app.report.tables import grid
from app.report.text import markup, para


def build(ctx: ReportContext) -> list[Flowable]:
    security = answers_table(ctx, questions_of(ctx, chapters.sections(ctx, "measures")))
    parts: list[Flowable] = [h1(ctx, "h_measures"), h2(ctx, "h_measures_catalogue"), _catalogue(ctx)]
    if security:
        parts += [para(ctx.t("security_answers"), ctx.styles.caption), *security]
    parts += findings_on(ctx, chapters.topics(ctx, "measures"))
    return [*parts, h2(ctx, "h_action_plan"), _action_plan(ctx)]


def _risk_numbers(ctx: ReportContext, measure_id: str) -> str:
    numbers = [f"R{n}" for n, r in enumerate(ctx.verdict.risks, start=1) if measure_id in r.measures]
    return ", ".join(numbers) or "-"


def _catalogue(ctx: ReportContext) -> Flowable:
    ids = dict.fromkeys(m for r in ctx.verdict.risks for m in r.measures)
    used = [m for m in (ctx.catalogue_measure(i) for i in ids) if m is not None]
    if not used:
        return para(ctx.t("no_catalogue_measures"), ctx.styles.body)
    rows = [
        [
            markup(
                "<b>{title}</b><br/>{text}",
                ctx.styles.cell,
                title=m.title.get(ctx.locale),
                text=m.description.get(ctx.locale),
            ),
            _risk_numbers(ctx, m.id),
        ]
        for m in used
    ]
    return grid(ctx.styles, (ctx.t("col_measure"), ctx.t("col_reduces")), rows, (402, 80))


def _action_plan(ctx: ReportContext) -> Flowable:
    plan = ctx.assessment.measures
    if not plan:
        return para(ctx.t("no_action_plan"), ctx.styles.body)
    header = [ctx.t(k) for k in ("col_measure", "col_reduces", "col_owner", "col_due", "col_status")]
    rows = [_plan_row(ctx, m, number) for number, m in enumerate(plan, start=1)]
    return grid(ctx.styles, header, rows, (190, 62, 82, 66, 82))


def _plan_row(ctx: ReportContext, measure: Measure, number: int) -> list[Any]:
    title = markup(
        "<b>{title}</b><br/>{text}",
        ctx.styles.cell,
        title=ctx.plan_measure_title(measure, number),
        text=measure.description,
    )
    numbers = {r.id: f"R{n}" for n, r in enumerate(ctx.verdict.risks, start=1)}
    reduces = ", ".join(numbers.get(risk) or ctx.risk_title(risk) for risk in measure.risks) or "-"
    due = ctx.date(measure.due) or "-"
    status = ctx.t(f"measure_status_{measure.status}")
    return [title, reduces, measure.owner or "-", due, status]
