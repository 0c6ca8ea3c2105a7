"""Appendices: A. precedents (the AP's Clearview decision first), B. other sources, C. the rule trace."""

from __future__ import annotations

import re
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from app.core.verdict import Finding
from app.report.blocks import finding_number, h1
from app.report.context import ReportContext
from app.report.tables import grid, key_values
from app.report.text import markup, para


def build_precedents(ctx: ReportContext) -> list[Flowable]:
    anchors = ctx.anchor_citations()
    anchor_ids = {a["id"] for a in anchors}
    others = [
        c for cid, c in ctx.verdict.citations.items() if c.get("kind") == "decision" and cid not in anchor_ids
    ]
    parts: list[Flowable] = [
        PageBreak(),
        h1(ctx, "h_precedents"),
        para(ctx.t("precedents_intro"), ctx.styles.body),
    ]
    parts += [_precedent(ctx, entry, anchor=True) for entry in anchors]
    if not anchors:
        parts.append(para(ctx.t("anchor_missing"), ctx.styles.body))
    parts += [_precedent(ctx, entry, anchor=False) for entry in others]
    if not others:
        parts.append(para(ctx.t("no_other_precedents"), ctx.styles.body))
    return parts


def _precedent(ctx: ReportContext, entry: dict[str, Any], anchor: bool) -> Flowable:
    label = ctx.label(ctx.t("anchor_precedent")) if anchor else ""
    title = markup("<b>{label}{title}</b>", ctx.styles.body, label=label, title=_title(ctx, entry))
    date = ctx.date(entry.get("date")) + (f" ({entry['date_note']})" if entry.get("date_note") else "")
    rows = [
        (ctx.t("prec_authority"), entry.get("authority") or "-"),
        (ctx.t("prec_date"), date or "-"),
        (ctx.t("prec_amount"), entry.get("amount") or "-"),
        (ctx.t("prec_articles"), ctx.join(entry.get("articles") or ()) or "-"),
        *_applied(ctx, entry),
        (ctx.t("prec_holding"), entry.get("holding") or "-"),
        (ctx.t("prec_url"), entry.get("url") or "-"),
    ]
    return KeepTogether([title, key_values(ctx.styles, rows, key_width=90), Spacer(1, 10)])


def _title(ctx: ReportContext, entry: dict[str, Any]) -> str:
    """A source's title, marked when it is our translation rather than its official title in the language
    (the citation data's title_is_translation)."""
    title = str(entry.get("title", ""))
    return ctx.t("title_our_translation", title=title) if entry.get("title_is_translation") else title


def _applied(ctx: ReportContext, entry: dict[str, Any]) -> list[tuple[str, str]]:
    """What a warning or an authorisation applied, kept apart from infringements (legal/facts.md I1)."""
    provisions = entry.get("provisions") or ()
    return [(ctx.t("prec_provisions"), ctx.join(provisions))] if provisions else []


def build_sources(ctx: ReportContext) -> list[Flowable]:
    cited = [c for c in ctx.verdict.citations.values() if c.get("kind") != "decision"]
    sources = sorted(cited, key=lambda c: _natural(f"{c.get('authority', '')} {c.get('title', '')}"))
    parts: list[Flowable] = [h1(ctx, "h_sources"), para(ctx.t("sources_intro"), ctx.styles.body)]
    if not sources:
        return [*parts, para(ctx.t("none_recorded"), ctx.styles.body)]
    header = [ctx.t(k) for k in ("col_title", "col_authority", "col_provisions", "prec_url")]
    rows = [_source_row(ctx, entry) for entry in sources]
    return [*parts, grid(ctx.styles, header, rows, (150, 112, 90, 130))]


def _source_row(ctx: ReportContext, entry: dict[str, Any]) -> list[str]:
    provisions = ctx.join((*(entry.get("articles") or ()), *(entry.get("provisions") or ()))) or "-"
    return [_title(ctx, entry), entry.get("authority", ""), provisions, entry.get("url", "")]


def build_trace(ctx: ReportContext) -> list[Flowable]:
    findings = ctx.verdict.findings
    parts: list[Flowable] = [PageBreak(), h1(ctx, "h_trace"), para(ctx.t("trace_intro"), ctx.styles.body)]
    if not findings:
        return [*parts, para(ctx.t("no_findings"), ctx.styles.body)]
    header = [ctx.t(k) for k in ("col_finding", "col_answers")]
    rows = [_trace_row(ctx, finding) for finding in findings]
    return [*parts, grid(ctx.styles, header, rows, (250, 232))]


def _trace_row(ctx: ReportContext, finding: Finding) -> list[Any]:
    trace = finding.trace.items()
    answers = [para(f"{fact} = {_value(ctx, value)}", ctx.styles.cell) for fact, value in trace]
    summary = markup(
        "<b>{number}</b> {text}",
        ctx.styles.cell,
        number=finding_number(ctx, finding),
        text=_shortened(finding.text),
    )
    rule = markup(
        "{label}<b>{rule}</b>",
        ctx.styles.cell,
        label=ctx.label(ctx.t("col_rule")),
        rule=finding.rule or finding.id,
    )
    return [[rule, summary], answers or [para("-", ctx.styles.cell)]]


def _value(ctx: ReportContext, value: object) -> str:
    if value is None:
        return ctx.t("trace_not_answered")
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)


def _shortened(text: str, limit: int = 150) -> str:
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + " \u2026"


def _natural(text: str) -> list[int | str]:
    return [int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", text)]
