"""The workshop note of one question: free text, and who disputed the answer and why."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QWidget

from app.ui.widgets.answer_editors import plain_text_edit

if TYPE_CHECKING:
    from app.ui.document import AssessmentDocument


class NoteEditor(QWidget):
    edited = Signal()

    def __init__(self, document: AssessmentDocument, question_id: str, question_label: str) -> None:
        super().__init__()
        self._document = document
        self._question_id = question_id
        self.text = plain_text_edit(lines=2)
        self.disputed = QCheckBox(self.tr("The room disagrees with this answer (disputed)"))
        self.disputed_by = QLineEdit()
        self.reason = QLineEdit()
        self._name_fields(question_id, question_label)
        self._lay_out()
        self.load()
        self.text.textChanged.connect(self._on_text_changed)
        self.disputed.toggled.connect(self._on_disputed_toggled)
        self.disputed_by.textEdited.connect(self._on_disputed_by_edited)
        self.reason.textEdited.connect(self._on_reason_edited)

    def _name_fields(self, question_id: str, label: str) -> None:
        for widget, name, accessible in (
            (self.text, "note_text", self.tr("Workshop note")),
            (self.disputed, "disputed", self.tr("Answer disputed")),
            (self.disputed_by, "disputed_by", self.tr("Disputed by")),
            (self.reason, "dispute_reason", self.tr("Why it is disputed")),
        ):
            widget.setObjectName(f"{name}_{question_id}")
            widget.setAccessibleName(f"{accessible}: {label}")
        self.disputed_by.setPlaceholderText(self.tr("Name or role of who disagrees"))
        self.reason.setPlaceholderText(self.tr("What they disagree with, and why"))

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        form.setContentsMargins(0, 4, 0, 4)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self._buddy(self.tr("Note"), self.text), self.text)
        form.addRow("", self.disputed)
        form.addRow(self._buddy(self.tr("Disputed by"), self.disputed_by), self.disputed_by)
        form.addRow(self._buddy(self.tr("Why"), self.reason), self.reason)

    def _buddy(self, text: str, field: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(field)
        return label

    def load(self) -> None:
        note = self._document.note(self._question_id)
        for widget in (self.text, self.disputed, self.disputed_by, self.reason):
            widget.blockSignals(True)
        if self.text.toPlainText() != note.text:
            self.text.setPlainText(note.text)
        self.disputed.setChecked(note.disputed)
        self.disputed_by.setText(note.disputed_by)
        self.reason.setText(note.dispute_reason)
        for widget in (self.text, self.disputed, self.disputed_by, self.reason):
            widget.blockSignals(False)
        self._enable_dispute_fields(note.disputed)

    def _enable_dispute_fields(self, disputed: bool) -> None:
        self.disputed_by.setEnabled(disputed)
        self.reason.setEnabled(disputed)

    def _on_text_changed(self) -> None:
        self._document.set_note(self._question_id, text=self.text.toPlainText())

    def _on_disputed_toggled(self, checked: bool) -> None:
        self._enable_dispute_fields(checked)
        self._document.set_note(self._question_id, disputed=checked)

    def _on_disputed_by_edited(self, text: str) -> None:
        self._document.set_note(self._question_id, disputed_by=text)

    def _on_reason_edited(self, text: str) -> None:
        self._document.set_note(self._question_id, dispute_reason=text)
