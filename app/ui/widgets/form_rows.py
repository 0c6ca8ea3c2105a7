"""Small builders for dialog forms: named fields and labelled rows with buddies and accessible names."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.ui.style import set_role
from app.ui.widgets.wheel_guard import guard_wheel

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str) -> W:
    """The widget with an object name (tests and style sheets find it by that name)."""
    widget.setObjectName(name)
    return widget


def line_edit(name: str, text: str) -> QLineEdit:
    field = QLineEdit(text)
    field.setObjectName(name)
    field.setMinimumWidth(280)
    return field


def combo_box(name: str, items: list[str]) -> QComboBox:
    """A combo box the mouse wheel only changes when it has focus (the page scrolls otherwise)."""
    combo = guard_wheel(QComboBox())
    combo.setObjectName(name)
    combo.addItems(items)
    return combo


def error_label(name: str) -> QLabel:
    """A hidden error line, shown right under the field it is about when that field is refused."""
    label = set_role(QLabel(), "error")
    label.setObjectName(name)
    label.setWordWrap(True)
    label.hide()
    return label


def push_button(name: str, text: str, slot: Any) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.clicked.connect(slot)
    return button


def add_row(form: QFormLayout, text: str, field: QWidget, extra: QWidget | None) -> None:
    """A labelled row; the label is the field's buddy and accessible name."""
    content: QWidget | QHBoxLayout = field
    if extra is not None:
        content = QHBoxLayout()
        content.addWidget(field, 1)
        content.addWidget(extra)
    if not text:
        form.addRow(content)
        return
    label = QLabel(text)
    label.setBuddy(field)
    field.setAccessibleName(text.replace("&", ""))
    form.addRow(label, content)
