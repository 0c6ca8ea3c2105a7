"""What the wizard does with evidence files: attach (dropped or chosen), open, save a copy, remove.

Everything goes through the core (`app.core.evidence`): the same size caps and checks as `dpia attach`.
A file that cannot be attached (too big, unreadable, a folder or a FIFO, a name taken by other content)
is refused with a dialog naming it; the files attached before it stay, and nothing else changes.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.core.errors import DpiaError
from app.core.safeio import write_file

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.core.assessment import Evidence, Support
    from app.ui.context import WizardContext

KiB = 1024


def size_label(size: int) -> str:
    if size >= KiB * KiB:
        return f"{size / (KiB * KiB):.1f} MiB"
    return (
        f"{size / KiB:.1f} KiB"
        if size >= KiB
        else QCoreApplication.translate("Evidence", "%1 bytes").replace("%1", str(size))
    )


def evidence_line(evidence: Evidence) -> str:
    """Name, size, the start of its SHA-256 and its note, on one line."""
    line = f"{evidence.name} — {size_label(evidence.size)} — SHA-256 {evidence.sha256[:12]}…"
    return f"{line} — {evidence.note}" if evidence.note else line


def attach_files(parent: QWidget, context: WizardContext, paths: Iterable[Path], support: Support) -> int:
    """Attach each file as evidence for `support`; a refusal is shown and the others still go. Returns
    how many were attached (or already were, with this support added)."""
    attached = 0
    for path in paths:
        try:
            context.document.attach_evidence(context.bank, path, support)
        except DpiaError as exc:
            QMessageBox.warning(
                parent, QCoreApplication.translate("Evidence", "Evidence not attached"), str(exc)
            )
            continue
        attached += 1
    return attached


def choose_and_attach(parent: QWidget, context: WizardContext, support: Support) -> int:
    """The keyboard way: "Attach evidence…" opens a file dialog."""
    start = str(context.document.path.parent) if context.document.path else ""
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Evidence", "Attach evidence"),
        start,
        QCoreApplication.translate("Evidence", "All files (*)"),
    )
    return attach_files(parent, context, [Path(path)], support) if path else 0


def open_evidence(parent: QWidget, evidence: Evidence) -> bool:
    """Open a copy (in a private temporary folder) with the desktop's application for its type."""
    try:
        folder = Path(tempfile.mkdtemp(prefix="dpia-evidence-"))
        copy = write_file(folder / evidence.name, evidence.data(), mode=0o600, what="evidence copy")
    except (OSError, DpiaError) as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("Evidence", "Cannot open the evidence"), str(exc)
        )
        return False
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy))):
        return True
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("Evidence", "Cannot open the evidence"),
        QCoreApplication.translate(
            "Evidence", "No application opens %1 here; use “Save a copy…” instead."
        ).replace("%1", evidence.name),
    )
    return False


def save_copy(parent: QWidget, evidence: Evidence, start_dir: str = "") -> Path | None:
    """Write the file where the user chooses (the file dialog asks before replacing one)."""
    start = str(Path(start_dir) / evidence.name) if start_dir else evidence.name
    path, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Evidence", "Save a copy of the evidence"), start
    )
    if not path:
        return None
    try:
        return write_file(path, evidence.data(), overwrite=True, what="evidence copy")
    except DpiaError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("Evidence", "Copy not saved"), str(exc))
        return None


def confirm_remove(
    parent: QWidget, context: WizardContext, evidence: Evidence, support: Support | None = None
) -> bool:
    """Ask, then remove: only this support when the file supports more, else the file itself."""
    only_here = support is not None and len(evidence.supports) > 1
    if only_here:
        text = QCoreApplication.translate(
            "Evidence", "Remove %1 from this item? It stays attached to the other items it supports."
        )
    else:
        text = QCoreApplication.translate(
            "Evidence",
            "Remove the evidence file %1 from the assessment? Its content is deleted from the file.",
        )
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Evidence", "Remove evidence"),
        text.replace("%1", evidence.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    context.document.remove_evidence(evidence.sha256, support if only_here else None)
    return True


class FileDropFilter(QObject):
    """Lets a widget take files dropped on it (local files only) and hands their paths on."""

    def __init__(self, widget: QWidget, on_drop: Callable[[list[Path]], object]) -> None:
        super().__init__(widget)
        self._on_drop = on_drop
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)
        for child in widget.findChildren(QWidget):  # a text field would paste the file's path instead
            if child.acceptDrops():
                child.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QDropEvent):  # drag enter and drag move are drop events too
            return False
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if _local_paths(event):
                event.acceptProposedAction()
                return True
        elif event.type() == QEvent.Type.Drop:
            paths = _local_paths(event)
            if paths:
                event.acceptProposedAction()
                self._on_drop(paths)
                return True
        return False


def _local_paths(event: QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
