"""Appendix: the evaluator's review of sections and measures (acceptable / improvable / to correct)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.core.assessment import Review
from app.report.context import ReportContext
from app.report.sections.extra import heading, present
from app.report.tables import grid
from app.report.text import para


def build(ctx: ReportContext) -> list[Flowable]:
    if "reviews" not in present(ctx):
        return []
    header = [ctx.t(k) for k in ("review_item", "review_status", "review_comment", "review_by")]
    rows = [_row(ctx, r) for r in ctx.assessment.reviews]
    intro = para(ctx.t("reviews_intro"), ctx.styles.body)
    return [heading(ctx, "reviews"), intro, grid(ctx.styles, header, rows, (130, 70, 182, 100))]


def _row(ctx: ReportContext, review: Review) -> list[str]:
    if review.scope == "section":
        section = ctx.bank.section(review.target) if ctx.bank else None
        item = section.title.get(ctx.locale) if section else review.target
    else:
        item = ctx.measure_title(review.target)
    by = f"{review.evaluator}, {ctx.date(review.time.date())}"
    return [item, ctx.t(f"review_{review.status}"), review.comment or "-", by]
