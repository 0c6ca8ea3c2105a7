"""The live verdict: outcome badge, DPIA required, Art. 9, AI Act flags and the top findings.

While the verdict is incomplete (design.md, verdict contract v2: `status`), the dock says "INCOMPLETE"
and how many answers are needed, never a decided outcome; `answers_needed` is the one place that
counts them. An answered question whose conclusion still waits for a check (`Missing.to_verify`, e.g. a
national law that is not in the registry) is no missing answer: the dock counts and lists it apart,
"To verify", with what the check must settle. Question ids inside engine texts are shown as the
questions' labels.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.ui.labels import outcome_label
from app.ui.style import OUTCOME_TONES, SEVERITY_TONES, set_role, set_tone

if TYPE_CHECKING:
    from app.core.verdict import AiActStatus, Art9Status, Finding, Missing, Verdict
    from app.ui.context import WizardContext

TOP_FINDINGS = 6
SHOWN_MISSING = 4
QUESTION_SCHEME = "question:"


def unanswered(verdict: Verdict) -> list[Missing]:
    """The questions the verdict needs an answer to."""
    return [m for m in verdict.missing if not m.to_verify]


def to_verify(verdict: Verdict) -> list[Missing]:
    """The answered questions whose conclusion still waits for a check."""
    return [m for m in verdict.missing if m.to_verify]


def answers_needed(verdict: Verdict) -> int:
    """How many answers the verdict still needs before it is decided; 0 when it is complete or when
    only answers to verify keep it open."""
    if verdict.status != "incomplete":
        return 0
    count = len(unanswered(verdict))
    return count if count or to_verify(verdict) else 1


class VerdictPanel(QScrollArea):
    """The live verdict: the outcome, its key facts, the answers it needs and its top findings.

    Signals:
        findings_shown(): every finding card of the verdict shown has appeared (one per event-loop turn,
            after the summary).
    """

    findings_shown = Signal()

    def __init__(self, context: WizardContext) -> None:
        super().__init__()
        self._context = context
        self.setObjectName("verdict_panel")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        inner.setObjectName("page_body")
        self._layout = QVBoxLayout(inner)
        self._layout.setContentsMargins(16, 12, 16, 16)
        self._layout.setSpacing(10)
        self._shown: Verdict | None = None
        self._cards: list[FindingCard] = []
        self._build_summary()
        self._build_findings()
        self._layout.addStretch(1)
        # Never wider than the dock: a word longer than the dock is cut at its edge, nothing else is.
        inner.setMinimumSize(1, 1)
        self.setWidget(inner)
        self.retry = QPushButton(self.tr("&Retry"))
        self.retry.setToolTip(self.tr("Retry loading the rules"))
        self.retry.setObjectName("verdict_retry")
        self.retry.clicked.connect(self._on_retry_clicked)
        self._layout.insertWidget(3, self.retry)
        self.retry.hide()
        self.show_waiting()
        self._card_timer = QTimer(self, singleShot=True, interval=0)
        self._card_timer.timeout.connect(self._prepare_card)
        self._card_timer.start()
        self._findings_timer = QTimer(self, singleShot=True, interval=0)
        self._findings_timer.timeout.connect(self._show_pending_findings)
        context.scorer.verdict_ready.connect(self.show_verdict)
        context.scorer.unavailable.connect(self.show_unavailable)

    def _build_summary(self) -> None:
        self.badge = set_role(QLabel(), "badge")
        self.badge.setObjectName("outcome_badge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setWordWrap(True)
        self._layout.addWidget(self.badge)
        self.needed = set_role(QLabel(), "subtitle")
        self.needed.setObjectName("verdict_needed")
        self.needed.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.needed.setWordWrap(True)
        self.needed.hide()
        self._layout.addWidget(self.needed)
        self.reason = QLabel()
        self.reason.setObjectName("verdict_reason")
        self.reason.setWordWrap(True)
        self._layout.addWidget(self.reason)
        self.facts = QVBoxLayout()  # caption above value, both the dock's full width
        self.facts.setSpacing(2)
        self.fact_labels: dict[str, QLabel] = {}
        self.fact_captions: dict[str, QLabel] = {}
        for key, caption in self._fact_captions():
            value = QLabel()
            value.setObjectName(f"verdict_{key}")
            value.setWordWrap(True)
            caption_label = set_role(QLabel(caption), "hint")
            caption_label.setWordWrap(True)  # every text in the dock wraps: no clipping at any zoom
            value.setAccessibleName(caption)
            if key in ("missing", "to_verify"):
                value.setTextFormat(Qt.TextFormat.RichText)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
                value.linkActivated.connect(self._on_link_activated)
            self.facts.addWidget(caption_label)
            self.facts.addWidget(value)
            self.facts.addSpacing(6)
            self.fact_labels[key] = value
            self.fact_captions[key] = caption_label
        self._layout.addLayout(self.facts)

    def _fact_captions(self) -> tuple[tuple[str, str], ...]:
        return (
            ("dpia_required", self.tr("DPIA required (Art. 35)")),
            ("prior_consultation", self.tr("Prior consultation (Art. 36)")),
            ("art9", self.tr("Special-category data (Art. 9)")),
            ("ai_act", self.tr("AI Act")),
            ("missing", self.tr("Answers needed for the verdict")),
            ("to_verify", self.tr("To verify")),
        )

    def _build_findings(self) -> None:
        self.findings_title = set_role(QLabel(self.tr("Top findings")), "subtitle")
        self.findings_title.setWordWrap(True)
        self._layout.addWidget(self.findings_title)
        self.findings = QWidget()  # the cards, shown at once: one layout pass, not one per card
        self.findings.setObjectName("verdict_findings")
        self.findings_box = QVBoxLayout(self.findings)
        self.findings_box.setContentsMargins(0, 0, 0, 0)
        self.findings_box.setSpacing(8)
        self.findings.hide()
        self._layout.addWidget(self.findings)
        self.more = set_role(QLabel(), "hint")
        self.more.setObjectName("verdict_more")
        self.more.setWordWrap(True)
        self._layout.addWidget(self.more)

    def _prepare_card(self) -> None:
        """Make one finding card, styled, per event-loop turn until there are TOP_FINDINGS: making and
        styling six at the first verdict would block the event loop for some 40 ms."""
        if len(self._cards) < TOP_FINDINGS:
            self._add_card().ensurePolished()
            self._card_timer.start()

    def _add_card(self) -> FindingCard:
        card = FindingCard(self._context)
        card.hide()  # until it shows a finding
        self._cards.append(card)
        self.findings_box.addWidget(card)
        return card

    # -- states --------------------------------------------------------------------------------
    def show_waiting(self) -> None:
        self.needed.hide()
        self._set_badge(self.tr("SCORING…"), "neutral")
        self.reason.setText(self.tr("The verdict appears here and follows every answer."))
        self.reason.show()

    def show_unavailable(self, message: str) -> None:
        self._shown = None
        self.needed.hide()
        self._set_badge(self.tr("NO VERDICT"), "neutral")
        self.reason.setText(self.tr("The rules could not be loaded or applied:\n%s") % message)
        self.reason.show()
        self.retry.show()

    def show_verdict(self, verdict: Verdict) -> None:
        if verdict == self._shown:
            return
        self._shown = verdict
        self.retry.hide()
        self._show_outcome(verdict)
        self.reason.setText(self.readable(self._reason_text(verdict), verdict))
        self.reason.setVisible(bool(self.reason.text()))
        self.fact_labels["dpia_required"].setText(self._yes_no(verdict.dpia_required))
        self.fact_labels["prior_consultation"].setText(self._yes_no(verdict.prior_consultation_required))
        self.fact_labels["art9"].setText(self._art9_text(verdict.art9))
        self.fact_labels["ai_act"].setText(self._ai_act_text(verdict.ai_act))
        self._show_missing(verdict)
        self._show_to_verify(verdict)
        self._findings_timer.start()  # on the next turn: the summary paints first, each turn stays short

    def _show_outcome(self, verdict: Verdict) -> None:
        incomplete = verdict.status == "incomplete"
        if incomplete:
            self._set_badge(self.tr("INCOMPLETE"), "neutral")
            self.needed.setText(self.open_text(verdict, "\n"))
        else:
            self._set_badge(outcome_label(verdict.outcome), OUTCOME_TONES[verdict.outcome])
        self.needed.setVisible(incomplete)

    def open_text(self, verdict: Verdict, separator: str) -> str:
        """What keeps an incomplete verdict open: the answers needed and the answers to verify."""
        parts = []
        needed = answers_needed(verdict)
        if needed:
            parts.append(self.needed_text(needed))
        checks = len(to_verify(verdict))
        if checks:
            parts.append(self.to_verify_text(checks))
        return separator.join(parts)

    def needed_text(self, needed: int) -> str:
        if needed == 1:
            return self.tr("1 answer needed")
        return self.tr("%1 answers needed").replace("%1", str(needed))

    def to_verify_text(self, count: int) -> str:
        if count == 1:
            return self.tr("1 answer to verify")
        return self.tr("%1 answers to verify").replace("%1", str(count))

    def _reason_text(self, verdict: Verdict) -> str:
        """The decisive reason, unless it is already the first finding shown below."""
        if not verdict.reasons:
            return ""
        first_finding = verdict.findings[0].text if verdict.findings else ""
        return "" if verdict.reasons[0] == first_finding else verdict.reasons[0]

    def readable(self, text: str, verdict: Verdict) -> str:
        """Engine text with the ids of unanswered questions replaced by the questions' labels."""
        for missing in verdict.missing:
            if missing.fact in text:
                label = f"“{self._question_label(missing.fact)}”"
                text = re.sub(rf"\b{re.escape(missing.fact)}\b", label, text)
        return text

    @property
    def outcome_text(self) -> str:
        return self.badge.text()

    def _set_badge(self, text: str, tone: str) -> None:
        self.badge.setText(text)
        self.badge.setAccessibleName(self.tr("Verdict: %s") % text)
        set_tone(self.badge, tone)

    def _yes_no(self, value: bool) -> str:
        return self.tr("Yes") if value else self.tr("No")

    def _art9_text(self, art9: Art9Status) -> str:
        if art9.applies is None:
            return self.tr("Not yet known")
        if not art9.applies:
            return self.tr("Does not apply")
        validity = {
            True: self.tr("applies; the exception relied on holds"),
            False: self.tr("applies; no valid exception"),
            None: self.tr("applies; exception not yet established"),
        }[art9.exception_valid]
        return validity[0].upper() + validity[1:]

    def _ai_act_text(self, ai_act: AiActStatus) -> str:
        """Prohibitions the answers establish, and apart from them those unanswered facts keep open."""
        lines = []
        if ai_act.prohibited:
            articles = ", ".join(f"Art. {p}" for p in ai_act.prohibited)
            lines.append(self.tr("PROHIBITED practice: %s") % articles)
        if ai_act.possibly_prohibited:
            articles = ", ".join(f"Art. {p}" for p in ai_act.possibly_prohibited)
            lines.append(self.tr("Possibly prohibited until the answers are complete: %s") % articles)
        if ai_act.high_risk:
            points = ", ".join(ai_act.annex_iii_points)
            lines.append(self.tr("High-risk (Annex III %s)") % points if points else self.tr("High-risk"))
        if ai_act.fria_required:
            lines.append(self.tr("Fundamental-rights impact assessment required (Art. 27)"))
        return "\n".join(lines) or self.tr("No prohibited or high-risk use found")

    def _show_missing(self, verdict: Verdict) -> None:
        """The unanswered questions the verdict needs, as links to them (answers to verify are apart)."""
        missing = unanswered(verdict)
        label = self.fact_labels["missing"]
        if not missing:
            label.setText(self.tr("None"))
            return
        items = [self._question_link(m.fact) for m in missing[:SHOWN_MISSING]]
        label.setText(self._bullets(items, len(missing)))

    def _show_to_verify(self, verdict: Verdict) -> None:
        """The answered questions still to verify, each with what the check must settle; hidden if none."""
        checks = to_verify(verdict)
        label = self.fact_labels["to_verify"]
        items = [
            f"{self._question_link(m.fact)} — {html.escape('; '.join(m.blocks))}"
            if m.blocks
            else self._question_link(m.fact)
            for m in checks[:SHOWN_MISSING]
        ]
        label.setText(self._bullets(items, len(checks)) if checks else "")
        label.setVisible(bool(checks))
        self.fact_captions["to_verify"].setVisible(bool(checks))

    def _bullets(self, items: list[str], total: int) -> str:
        extra = total - len(items)
        more = self.tr("and %n more", "", extra)  # not inside an f-string: lupdate must see it
        return "<br>".join(f"• {item}" for item in items) + (f"<br>{more}" if extra else "")

    def _question_link(self, fact: str) -> str:
        return _link(f"{QUESTION_SCHEME}{fact}", self._question_label(fact))

    def _question_label(self, fact: str) -> str:
        question = self._context.bank.question(fact)
        return self._context.text(question.label) if question else fact

    @property
    def findings_pending(self) -> bool:
        """Finding cards of the verdict shown are still to appear (on the next turns of the event loop)."""
        return self._findings_timer.isActive()

    def _show_pending_findings(self) -> None:
        if self._shown is None:
            return
        if self._show_findings(self._shown):
            self.findings_shown.emit()
        else:
            self._findings_timer.start()

    def _show_findings(self, verdict: Verdict) -> bool:
        """Update the finding cards in place (rebuilding them would relayout the whole dock); at most one
        more card appears per call, as each one lays the dock out again. True once all are shown."""
        findings = verdict.findings
        shown = findings[:TOP_FINDINGS]
        while len(self._cards) < len(shown):
            self._add_card()
        for card, finding in zip(self._cards, shown, strict=False):
            card.set_finding(
                finding, self._severity_text(finding.severity), self.readable(finding.text, verdict)
            )
        for card in self._cards[len(shown) :]:
            card.hide()
        waiting = [card for card in self._cards[: len(shown)] if card.isHidden()]
        if waiting:
            waiting[0].show()
        hidden = len(findings) - TOP_FINDINGS
        self.more.setText(self.tr("%n more finding(s) in the report", "", hidden) if hidden > 0 else "")
        self.findings_title.setVisible(bool(findings))
        self.findings.setVisible(bool(findings))
        return len(waiting) <= 1

    def _severity_text(self, severity: str) -> str:
        return {
            "critical": self.tr("CRITICAL"),
            "warning": self.tr("WARNING"),
            "info": self.tr("INFO"),
        }[severity]

    def _on_link_activated(self, href: str) -> None:
        if href.startswith(QUESTION_SCHEME):
            self._context.question_requested.emit(href[len(QUESTION_SCHEME) :])

    def _on_retry_clicked(self) -> None:
        self.show_waiting()
        self._context.scorer.retry()


def _link(href: str, text: str) -> str:
    return f'<a href="{html.escape(href)}">{html.escape(text)}</a>'


class FindingCard(QFrame):
    """One finding: its severity as a text badge, its text and the sources it cites."""

    def __init__(self, context: WizardContext) -> None:
        super().__init__()
        set_role(self, "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        self.tag = set_role(QLabel(), "tag")
        layout.addWidget(self.tag, 0, Qt.AlignmentFlag.AlignLeft)
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.text.linkActivated.connect(context.on_link)
        layout.addWidget(self.text)
        self._context = context
        self.finding: Finding | None = None
        self.readable = ""

    def set_finding(self, finding: Finding, severity_text: str, readable: str) -> None:
        """Show a finding; `readable` is its text as the user should read it (labels, not ids)."""
        if finding == self.finding and readable == self.readable:
            return
        self.finding, self.readable = finding, readable
        self.setObjectName(f"finding_{finding.id}")
        self.tag.setText(severity_text)
        set_tone(self.tag, SEVERITY_TONES[finding.severity])
        text = html.escape(readable)
        if finding.citations:
            text += "<br>" + self._context.citation_links(finding.citations)
        self.text.setText(text)
        self.text.setAccessibleName(f"{severity_text}: {readable}")
