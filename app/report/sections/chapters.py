"""Which questionnaire sections and finding topics each chapter of the report shows.

The mapping is data (forms/rules/topics.yaml, checked at load); a report built without the knowledge
base shows no answers or topic findings in the chapters (the findings chapter still lists them all).
"""

from __future__ import annotations

from app.core.topics import Topics
from app.report.context import ReportContext


def _topics(ctx: ReportContext) -> Topics | None:
    return ctx.knowledge.topics if ctx.knowledge is not None else None


def sections(ctx: ReportContext, chapter_id: str) -> tuple[str, ...]:
    topics = _topics(ctx)
    return topics.chapter_sections(chapter_id) if topics is not None else ()


def topics(ctx: ReportContext, chapter_id: str) -> tuple[str, ...]:
    declared = _topics(ctx)
    return declared.chapter_topics(chapter_id) if declared is not None else ()


def shown(ctx: ReportContext) -> frozenset[str]:
    declared = _topics(ctx)
    return declared.shown_sections if declared is not None else frozenset()
