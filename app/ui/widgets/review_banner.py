"""The banner shown on open: the rules changed since the last version, and when the next review is due.

The texts come from the core's re-check (`app.core.recheck.recheck`, the same one `dpia recheck` runs):
which conclusions of the last recorded version no longer hold under the current rules, and which rules
and findings made the difference. The banner holds no data; `show_for` is given the result and draws it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.printable import printable
from app.ui.labels import fill
from app.ui.style import TONES

if TYPE_CHECKING:
    from app.core.diff import Change
    from app.core.knowledge import Knowledge
    from app.core.recheck import RecheckResult

MAX_LISTED = 8  # changed conclusions listed in the banner; the compare view shows them all

_SHEET = f"""
QFrame#review_banner {{ border-radius: 4px; padding: 2px; }}
QFrame#review_banner[tone="warning"] {{ background: #fbeec4; border: 2px solid #b88a00; }}
QFrame#review_banner[tone="info"] {{ background: #eef3f9; border: 1px solid {TONES["info"]}; }}
QLabel#banner_review[overdue="true"] {{ color: {TONES["danger"]}; font-weight: 700; }}
"""


class ReviewBanner(QFrame):
    """What changed under the rules since the last version, and the next review date.

    Attributes:
        rules_text: the label saying which conclusions changed and why ("" when nothing changed).
        review_text: the label with the next review date (marked overdue when due).
        compare_button: opens the compare view on the last version.
        dismiss_button: hides the banner until the next file is opened.

    The buttons carry no mnemonic: the banner sits above every page, whose labels use the letters.

    Signals:
        compare_requested(str): the revision of the version to compare with.
        dismissed(): the user dismissed the banner (its container hides it).
    """

    compare_requested = Signal(str)
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_banner")
        self.setStyleSheet(_SHEET)
        self.setProperty("tone", "info")
        self._revision = ""
        self._message = False
        self.knowledge: Knowledge | None = None  # for risk titles; set by the owner
        self.rules_text = self._label("banner_rules")
        self.review_text = self._label("banner_review")
        self.compare_button = QPushButton(self.tr("Compare with that version…"))
        self.compare_button.setObjectName("banner_compare")
        self.compare_button.clicked.connect(self._on_compare_clicked)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setObjectName("banner_dismiss")
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the review banner"))
        self.dismiss_button.clicked.connect(self.dismiss)
        self._lay_out()

    def _label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _lay_out(self) -> None:
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        texts = QVBoxLayout()
        texts.addWidget(self.rules_text)
        texts.addWidget(self.review_text)
        row.addLayout(texts, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.compare_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        row.addLayout(buttons)

    # -- drawing ---------------------------------------------------------------------------------
    def show_for(self, result: RecheckResult | None, next_review: dt.date | None, today: dt.date) -> None:
        """Draw the re-check and the review date (`has_message` says whether there is anything to say)."""
        rules = self._rules_message(result) if result is not None else ""
        review, overdue = self._review_message(next_review, today)
        self._revision = result.revision if result is not None and result.changed else ""
        self.rules_text.setText(rules)
        self.rules_text.setVisible(bool(rules))
        self.review_text.setText(review)
        self.review_text.setVisible(bool(review))
        self.review_text.setProperty("overdue", "true" if overdue else "false")
        self.compare_button.setVisible(bool(self._revision))
        warning = bool(self._revision) or overdue
        self.setProperty("tone", "warning" if warning else "info")
        self.setAccessibleName(self.tr("Review notice"))
        self.setAccessibleDescription("\n".join(t for t in (rules, review) if t))
        for widget in (self, self.review_text):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self._message = bool(rules or review)

    def has_message(self) -> bool:
        return self._message

    def _rules_message(self, result: RecheckResult) -> str:
        if not result.versioned or result.error:
            return ""
        name = printable(result.label) or result.revision[:8]
        if result.changed:
            head = self.tr(
                'The rules changed since version "%1" (rules %2, now %3). Its conclusions no longer'
                " hold under the current rules:"
            )
            head = fill(head, name, result.recorded_rules or "-", result.current_rules)
            lines = [f"• {self._change_line(c)}" for c in result.changes[:MAX_LISTED]]
            if len(result.changes) > MAX_LISTED:
                more = self.tr("… and %1 more (see the comparison)")
                lines.append(fill(more, str(len(result.changes) - MAX_LISTED)))
            return "\n".join([head, *lines])
        if result.recorded_rules and result.recorded_rules != result.current_rules:
            text = self.tr(
                'The rules were updated since version "%1" (rules %2, now %3); its conclusions still hold.'
            )
            return fill(text, name, result.recorded_rules, result.current_rules)
        return ""

    def _change_line(self, change: Change) -> str:
        """One changed conclusion: an added or removed finding (and its rule), or a verdict key."""
        from app.ui.dialogs.compare_dialog import item_words, value_words

        if change.area == "findings":
            words = {
                "added": self.tr("now raised: %1"),
                "removed": self.tr("no longer raised: %1"),
                "changed": self.tr("changed: %1"),
            }
            return fill(words[change.kind], change.label)
        old, new = (value_words(change, v) for v in (change.old, change.new))
        return f"{item_words(change, self.knowledge)}: {old} → {new}"

    def _review_message(self, next_review: dt.date | None, today: dt.date) -> tuple[str, bool]:
        if next_review is None:
            return "", False
        date = QLocale().toString(next_review, QLocale.FormatType.ShortFormat)  # as the measures list
        if next_review < today:
            days = (today - next_review).days
            return fill(
                self.tr("Review overdue: the next review was due on %1 (%2 days ago)."), date, str(days)
            ), True
        if next_review == today:
            return fill(self.tr("Review due today (%1)."), date), True
        return fill(self.tr("Next review due on %1."), date), False

    # -- slots -----------------------------------------------------------------------------------
    def _on_compare_clicked(self) -> None:
        if self._revision:
            self.compare_requested.emit(self._revision)

    def dismiss(self) -> None:
        self.dismissed.emit()
