"""Tools > Verify signed report…: `dpia verify` for the GUI, trusting the folder chosen in Settings.

The check runs in a worker thread; the result shows every line `dpia verify` prints (strings from the
PDF and its certificates escaped), under a summary that separates "intact and trusted", "intact but
a signer is not trusted" and "not intact".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.core.safeio import MAX_PDF_BYTES, read_regular_file
from app.ui.dialogs.export_dialog import PDF_FILTER
from app.ui.state import trust_dir
from app.ui.worker import BackgroundTask, Progress


class ReportVerifier(QObject):
    """Asks for a PDF, verifies it in the background and shows the result.

    Signals:
        done: the verification finished (shown), with the VerificationReport or None on failure.
    """

    done = Signal(object)

    def __init__(self, parent: QWidget, folder: str) -> None:
        super().__init__(parent)
        self._parent = parent
        self._folder = folder
        self.task: BackgroundTask | None = None

    def start(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._parent, self.tr("Verify signed report"), self._folder, self.tr(PDF_FILTER)
        )
        if not path:
            return
        self.task = BackgroundTask(_job(Path(path), trust_dir()), self)
        self.task.succeeded.connect(self._on_succeeded)
        self.task.failed.connect(self._on_failed)
        self.task.start()

    def _on_succeeded(self, report: Any) -> None:
        from app.report.verify_text import report_lines

        details = "\n".join(report_lines(report))
        if report.ok:
            QMessageBox.information(self._parent, self.tr("Report verified"), self._summary(report) + details)
        else:
            QMessageBox.warning(self._parent, self.tr("Report not verified"), self._summary(report) + details)
        self.done.emit(report)

    def _summary(self, report: Any) -> str:
        if not report.intact:
            return self.tr("NOT INTACT: the report was changed or a signature is broken.") + "\n\n"
        if not report.trusted:
            return (
                self.tr(
                    "Intact, but not every signer is trusted: compare the fingerprints with the signers', or"
                    " put their certificates (or their CA's) in the trusted certificates folder (Settings)."
                )
                + "\n\n"
            )
        return self.tr("Intact, and every signer is trusted.") + "\n\n"

    def _on_failed(self, message: str) -> None:
        QMessageBox.critical(self._parent, self.tr("Cannot verify the report"), message)
        self.done.emit(None)


def _job(path: Path, folder: str) -> Any:
    def run(_progress: Progress) -> Any:
        from app.report.trust import load_trust
        from app.report.verify import verify_report

        anchors = load_trust(folders=[Path(folder)] if folder else [])
        return verify_report(_read(path), anchors)

    return run


def _read(path: Path) -> bytes:
    return read_regular_file(path, MAX_PDF_BYTES, "the report")
