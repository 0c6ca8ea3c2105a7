"""Helpers shared by the subcommands: reading a checked assessment, printing warnings."""

from __future__ import annotations

import sys
from pathlib import Path

from app.core.answers import check_answers
from app.core.assessment import Assessment
from app.core.knowledge import Knowledge, load_knowledge
from app.core.storage import load_assessment


def warn(message: str) -> None:
    print(f"dpia: warning: {message}", file=sys.stderr)


def read_assessment(path: Path, knowledge: Knowledge | None = None) -> Assessment:
    """Load a .dpia file and check its answers against the questionnaire; warn about unknown ids."""
    knowledge = knowledge or load_knowledge()
    assessment = load_assessment(path)
    for message in check_answers(knowledge.bank, assessment.answers, str(path)):
        warn(message)
    return assessment


class NotYetAvailable(Exception):
    """A subcommand whose feature has not been built yet."""
