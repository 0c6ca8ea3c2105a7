"""Files: New, Open, Save, Save As, recent files, the unsaved-changes prompt, autosave and recovery."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.core.answers import check_assessment
from app.core.assessment import Assessment
from app.core.errors import AssessmentFileError, SaveError
from app.core.printable import printable
from app.core.storage import load_assessment, save_assessment
from app.ui import recovery
from app.ui.state import autosave_seconds, settings, state_dir

if TYPE_CHECKING:
    from app.core.forms import QuestionBank
    from app.ui.document import AssessmentDocument

FILE_FILTER = "DPIA assessments (*.dpia);;All files (*)"
SUFFIX = ".dpia"
MAX_RECENT = 8
RECENT_KEY = "files/recent"
LAST_DIR_KEY = "files/last_dir"


class FileController(QObject):
    recent_changed = Signal()
    status_message = Signal(str)
    autosaved = Signal()

    def __init__(self, document: AssessmentDocument, bank: QuestionBank, window: QWidget) -> None:
        super().__init__(window)
        self._document = document
        self._bank = bank
        self._window = window
        self.recovery = recovery.RecoveryFile(state_dir())
        self.recovery_enabled = True
        self._autosave_timer = QTimer(self, singleShot=True)
        self._autosave_timer.timeout.connect(self.autosave)
        document.changed.connect(self._on_document_changed)
        token = self.recovery.token
        window.destroyed.connect(lambda: recovery.release_token(token))

    # -- commands ------------------------------------------------------------------------------
    def new(self) -> None:
        if self.confirm_discard():
            self._document.replace(Assessment(), None)
            self.recovery.remove()

    def open(self) -> None:
        if not self.confirm_discard():
            return
        path, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Open assessment"), self.last_dir(), self.tr(FILE_FILTER)
        )
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        """Load a file; on any problem say why and leave the file (and the open assessment) as is."""
        try:
            assessment = load_assessment(path)
            warnings = check_assessment(self._bank, assessment, str(path))
        except AssessmentFileError as exc:
            self._show_error(self.tr("Cannot open the assessment"), str(exc), opened=True)
            return False
        self._document.replace(assessment, path)
        self.recovery.remove()
        self._remember(path)
        if warnings:
            self.status_message.emit(self.tr("Opened with warnings: %s") % "; ".join(warnings))
        else:
            self.status_message.emit(self.tr("Opened %s") % path.name)
        return True

    def save(self, *, stamp: bool = True) -> bool:
        if self._document.path is None:
            return self.save_as(stamp=stamp)
        return self.save_to(self._document.path, stamp=stamp)

    def save_as(self, *, stamp: bool = True) -> bool:
        start = str(self._document.path or Path(self.last_dir()) / self._suggested_name())
        path, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Save assessment as"), start, self.tr(FILE_FILTER)
        )
        if not path:
            return False
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(SUFFIX)
        return self.save_to(target, stamp=stamp)

    def save_to(self, path: Path, *, stamp: bool = True) -> bool:
        """Write the file; with `stamp` (every save but a just-recorded version) as a new revision whose
        parent is the revision it was edited from, as the CLI's commands do (`lineage.save_revision`)."""
        from app.core.lineage import stamp_revision  # the engine's imports: not at start-up

        assessment = self._document.assessment
        lineage = (assessment.id, assessment.revision, assessment.parent)
        self._document.stamp_for_saving()
        if stamp:
            stamp_revision(assessment)
        try:
            save_assessment(assessment, path)
        except SaveError as exc:
            assessment.id, assessment.revision, assessment.parent = lineage  # nothing was written
            self._show_error(self.tr("Cannot save the assessment"), str(exc), opened=False)
            return False
        self._autosave_timer.stop()
        self._document.mark_saved(path)
        self.recovery.remove()
        self._remember(path)
        self.status_message.emit(self.tr("Saved %s") % path.name)
        return True

    def _suggested_name(self) -> str:
        title = self._document.assessment.metadata.title.strip()
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in title).strip()
        return (safe or self.tr("assessment")) + SUFFIX

    def _show_error(self, title: str, message: str, *, opened: bool) -> None:
        note = (
            self.tr("The file has not been changed.")
            if opened
            else self.tr("Your work is still open in the wizard.")
        )
        QMessageBox.critical(self._window, title, f"{message}\n\n{note}")

    # -- unsaved changes -----------------------------------------------------------------------
    def confirm_discard(self) -> bool:
        """True when it is fine to replace or close the open assessment."""
        if not self._document.is_modified:
            return True
        buttons = (
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        answer = QMessageBox.question(
            self._window,
            self.tr("Unsaved changes"),
            self.tr("The assessment has unsaved changes. Save them first?"),
            buttons,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def close_cleanly(self) -> None:
        """The window closes with the user's consent: the recovery file is no longer needed."""
        self._autosave_timer.stop()
        self.recovery.remove()
        self.recovery.release()

    # -- autosave and recovery -----------------------------------------------------------------
    def _on_document_changed(self) -> None:
        if self.recovery_enabled and self._document.is_modified and not self._autosave_timer.isActive():
            self._autosave_timer.start(autosave_seconds() * 1000)  # Tools > Settings, read each time

    def autosave(self) -> None:
        if not self._document.is_modified:
            return
        try:
            self.recovery.write(self._document.assessment, self._document.path)
        except OSError as exc:
            self.status_message.emit(self.tr("Autosave failed: %s") % exc)
            return
        self.autosaved.emit()

    def offer_recovery(self) -> bool:
        """After a crash, offer to restore what the last session had not saved."""
        for found in recovery.find_orphans(self.recovery.folder):
            if self._ask_restore(found):
                self._restore(found)
                return True
            recovery.discard(found)
        return False

    def _ask_restore(self, found: recovery.Recovered) -> bool:
        name = found.original.name if found.original else self.tr("an untitled assessment")
        title = found.assessment.metadata.title
        what = f"{name} ({title})" if title else name
        text = self.tr(
            "The DPIA wizard did not close properly last time. Unsaved work on %1 was autosaved"
            " at %2.\n\nRestore it? Choosing No discards the autosaved copy."
        )
        saved = QLocale().toString(found.saved_at.astimezone(), QLocale.FormatType.ShortFormat)
        text = text.replace("%1", what).replace("%2", saved)  # the saved time in the language's format
        if found.missing_evidence:
            left_out = self.tr("These evidence files could not be restored and are left out: %1")
            text += "\n\n" + left_out.replace("%1", ", ".join(printable(n) for n in found.missing_evidence))
        answer = QMessageBox.question(
            self._window,
            self.tr("Restore unsaved work?"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _restore(self, found: recovery.Recovered) -> None:
        self._document.replace(found.assessment, found.original, modified=True)
        self.autosave()
        recovery.discard(found)
        self.status_message.emit(self.tr("Restored unsaved work; save it to keep it."))

    # -- recent files --------------------------------------------------------------------------
    def recent_files(self) -> list[Path]:
        value = settings().value(RECENT_KEY, [])
        items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [Path(p) for p in items if isinstance(p, str) and p]

    def clear_recent(self) -> None:
        settings().setValue(RECENT_KEY, [])
        self.recent_changed.emit()

    def open_recent(self, path: Path) -> None:
        if self.confirm_discard() and not self.open_path(path):
            self._forget(path)

    def _remember(self, path: Path) -> None:
        resolved = path.resolve()
        paths = [resolved, *(p for p in self.recent_files() if p != resolved)][:MAX_RECENT]
        store = settings()
        store.setValue(RECENT_KEY, [str(p) for p in paths])
        store.setValue(LAST_DIR_KEY, str(resolved.parent))
        self.recent_changed.emit()

    def _forget(self, path: Path) -> None:
        paths = [p for p in self.recent_files() if p != path]
        settings().setValue(RECENT_KEY, [str(p) for p in paths])
        self.recent_changed.emit()

    def last_dir(self) -> str:
        return str(settings().value(LAST_DIR_KEY, str(Path.home())))
