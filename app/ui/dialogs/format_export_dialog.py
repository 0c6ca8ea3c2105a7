"""File > Export as Word / CSV risk register / Excel: where, in which language, then the same export as
`dpia export` (app.report.formats.write_export) in a worker thread.

An existing file is replaced only after the user confirmed it; the open .dpia file is never an output.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.ui.dialogs.replace_check import may_write
from app.ui.dialogs.sizing import fit_height, fit_width
from app.ui.style import set_role
from app.ui.translation import offered_languages
from app.ui.widgets.form_rows import add_row, line_edit, named, push_button
from app.ui.widgets.wheel_guard import guard_wheel
from app.ui.worker import BackgroundTask, Progress

if TYPE_CHECKING:
    from app.core.assessment import Assessment
    from app.core.knowledge import Knowledge

# format: (window title, file filter, what it is), marked for translation, translated when shown
FORMATS: dict[str, tuple[str, str, str]] = {
    "docx": (
        str(QT_TRANSLATE_NOOP("FormatExportDialog", "Export as Word (.docx)")),
        str(QT_TRANSLATE_NOOP("FormatExportDialog", "Word documents (*.docx);;All files (*)")),
        str(QT_TRANSLATE_NOOP("FormatExportDialog", "Word report")),
    ),
    "csv": (
        str(QT_TRANSLATE_NOOP("FormatExportDialog", "Export the risk register as CSV")),
        str(QT_TRANSLATE_NOOP("FormatExportDialog", "CSV files (*.csv);;All files (*)")),
        str(QT_TRANSLATE_NOOP("FormatExportDialog", "CSV risk register")),
    ),
    "xlsx": (
        str(QT_TRANSLATE_NOOP("FormatExportDialog", "Export as Excel (.xlsx)")),
        str(QT_TRANSLATE_NOOP("FormatExportDialog", "Excel workbooks (*.xlsx);;All files (*)")),
        str(QT_TRANSLATE_NOOP("FormatExportDialog", "Excel workbook")),
    ),
}


def default_export_path(fmt: str, source: Path | None, folder: str, title: str) -> Path:
    """Beside the .dpia with its stem (the register as "<stem>-risks.csv"); for an unsaved assessment,
    its title in `folder`."""
    if source is not None:
        stem, where = source.stem, source.parent
    else:
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in title).strip()
        stem, where = safe or "dpia-report", Path(folder)
    return where / (f"{stem}-risks.csv" if fmt == "csv" else f"{stem}.{fmt}")


def with_suffix(path: Path, fmt: str) -> Path:
    return path if path.suffix.lower() == f".{fmt}" else path.with_name(f"{path.name}.{fmt}")


class FormatExportDialog(QDialog):
    """One export format (docx, csv or xlsx) of the open assessment.

    Attributes:
        fmt: "docx", "csv" or "xlsx"; output: the file field; language: the language combo box.
    Signals:
        exported(object, int): the Path written and its size in bytes.
    """

    exported = Signal(object, int)

    def __init__(
        self,
        fmt: str,
        assessment: Assessment,
        output: Path,
        *,
        locale: str = "en",
        knowledge: Knowledge | None = None,
        source: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.setObjectName(f"export_{fmt}_dialog")
        self.setWindowTitle(self.tr(FORMATS[fmt][0]))
        self.setMinimumWidth(620)
        self._assessment = assessment
        self._knowledge = knowledge
        self._source = source
        self._confirmed_output = ""  # a path the file dialog already asked about replacing
        self.task: BackgroundTask | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        intro = set_role(QLabel(self._intro()), "intro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(self._build_form(output, locale))
        self.status = set_role(QLabel(), "hint")
        self.status.setObjectName("format_export_status")
        layout.addWidget(self.status)
        layout.addWidget(self._build_buttons())
        self._on_input_changed()

    def _intro(self) -> str:
        texts = {
            "docx": self.tr(
                "The full report as an editable Word document: the sections, tables and citations of the"
                " PDF, with Word headings (Insert > Table of contents works). It opens in Word and"
                " LibreOffice."
            ),
            "csv": self.tr(
                "The risk register, one row per risk: inherent and residual severity, likelihood and level,"
                " measures and override justifications (UTF-8, with a header row)."
            ),
            "xlsx": self.tr(
                "An Excel workbook with the sheets Risks (levels coloured) and Action plan (owner, due date,"
                " status)."
            ),
        }
        note = self.tr("It shows the assessment as it is in the wizard now, saved or not.")
        return f"{texts[self.fmt]} {note}"

    def _build_form(self, output: Path, locale: str) -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.output = line_edit("format_export_output", str(output))
        self.browse = push_button("format_export_browse", self.tr("&Browse…"), self._on_browse)
        self.language = named(guard_wheel(QComboBox()), "format_export_language")
        for offered in offered_languages():  # resources/languages.yaml, the complete ones
            self.language.addItem(offered.name, offered.code)
        self.language.setCurrentIndex(max(0, self.language.findData(locale)))
        add_row(form, self.tr("&File"), self.output, self.browse)
        add_row(form, self.tr("&Language"), self.language, None)
        self.output.textChanged.connect(self._on_input_changed)
        return form

    def _build_buttons(self) -> QDialogButtonBox:
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("format_export_button")
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self._on_export)
        self.buttons.rejected.connect(self.reject)
        return self.buttons

    def _on_input_changed(self) -> None:
        self.export_button.setEnabled(bool(self.output.text().strip()) and not self.is_running())

    def output_path(self) -> Path:
        return with_suffix(Path(self.output.text().strip()), self.fmt)

    def _on_browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr(FORMATS[self.fmt][0]), self.output.text(), self.tr(FORMATS[self.fmt][1])
        )
        if path:
            chosen = with_suffix(Path(path), self.fmt)
            self._confirmed_output = str(chosen) if chosen == Path(path) else ""
            self.output.setText(str(chosen))

    # -- exporting -----------------------------------------------------------------------------
    def _on_export(self) -> None:
        if not self.output.text().strip() or self.is_running():
            return
        out = self.output_path()
        overwrite = self._may_write(out)
        if overwrite is None:
            return
        self.task = BackgroundTask(self._job(out, overwrite), self)
        self.task.succeeded.connect(self._on_succeeded)
        self.task.failed.connect(self._on_failed)
        self._set_running(True)
        self.task.start()

    def _may_write(self, out: Path) -> bool | None:
        """Whether to replace an existing file (asked once), or None to stop: never the .dpia itself."""
        question = (
            self.tr("Replace the file?"),
            self.tr("%1 already exists. Replace it?").replace("%1", str(out)),
        )
        return may_write(
            self,
            out,
            [self._source],
            confirmed=self._confirmed_output,
            error_title=self._error_title(),
            question=question,
        )

    def _job(self, out: Path, overwrite: bool) -> Any:
        """The export as a closure over copies: later edits in the wizard do not reach the worker."""
        assessment = self._assessment.model_copy(deep=True)
        fmt, locale, knowledge, inputs = (
            self.fmt,
            str(self.language.currentData()),
            self._knowledge,
            [self._source],
        )

        def run(_progress: Progress) -> tuple[Path, int]:
            from app.report.formats import write_export

            size = write_export(assessment, fmt, out, locale, knowledge, overwrite=overwrite, inputs=inputs)
            return out, size

        return run

    def is_running(self) -> bool:
        return self.task is not None and self.task.running

    def _set_running(self, running: bool) -> None:
        for widget in (self.output, self.browse, self.language):
            widget.setEnabled(not running)
        self.export_button.setEnabled(not running and bool(self.output.text().strip()))
        self.status.setText(self.tr("Exporting…") if running else "")

    def _on_succeeded(self, result: tuple[Path, int]) -> None:
        self._set_running(False)
        self.exported.emit(*result)
        self.accept()

    def _on_failed(self, message: str) -> None:
        self._set_running(False)
        QMessageBox.critical(self, self._error_title(), message)

    def _error_title(self) -> str:
        return self.tr("Cannot export the %1").replace("%1", self.tr(FORMATS[self.fmt][2]))

    def showEvent(self, event: QShowEvent) -> None:
        fit_width(self, 70)
        fit_height(self, 0)
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fit_height(self, 0)

    def reject(self) -> None:
        if not self.is_running():  # the export cannot be stopped half-way; it is short
            super().reject()
