"""Words for the verdict's ids, shared by the dock and the status bar (ids never reach the screen)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def outcome_label(outcome: str) -> str:
    """The outcome as the badge shows it; an unknown id still reads as words, never as an id."""
    labels = {
        "proceed": QCoreApplication.translate("Outcome", "PROCEED"),
        "proceed_with_measures": QCoreApplication.translate("Outcome", "PROCEED WITH MEASURES"),
        "prior_consultation": QCoreApplication.translate("Outcome", "PRIOR CONSULTATION (ART. 36)"),
        "do_not_proceed": QCoreApplication.translate("Outcome", "DO NOT PROCEED"),
    }
    return labels.get(outcome, outcome.replace("_", " ").upper())
