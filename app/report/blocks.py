"""Small building blocks shared by the sections: headings with bookmarks, bullets, badges."""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from app.core.verdict import Finding
from app.report.context import ReportContext
from app.report.styles import OUTCOME_COLOURS, SEVERITY_COLOURS
from app.report.tables import FULL_WIDTH
from app.report.text import Para, esc, markup, para


class Heading(Para):
    """A heading that becomes a PDF bookmark (outline entry) at the given level."""

    def __init__(self, title: str, style: ParagraphStyle, level: int, key: str) -> None:
        super().__init__(esc(title), style)
        self.title, self.level, self.key = title, level, key
        self.keepWithNext = True


def h1(ctx: ReportContext, key: str) -> Heading:
    return Heading(ctx.t(key), ctx.styles.h1, 0, key)


def h2(ctx: ReportContext, key: str) -> Heading:
    return Heading(ctx.t(key), ctx.styles.h2, 1, key)


def bullets(items: Iterable[str], style: ParagraphStyle) -> list[Flowable]:
    return [Para(esc(item), style, bulletText="\u2022") for item in items]


def outcome_label(ctx: ReportContext) -> str:
    """The outcome as a reader should take it: never a decided outcome while the assessment is incomplete."""
    verdict = ctx.verdict
    if verdict.status == "incomplete":
        return ctx.tn("outcome_incomplete", verdict.answers_needed)
    return outcome_text(ctx)


def outcome_text(ctx: ReportContext) -> str:
    """The outcome's name, with the LED's own prior-consultation article under the LED."""
    verdict = ctx.verdict
    if verdict.outcome == "prior_consultation" and verdict.regime == "led":
        return ctx.t("outcome_prior_consultation_led")
    return ctx.t(f"outcome_{verdict.outcome}")


def outcome_badge(ctx: ReportContext) -> Table:
    verdict = ctx.verdict
    colour = OUTCOME_COLOURS["incomplete" if verdict.status == "incomplete" else verdict.outcome]
    badge = Para(esc(outcome_label(ctx)), ctx.styles.badge)
    table = Table([[badge]], colWidths=[FULL_WIDTH])
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), colour),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return table


def finding_number(ctx: ReportContext, finding: Finding) -> str:
    return ctx.t("finding_number", number=ctx.verdict.findings.index(finding) + 1)


def severity_label(ctx: ReportContext, finding: Finding) -> Paragraph:
    colour = SEVERITY_COLOURS[finding.severity].hexval()[2:]
    return markup(
        '<font color="#{colour}" size="7"><b>{label}</b></font>',
        ctx.styles.cell,
        colour=colour,
        label=ctx.t(f"severity_{finding.severity}"),
    )


def findings_on(ctx: ReportContext, topics: Iterable[str]) -> list[Flowable]:
    """The findings of these topics, numbered as in section 8, under a caption; [] if none."""
    wanted = set(topics)
    chosen = [f for f in ctx.verdict.findings if f.topic in wanted]
    if not chosen:
        return []
    return [para(ctx.t("related_findings"), ctx.styles.caption), *(_brief(ctx, f) for f in chosen)]


def _brief(ctx: ReportContext, finding: Finding) -> Paragraph:
    return markup(
        "<b>{number}</b> <i>({severity})</i> {text}",
        ctx.styles.bullet,
        number=finding_number(ctx, finding),
        severity=ctx.t(f"severity_{finding.severity}"),
        text=finding.text,
    )


def yes_no(ctx: ReportContext, value: bool | None) -> str:
    if value is None:
        return ctx.t("unknown")
    return ctx.t("yes") if value else ctx.t("no")


def exception_valid(ctx: ReportContext) -> str:
    """Whether an Art. 9 exception is valid, in the same words wherever the report says it."""
    if not ctx.verdict.art9.applies:
        return ctx.t("not_applicable")
    if ctx.verdict.art9.exception_valid is None:
        return ctx.t("summary_art9_unverified")
    return yes_no(ctx, ctx.verdict.art9.exception_valid)


def paragraph_or_missing(ctx: ReportContext, value: str | None) -> Paragraph:
    return para(value if value and value.strip() else ctx.t("not_answered"), ctx.styles.body)
