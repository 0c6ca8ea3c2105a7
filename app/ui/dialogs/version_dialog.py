"""File > Mark version…: the label of the version to record (as `dpia version FILE --label TEXT`)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.ui.style import set_role
from app.ui.widgets.form_rows import add_row, line_edit

MAX_LABEL = 200


class MarkVersionDialog(QDialog):
    """Asks for a version label; OK is enabled once it is not blank.

    Attributes:
        label_edit: the label field.
        ok_button: records the version.

    Signals:
        chosen(str): the label, stripped, when the user confirms.
    """

    chosen = Signal(str)

    def __init__(self, suggestion: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mark_version_dialog")
        self.setWindowTitle(self.tr("Mark version"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = set_role(QLabel(self._intro()), "intro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.label_edit = line_edit("version_label", suggestion)
        self.label_edit.setMaxLength(MAX_LABEL)
        self.label_edit.setPlaceholderText(self.tr("e.g. v1.0 approved by the DPO"))
        add_row(form, self.tr("Version &label"), self.label_edit, None)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Record version"))
        self.ok_button.setObjectName("version_ok")
        buttons.accepted.connect(self._on_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.label_edit.textChanged.connect(self._on_text_changed)
        self._on_text_changed(self.label_edit.text())
        self.label_edit.selectAll()

    def _intro(self) -> str:
        return self.tr(
            "Records the assessment as it is now in its history: the time, this label, the rules version,"
            " the verdict's conclusions and a snapshot of answers, notes, measures, overrides, sign-off and"
            " reviews. The file is saved (the previous one is kept as .bak). You can compare with it later."
        )

    def _on_text_changed(self, text: str) -> None:
        self.ok_button.setEnabled(bool(text.strip()))

    def _on_accepted(self) -> None:
        label = self.label_edit.text().strip()
        if label:
            self.chosen.emit(label)
            self.accept()
