"""10. The ICO step 7 sign-off table with the signature fields, and 11. the participants."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from app.report import fonts
from app.report.blocks import h1, h2
from app.report.context import ReportContext
from app.report.fields import SignatureBox
from app.report.options import ROLES
from app.report.tables import grid
from app.report.text import para

_BOX_WIDTH = 225


def build(ctx: ReportContext) -> list[Flowable]:
    header = (ctx.t("signoff_item"), ctx.t("signoff_name"), ctx.t("signoff_notes"))
    return [
        h1(ctx, "h_signoff"),
        grid(ctx.styles, header, _ico_rows(ctx), (150, 150, 182)),
        h2(ctx, "signoff_records"),
        _records(ctx),
        KeepTogether(
            [
                h2(ctx, "signature_fields"),
                para(ctx.t("signature_fields_intro"), ctx.styles.small),
                Spacer(1, 6),
                _boxes(ctx),
            ]
        ),
    ]


def _ico_rows(ctx: ReportContext) -> list[list[str]]:
    sign_off = ctx.assessment.sign_off
    missing = ctx.t("not_answered")
    followed = {"accepted": ctx.t("dpo_accepted"), "overruled": ctx.t("dpo_overruled")}
    review = ctx.date(sign_off.next_review_date) or missing
    dpo_name = ctx.assessment.metadata.dpo if sign_off.dpo_advice or sign_off.dpo_advice_summary else ""
    dpo_note = sign_off.dpo_advice_summary or sign_off.dpo_advice or ctx.t("signoff_dpo_note")
    accepted_note = sign_off.overrule_reason or ctx.t("signoff_accepted_note")
    return [
        [ctx.t("signoff_measures"), sign_off.measures_approved_by or missing, ctx.t("signoff_measures_note")],
        [
            ctx.t("signoff_residual"),
            sign_off.residual_risks_approved_by or missing,
            ctx.t("signoff_residual_note"),
        ],
        [ctx.t("signoff_dpo"), dpo_name or missing, dpo_note],
        [ctx.t("signoff_accepted"), followed.get(sign_off.dpo_advice_followed, missing), accepted_note],
        [
            ctx.t("signoff_consultation"),
            sign_off.consultation_reviewed_by or missing,
            ctx.t("signoff_consultation_note"),
        ],
        [ctx.t("signoff_reviewer"), _evaluators(ctx) or missing, ctx.t("signoff_reviewer_note")],
        [ctx.t("signoff_review"), review, ctx.t("signoff_review_note")],
    ]


def _evaluators(ctx: ReportContext) -> str:
    """Who reviewed the assessment (the evaluators of its reviews), each once, in order."""
    return ", ".join(dict.fromkeys(review.evaluator for review in ctx.assessment.reviews))


def _records(ctx: ReportContext) -> Flowable:
    records = ctx.assessment.sign_off.records
    if not records:
        return para(ctx.t("none_recorded"), ctx.styles.body)
    header = [ctx.t(k) for k in ("col_name", "col_role", "col_date", "col_comment")]
    rows = [[r.name, r.role or "-", ctx.date(r.date) or "-", r.comment or "-"] for r in records]
    return grid(ctx.styles, header, rows, (130, 100, 70, 182))


def _boxes(ctx: ReportContext) -> Table:
    boxes = [
        SignatureBox(role, ctx.t(f"signature_{role}"), fonts.REGULAR, ctx.placements, width=_BOX_WIDTH)
        for role in ROLES
    ]
    rows: list[list[Flowable | str]] = [list(boxes[index : index + 2]) for index in range(0, len(boxes), 2)]
    rows[-1] += [""] * (2 - len(rows[-1]))
    table = Table(rows, colWidths=[241, 241])
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def build_participants(ctx: ReportContext) -> list[Flowable]:
    people = ctx.assessment.participants
    if not people:
        return [h1(ctx, "h_participants"), para(ctx.t("no_participants"), ctx.styles.body)]
    header = [ctx.t(k) for k in ("col_name", "col_role", "col_organisation", "col_email")]
    rows = [[p.name, p.role or "-", p.organisation or "-", p.email or "-"] for p in people]
    return [h1(ctx, "h_participants"), grid(ctx.styles, header, rows, (130, 110, 122, 120))]
