"""Tools > Settings…: the user's preferences, kept in QSettings (see app.ui.state for keys and defaults).

Changes apply when OK is pressed, the language included.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.ui import state
from app.ui.dialogs.export_dialog import IDENTITY_FILTER
from app.ui.file_controller import RECENT_KEY
from app.ui.style import set_role
from app.ui.translation import offered_languages
from app.ui.widgets.form_rows import add_row, line_edit, named, push_button
from app.ui.widgets.wheel_guard import guard_wheel


class SettingsDialog(QDialog):
    applied = Signal()  # the settings were written

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(680)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(self._build_form())
        layout.addWidget(self._build_buttons())
        self._load()

    def _build_form(self) -> QFormLayout:
        form = QFormLayout()
        self.language = named(guard_wheel(QComboBox()), "settings_language")
        for offered in offered_languages():  # resources/languages.yaml, the complete ones
            self.language.addItem(offered.name, offered.code)
        language_note = set_role(
            QLabel(self.tr("The interface and the questions switch language as soon as you press OK.")),
            "hint",
        )
        language_note.setWordWrap(True)
        self.identity = line_edit("settings_identity", "")
        browse = push_button("settings_browse_identity", self.tr("&Browse…"), self._on_browse_identity)
        self.trust_dir = line_edit("settings_trust_dir", "")
        self.trust_dir.setToolTip(
            self.tr("Signers whose certificate (or whose CA's certificate) is in this folder are trusted")
        )
        browse_trust = push_button(
            "settings_browse_trust_dir", self.tr("Bro&wse…"), self._on_browse_trust_dir
        )
        self.autosave = _spin_box("settings_autosave", state.AUTOSAVE_MIN_S, state.AUTOSAVE_MAX_S, " s")
        self.zoom = _spin_box("settings_zoom", 70, 300, " %")
        self.zoom.setSingleStep(10)
        self.recent = named(QListWidget(), "settings_recent")
        self.recent.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.recent.setMaximumHeight(120)
        self.clear_recent = push_button(
            "settings_clear_recent", self.tr("&Clear recent files"), self._on_clear
        )
        rows: list[tuple[str, QWidget, QWidget | None]] = [
            (self.tr("&Language"), self.language, None),
            (self.tr("Default signing &identity"), self.identity, browse),
            (self.tr("&Trusted certificates folder"), self.trust_dir, browse_trust),
            (self.tr("&Autosave after"), self.autosave, None),
            (self.tr("Default &zoom"), self.zoom, None),
            (self.tr("Recent files"), self.recent, None),
        ]
        for text, field, extra in rows:
            add_row(form, text, field, extra)
        form.insertRow(1, "", language_note)  # under the language, in the field column
        clear_row = QHBoxLayout()
        clear_row.addWidget(self.clear_recent)
        clear_row.addStretch(1)
        form.addRow("", clear_row)
        self.autosave.setToolTip(self.tr("How long after an unsaved change the recovery copy is written"))
        self.zoom.setToolTip(self.tr("The presentation zoom that View > Reset zoom (Ctrl+0) returns to"))
        return form

    def _build_buttons(self) -> QDialogButtonBox:
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.reset_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.reset_button.setText(self.tr("&Reset to defaults"))
        self.reset_button.clicked.connect(self._on_reset)
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        return self.buttons

    # -- values --------------------------------------------------------------------------------
    def _load(self) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(state.language())))
        self.identity.setText(state.default_identity())
        self.trust_dir.setText(state.trust_dir())
        self.autosave.setValue(state.autosave_seconds())
        self.zoom.setValue(state.default_zoom_percent())
        value = state.settings().value(RECENT_KEY, [])
        paths = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        self.recent.clear()
        self.recent.addItems([str(p) for p in paths if p])
        self._on_recent_changed()

    def _on_reset(self) -> None:
        self.language.setCurrentIndex(self.language.findData(state.DEFAULT_LANGUAGE))
        self.identity.clear()
        self.trust_dir.clear()
        self.autosave.setValue(state.DEFAULT_AUTOSAVE_S)
        self.zoom.setValue(state.DEFAULT_ZOOM_PERCENT)

    def _on_clear(self) -> None:
        self.recent.clear()
        self._on_recent_changed()

    def _on_recent_changed(self) -> None:
        self.clear_recent.setEnabled(self.recent.count() > 0)

    def _on_browse_identity(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Default signing identity"), self.identity.text(), self.tr(IDENTITY_FILTER)
        )
        if path:
            self.identity.setText(path)

    def _on_browse_trust_dir(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Trusted certificates folder"), self.trust_dir.text()
        )
        if path:
            self.trust_dir.setText(path)

    def _on_accepted(self) -> None:
        store = state.settings()
        store.setValue(state.LANGUAGE_KEY, self.language.currentData())
        store.setValue(state.DEFAULT_IDENTITY_KEY, self.identity.text().strip())
        store.setValue(state.TRUST_DIR_KEY, self.trust_dir.text().strip())
        store.setValue(state.AUTOSAVE_KEY, self.autosave.value())
        store.setValue(state.DEFAULT_ZOOM_KEY, self.zoom.value())
        if self.recent.count() == 0:
            store.setValue(RECENT_KEY, [])
        store.sync()
        self.applied.emit()
        self.accept()


def _spin_box(name: str, low: int, high: int, suffix: str) -> QSpinBox:
    box = named(guard_wheel(QSpinBox()), name)
    box.setRange(low, high)
    box.setSuffix(suffix)
    box.setMaximumWidth(140)
    return box
