"""The report's sections, in the order of Art. 35(7) and the ICO template; each returns flowables."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable

from app.report.context import ReportContext
from app.report.sections import (
    appendices,
    changes,
    consultation,
    cover,
    description,
    evidence,
    findings,
    lawfulness,
    measures,
    reviews,
    risks,
    signoff,
    summary,
)

Section = Callable[[ReportContext], list[Flowable]]

SECTIONS: tuple[Section, ...] = (
    cover.build,
    summary.build,
    description.build,
    description.build_necessity,
    lawfulness.build,
    lawfulness.build_ai_act,
    risks.build,
    measures.build,
    findings.build,
    consultation.build,
    signoff.build,
    signoff.build_participants,
    appendices.build_precedents,
    appendices.build_sources,
    appendices.build_trace,
    # Optional appendices D, E, F (issue 13), present only when there is something to show.
    reviews.build,
    evidence.build,
    changes.build,
)


def story(ctx: ReportContext) -> list[Flowable]:
    return [flowable for section in SECTIONS for flowable in section(ctx)]
