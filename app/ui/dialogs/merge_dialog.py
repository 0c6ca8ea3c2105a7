"""File > Merge participants' copies…: choose the base and the copies, merge them (app.core.merge, as
`dpia merge` does), decide each disputed question side by side, and save the result as a new file.

The merge never writes over the base or a copy: the result goes to a file the user chooses, which the
window then opens.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import DpiaError
from app.core.merge import MergeResult, merge_files, resolve_dispute
from app.core.safeio import check_output, write_file
from app.core.storage import serialise
from app.ui.dialogs.sizing import fit_height, fit_width
from app.ui.style import set_role
from app.ui.widgets.dispute_resolver import DisputeResolver
from app.ui.widgets.form_rows import add_row, line_edit, named, push_button

if TYPE_CHECKING:
    from app.core.assessment import Assessment
    from app.core.forms import QuestionBank

FILE_FILTER = "DPIA assessments (*.dpia);;All files (*)"
SUFFIX = ".dpia"
WIDTH_SHARE = 0.85  # of the main window, once the disputes are shown
MIN_HEIGHT = 520


def merged_path(base: Path) -> Path:
    """The suggested name of the result: beside the base, "<base>-merged.dpia"."""
    return base.with_name(f"{base.stem}-merged{SUFFIX}")


class MergeDialog(QDialog):
    """Two steps: the files to merge, then one DisputeResolver per disputed question and Save.

    Attributes:
        base: the base file's field; copies: the list of copies (full paths).
        merge_result: the MergeResult once merged, else None.
        resolvers: the DisputeResolver of each disputed question, in the merge's order.
    Signals:
        merged(object): the Path the merged assessment was written to.
    """

    merged = Signal(object)

    def __init__(
        self,
        bank: QuestionBank,
        base: Path | None,
        folder: str,
        *,
        locale: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("merge_dialog")
        self.setWindowTitle(self.tr("Merge participants' copies"))
        self.setMinimumSize(760, MIN_HEIGHT)
        self._bank = bank
        self._folder = folder
        self._locale = locale
        self.merge_result: MergeResult | None = None
        self.resolvers: list[DisputeResolver] = []
        self._inputs: list[Path] = []
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_files_step(base))
        self.stack.addWidget(self._build_resolve_step())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(self.stack, 1)
        self._on_input_changed()

    # -- step 1: the files -----------------------------------------------------------------------
    def _build_files_step(self, base: Path | None) -> QWidget:
        step = QWidget()
        column = QVBoxLayout(step)
        column.setContentsMargins(0, 0, 0, 0)
        intro = set_role(QLabel(self._files_intro()), "intro")
        intro.setWordWrap(True)
        column.addWidget(intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.base = line_edit("merge_base", str(base) if base else "")
        self.browse_base = push_button("merge_browse_base", self.tr("Bro&wse…"), self._on_browse_base)
        add_row(form, self.tr("&Base (the file the copies were made from)"), self.base, self.browse_base)
        column.addLayout(form)
        caption = QLabel(self.tr("The participants' &copies"))
        self.copies = named(QListWidget(), "merge_copies")
        self.copies.setAccessibleName(self.tr("The participants' copies"))
        caption.setBuddy(self.copies)
        column.addWidget(caption)
        column.addWidget(self.copies, 1)
        column.addLayout(self._copy_buttons())
        self.files_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.files_buttons.addButton(
            self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setObjectName("merge_button")
        self.merge_button.setDefault(True)
        self.files_buttons.accepted.connect(self._on_merge)
        self.files_buttons.rejected.connect(self.reject)
        self.base.textChanged.connect(self._on_input_changed)
        column.addWidget(self.files_buttons)
        return step

    def _files_intro(self) -> str:
        return self.tr(
            "Each participant worked in a copy of the assessment. Changes made in one copy are taken; a"
            " question answered differently in two copies becomes disputed, and you decide it in the next"
            " step. The base and the copies are not changed: the result is saved as a new file."
        )

    def _copy_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.add_copies = push_button("merge_add_copies", self.tr("&Add copies…"), self._on_add_copies)
        self.remove_copy = push_button("merge_remove_copy", self.tr("&Remove copy"), self._on_remove_copy)
        row.addWidget(self.add_copies)
        row.addWidget(self.remove_copy)
        row.addStretch(1)
        return row

    def copy_paths(self) -> list[Path]:
        return [Path(self.copies.item(row).text()) for row in range(self.copies.count())]

    def add_copy_paths(self, paths: list[str]) -> None:
        known = {str(p) for p in self.copy_paths()}
        for path in paths:
            if path and path not in known:
                self.copies.addItem(path)
                known.add(path)
        self._on_input_changed()

    def _on_browse_base(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("The base assessment"), self.base.text() or self._folder, self.tr(FILE_FILTER)
        )
        if path:
            self.base.setText(path)

    def _on_add_copies(self) -> None:
        start = str(Path(self.base.text()).parent) if self.base.text().strip() else self._folder
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("The participants' copies"), start, self.tr(FILE_FILTER)
        )
        self.add_copy_paths(paths)

    def _on_remove_copy(self) -> None:
        row = self.copies.currentRow()
        if row >= 0:
            self.copies.takeItem(row)
        self._on_input_changed()

    def _on_input_changed(self) -> None:
        missing = self.missing()
        self.merge_button.setEnabled(not missing)
        self.merge_button.setToolTip(missing)
        self.remove_copy.setEnabled(self.copies.count() > 0)

    def missing(self) -> str:
        """What must still be chosen before merging ('' when nothing)."""
        if not self.base.text().strip():
            return self.tr("Choose the base assessment")
        if not self.copies.count():
            return self.tr("Add at least one participant's copy")
        return ""

    def _on_merge(self) -> None:
        if self.missing():
            return
        base = Path(self.base.text().strip())
        copies = self.copy_paths()
        try:
            result = merge_files(base, copies, self._bank, self._locale)
        except DpiaError as exc:
            unchanged = self.tr("Nothing was merged and no file was changed.")
            QMessageBox.critical(self, self.tr("Cannot merge the copies"), f"{exc}\n\n{unchanged}")
            return
        self.merge_result = result
        self._inputs = [base, *copies]
        self._show_result(result)
        self.stack.setCurrentIndex(1)
        self._widen()
        first = self.resolvers[0].keep_button if self.resolvers else self.save_button
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _widen(self) -> None:
        """Side by side needs room: the dialog takes most of the window (the columns wrap beyond that)."""
        window = self.parentWidget()
        if window is not None:
            width = max(self.width(), round(window.width() * WIDTH_SHARE))
            self.resize(width, max(self.height(), round(window.height() * WIDTH_SHARE)))

    # -- step 2: decide the disputes, save -------------------------------------------------------
    def _build_resolve_step(self) -> QWidget:
        step = QWidget()
        column = QVBoxLayout(step)
        column.setContentsMargins(0, 0, 0, 0)
        self.summary = set_role(QLabel(), "intro")
        self.summary.setObjectName("merge_summary")
        self.summary.setWordWrap(True)
        column.addWidget(self.summary)
        self.disputes_area = QScrollArea()
        self.disputes_area.setObjectName("merge_disputes")
        self.disputes_area.setWidgetResizable(True)
        self.disputes_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        column.addWidget(self.disputes_area, 1)
        self.resolve_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.back_button = self.resolve_buttons.addButton(
            self.tr("< &Back"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.back_button.setObjectName("merge_back")
        self.back_button.clicked.connect(self._on_back)
        self.save_button = self.resolve_buttons.addButton(
            self.tr("&Save merged assessment…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("merge_save")
        self.resolve_buttons.accepted.connect(self._on_save)
        self.resolve_buttons.rejected.connect(self.reject)
        column.addWidget(self.resolve_buttons)
        return step

    def _show_result(self, result: MergeResult) -> None:
        disputed = [c for c in result.conflicts if c.area == "answers"]
        others = [c for c in result.conflicts if c.area != "answers"]
        self.summary.setText(self._summary(sum(result.taken.values()), len(disputed), len(others)))
        body = QWidget()
        body.setObjectName("merge_disputes_body")
        column = QVBoxLayout(body)
        column.setSpacing(12)
        self.resolvers = [DisputeResolver(c, self._bank, self._locale) for c in disputed]
        for resolver in self.resolvers:
            column.addWidget(resolver)
        if others:
            column.addWidget(self._others_label(others))
        column.addStretch(1)
        self.disputes_area.setWidget(body)  # the previous result's widgets are deleted

    def _summary(self, taken: int, disputed: int, others: int) -> str:
        text = self.tr("%1 change(s) taken from the copies.").replace("%1", str(taken))
        if disputed:
            text += " " + self.tr(
                "%1 question(s) were answered differently: take one participant's value, or keep the"
                " question disputed to decide it in the workshop. Base is the value in the file the"
                " copies were made from; a disputed question keeps it."
            ).replace("%1", str(disputed))
        else:
            text += " " + self.tr("No question was answered differently.")
        if others:
            text += " " + self.tr("%1 other conflict(s) kept the base, listed below.").replace(
                "%1", str(others)
            )
        return text

    def _others_label(self, others: list) -> QLabel:
        lines = [self.tr("Other conflicts (the base was kept):")]
        lines += [f"• {c.area}: {c.key} ({', '.join(c.values)})" for c in others]
        label = set_role(QLabel("\n".join(lines)), "hint")
        label.setObjectName("merge_other_conflicts")
        label.setWordWrap(True)
        return label

    def _on_back(self) -> None:
        self.stack.setCurrentIndex(0)
        self.merge_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def resolved(self) -> Assessment:
        """The merged assessment with every decided dispute answered as chosen."""
        assert self.merge_result is not None
        assessment = self.merge_result.assessment
        for resolver in self.resolvers:
            who = resolver.choice()
            if who:
                assessment = resolve_dispute(assessment, resolver.conflict, who, self._bank, self._locale)
        return assessment

    def _on_save(self) -> None:
        if self.merge_result is None:
            return
        start = str(merged_path(self._inputs[0]))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the merged assessment as"), start, self.tr(FILE_FILTER)
        )
        if not path:
            return
        out = Path(path) if Path(path).suffix else Path(path).with_suffix(SUFFIX)
        overwrite = self._may_write(out, confirmed=out == Path(path))
        if overwrite is None:
            return
        try:
            write_file(
                out, serialise(self.resolved()), overwrite=overwrite, inputs=self._inputs, what="assessment"
            )
        except DpiaError as exc:
            QMessageBox.critical(self, self.tr("Cannot save the merged assessment"), str(exc))
            return
        self.merged.emit(out)
        self.accept()

    def _may_write(self, out: Path, *, confirmed: bool) -> bool | None:
        """Whether to replace an existing file (asked unless the file dialog asked), None to stop.

        The base and the copies are never replaced."""
        try:
            check_output(out, overwrite=True, inputs=self._inputs)
        except DpiaError as exc:
            hint = self.tr("The merged assessment is saved as a new file; choose another name.")
            QMessageBox.critical(self, self.tr("Cannot save the merged assessment"), f"{exc}\n\n{hint}")
            return None
        if not os.path.lexists(out):
            return False
        if confirmed:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Replace the file?"),
            self.tr("%1 already exists. Replace it with the merged assessment?").replace("%1", str(out)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return True if answer == QMessageBox.StandardButton.Yes else None

    def showEvent(self, event: QShowEvent) -> None:
        fit_width(self, 90)
        fit_height(self, MIN_HEIGHT)
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fit_height(self, MIN_HEIGHT)
