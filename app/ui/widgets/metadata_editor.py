"""The assessment's metadata (title, organisation, controller, assessor, DPO) on the project page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QFormLayout, QFrame, QLabel, QLineEdit, QMessageBox, QVBoxLayout

from app.core.errors import DpiaError
from app.ui.style import set_role
from app.ui.widgets.wheel_guard import guard_wheel

if TYPE_CHECKING:
    from app.ui.document import AssessmentDocument

STATUSES = ("draft", "in_review", "final")


class MetadataEditor(QFrame):
    def __init__(self, document: AssessmentDocument) -> None:
        super().__init__()
        self._document = document
        self.setObjectName("metadata_editor")
        set_role(self, "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        heading = set_role(QLabel(self.tr("About this assessment")), "subtitle")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(form)
        self.fields: dict[str, QLineEdit] = {}
        for field, text in self._field_labels():
            self.fields[field] = self._add_line(form, field, text)
        self.status = guard_wheel(QComboBox())
        self.status.setObjectName("meta_status")
        for value, text in zip(STATUSES, self._status_labels(), strict=True):
            self.status.addItem(text, value)
        self._add_row(form, self.tr("&Status"), self.status)
        self.status.currentIndexChanged.connect(self._on_status_changed)
        document.reviews_changed.connect(self.load)  # "to correct" sets a final assessment back
        self.load()

    def _field_labels(self) -> tuple[tuple[str, str], ...]:
        return (
            ("title", self.tr("&Title of the assessment")),
            ("organisation", self.tr("&Organisation")),
            ("controller", self.tr("&Controller (legal entity)")),
            ("assessor", self.tr("&Assessor")),
            ("dpo", self.tr("&DPO")),
            ("version", self.tr("Ve&rsion")),
        )

    def _status_labels(self) -> tuple[str, ...]:
        return (self.tr("Draft"), self.tr("In review"), self.tr("Final"))

    def _add_line(self, form: QFormLayout, field: str, text: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(f"meta_{field}")
        edit.textEdited.connect(lambda value, f=field: self._document.set_metadata(f, value))
        self._add_row(form, text, edit)
        return edit

    def _add_row(self, form: QFormLayout, text: str, field: QLineEdit | QComboBox) -> None:
        label = QLabel(text)
        label.setWordWrap(True)  # a long translation wraps at a large zoom rather than widen the page
        label.setBuddy(field)
        field.setAccessibleName(text.replace("&", ""))
        form.addRow(label, field)

    def load(self) -> None:
        metadata = self._document.assessment.metadata
        for field, edit in self.fields.items():
            value = getattr(metadata, field)
            if edit.text() != value:
                edit.setText(value)
        self.status.blockSignals(True)
        self.status.setCurrentIndex(STATUSES.index(metadata.status))
        self.status.blockSignals(False)

    def _on_status_changed(self, index: int) -> None:
        try:
            self._document.set_status(STATUSES[index])
        except DpiaError as exc:  # final while the evaluator asks for corrections
            QMessageBox.warning(self, self.tr("Cannot change the status"), str(exc))
            self.load()
