"""The check before an export writes its file: never an input, an existing file only when confirmed."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.errors import DpiaError
from app.core.safeio import check_output


def may_write(
    parent: QWidget,
    out: Path,
    inputs: Sequence[Path | None],
    *,
    confirmed: str,
    error_title: str,
    question: tuple[str, str],
) -> bool | None:
    """Whether to replace an existing `out` (False: it does not exist), or None to stop. An input (the
    .dpia, an identity) is refused with a dialog; `confirmed`: a path the file dialog already asked about."""
    try:
        check_output(out, overwrite=True, inputs=list(inputs))
    except DpiaError as exc:
        QMessageBox.critical(parent, error_title, str(exc))
        return None
    if not os.path.lexists(out):
        return False
    if str(out) == confirmed:
        return True
    title, text = question
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return True if answer == QMessageBox.StandardButton.Yes else None
