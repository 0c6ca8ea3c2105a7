"""Tools > Evidence files…: every evidence file of the assessment, what it supports, open / save / remove."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.evidence import MAX_EVIDENCE_BYTES, MAX_EVIDENCE_FILES, MAX_TOTAL_EVIDENCE_BYTES
from app.ui.evidence_actions import confirm_remove, open_evidence, save_copy, size_label
from app.ui.style import set_role
from app.ui.widgets.form_rows import push_button

if TYPE_CHECKING:
    from app.core.assessment import Evidence, Support
    from app.ui.context import WizardContext

COLUMNS = ("name", "size", "sha256", "supports", "note")


class EvidenceDialog(QDialog):
    """The overall evidence list (the per-question and per-measure lists show the same files).

    Attributes:
        table: one row per file: name, size, SHA-256 (start), what it supports, note.
        open_button, save_button, remove_button: act on the selected row.
    """

    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setObjectName("evidence_dialog")
        self.setWindowTitle(self.tr("Evidence files"))
        self.resize(900, 420)
        layout = QVBoxLayout(self)
        self.summary = set_role(QLabel(), "hint")
        self.summary.setObjectName("evidence_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addWidget(self._build_table(), 1)
        layout.addWidget(self._build_buttons())
        context.document.evidence_changed.connect(self.load)
        context.document.reset.connect(self.load)
        self.load()

    def _build_table(self) -> QTableWidget:
        headers = [self.tr("Name"), self.tr("Size"), self.tr("SHA-256"), self.tr("Supports"), self.tr("Note")]
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("evidence_table")
        self.table.setAccessibleName(self.tr("Evidence files"))
        self.table.setHorizontalHeaderLabels(headers)
        note_header = self.table.horizontalHeaderItem(COLUMNS.index("note"))
        if note_header is not None:
            note_header.setToolTip(self.tr("Double-click or press F2 to edit the note"))
        self.table.setEditTriggers(  # only the note is editable (F2 or a double click)
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._enable_buttons)
        self.table.itemChanged.connect(self._on_item_changed)
        return self.table

    def _build_buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = push_button("evidence_open", self.tr("&Open"), self._on_open_clicked)
        self.save_button = push_button("evidence_save", self.tr("&Save a copy…"), self._on_save_clicked)
        self.remove_button = push_button("evidence_remove", self.tr("&Remove…"), self._on_remove_clicked)
        for button in (self.open_button, self.save_button, self.remove_button):
            box.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        box.rejected.connect(self.reject)
        return box

    # -- model to view -------------------------------------------------------------------------
    def files(self) -> list[Evidence]:
        return list(self._context.document.assessment.attachments)

    def load(self) -> None:
        files = self.files()
        self.table.blockSignals(True)
        self._fill(files)
        self.table.blockSignals(False)
        if files and not self.table.selectedItems():
            self.table.selectRow(0)
        self.summary.setText(self._summary(files))
        self._enable_buttons()

    def _fill(self, files: list[Evidence]) -> None:
        self.table.setRowCount(len(files))
        for row, evidence in enumerate(files):
            values = (
                evidence.name,
                size_label(evidence.size),
                evidence.sha256[:16] + "…",
                "; ".join(self._support_label(s) for s in evidence.supports),
                evidence.note,
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, evidence.sha256)
                if column != COLUMNS.index("note"):
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if column == COLUMNS.index("sha256"):
                    item.setToolTip(evidence.sha256)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()

    def _summary(self, files: list[Evidence]) -> str:
        if not files:
            return self.tr(
                "No evidence yet. Drop a file on a question or a measure, or use its “Attach evidence…”."
            )
        total = sum(e.size for e in files)
        text = self.tr("%1 files, %2 in all. Limits: %3 per file, %4 and %5 files per assessment.")
        for marker, value in (
            ("%1", str(len(files))),
            ("%2", size_label(total)),
            ("%3", size_label(MAX_EVIDENCE_BYTES)),
            ("%4", size_label(MAX_TOTAL_EVIDENCE_BYTES)),
            ("%5", str(MAX_EVIDENCE_FILES)),
        ):
            text = text.replace(marker, value)
        return text

    def _support_label(self, support: Support) -> str:
        if support.kind == "question":
            question = self._context.bank.question(support.id)
            label = self._context.text(question.label) if question else support.id
            return self.tr("Answer: %1").replace("%1", label)
        measure = self._context.document.measure(support.id)
        title = measure.title if measure and measure.title else support.id
        return self.tr("Measure: %1").replace("%1", title)

    def _selected(self) -> Evidence | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        sha = item.data(Qt.ItemDataRole.UserRole) if item else None
        return next((e for e in self.files() if e.sha256 == sha), None)

    def _enable_buttons(self) -> None:
        chosen = self._selected() is not None
        for button in (self.open_button, self.save_button, self.remove_button):
            button.setEnabled(chosen)

    # -- actions -------------------------------------------------------------------------------
    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == COLUMNS.index("note"):
            self._context.document.set_evidence_note(item.data(Qt.ItemDataRole.UserRole), item.text())

    def _on_open_clicked(self) -> None:
        if evidence := self._selected():
            open_evidence(self, evidence)

    def _on_save_clicked(self) -> None:
        if evidence := self._selected():
            path = self._context.document.path
            save_copy(self, evidence, str(path.parent) if path else "")

    def _on_remove_clicked(self) -> None:
        if evidence := self._selected():
            confirm_remove(self, self._context, evidence)
