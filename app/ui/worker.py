"""Long jobs (exporting, signing, key generation) off the GUI thread, reporting back through signals.

The job runs on QThreadPool's global pool; it must not touch Qt widgets. Its progress callback emits a
signal of a QObject living in the GUI thread, so every slot runs there (a queued connection) and the
window stays responsive while the job works.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from app.core.errors import DpiaError

Progress = Callable[[int, str], None]
Job = Callable[[Progress], Any]


class BackgroundTask(QObject):
    progress = Signal(int, str)  # percent, what is being done
    succeeded = Signal(object)  # the job's result
    failed = Signal(str)  # a one-line message
    finished = Signal()  # after succeeded or failed

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job: Job | None = job
        self.running = False
        self.finished.connect(self._on_finished)

    def start(self) -> None:
        self.running = True
        QThreadPool.globalInstance().start(self._run)

    def _run(self) -> None:  # in the worker thread
        job, self._job = self._job, None  # drop the closure (it may hold a passphrase) once used
        assert job is not None, "a BackgroundTask runs once"
        try:
            result = job(self._report)
        except DpiaError as exc:
            self._emit(self.failed, one_line(exc))
        except Exception as exc:  # an unexpected failure must reach the user, not kill the thread
            self._emit(self.failed, f"{type(exc).__name__}: {one_line(exc)}")
        else:
            self._emit(self.succeeded, result)
        finally:
            del job
            self._emit(self.finished)

    def _on_finished(self) -> None:
        self.running = False

    def _report(self, percent: int, message: str) -> None:
        self._emit(self.progress, percent, message)

    def _emit(self, signal: Any, *args: Any) -> None:
        with contextlib.suppress(RuntimeError):  # the dialog closed while the job ran
            signal.emit(*args)


def one_line(exc: BaseException) -> str:
    return " ".join((str(exc) or type(exc).__name__).split())
