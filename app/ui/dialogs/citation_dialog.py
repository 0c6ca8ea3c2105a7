"""The details of one legal source: authority, date, amount, holding, link to the official text."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.ui.style import set_role


class CitationDialog(QDialog):
    """Non-modal: it can stay open beside the wizard while the room discusses the source."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("citation_dialog")
        self.setWindowTitle(self.tr("Legal source"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        self.heading = set_role(QLabel(), "subtitle")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.citation_id = ""

    def show_citation(self, citation_id: str, details: dict[str, Any] | None) -> None:
        self.citation_id = citation_id
        while self.form.rowCount():
            self.form.removeRow(0)
        if details is None:
            self.heading.setText(self.tr("Unknown source: %s") % citation_id)
        else:
            self.heading.setText(str(details.get("title", citation_id)))
            for key, label, value in self._rows(details):
                self._add_row(key, label, value)
        self.show()
        self.raise_()
        self.activateWindow()

    def _rows(self, details: dict[str, Any]) -> list[tuple[str, str, str]]:
        kinds = {"law": self.tr("Law"), "guidance": self.tr("Guidance"), "decision": self.tr("Decision")}
        date = str(details.get("date") or "")
        if details.get("date_note"):
            date = f"{date} ({details['date_note']})" if date else str(details["date_note"])
        url = str(details.get("url") or "")
        link = f'<a href="{html.escape(url)}">{html.escape(url)}</a>' if url else ""
        rows = [
            ("kind", self.tr("Kind"), html.escape(kinds.get(str(details.get("kind")), ""))),
            ("authority", self.tr("Authority"), html.escape(str(details.get("authority") or ""))),
            ("date", self.tr("Date"), html.escape(date)),
            ("jurisdiction", self.tr("Jurisdiction"), html.escape(str(details.get("jurisdiction") or ""))),
            ("amount", self.tr("Amount"), html.escape(str(details.get("amount") or ""))),
            ("articles", self.tr("Articles"), html.escape(", ".join(details.get("articles") or ()))),
            ("holding", self.tr("Holding"), html.escape(str(details.get("holding") or ""))),
            ("url", self.tr("Official text"), link),
        ]
        return [row for row in rows if row[2]]

    def _add_row(self, key: str, label: str, value: str) -> None:
        field = QLabel(value)
        field.setWordWrap(True)
        field.setTextFormat(Qt.TextFormat.RichText)
        field.setOpenExternalLinks(True)
        field.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        field.setObjectName(f"citation_{key}")
        caption = QLabel(f"<b>{html.escape(label)}</b>")
        self.form.addRow(caption, field)
