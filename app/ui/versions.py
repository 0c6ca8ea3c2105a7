"""Versions in the wizard: File > Mark version…, File > Compare with a version…, the review banner on
open, and the version a signed export records.

Everything goes through the core the CLI uses: `lineage.record_version` (as `dpia version`), the diff (as
`dpia diff`) and the re-check (as `dpia recheck`). The main window makes one `VersionActions` and calls
`add_actions` when it builds its File menu and `watch_export` for each export dialog.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QMessageBox, QWidget

from app.core.printable import printable
from app.ui.labels import fill
from app.ui.widgets.review_banner import ReviewBanner

if TYPE_CHECKING:
    from app.core.assessment import Assessment
    from app.ui.dialogs.compare_dialog import CompareDialog
    from app.ui.dialogs.export_dialog import ExportDialog
    from app.ui.dialogs.version_dialog import MarkVersionDialog
    from app.ui.main_window import MainWindow

MARK_KEY = "Ctrl+Shift+M"
COMPARE_KEY = "Ctrl+Shift+D"


class VersionActions(QObject):
    """The wizard's versions: recording, comparing, the review banner.

    Attributes:
        mark_action, compare_action: the File menu's actions.
        banner: the review banner (in a dock at the top of the window, hidden when it has nothing to say).
        compare_dialog, mark_dialog: the dialogs last opened (tests drive them).

    Signals:
        version_recorded(str): the revision of a version just recorded and saved.
    """

    version_recorded = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._dismissed = False
        self._edits = 0
        self.compare_dialog: CompareDialog | None = None
        self.mark_dialog: MarkVersionDialog | None = None
        self.banner = ReviewBanner()
        self.banner.compare_requested.connect(self.compare)
        self.banner.dismissed.connect(self._on_banner_dismissed)
        self.banner_dock = self._build_dock(window)
        window.document.reset.connect(self._on_document_reset)
        window.document.changed.connect(self._on_document_changed)
        window.scorer.knowledge_ready.connect(self.refresh_banner)
        self.refresh_banner()

    def _build_dock(self, window: MainWindow) -> QDockWidget:
        dock = QDockWidget(window)
        dock.setObjectName("review_banner_dock")
        dock.setWindowTitle(self.tr("Review notice"))
        dock.setTitleBarWidget(QWidget())  # a banner, not a panel: no title, not movable
        dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        dock.setWidget(self.banner)
        window.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, dock)
        dock.hide()
        return dock

    # -- menu ------------------------------------------------------------------------------------
    def add_actions(self, menu: QMenu) -> None:
        """Add the actions to the File menu before its Quit group (called again when the menu is rebuilt)."""
        for previous in (getattr(self, "mark_action", None), getattr(self, "compare_action", None)):
            if previous is not None:  # the menu they were in is gone (a language change)
                previous.deleteLater()
        self.mark_action = QAction(self.tr("&Mark version…"), self._window)
        self.mark_action.setShortcut(QKeySequence(MARK_KEY))
        self.mark_action.setStatusTip(
            self.tr("Record the assessment as it is now as a version in its history")
        )
        self.mark_action.triggered.connect(self.mark_version)
        self.compare_action = QAction(self.tr("Compare with a &version…"), self._window)
        self.compare_action.setShortcut(QKeySequence(COMPARE_KEY))
        self.compare_action.setStatusTip(
            self.tr("See a recorded version side by side with the current state")
        )
        self.compare_action.triggered.connect(lambda: self.compare(""))
        actions = menu.actions()
        anchor = actions[-2] if len(actions) >= 2 and actions[-2].isSeparator() else None
        menu.insertSeparator(anchor) if anchor is not None else menu.addSeparator()
        menu.insertActions(anchor, [self.mark_action, self.compare_action])  # type: ignore[arg-type]
        if self.banner_dock.isVisible():
            self.refresh_banner()  # in the new language

    # -- mark version ----------------------------------------------------------------------------
    def mark_version(self) -> None:
        from app.ui.dialogs.version_dialog import MarkVersionDialog

        dialog = MarkVersionDialog(self._suggested_label(), self._window)
        dialog.chosen.connect(self.record)
        dialog.finished.connect(dialog.deleteLater)
        self.mark_dialog = dialog
        dialog.open()

    def _suggested_label(self) -> str:
        version = self._window.document.assessment.metadata.version.strip()
        taken = {e.label for e in self._window.document.assessment.history}
        return version if version and version not in taken else ""

    def record(self, label: str) -> bool:
        """Record a version (as `dpia version FILE --label`) and save; nothing changes unless it is saved."""
        from app.core.errors import DpiaError
        from app.core.lineage import record_version

        document = self._window.document
        assessment = document.assessment
        before = (assessment.id, assessment.revision, assessment.parent, list(assessment.history))
        document.stamp_for_saving()
        try:
            entry = record_version(assessment, label, self._window.scorer.knowledge)
        except DpiaError as exc:
            QMessageBox.critical(self._window, self.tr("Cannot record the version"), str(exc))
            return False
        if not self._window.files.save(stamp=False):  # the version's revision is the file's
            assessment.id, assessment.revision, assessment.parent, assessment.history = before
            return False
        self._say(
            fill(self.tr('Recorded version "%1" as revision %2'), printable(entry.label), entry.revision[:8])
        )
        self.refresh_banner()
        self.version_recorded.emit(entry.revision)
        return True

    # -- compare ---------------------------------------------------------------------------------
    def compare(self, revision: str = "") -> None:
        from app.ui.dialogs.compare_dialog import CompareDialog

        window = self._window
        if not window.document.assessment.history:
            QMessageBox.information(
                window,
                self.tr("No versions yet"),
                self.tr("No version of this assessment has been recorded. Use File > Mark version… first."),
            )
            return
        dialog = CompareDialog(
            window.document.assessment,
            window.bank,
            window.scorer.knowledge,
            window.text_locale,
            revision,
            window,
        )
        dialog.finished.connect(dialog.deleteLater)
        self.compare_dialog = dialog
        dialog.open()

    # -- signed exports --------------------------------------------------------------------------
    def watch_export(self, dialog: ExportDialog) -> None:
        """A signed export records a version in the copy it exports; bring that version back here."""
        started, exported = self._edits, self._window.document.assessment
        dialog.version_recorded.connect(
            lambda recorded: self._on_export_recorded(recorded, exported, started)
        )

    def _on_export_recorded(self, recorded: Assessment, exported: Assessment, edits_at_start: int) -> None:
        document = self._window.document
        assessment = document.assessment
        if assessment is not exported:  # another file was opened meanwhile: the version stays in the PDF
            return
        assessment.id, assessment.revision, assessment.parent = (
            recorded.id,
            recorded.revision,
            recorded.parent,
        )
        assessment.history = list(recorded.history)
        entry = recorded.history[-1]
        report = self._window.statusBar().currentMessage()  # "Report written to …, signed by …"
        edited_since = self._edits != edits_at_start
        saved = False
        if document.path is not None and not edited_since:
            saved = self._window.files.save_to(document.path, stamp=False)  # the file = the signed report
        if not saved:
            document.mark_modified()  # the next save keeps it (as a new revision after later edits)
        text = self.tr('The signed report was recorded as version "%1" (revision %2)')
        text = fill(text, printable(entry.label), entry.revision[:8])
        text = text if saved else text + self.tr("; save the assessment to keep it")
        self._say(f"{report} — {text}" if report else text)
        self.refresh_banner()
        self.version_recorded.emit(entry.revision)

    # -- banner ----------------------------------------------------------------------------------
    def refresh_banner(self) -> None:
        """Re-check the last version under the current rules and show what changed, and the review date."""
        document = self._window.document
        knowledge = self._window.scorer.knowledge
        today = dt.date.today()
        result = None
        self.banner.knowledge = knowledge
        if knowledge is not None and document.assessment.history:
            from app.core.recheck import recheck  # the engine's imports: only for a versioned file

            result = recheck(document.assessment, knowledge, today, document.path or Path())
        self.banner.show_for(result, document.assessment.sign_off.next_review_date, today)
        self.banner_dock.setVisible(self.banner.has_message() and not self._dismissed)

    def _on_document_reset(self) -> None:
        self._dismissed = False  # a newly opened file shows its banner again
        self.refresh_banner()

    def _on_document_changed(self) -> None:
        self._edits += 1

    def _on_banner_dismissed(self) -> None:
        self._dismissed = True
        self.banner_dock.hide()
        self._window.wizard.setFocus(Qt.FocusReason.OtherFocusReason)

    def _say(self, message: str) -> None:
        self._window.statusBar().showMessage(message, 15000)
