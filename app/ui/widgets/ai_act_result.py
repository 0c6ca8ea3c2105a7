"""The AI Act screening result on the AI Act page: prohibited practices, high-risk use, FRIA."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from app.core.topics import AI_ACT_TOPIC
from app.ui.style import set_role, set_tone

if TYPE_CHECKING:
    from app.core.verdict import AiActStatus, Verdict
    from app.ui.context import WizardContext


class AiActResult(QFrame):
    def __init__(self, context: WizardContext) -> None:
        super().__init__()
        self._context = context
        self.setObjectName("ai_act_result")
        set_role(self, "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        title = set_role(QLabel(self.tr("AI Act screening result")), "subtitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        self.badge = set_role(QLabel(self.tr("NOT YET SCORED")), "badge")
        self.badge.setWordWrap(True)  # no text forces the page wider than the window at any zoom
        self.badge.setObjectName("ai_act_badge")
        set_tone(self.badge, "neutral")
        layout.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignLeft)
        self.details = QLabel(self.tr("Answer the questions about the system to see the screening."))
        self.details.setObjectName("ai_act_details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.details.linkActivated.connect(context.on_link)
        layout.addWidget(self.details)

    def on_verdict(self, verdict: Verdict) -> None:
        ai_act = verdict.ai_act
        text, tone = self._badge(ai_act)
        self.badge.setText(text)
        set_tone(self.badge, tone)
        parts = self._status_lines(ai_act)
        for finding in verdict.findings:
            if finding.topic == AI_ACT_TOPIC:
                links = self._context.citation_links(finding.citations)
                parts.append(f"{html.escape(finding.text)}<br>{links}")
        self.details.setText("".join(f"<p>{part}</p>" for part in parts))

    def _badge(self, ai_act: AiActStatus) -> tuple[str, str]:
        if ai_act.prohibited:
            return self.tr("PROHIBITED PRACTICE"), "danger"
        if ai_act.high_risk:
            return self.tr("HIGH-RISK AI SYSTEM"), "serious"
        return self.tr("NO PROHIBITED OR HIGH-RISK USE FOUND"), "good"

    def _status_lines(self, ai_act: AiActStatus) -> list[str]:
        lines = []
        if ai_act.prohibited:
            articles = ", ".join(f"Art. {p}" for p in ai_act.prohibited)
            lines.append(
                self.tr("<b>Prohibited:</b> %1 (prohibitions apply from %2)")
                .replace("%1", html.escape(articles))
                .replace("%2", html.escape(ai_act.prohibitions_apply_from))
            )
        if ai_act.high_risk:
            points = ", ".join(ai_act.annex_iii_points) or "–"
            lines.append(
                self.tr("<b>High-risk:</b> Annex III point %1 (obligations apply from %2)")
                .replace("%1", html.escape(points))
                .replace("%2", html.escape(ai_act.high_risk_applies_from))
            )
        fria = self.tr("required (Art. 27)") if ai_act.fria_required else self.tr("not required")
        lines.append(self.tr("<b>Fundamental-rights impact assessment:</b> %1").replace("%1", fria))
        return lines
