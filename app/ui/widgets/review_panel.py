"""The evaluator's review of one section or measure: acceptable / improvable / to correct, with a comment.

The panel shows the recorded review in one line (a symbol and a word, never colour alone) and opens
a small form to record a new one. Recording goes through the core (`app.core.review.set_review`): a
comment is required unless acceptable, and "to correct" sets a final assessment back to "in review".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import DpiaError
from app.ui.style import set_role, set_tone
from app.ui.widgets.answer_editors import plain_text_edit
from app.ui.widgets.disclosure import Disclosure
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.wheel_guard import guard_wheel

if TYPE_CHECKING:
    from app.core.assessment import Review
    from app.ui.context import WizardContext

REVIEW_STATUSES = ("acceptable", "improvable", "to_correct")
SYMBOLS = {"acceptable": "✔", "improvable": "⚠", "to_correct": "✖"}
TONES = {"acceptable": "good", "improvable": "caution", "to_correct": "danger"}


def status_label(status: str) -> str:
    """The review status in words (translated), for every view that shows one."""
    labels = {
        "acceptable": QCoreApplication.translate("ReviewPanel", "Acceptable"),
        "improvable": QCoreApplication.translate("ReviewPanel", "Improvable"),
        "to_correct": QCoreApplication.translate("ReviewPanel", "To correct"),
    }
    return labels.get(status, status)


def review_badge(review: Review | None) -> str:
    """A symbol and a word: what the section list and the panel show."""
    if review is None:
        return QCoreApplication.translate("ReviewPanel", "Not reviewed")
    return f"{SYMBOLS.get(review.status, '')} {status_label(review.status)}"


def review_icon(style: QStyle, status: str | None) -> QIcon:
    """The section list's icon for a review status (beside the words, which say the same)."""
    pixmaps = {
        "acceptable": QStyle.StandardPixmap.SP_DialogApplyButton,
        "improvable": QStyle.StandardPixmap.SP_MessageBoxWarning,
        "to_correct": QStyle.StandardPixmap.SP_MessageBoxCritical,
    }
    return style.standardIcon(pixmaps[status]) if status in pixmaps else QIcon()


class ReviewPanel(QFrame):
    """The review of one section or measure.

    Attributes:
        summary: the recorded review in one line (badge, evaluator, time, comment).
        toggle: opens the form; status, comment, evaluator and record_button are its fields.
    """

    def __init__(self, context: WizardContext, scope: str, target: str | None, name: str) -> None:
        super().__init__()
        self._context = context
        self.scope = scope
        self.target = target
        self._name = name
        self.setObjectName(f"review_{scope}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        row = FlowLayout()  # the badge goes under the toggle rather than widen the page at a large zoom
        self.toggle = Disclosure(self.tr("Evaluator review"), self._build_form, layout)
        self.toggle.setObjectName(f"review_toggle_{scope}")
        self.badge = set_role(QLabel(), "tag")
        self.badge.setObjectName(f"review_badge_{scope}")
        self.summary = set_role(QLabel(), "hint")
        self.summary.setObjectName(f"review_summary_{scope}")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.toggle)
        row.addWidget(self.badge)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        self.form: QWidget | None = None
        context.document.reviews_changed.connect(self.load)
        context.document.reset.connect(self.load)
        self.load()

    def set_target(self, target: str | None) -> None:
        self.target = target
        self.setEnabled(target is not None)
        self.load()

    def _build_form(self) -> QWidget:
        form_box = QWidget()
        form = QFormLayout(form_box)
        form.setContentsMargins(24, 0, 0, 4)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.status = guard_wheel(QComboBox())
        for value in REVIEW_STATUSES:
            self.status.addItem(f"{SYMBOLS[value]} {status_label(value)}", value)
        self.comment = plain_text_edit(lines=2)
        self.comment.setPlaceholderText(self.tr("Required unless acceptable: what to improve or correct"))
        self.evaluator = QLineEdit()
        self.evaluator.setPlaceholderText(self.tr("Name of the evaluator"))
        self.record_button = QPushButton(self.tr("Record review"))
        self.record_button.clicked.connect(self._on_record_clicked)
        for text, field, name in (
            (self.tr("Judgement"), self.status, "status"),
            (self.tr("Comment"), self.comment, "comment"),
            (self.tr("Evaluator"), self.evaluator, "evaluator"),
        ):
            field.setObjectName(f"review_{name}_{self.scope}")
            field.setAccessibleName(f"{text}: {self._name}")
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        self.record_button.setObjectName(f"review_record_{self.scope}")
        record = self.tr("Record review")
        self.record_button.setAccessibleName(f"{record}: {self._name}")
        form.addRow("", self.record_button)
        self.form = form_box
        self._fill_form()
        return form_box

    # -- model to view -------------------------------------------------------------------------
    def current(self) -> Review | None:
        if self.target is None:
            return None
        return self._context.document.review(self.scope, self.target)

    def load(self) -> None:
        review = self.current()
        self.badge.setText(review_badge(review))
        set_tone(self.badge, TONES.get(review.status, "neutral") if review else "neutral")
        self.summary.setText(self._summary(review))
        self.summary.setVisible(review is not None)
        caption = self.tr("Evaluator review")
        self.badge.setAccessibleName(f"{caption}: {review_badge(review)}")
        self.toggle.setAccessibleName(f"{caption}: {self._name}")
        if self.form is not None:
            self._fill_form()

    def _summary(self, review: Review | None) -> str:
        if review is None:
            return ""
        # Local time in the interface language's short format, as the measures list shows its dates.
        local = QDateTime.fromMSecsSinceEpoch(round(review.time.timestamp() * 1000))  # local time zone
        when = QLocale().toString(local, QLocale.FormatType.ShortFormat)
        text = f"{review.evaluator}, {when}"
        return f"{text}: {review.comment}" if review.comment else text

    def _fill_form(self) -> None:
        review = self.current()
        self.status.setCurrentIndex(REVIEW_STATUSES.index(review.status) if review else 0)
        self.comment.setPlainText(review.comment if review else "")
        self.evaluator.setText(review.evaluator if review else self._last_evaluator())

    def _last_evaluator(self) -> str:
        reviews = self._context.document.assessment.reviews
        return reviews[-1].evaluator if reviews else ""

    # -- view to model -------------------------------------------------------------------------
    def _on_record_clicked(self) -> None:
        if self.target is None:
            return
        if not self.evaluator.text().strip():
            QMessageBox.warning(self, self.tr("Review not recorded"), self.tr("Name the evaluator first."))
            self.evaluator.setFocus()
            return
        try:
            self._context.document.set_review(
                self._context.bank,
                self.scope,
                self.target,
                status=str(self.status.currentData()),
                comment=self.comment.toPlainText(),
                evaluator=self.evaluator.text(),
            )
        except DpiaError as exc:
            QMessageBox.warning(self, self.tr("Review not recorded"), str(exc))
