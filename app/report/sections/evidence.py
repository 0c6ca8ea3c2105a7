"""Appendix: the evidence files, what each supports, and its SHA-256 (each is attached to the PDF)."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.core.assessment import Evidence, Support
from app.core.languages import format_number
from app.report.context import ReportContext
from app.report.evidence import PREFIX
from app.report.sections.extra import heading, present
from app.report.tables import key_values
from app.report.text import markup, para


def build(ctx: ReportContext) -> list[Flowable]:
    if "evidence" not in present(ctx):
        return []
    parts: list[Flowable] = [heading(ctx, "evidence"), para(ctx.t("evidence_intro"), ctx.styles.body)]
    return parts + [_entry(ctx, e) for e in ctx.assessment.attachments]


def _entry(ctx: ReportContext, evidence: Evidence) -> Flowable:
    title = markup("<b>{name}</b>", ctx.styles.body, name=evidence.name)
    rows = [
        (ctx.t("evidence_supports"), ctx.join(_support(ctx, s) for s in evidence.supports) or "-"),
        (ctx.t("evidence_note"), evidence.note or "-"),
        (
            ctx.t("evidence_type"),
            f"{evidence.media_type}, {ctx.t('evidence_size', size=format_number(evidence.size, ctx.locale))}",
        ),
        (ctx.t("evidence_pdf_name"), f"{PREFIX}{evidence.name}"),
        (ctx.t("evidence_sha256"), para(evidence.sha256, ctx.styles.mono)),
    ]
    return KeepTogether([title, key_values(ctx.styles, rows, key_width=90), Spacer(1, 8)])


def _support(ctx: ReportContext, support: Support) -> str:
    if support.kind == "question":
        question = ctx.bank.question(support.id) if ctx.bank else None
        label = question.label.get(ctx.locale) if question else support.id
        return f"{ctx.label(ctx.t('evidence_answer'))}{label} [{support.id}]"
    return f"{ctx.label(ctx.t('evidence_measure'))}{ctx.measure_title(support.id)} [{support.id}]"
