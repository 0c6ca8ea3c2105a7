"""Dialogs that stay readable at any presentation zoom: wide enough for their texts, and tall enough for
their wrapped texts at the width they have (a window does not ask its layout for that by itself)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

MAX_SHARE = 0.9  # of the parent window


def fit_width(dialog: QDialog, chars: int) -> None:
    """At least `chars` average characters of the dialog's (zoomed) font wide, within the parent window."""
    wanted = dialog.fontMetrics().averageCharWidth() * chars
    parent = dialog.parentWidget()
    if parent is not None:
        wanted = min(wanted, round(parent.width() * MAX_SHARE))
    if dialog.width() < wanted:
        dialog.resize(wanted, dialog.height())


def fit_height(dialog: QDialog, minimum: int = 0) -> None:
    """The height the layout needs at the current width becomes the dialog's minimum height."""
    layout = dialog.layout()
    if layout is None or not layout.hasHeightForWidth():
        return
    needed = max(minimum, layout.totalHeightForWidth(dialog.width()))
    if needed != dialog.minimumHeight():
        dialog.setMinimumHeight(needed)
