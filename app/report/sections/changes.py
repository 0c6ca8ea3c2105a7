"""Appendix "Changes since <label>": this state against a recorded version (`report --changes-since`)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.core.diff import Change, diff_assessments
from app.core.engine import assess
from app.core.lineage import as_assessment, find_entry, verdict_summary
from app.core.printable import printable
from app.core.recheck import recorded_verdict_holds
from app.core.rulesversion import current_rules_version
from app.core.verdict import Verdict
from app.report.context import ReportContext
from app.report.diff_words import finding_texts, risk_titles, side_text, verdict_words
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
    # The version's answers scored with these rules: texts of what it had, and whether its record holds.
    old_verdict = assess(old, ctx.knowledge, locale=ctx.locale) if ctx.knowledge is not None else None
    texts, risks, words = _words(ctx, old_verdict)
    changes = diff_assessments(old, ctx.assessment, ctx.bank, ctx.locale, summaries, texts, risks)
    label = entry.label or entry.revision[:8]
    intro = ctx.t(
        "changes_intro",
        label=label,
        revision=entry.revision,
        date=ctx.date(entry.time.date()),
        rules=entry.rules_version or "-",
    )
    parts: list[Flowable] = [heading(ctx, "changes", label=label), para(intro, ctx.styles.body)]
    if (
        old_verdict is not None
        and recorded_verdict_holds(entry, old_verdict, current_rules_version()) is False
    ):
        # The recorded verdict does not follow from the version's own answers: the history was edited.
        parts.append(para(ctx.t("changes_recorded_edited", rules=entry.rules_version), ctx.styles.body))
    if not changes:
        return [*parts, para(ctx.t("changes_none"), ctx.styles.body)]
    header = [ctx.t(k) for k in ("changes_area", "changes_item", "changes_before", "changes_after")]
    rows = [_row(ctx, change, words) for change in changes]
    return [*parts, grid(ctx.styles, header, rows, (70, 150, 131, 131))]


def _words(
    ctx: ReportContext, old_verdict: Verdict | None
) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Finding texts and risk titles of both sides (the recorded version's for what it had and this state
    has not), and the verdict's values as words."""
    if ctx.knowledge is None or old_verdict is None:
        return {}, {}, {}
    verdicts = (old_verdict, ctx.verdict)
    return finding_texts(*verdicts), risk_titles(*verdicts), verdict_words(ctx.knowledge, ctx.locale)


def _row(ctx: ReportContext, change: Change, words: dict[str, str]) -> list[str]:
    area = ctx.t(f"changes_area_{change.area}")
    old, new = (_short(side_text(change, v, ctx.bank, ctx.locale, words)) for v in (change.old, change.new))
    return [area, *(printable(cell) for cell in (change.label, old, new))]  # history texts come from the file


def _short(text: str) -> str:
    return text if len(text) <= _MAX_VALUE else text[: _MAX_VALUE - 1] + "\u2026"
