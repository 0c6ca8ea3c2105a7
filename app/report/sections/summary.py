"""1. Executive summary: the verdict, why, the key conclusions, the screening and what is missing."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.report.answers import answer_text, question_label
from app.report.blocks import bullets, exception_valid, h1, h2, outcome_label, outcome_text, yes_no
from app.report.context import ReportContext
from app.report.tables import grid, key_values
from app.report.text import markup, para


def build(ctx: ReportContext) -> list[Flowable]:
    return [
        h1(ctx, "h_summary"),
        *_verdict(ctx),
        h2(ctx, "summary_key_facts"),
        key_values(ctx.styles, _key_facts(ctx), key_width=250),
        *_screening(ctx),
        *_missing(ctx),
    ]


def _verdict(ctx: ReportContext) -> list[Flowable]:
    reasons = ctx.verdict.reasons
    return [
        markup(
            "<b>{label}{outcome}.</b> {explain}",
            ctx.styles.body,
            label=ctx.label(ctx.t("summary_outcome")),
            outcome=outcome_label(ctx),
            explain=_explain(ctx),
        ),
        h2(ctx, "summary_reasons"),
        *(bullets(reasons, ctx.styles.bullet) or [para(ctx.t("summary_no_reasons"), ctx.styles.body)]),
    ]


def _explain(ctx: ReportContext) -> str:
    verdict = ctx.verdict
    if verdict.status == "incomplete":
        return ctx.t("outcome_explain_incomplete", outcome=outcome_text(ctx))
    if verdict.outcome == "prior_consultation" and verdict.regime == "led":
        return ctx.t("outcome_explain_prior_consultation_led")
    return ctx.t(f"outcome_explain_{verdict.outcome}")


def _key_facts(ctx: ReportContext) -> list[tuple[str, str]]:
    verdict = ctx.verdict
    ai = verdict.ai_act
    prohibited = ", ".join(ctx.t("article", ref=p) for p in ai.prohibited) if ai.prohibited else ctx.t("no")
    consultation = f"summary_prior_consultation{'_led' if verdict.regime == 'led' else ''}"
    return [
        (ctx.t("summary_regime"), ctx.t(f"regime_{verdict.regime}")),
        (ctx.t("summary_dpia_required"), yes_no(ctx, verdict.dpia_required)),
        (ctx.t(consultation), yes_no(ctx, verdict.prior_consultation_required)),
        (ctx.t("summary_art9_applies"), yes_no(ctx, verdict.art9.applies)),
        (ctx.t("summary_art9_valid"), _exception_valid(ctx)),
        (ctx.t("summary_ai_prohibited"), prohibited),
        *_possibly_prohibited(ctx),
        (ctx.t("summary_ai_high_risk"), yes_no(ctx, ai.high_risk)),
        (ctx.t("summary_fria"), yes_no(ctx, ai.fria_required)),
    ]


def _possibly_prohibited(ctx: ReportContext) -> list[tuple[str, str]]:
    points = ctx.verdict.ai_act.possibly_prohibited
    if not points:
        return []
    return [(ctx.t("summary_ai_possibly_prohibited"), ", ".join(ctx.t("article", ref=p) for p in points))]


def _exception_valid(ctx: ReportContext) -> str:
    return exception_valid(ctx)


def _screening(ctx: ReportContext) -> list[Flowable]:
    screening = ctx.verdict.screening
    labels = [ctx.criterion_label(c) for c in screening.wp248_criteria]
    parts: list[Flowable] = [h2(ctx, "summary_triggers")]
    parts += bullets(screening.triggers, ctx.styles.bullet) or [para(ctx.t("none_recorded"), ctx.styles.body)]
    parts.append(para(ctx.t("summary_screening", count=screening.wp248_count), ctx.styles.caption))
    parts += bullets(labels, ctx.styles.bullet) or [para(ctx.t("none_recorded"), ctx.styles.body)]
    notes = answer_text(None, ctx.assessment.answer("screening_notes"), ctx.locale)
    if notes:
        parts.append(
            markup(
                "<i>{label}</i>{text}",
                ctx.styles.body,
                label=ctx.label(question_label(ctx, "screening_notes")),
                text=notes,
            )
        )
    return parts


def _missing(ctx: ReportContext) -> list[Flowable]:
    parts: list[Flowable] = []
    unanswered = [m for m in ctx.verdict.missing if not m.to_verify]
    if unanswered:
        rows = [[question_label(ctx, m.fact), _needed_for(ctx, m.blocks)] for m in unanswered]
        header = (ctx.t("col_unanswered"), ctx.t("col_needed_for"))
        parts += [
            h2(ctx, "summary_missing"),
            para(ctx.t("summary_missing_intro"), ctx.styles.body),
            grid(ctx.styles, header, rows, (250, 232)),
        ]
    # Answered, yet the verdict waits for it: what is missing is the check (e.g. a law not in the registry).
    to_verify = [m for m in ctx.verdict.missing if m.to_verify]
    if to_verify:
        rows = [[question_label(ctx, m.fact), _needed_for(ctx, m.blocks)] for m in to_verify]
        header = (ctx.t("col_answered_to_verify"), ctx.t("col_still_missing"))
        parts += [
            h2(ctx, "summary_to_verify"),
            para(ctx.t("summary_to_verify_intro"), ctx.styles.body),
            grid(ctx.styles, header, rows, (250, 232)),
        ]
    return parts


def _needed_for(ctx: ReportContext, blocks: list[str]) -> str:
    """The readable purposes; bare rule ids are left to the rule trace."""
    readable = [b for b in blocks if " " in b.strip()]
    return ctx.join(dict.fromkeys(readable)) or ctx.t("missing_rules_only")
