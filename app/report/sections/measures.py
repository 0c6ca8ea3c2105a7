"""7. Measures (Art. 35(7)(d)): catalogue measures that lower the risks, security, the action plan, and
the effects the assessor gave the plan's own measures, each with its justification."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from app.core.assessment import Measure, RiskEffect
from app.report.answers import answers_table, questions_of
from app.report.blocks import findings_on, h1, h2
from app.report.context import ReportContext
from app.report.register import lowered_steps
from app.report.sections import chapters
from app.report.tables import grid
from app.report.text import markup, para


def build(ctx: ReportContext) -> list[Flowable]:
    security = answers_table(ctx, questions_of(ctx, chapters.sections(ctx, "measures")))
    parts: list[Flowable] = [h1(ctx, "h_measures"), h2(ctx, "h_measures_catalogue"), _catalogue(ctx)]
    if security:
        parts += [para(ctx.t("security_answers"), ctx.styles.caption), *security]
    parts += findings_on(ctx, chapters.topics(ctx, "measures"))
    return [*parts, h2(ctx, "h_action_plan"), _action_plan(ctx), h2(ctx, "h_measure_effects"), *_effects(ctx)]


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
    numbers = _numbers(ctx)
    named = dict.fromkeys([*measure.risks, *(e.risk for e in measure.effects)])
    reduces = ", ".join(numbers.get(risk) or ctx.risk_title(risk) for risk in named) or "-"
    due = ctx.date(measure.due) or "-"
    status = ctx.t(f"measure_status_{measure.status}")
    return [title, reduces, measure.owner or "-", due, status]


def _numbers(ctx: ReportContext) -> dict[str, str]:
    return {r.id: f"R{n}" for n, r in enumerate(ctx.verdict.risks, start=1)}


def _effects(ctx: ReportContext) -> list[Flowable]:
    """Every effect a custom measure states, as written, whether or not the engine could apply it."""
    rows = [_effect_row(ctx, m, e) for m in ctx.assessment.measures for e in m.effects]
    if not rows:
        return [para(ctx.t("no_measure_effects"), ctx.styles.body)]
    header = [ctx.t(k) for k in ("col_measure", "col_risk_lowered", "col_lowers", "col_justification")]
    table = grid(ctx.styles, header, rows, (120, 120, 82, 160))
    return [para(ctx.t("measure_effects_intro"), ctx.styles.small), table]


def _effect_row(ctx: ReportContext, measure: Measure, effect: RiskEffect) -> list[Any]:
    titles = {r.id: r.title for r in ctx.verdict.risks}
    number = _numbers(ctx).get(effect.risk)
    risk = f"{number} {titles[effect.risk]}" if number else effect.risk
    status = ctx.t(f"measure_status_{measure.status}")
    title = measure.title or measure.id
    return [
        markup("<b>{title}</b><br/>{status}", ctx.styles.cell, title=title, status=status),
        markup("{risk}", ctx.styles.cell, risk=risk),
        lowered_steps(ctx, effect.lowers_severity, effect.lowers_likelihood),
        markup("{text}", ctx.styles.cell, text=effect.justification or "-"),
    ]
