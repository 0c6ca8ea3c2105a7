"""The cover: what was assessed, by whom, when, and the outcome at a glance."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Spacer

from app.report.blocks import Heading, outcome_badge, outcome_text
from app.report.context import ReportContext
from app.report.tables import key_values
from app.report.text import para


def build(ctx: ReportContext) -> list[Flowable]:
    styles = ctx.styles
    return [
        Spacer(1, 60),
        para(ctx.t("cover_kicker"), styles.kicker),
        Heading(ctx.title, styles.title, 0, "cover"),
        para(ctx.t("cover_subtitle"), styles.subtitle),
        outcome_badge(ctx),
        Spacer(1, 18),
        key_values(styles, _facts(ctx)),
        Spacer(1, 14),
        para(ctx.t("cover_fingerprint"), styles.small),
        para(ctx.fingerprint, styles.mono),
        Spacer(1, 10),
        para(ctx.t("cover_note"), styles.small),
        PageBreak(),
    ]


def _facts(ctx: ReportContext) -> list[tuple[str, str]]:
    meta = ctx.assessment.metadata
    missing = ctx.t("not_answered")
    facts = [
        (ctx.t("cover_organisation"), meta.organisation or missing),
        (ctx.t("cover_controller"), meta.controller or meta.organisation or missing),
        (ctx.t("cover_version"), meta.version or missing),
        (ctx.t("cover_status"), ctx.t(f"status_{meta.status}")),
        (ctx.t("cover_date"), _exported(ctx)),
        (ctx.t("cover_assessor"), meta.assessor or missing),
        (ctx.t("cover_dpo"), meta.dpo or missing),
        (ctx.t("cover_outcome"), _outcome(ctx)),
        (ctx.t("cover_engine"), ctx.verdict.engine_version or "-"),
    ]
    if ctx.assessment.revision:
        facts.append((ctx.t("cover_revision"), _revision(ctx)))
    return facts


def _revision(ctx: ReportContext) -> str:
    """The revision the report was made from, with its version label when one was recorded."""
    revision = ctx.assessment.revision or ""
    labels = [e.label for e in ctx.assessment.history if e.revision == revision and e.label]
    return f"{revision} ({labels[-1]})" if labels else revision


def _outcome(ctx: ReportContext) -> str:
    verdict = ctx.verdict
    outcome = outcome_text(ctx)
    if verdict.status == "incomplete":
        return ctx.tn("cover_outcome_incomplete", verdict.answers_needed, outcome=outcome)
    return outcome


def _exported(ctx: ReportContext) -> str:
    return ctx.t("cover_date_value", date=ctx.date(ctx.exported), time=ctx.exported.strftime("%H:%M"))
