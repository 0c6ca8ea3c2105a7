"""File > Export report…: where to write the PDF, in which language, and whether to sign it now.

The export (scoring, layout, signing) runs in a worker thread; the dialog shows its progress and the
window stays usable. The passphrase lives only in its field until the export starts, is then cleared,
and is never stored or logged.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app.report.options import ROLES
from app.ui.dialogs.replace_check import may_write
from app.ui.state import default_identity
from app.ui.style import set_role
from app.ui.translation import offered_languages
from app.ui.widgets.form_rows import add_row, line_edit, named, push_button
from app.ui.widgets.wheel_guard import guard_wheel
from app.ui.worker import BackgroundTask, Progress

if TYPE_CHECKING:
    from app.core.assessment import Assessment
    from app.core.knowledge import Knowledge

PDF_FILTER = "PDF reports (*.pdf);;All files (*)"
IDENTITY_FILTER = "Signing identities (*.p12 *.pfx);;All files (*)"


def default_report_path(source: Path | None, folder: str, title: str) -> Path:
    """Next to the .dpia with the same stem; for an unsaved assessment, its title in `folder`."""
    if source is not None:
        return source.with_suffix(".pdf")
    safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in title).strip()
    return Path(folder) / f"{safe or 'dpia-report'}.pdf"


def can_open_files() -> bool:
    """False on the offscreen platform (tests, screenshots): nothing could show the file."""
    return os.environ.get("QT_QPA_PLATFORM", "") != "offscreen"


def open_file(path: Path) -> bool:
    """Show a file or folder with the desktop's application for it; False when there is none."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


