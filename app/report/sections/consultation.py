"""9. Consultation of data subjects (Art. 35(9)) and the DPO's advice (Art. 35(2))."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.report.answers import answers_table, questions_of
from app.report.blocks import findings_on, h1, h2
from app.report.context import ReportContext
from app.report.sections import chapters
from app.report.tables import key_values
from app.report.text import para


def build(ctx: ReportContext) -> list[Flowable]:
    table = answers_table(ctx, questions_of(ctx, chapters.sections(ctx, "consultation")))
    return [
        h1(ctx, "h_consultation"),
        *(table or [para(ctx.t("not_answered"), ctx.styles.body)]),
        *findings_on(ctx, chapters.topics(ctx, "consultation")),
        h2(ctx, "dpo_advice"),
        key_values(ctx.styles, _dpo_rows(ctx)),
    ]


def _dpo_rows(ctx: ReportContext) -> list[tuple[str, str]]:
    sign_off = ctx.assessment.sign_off
    missing = ctx.t("not_answered")
    followed = {"accepted": ctx.t("dpo_accepted"), "overruled": ctx.t("dpo_overruled")}
    rows = [
        (ctx.t("dpo_advice_text"), sign_off.dpo_advice or missing),
        (ctx.t("dpo_advice_summary"), sign_off.dpo_advice_summary or missing),
        (ctx.t("dpo_advice_followed"), followed.get(sign_off.dpo_advice_followed, missing)),
    ]
    if sign_off.dpo_advice_followed == "overruled":
        rows.append((ctx.t("overrule_reason"), sign_off.overrule_reason or missing))
    return rows
