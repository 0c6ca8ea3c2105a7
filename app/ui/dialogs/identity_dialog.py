"""Tools > Create signing identity…: a self-signed certificate and key in a passphrase-protected file.

Key generation runs in a worker thread (an RSA key takes about a second). Only the file's path is
remembered (as the default identity, if asked); the passphrase is never stored.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
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
    QVBoxLayout,
    QWidget,
)

from app.report.options import KEY_TYPES
from app.ui.dialogs.export_dialog import IDENTITY_FILTER
from app.ui.state import DEFAULT_IDENTITY_KEY, settings
from app.ui.style import set_role
from app.ui.widgets.form_rows import add_row, line_edit, named, push_button
from app.ui.widgets.wheel_guard import guard_wheel
from app.ui.worker import BackgroundTask, Progress

MIN_PASSPHRASE = 8  # the same minimum as app.report.identity, which checks it again


class IdentityDialog(QDialog):
    created = Signal(str)  # the new identity file

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("identity_dialog")
        self.setWindowTitle(self.tr("Create signing identity"))
        self.setMinimumWidth(660)
        self.task: BackgroundTask | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        intro = set_role(QLabel(self._intro()), "intro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(self._build_form(folder))
        self.hint = set_role(QLabel(), "hint")
        self.hint.setObjectName("identity_hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Create"))
        self.buttons.accepted.connect(self._on_create)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._on_input_changed()

    def _intro(self) -> str:
        return self.tr(
            "A signing identity holds your name, a certificate and a private key, protected by a"
            " passphrase of at least 8 characters. Keep the file and the passphrase safe: whoever has"
            " both can sign in your name. The wizard never stores the passphrase."
        )

    def _build_form(self, folder: Path) -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name = line_edit("identity_name", "")
        self.email = line_edit("identity_email", "")
        self.passphrase = line_edit("identity_passphrase", "")
        self.repeat = line_edit("identity_repeat", "")
        for field in (self.passphrase, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_type = named(guard_wheel(QComboBox()), "identity_key_type")
        for key_type in KEY_TYPES:
            self.key_type.addItem(self._key_label(key_type), key_type)
        self.path = line_edit("identity_path", str(_free_name(folder / "signing-identity.p12")))
        browse = push_button("identity_browse", self.tr("&Browse…"), self._on_browse)
        self.make_default = named(QCheckBox(self.tr("&Use as default identity")), "identity_default")
        self.make_default.setChecked(True)
        rows: list[tuple[str, QWidget, QWidget | None]] = [
            (self.tr("&Name"), self.name, None),
            (self.tr("&Email (optional)"), self.email, None),
            (self.tr("&Passphrase"), self.passphrase, None),
            (self.tr("Re&peat passphrase"), self.repeat, None),
            (self.tr("&Key type"), self.key_type, None),
            (self.tr("&File"), self.path, browse),
            ("", self.make_default, None),
        ]
        for text, widget, extra in rows:
            add_row(form, text, widget, extra)
        for field in (self.name, self.passphrase, self.repeat, self.path):
            field.textChanged.connect(self._on_input_changed)
        return form

    def _key_label(self, key_type: str) -> str:
        labels = {
            "rsa3072": self.tr("RSA 3072 bits (recommended)"),
            "ec-p256": self.tr("ECDSA P-256 (compact, fast)"),
        }
        return labels.get(key_type, key_type)

    # -- input ---------------------------------------------------------------------------------
    def problem(self) -> str:
        """Why the identity cannot be created yet ('' when it can)."""
        if not self.name.text().strip():
            return self.tr("Enter your name as it should appear on signatures.")
        if len(self.passphrase.text()) < MIN_PASSPHRASE:
            return self.tr("The passphrase needs at least 8 characters.")
        if self.passphrase.text() != self.repeat.text():
            return self.tr("The two passphrases differ.")
        if not self.path.text().strip():
            return self.tr("Choose where to save the identity file.")
        return ""

    def _on_input_changed(self) -> None:
        problem = self.problem()
        self.hint.setText(problem)
        self.ok_button.setEnabled(not problem and not self.is_running())

    def _on_browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save signing identity as"), self.path.text(), self.tr(IDENTITY_FILTER)
        )
        if path:
            target = Path(path)
            self.path.setText(str(target if target.suffix else target.with_suffix(".p12")))

    # -- creating ------------------------------------------------------------------------------
    def _on_create(self) -> None:
        if self.problem() or self.is_running():
            return
        job = self._job(self.passphrase.text())
        self.passphrase.clear()
        self.repeat.clear()
        self.task = BackgroundTask(job, self)
        self.task.succeeded.connect(self._on_succeeded)
        self.task.failed.connect(self._on_failed)
        self.task.start()
        self.hint.setText(self.tr("Creating the key…"))
        self.setEnabled(False)

    def _job(self, passphrase: str) -> Any:
        out = Path(self.path.text().strip())
        name, email = self.name.text().strip(), self.email.text().strip()
        key_type = str(self.key_type.currentData())

        def run(_progress: Progress) -> str:
            from app.report.identity import create_identity

            create_identity(out, name, email, passphrase, key_type)  # type: ignore[arg-type]
            return str(out)

        return run

    def is_running(self) -> bool:
        return self.task is not None and self.task.running

    def _on_succeeded(self, path: str) -> None:
        self.setEnabled(True)
        if self.make_default.isChecked():
            settings().setValue(DEFAULT_IDENTITY_KEY, path)
        self.created.emit(path)
        self.accept()

    def _on_failed(self, message: str) -> None:
        self.setEnabled(True)
        self._on_input_changed()
        QMessageBox.critical(self, self.tr("Cannot create the identity"), message)

    def reject(self) -> None:
        if not self.is_running():
            super().reject()


def _free_name(path: Path) -> Path:
    """`path`, or with -2, -3, ... added when a file of that name exists (an identity is never replaced)."""
    number = 1
    candidate = path
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate
