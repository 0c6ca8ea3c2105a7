"""The optional appendices after the rule trace (D, E, ...): lettered in order, only when present."""

from __future__ import annotations

from app.report.blocks import Heading
from app.report.context import ReportContext

ORDER = ("reviews", "evidence", "changes")
FIRST_LETTER = "D"


def present(ctx: ReportContext) -> list[str]:
    shown = {
        "reviews": bool(ctx.assessment.reviews),
        "evidence": bool(ctx.assessment.attachments),
        "changes": ctx.changes_since is not None,
    }
    return [name for name in ORDER if shown[name]]


def heading(ctx: ReportContext, name: str, **values: object) -> Heading:
    letter = chr(ord(FIRST_LETTER) + present(ctx).index(name))
    return Heading(ctx.t(f"h_{name}", letter=letter, **values), ctx.styles.h1, 0, f"h_{name}")