class ExportDialog(QDialog):
    """Signals:
    exported(ExportResult): the report was written.
    version_recorded(Assessment): a signed export recorded a version in the copy it exported (emitted
        after `exported`); the window takes its history and revision from it.
    """

    exported = Signal(object)  # app.report.export.ExportResult
    version_recorded = Signal(object)  # app.core.assessment.Assessment

    def __init__(
        self,
        assessment: Assessment,
        output: Path,
        *,
        locale: str = "en",
        knowledge: Knowledge | None = None,
        source: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self._source = source
        self._confirmed_output = ""  # a path the file dialog already asked about replacing
        self.setWindowTitle(self.tr("Export report"))
        self.setMinimumWidth(620)
        self._assessment = assessment
        self._knowledge = knowledge
        self._recorded: Assessment | None = None  # the exported copy, when it recorded a version
        self.task: BackgroundTask | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        intro = set_role(QLabel(self._intro()), "intro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(self._build_form(output, locale))
        layout.addWidget(self._version_note())
        layout.addWidget(self._build_progress())
        layout.addWidget(self._build_buttons())
        self._on_sign_toggled(False)

    def _intro(self) -> str:
        return self.tr(
            "The report shows the assessment as it is in the wizard now, saved or not. Signing adds"
            " your electronic signature in the chosen role, with an identity file or a smart card or HSM;"
            " the passphrase or PIN is used once and not stored."
        )

    # -- building ------------------------------------------------------------------------------
    def _build_form(self, output: Path, locale: str) -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.output = line_edit("export_output", str(output))
        self.browse_output = push_button("export_browse_output", self.tr("&Browse…"), self._on_browse_output)
        self.language = named(guard_wheel(QComboBox()), "export_language")
        for offered in offered_languages():  # resources/languages.yaml, the complete ones
            self.language.addItem(offered.name, offered.code)
        self.language.setCurrentIndex(max(0, self.language.findData(locale)))
        self.sign = named(QCheckBox(self.tr("&Sign the report now")), "export_sign")
        self.sign.toggled.connect(self._on_sign_toggled)
        self.identity = line_edit("export_identity", default_identity())
        self.browse_identity = push_button(
            "export_browse_identity", self.tr("B&rowse…"), self._on_browse_identity
        )
        self.sign_with = named(guard_wheel(QComboBox()), "export_sign_with")
        self.sign_with.addItem(self.tr("Identity file (.p12)"), "file")
        self.sign_with.addItem(self.tr("Smart card or HSM (PKCS#11)"), "token")
        self.sign_with.currentIndexChanged.connect(self._on_sign_with_changed)
        self.pkcs11_lib = line_edit("export_pkcs11_lib", "")
        self.pkcs11_lib.setPlaceholderText(self.tr("PKCS#11 module, e.g. /usr/lib/opensc-pkcs11.so"))
        self.token_label = line_edit("export_token", "")
        self.token_key = line_edit("export_token_key", "")
        self.role = named(guard_wheel(QComboBox()), "export_role")
        for role in ROLES:
            self.role.addItem(self._role_label(role), role)
        self.passphrase = line_edit("export_passphrase", "")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.open_when_done = named(QCheckBox(self.tr("&Open the report when done")), "export_open")
        self.open_when_done.setChecked(can_open_files())
        rows: list[tuple[str, QWidget, QWidget | None]] = [
            (self.tr("Report &file"), self.output, self.browse_output),
            (self.tr("&Language"), self.language, None),
            ("", self.sign, None),
            (self.tr("Sign &with"), self.sign_with, None),
            (self.tr("&Identity file"), self.identity, self.browse_identity),
            (self.tr("PKCS#11 &module"), self.pkcs11_lib, None),
            (self.tr("&Token label"), self.token_label, None),
            (self.tr("&Key label"), self.token_key, None),
            (self.tr("Signing &role"), self.role, None),
            (self.tr("&Passphrase or PIN"), self.passphrase, None),
            ("", self.open_when_done, None),
        ]
        for text, field, extra in rows:
            add_row(form, text, field, extra)
        for field in (self.output, self.identity, self.passphrase, *self._token_fields()):
            field.textChanged.connect(self._on_input_changed)
        return form

    def _version_note(self) -> QLabel:
        """Says what else a signed export does: it is recorded as a version (lineage.record_export)."""
        self.version_note = set_role(
            QLabel(
                self.tr(
                    "A signed report is also recorded as a version in the assessment's history (its"
                    " revision is named on the cover), and the assessment file is saved."
                )
            ),
            "hint",
        )
        self.version_note.setObjectName("export_version_note")
        self.version_note.setWordWrap(True)
        return self.version_note

    def _role_label(self, role: str) -> str:
        labels = {
            "assessor": self.tr("Assessor"),
            "dpo": self.tr("Data protection officer (DPO)"),
            "controller": self.tr("Controller (decision)"),
            "reviewer": self.tr("Reviewer (evaluator)"),
        }
        return labels.get(role, role)

    def _build_progress(self) -> QWidget:
        box = QWidget()
        row = QVBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.progress = named(QProgressBar(), "export_progress")
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)  # the line below says what is happening
        self.progress.setFixedHeight(12)
        self.progress_text = set_role(QLabel(), "hint")
        self.progress_text.setObjectName("export_progress_text")
        row.addWidget(self.progress)
        row.addWidget(self.progress_text)
        self.progress.hide()
        return box

    def _build_buttons(self) -> QDialogButtonBox:
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("export_button")
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self._on_export)
        self.buttons.rejected.connect(self.reject)
        return self.buttons

    # -- input ---------------------------------------------------------------------------------
    def _token_fields(self) -> tuple[QLineEdit, QLineEdit, QLineEdit]:
        return self.pkcs11_lib, self.token_label, self.token_key

    def uses_token(self) -> bool:
        return self.sign_with.currentData() == "token"

    def _signing_widgets(self) -> list[tuple[QWidget, bool]]:
        """Each signing widget and whether it applies to the chosen way of signing."""
        token = self.uses_token()
        return [
            (self.sign_with, True),
            (self.identity, not token),
            (self.browse_identity, not token),
            *((field, token) for field in self._token_fields()),
            (self.role, True),
            (self.passphrase, True),
        ]

    def _on_sign_toggled(self, checked: bool) -> None:
        for widget, applies in self._signing_widgets():
            widget.setEnabled(checked and applies)
        self.version_note.setVisible(checked)
        self._on_input_changed()

    def _on_sign_with_changed(self, _index: int) -> None:
        self._on_sign_toggled(self.sign.isChecked())

    def _on_input_changed(self) -> None:
        self.export_button.setEnabled(not self.missing())
        self.export_button.setToolTip(self.missing())

    def missing(self) -> str:
        """What must still be filled in before exporting ('' when nothing)."""
        if not self.output.text().strip():
            return self.tr("Choose where to write the report")
        if not self.sign.isChecked():
            return ""
        if self.uses_token():
            if not all(field.text().strip() for field in self._token_fields()):
                return self.tr("Enter the PKCS#11 module, the token label and the key label")
            if not self.passphrase.text():
                return self.tr("Enter the PIN of your token")
            return ""
        if not self.identity.text().strip():
            return self.tr("Choose your signing identity")
        if not self.passphrase.text():
            return self.tr("Enter the passphrase of your signing identity")
        return ""

    def _on_browse_output(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export report as"), self.output.text(), self.tr(PDF_FILTER)
        )
        if path:
            chosen = _with_pdf_suffix(Path(path))
            self._confirmed_output = str(chosen) if chosen == Path(path) else ""
            self.output.setText(str(chosen))

    def _on_browse_identity(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Signing identity"), self.identity.text(), self.tr(IDENTITY_FILTER)
        )
        if path:
            self.identity.setText(path)

    # -- exporting -----------------------------------------------------------------------------
    def _on_export(self) -> None:
        if self.missing() or self.is_running():
            return
        overwrite = self._may_write(self._output_path())
        if overwrite is None:
            return
        job = self._job(self.passphrase.text() if self.sign.isChecked() else None, overwrite)
        self.passphrase.clear()
        self._set_running(True)
        self.task = BackgroundTask(job, self)
        self.task.progress.connect(self._on_progress)
        self.task.succeeded.connect(self._on_succeeded)
        self.task.failed.connect(self._on_failed)
        self.task.start()

    def _output_path(self) -> Path:
        return _with_pdf_suffix(Path(self.output.text().strip()))

    def _may_write(self, out: Path) -> bool | None:
        """Whether to replace an existing file (asked once), or None to stop: never the .dpia itself."""
        identity = Path(self.identity.text().strip()) if self.sign.isChecked() else None
        question = (
            self.tr("Replace the report?"),
            self.tr("%1 already exists. Replace it with the new report?").replace("%1", str(out)),
        )
        return may_write(
            self,
            out,
            [self._source, identity],
            confirmed=self._confirmed_output,
            error_title=self.tr("Cannot export the report"),
            question=question,
        )

    def _job(self, passphrase: str | None, overwrite: bool = False) -> Any:
        """The export as a closure over copies: later edits in the wizard do not reach the worker."""
        assessment = self._assessment.model_copy(deep=True)
        out = self._output_path()
        inputs = [self._source]
        locale = str(self.language.currentData())
        token = self._token_spec() if passphrase is not None and self.uses_token() else None
        identity = Path(self.identity.text().strip()) if passphrase is not None and token is None else None
        secret = passphrase if token is None else None
        pin = passphrase if token is not None else None
        role = str(self.role.currentData())
        knowledge = self._knowledge
        signed = passphrase is not None
        self._recorded = None

        def run(progress: Progress) -> Any:
            from app.core.lineage import record_export
            from app.report.export import export_report

            if signed:  # a signed export records a version, named on the report's cover
                record_export(assessment, out.name, knowledge, signed=True)
            result = export_report(
                assessment,
                out,
                locale,
                identity,
                secret,
                role,  # type: ignore[arg-type]
                progress,
                knowledge=knowledge,
                token=token,
                pin=pin,
                overwrite=overwrite,
                inputs=inputs,
            )
            if signed:
                self._recorded = assessment
            return result

        return run

    def _token_spec(self) -> Any:
        from app.report.token import TokenSpec

        lib, label, key = (field.text().strip() for field in self._token_fields())
        return TokenSpec(Path(lib), label, key)

    def is_running(self) -> bool:
        return self.task is not None and self.task.running

    def _set_running(self, running: bool) -> None:
        for widget in (self.output, self.browse_output, self.language, self.sign, self.buttons):
            widget.setEnabled(not running)
        for widget, applies in self._signing_widgets():
            widget.setEnabled(not running and self.sign.isChecked() and applies)
        self.open_when_done.setEnabled(not running)
        if not running:
            self._on_input_changed()
        self.progress.setVisible(running)
        self.progress.setValue(0)
        self.progress_text.setText(self.tr("Starting…") if running else "")

    def _on_progress(self, percent: int, message: str) -> None:
        self.progress.setValue(percent)
        self.progress_text.setText(self._progress_text(message))

    def _progress_text(self, message: str) -> str:
        known = {
            "Scoring the assessment": self.tr("Scoring the assessment"),
            "Laying out the report": self.tr("Laying out the report"),
            "Signing": self.tr("Signing"),
            "Writing the file": self.tr("Writing the file"),
            "Done": self.tr("Done"),
        }
        return known.get(message, message)

    def _on_succeeded(self, result: Any) -> None:
        self._set_running(False)
        self.exported.emit(result)
        if self._recorded is not None:
            self.version_recorded.emit(self._recorded)
        if self.open_when_done.isChecked():
            self._show_report(Path(result.path))
        self.accept()

    def _show_report(self, path: Path) -> None:
        """Open the report; without a PDF viewer say so and offer its folder instead."""
        if open_file(path):
            return
        answer = QMessageBox.question(
            self,
            self.tr("No PDF viewer"),
            self.tr(
                "The report was written to %1, but no application to show PDF files was found."
                " Open the folder that holds it instead?"
            ).replace("%1", str(path)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes and not open_file(path.parent):
            QMessageBox.information(
                self,
                self.tr("No file manager"),
                self.tr("No application to show folders was found either. The report is at %1.").replace(
                    "%1", str(path)
                ),
            )

    def _on_failed(self, message: str) -> None:
        self._set_running(False)
        QMessageBox.critical(self, self.tr("Cannot export the report"), message)
        if self.sign.isChecked():
            self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def reject(self) -> None:
        if not self.is_running():  # the export cannot be stopped half-way; it is short
            super().reject()


def _with_pdf_suffix(path: Path) -> Path:
    return path if path.suffix else path.with_suffix(".pdf")
