"""6. Risks (Art. 35(7)(c)): inherent and residual heat maps, the risk register, the overrides, and the
risks the assessor added beyond the catalogue with the reasons for their ratings."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, Table, TableStyle

from app.core.assessment import OwnRisk, RatingOverride
from app.core.verdict import RiskResult, RiskScore
from app.report.blocks import h1, h2
from app.report.context import ReportContext
from app.report.heatmap import DEFAULT_MATRIX, HeatMapSpec, Stage, heat_map
from app.report.styles import LEVEL_COLOURS
from app.report.tables import grid
from app.report.text import markup, para

_WIDTHS = (30, 174, 74, 74, 130)


def build(ctx: ReportContext) -> list[Flowable]:
    risks = ctx.verdict.risks
    parts: list[Flowable] = [h1(ctx, "h_risks")]
    if not risks:
        return [*parts, para(ctx.t("no_risks"), ctx.styles.body)]
    return [
        *parts,
        h2(ctx, "h_risk_maps"),
        _maps(ctx, risks),
        para(ctx.t("heat_legend"), ctx.styles.small),
        h2(ctx, "h_risk_table"),
        _register(ctx, risks),
        h2(ctx, "h_overrides"),
        *_overrides(ctx),
        h2(ctx, "h_own_risks"),
        *_own_risks(ctx, risks),
    ]


def _maps(ctx: ReportContext, risks: list[RiskResult]) -> Table:
    drawings = [heat_map(risks, stage, _spec(ctx, stage)) for stage in ("inherent", "residual")]
    table = Table([drawings], colWidths=[241, 241])
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _spec(ctx: ReportContext, stage: Stage) -> HeatMapSpec:
    levels = ctx.levels
    labels = [levels.scale_labels[i].get(ctx.locale) for i in range(1, 5)] if levels else list("1234")
    return HeatMapSpec(
        title=ctx.t(f"heat_{stage}"),
        severity_axis=ctx.t("heat_severity"),
        likelihood_axis=ctx.t("heat_likelihood"),
        scale_labels=labels,
        matrix=levels.matrix if levels else DEFAULT_MATRIX,
    )


def _register(ctx: ReportContext, risks: list[RiskResult]) -> Table:
    header = [ctx.t(k) for k in ("col_no", "col_risk", "col_inherent", "col_residual", "col_measures")]
    rows = [_row(ctx, number, risk) for number, risk in enumerate(risks, start=1)]
    colours = [
        ("BACKGROUND", (column, row), (column, row), LEVEL_COLOURS.get(score.level))
        for row, risk in enumerate(risks, start=1)
        for column, score in ((2, risk.inherent), (3, risk.residual))
        if score.level in LEVEL_COLOURS
    ]
    return grid(ctx.styles, header, rows, _WIDTHS, extra=colours)


def _row(ctx: ReportContext, number: int, risk: RiskResult) -> list[Any]:
    template = "<b>{title}</b><br/>{description}"
    if risk.source == "own":
        template = "<b>{title}</b> <i>({tag})</i><br/>{description}"
    title = markup(
        template, ctx.styles.cell, title=risk.title, tag=ctx.t("own_risk_tag"), description=risk.description
    )
    measures = ctx.join(ctx.measure_title(m) for m in risk.measures) or "-"
    return [f"R{number}", title, _score(ctx, risk.inherent), _score(ctx, risk.residual), measures]


def _score(ctx: ReportContext, score: RiskScore) -> str:
    text = ctx.t(
        "score", severity=score.severity, likelihood=score.likelihood, level=_level(ctx, score.level)
    )
    return f"{text} ({ctx.t('score_overridden')})" if score.overridden else text


def _level(ctx: ReportContext, level: str) -> str:
    labels = ctx.levels.level_labels if ctx.levels else {}
    return labels[level].get(ctx.locale) if level in labels else level.capitalize()


def _overrides(ctx: ReportContext) -> list[Flowable]:
    overrides = ctx.assessment.overrides
    if not overrides:
        return [para(ctx.t("no_overrides"), ctx.styles.body)]
    titles = {r.id: r.title for r in ctx.verdict.risks}
    return [line for o in overrides for line in _override(ctx, o, titles.get(o.risk_id, o.risk_id))]


def _override(ctx: ReportContext, override: RatingOverride, title: str) -> list[Flowable]:
    line = ctx.t(
        "override_line",
        stage=ctx.t(f"stage_{override.stage}"),
        who=override.author or "-",
        severity=override.severity,
        likelihood=override.likelihood,
    )
    date = f" ({ctx.date(override.date)})" if override.date else ""
    label = ctx.t("override_justification")
    return [
        markup(
            "<b>{risk}</b>{colon}{line}{date}",
            ctx.styles.body,
            risk=title,
            colon=ctx.t("label_colon"),
            line=line,
            date=date,
        ),
        markup(
            "<i>{label}</i>{text}", ctx.styles.bullet, label=ctx.label(label), text=override.justification
        ),
    ]


def _own_risks(ctx: ReportContext, risks: list[RiskResult]) -> list[Flowable]:
    """Each own risk with the register number, and why it was rated so on each axis."""
    numbers = {r.id: f"R{n}" for n, r in enumerate(risks, start=1)}
    own = [r for r in ctx.assessment.own_risks if r.id in numbers]
    if not own:
        return [para(ctx.t("no_own_risks"), ctx.styles.body)]
    return [line for risk in own for line in _own_risk(ctx, numbers[risk.id], risk)]


def _own_risk(ctx: ReportContext, number: str, risk: OwnRisk) -> list[Flowable]:
    labels = ctx.levels.scale_labels if ctx.levels else {}
    lines = [markup("<b>{number} {title}</b>", ctx.styles.body, number=number, title=risk.title)]
    for axis, value, why in (
        ("severity", risk.severity, risk.severity_justification),
        ("likelihood", risk.likelihood, risk.likelihood_justification),
    ):
        label = labels[value].get(ctx.locale) if value in labels else str(value)
        axis_label = ctx.t(f"axis_{axis}")
        text = ctx.t("own_risk_rating", axis=axis_label, value=value, label=label, justification=why)
        lines.append(markup("{text}", ctx.styles.bullet, text=text))
    if risk.author or risk.date:
        who = " ".join(p for p in (risk.author, f"({ctx.date(risk.date)})" if risk.date else "") if p)
        lines.append(markup("<i>{text}</i>", ctx.styles.bullet, text=ctx.t("own_risk_added_by", who=who)))
    return lines
