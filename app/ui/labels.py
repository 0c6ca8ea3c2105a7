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


def fill(text: str, *values: str) -> str:
    """Qt's %1, %2… placeholders filled in one pass: a value that contains "%2" stays as it is."""
    parts: list[str] = []
    index = 0
    while index < len(text):
        if text[index] == "%" and index + 1 < len(text) and text[index + 1].isdigit():
            number = int(text[index + 1]) - 1
            parts.append(values[number] if 0 <= number < len(values) else text[index : index + 2])
            index += 2
        else:
            parts.append(text[index])
            index += 1
    return "".join(parts)
