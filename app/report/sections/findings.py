"""8. Findings: every finding, numbered, with its severity and the sources it rests on."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from app.core.verdict import Finding
from app.report.blocks import finding_number, h1, severity_label
from app.report.context import ReportContext
from app.report.tables import grid
from app.report.text import markup, para


def build(ctx: ReportContext) -> list[Flowable]:
    findings = ctx.verdict.findings
    if not findings:
        return [h1(ctx, "h_findings"), para(ctx.t("no_findings"), ctx.styles.body)]
    header = (ctx.t("col_no"), ctx.t("col_finding"), ctx.t("col_sources"))
    rows = [_row(ctx, finding) for finding in findings]
    return [h1(ctx, "h_findings"), grid(ctx.styles, header, rows, (72, 240, 170))]


def _row(ctx: ReportContext, finding: Finding) -> list[Any]:
    number = [para(finding_number(ctx, finding), ctx.styles.cell_head), severity_label(ctx, finding)]
    return [number, para(finding.text, ctx.styles.cell), _sources(ctx, finding.citations)]


def _sources(ctx: ReportContext, citation_ids: list[str]) -> list[Flowable]:
    return [source_line(ctx, cid) for cid in citation_ids] or [para("-", ctx.styles.cell)]


def source_line(ctx: ReportContext, citation_id: str) -> Flowable:
    """A short reference: authority, title, date."""
    entry = ctx.citation(citation_id)
    if entry is None:
        return para(citation_id, ctx.styles.cell)
    date = f", {ctx.date(entry['date'])}" if entry.get("date") else ""
    return markup(
        "\u2022 {title} <i>({authority}{date})</i>",
        ctx.styles.cell,
        title=entry.get("title", citation_id),
        authority=entry.get("authority", ""),
        date=date,
    )
