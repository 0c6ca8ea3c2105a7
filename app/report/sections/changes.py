"""Appendix "Changes since <label>": this state against a recorded version (`report --changes-since`)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.core.diff import Change, brief, diff_assessments
from app.core.lineage import as_assessment, find_entry, verdict_summary
from app.report.context import ReportContext
from app.report.sections.extra import heading, present
from app.report.tables import grid
from app.report.text import para

_MAX_VALUE = 300


def build(ctx: ReportContext) -> list[Flowable]:
    if "changes" not in present(ctx) or ctx.changes_since is None:
        return []
    entry = find_entry(ctx.assessment, ctx.changes_since)
    old = as_assessment(entry.snapshot)
    summaries = (entry.verdict_summary, verdict_summary(ctx.verdict))
    changes = diff_assessments(old, ctx.assessment, ctx.bank, ctx.locale, summaries)
    label = entry.label or entry.revision[:8]
    intro = ctx.t(
        "changes_intro",
        label=label,
        revision=entry.revision,
        date=ctx.date(entry.time.date()),
        rules=entry.rules_version or "-",
    )
    parts: list[Flowable] = [heading(ctx, "changes", label=label), para(intro, ctx.styles.body)]
    if not changes:
        return [*parts, para(ctx.t("changes_none"), ctx.styles.body)]
    header = [ctx.t(k) for k in ("changes_area", "changes_item", "changes_before", "changes_after")]
    rows = [_row(ctx, change) for change in changes]
    return [*parts, grid(ctx.styles, header, rows, (70, 150, 131, 131))]


def _row(ctx: ReportContext, change: Change) -> list[str]:
    area = ctx.t(f"changes_area_{change.area}")
    old, new = (_short(brief(change, v, ctx.bank, ctx.locale)) for v in (change.old, change.new))
    return [area, change.label, old, new]


def _short(text: str) -> str:
    return text if len(text) <= _MAX_VALUE else text[: _MAX_VALUE - 1] + "\u2026"
