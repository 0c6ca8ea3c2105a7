"""The screening result on the screening page: is a DPIA required, and which criteria triggered it."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from app.ui.style import set_role, set_tone

if TYPE_CHECKING:
    from app.core.verdict import Verdict


class ScreeningResult(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("screening_result")
        set_role(self, "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        title = set_role(QLabel(self.tr("Screening result")), "subtitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        self.badge = set_role(QLabel(self.tr("NOT YET SCORED")), "badge")
        self.badge.setWordWrap(True)  # no text forces the page wider than the window at any zoom
        self.badge.setObjectName("screening_badge")
        set_tone(self.badge, "neutral")
        layout.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignLeft)
        self.details = QLabel(self.tr("Answer the questions about the system to see the screening."))
        self.details.setObjectName("screening_details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.details)

    def on_verdict(self, verdict: Verdict) -> None:
        required = verdict.dpia_required
        self.badge.setText(self.tr("DPIA REQUIRED") if required else self.tr("DPIA NOT REQUIRED"))
        set_tone(self.badge, "serious" if required else "good")
        screening = verdict.screening
        # How many criteria there are is data (the WP248 rule's criteria list), never a number in code.
        met = self.tr("WP248 criteria met: %1 of %2")
        met = met.replace("%1", str(screening.wp248_count)).replace("%2", str(len(screening.criteria)))
        parts = [met + self._criteria(verdict)]
        if screening.triggers:
            parts.append(self.tr("Why a DPIA is required:") + _bullets(screening.triggers))
        self.details.setText("".join(f"<p>{part}</p>" for part in parts))

    def _criteria(self, verdict: Verdict) -> str:
        screening = verdict.screening
        if not screening.criteria:
            return _bullets([_readable(c) for c in screening.wp248_criteria])
        status = {True: self.tr("met"), False: self.tr("not met"), None: self.tr("not yet known")}
        mark = {True: "✓", False: "–", None: "?"}
        rows = [
            f"<tr><td>{mark[c.met]}&nbsp;</td><td>{html.escape(c.label)}</td>"
            f"<td>&nbsp;&nbsp;<i>{status[c.met]}</i></td></tr>"
            for c in screening.criteria
        ]
        return "<table>" + "".join(rows) + "</table>"


def _bullets(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in items) + "</ul>" if items else ""


def _readable(item: str) -> str:
    """Identifiers such as 'c3_systematic_monitoring' read as text; sentences are shown as they are."""
    return item if " " in item else item.replace("_", " ").capitalize()
