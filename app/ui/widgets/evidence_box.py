"""The evidence of one question or measure: the files attached to it, and "Attach evidence…".

Files are attached by dropping them on the question card or the measure (see `FileDropFilter`) or with
the button (a file dialog). The list stays hidden until something is attached.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.assessment import Support
from app.ui.evidence_actions import (
    attach_files,
    choose_and_attach,
    confirm_remove,
    evidence_line,
    open_evidence,
    save_copy,
)
from app.ui.style import set_role
from app.ui.widgets.eliding_button import ElidingToolButton
from app.ui.widgets.flow_layout import FlowLayout

if TYPE_CHECKING:
    from app.core.assessment import Evidence
    from app.ui.context import WizardContext


MAX_ROWS_SHOWN = 4  # more files scroll


class EvidenceBox(QWidget):
    """The evidence list of one question or measure.

    Attributes:
        attach_button: "Attach evidence…" (the caller places it, e.g. in a card's footer).
        list: the attached files (name, size, SHA-256 start, note); hidden while empty.
        open_button, save_button, remove_button: act on the selected file.
    """

    def __init__(self, context: WizardContext, kind: str, target: str | None, name: str) -> None:
        super().__init__()
        self._context = context
        self._kind = kind
        self.target = target
        key = f"{kind}_{target}" if kind == "question" else kind
        self.setObjectName(f"evidence_{key}")
        self.attach_button = ElidingToolButton(self.tr("Attach evidence…"), self.tr("Or drop files here"))
        set_role(self.attach_button, "disclosure")
        self.attach_button.setObjectName(f"attach_evidence_{key}")
        attach = self.tr("Attach evidence")
        self.attach_button.setAccessibleName(f"{attach}: {name}")
        self.attach_button.clicked.connect(self._on_attach_clicked)
        self._name = name
        self.list: QListWidget | None = None  # built with the buttons once a file is attached
        context.document.evidence_changed.connect(self.load)
        context.document.reset.connect(self.load)
        self.load()

    def _build(self) -> QListWidget:
        """The list and its buttons, made the first time there is something to list (cards stay cheap)."""
        name = self._name
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setObjectName(f"{self.objectName()}_list")
        evidence = self.tr("Evidence")
        self.list.setAccessibleName(f"{evidence}: {name}")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.list)
        row = FlowLayout()  # the buttons wrap onto a second line rather than widen the page at a large zoom
        self.open_button = self._button(self.tr("Open"), "open", self._on_open_clicked)
        self.save_button = self._button(self.tr("Save a copy…"), "save", self._on_save_clicked)
        self.remove_button = self._button(self.tr("Remove…"), "remove", self._on_remove_clicked)
        evidence = self.tr("evidence")
        for button in (self.open_button, self.save_button, self.remove_button):
            button.setAccessibleName(f"{button.text()} ({evidence}: {name})")
            row.addWidget(button)
        layout.addLayout(row)
        return self.list

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"{self.objectName()}_{name}")
        button.clicked.connect(slot)
        return button

    @property
    def support(self) -> Support | None:
        return Support(kind=self._kind, id=self.target) if self.target else None  # type: ignore[arg-type]

    def set_target(self, target: str | None) -> None:
        self.target = target
        self.attach_button.setEnabled(target is not None)
        self.load()

    # -- model to view -------------------------------------------------------------------------
    def files(self) -> list[Evidence]:
        support = self.support
        return self._context.document.evidence_for(support) if support else []

    def load(self) -> None:
        files = self.files()
        if files or self.list is not None:
            self._fill(self.list or self._build(), files)
        if self.parentWidget() is not None:
            self.setVisible(bool(files))
        elif not files:
            self.hide()  # else the layout that takes it shows it; never shown as a window of its own

    def _fill(self, view: QListWidget, files: list[Evidence]) -> None:
        view.clear()
        for evidence in files:
            item = QListWidgetItem(evidence_line(evidence))
            item.setData(Qt.ItemDataRole.UserRole, evidence.sha256)
            item.setToolTip(f"SHA-256 {evidence.sha256}\n{evidence.media_type}")
            view.addItem(item)
        if files:
            view.setCurrentRow(0)
        rows = max(1, min(len(files), MAX_ROWS_SHOWN))
        view.setFixedHeight(rows * (view.fontMetrics().height() * 2 + 4) + 2 * view.frameWidth())

    def _selected(self) -> Evidence | None:
        item = self.list.currentItem() if self.list is not None else None
        sha = item.data(Qt.ItemDataRole.UserRole) if item else None
        return next((e for e in self.files() if e.sha256 == sha), None)

    # -- view to model -------------------------------------------------------------------------
    def attach_paths(self, paths: list[Path]) -> int:
        support = self.support
        return attach_files(self.window(), self._context, paths, support) if support else 0

    def _on_attach_clicked(self) -> None:
        support = self.support
        if support is not None:
            choose_and_attach(self.window(), self._context, support)

    def _on_open_clicked(self) -> None:
        if evidence := self._selected():
            open_evidence(self.window(), evidence)

    def _on_save_clicked(self) -> None:
        if evidence := self._selected():
            path = self._context.document.path
            save_copy(self.window(), evidence, str(path.parent) if path else "")

    def _on_remove_clicked(self) -> None:
        if evidence := self._selected():
            confirm_remove(self.window(), self._context, evidence, self.support)
