"""The sign-off page's list of disputed answers: what the room (or the merged copies) did not agree on,
each with a button that goes to its question. It follows the document: a question marked or unmarked as
disputed, an answer changed, another file opened."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.style import set_role
from app.ui.widgets.dispute_resolver import value_words

if TYPE_CHECKING:
    from app.ui.context import WizardContext


class DisputesCard(QFrame):
    """A card listing every disputed question: its label, the answer it has now, who disputes it and why.

    Attributes:
        caption: the card's title, with the number of disputed answers.
        go_buttons: {question id: its "Go to question" button}, in questionnaire order.
    """

    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        set_role(self, "card")
        self.setObjectName("disputes_card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        self.caption = set_role(QLabel(), "subtitle")
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        self.intro = set_role(QLabel(), "hint")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.rows = QWidget()
        self.grid = QGridLayout(self.rows)
        self.grid.setContentsMargins(0, 4, 0, 0)
        self.grid.setVerticalSpacing(6)
        layout.addWidget(self.rows)
        self.go_buttons: dict[str, QPushButton] = {}
        document = context.document
        document.note_changed.connect(self._on_changed)
        document.answer_changed.connect(self._on_changed)
        document.reset.connect(self.refresh)
        self.refresh()

    def disputed(self) -> list[str]:
        """The disputed questions: the questionnaire's order first, then any the questionnaire lacks."""
        notes = self.context.document.assessment.notes
        ids = [q.id for q in self.context.bank.questions() if q.id in notes]
        ids += [qid for qid in notes if qid not in ids]
        return [qid for qid in ids if notes[qid].disputed]

    def _on_changed(self, _question_id: str) -> None:
        self.refresh()

    def refresh(self) -> None:
        disputed = self.disputed()
        self.caption.setText(self.tr("Disputed answers (%1)").replace("%1", str(len(disputed))))
        self.intro.setText(
            self.tr(
                "The assessment uses the answer shown until a dispute is resolved: decide each one, or"
                " record why it stays open, before signing. The report lists them after the sign-off table."
            )
            if disputed
            else self.tr("No answer is disputed.")
        )
        self._clear()
        for row, question_id in enumerate(disputed):
            self._add_row(row, question_id)

    def _clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.go_buttons = {}

    def _add_row(self, row: int, question_id: str) -> None:
        question = self.context.bank.question(question_id)
        label = self.context.text(question.label) if question is not None else question_id
        note = self.context.document.note(question_id)
        value = self.context.document.answer(question_id)
        answer = value_words(self.context.bank, question_id, value, self.context.locale) or self.tr(
            "(unanswered)"
        )
        lines = [f"<b>{_escape(label)}</b>", self.tr("Answer now: %1").replace("%1", _escape(answer))]
        if note.disputed_by:
            lines.append(self.tr("Disputed by: %1").replace("%1", _escape(note.disputed_by)))
        if note.dispute_reason:
            lines.append(self.tr("Why: %1").replace("%1", _escape(note.dispute_reason)))
        text = QLabel("<br>".join(lines))
        text.setObjectName(f"dispute_summary_{question_id}")
        text.setWordWrap(True)
        go = QPushButton(self.tr("Go to question"))
        go.setObjectName(f"go_to_dispute_{question_id}")
        go.setAccessibleName(self.tr("Go to question: %1").replace("%1", label))
        go.clicked.connect(lambda _checked=False, qid=question_id: self.context.question_requested.emit(qid))
        self.grid.addWidget(text, 2 * row, 0)
        self.grid.addWidget(go, 2 * row + 1, 0, Qt.AlignmentFlag.AlignLeft)
        self.go_buttons[question_id] = go


def _escape(text: str) -> str:
    return html.escape(text, quote=False).replace("\n", "<br>")
