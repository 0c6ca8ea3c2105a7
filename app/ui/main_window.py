"""The main window: menus, the wizard, the live verdict dock, zoom, files and window events.

Start-up is in steps so the window shows at once and its event loop never waits long: the frame (menus,
a "Loading" note) first; once it is shown, a worker thread imports the domain and loads the questionnaire;
back on the GUI thread, the first page and then the dock are built on separate event-loop turns, and the
rules start loading (in the scorer's thread) once the dock has painted.
Passing a QuestionBank to the constructor builds it all at once (tests, screenshots); the rules then start
loading after the window's first paint as well.
"""

from __future__ import annotations

import contextlib
import importlib
import sys
import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMainWindow, QMenu, QMessageBox, QWidget

from app.core.printable import printable
from app.ui.labels import outcome_label
from app.ui.state import default_zoom_percent, language, settings
from app.ui.style import ZOOM_MAX, ZOOM_MIN, ZOOM_STEP, set_role, stylesheet
from app.ui.translation import use_language

if TYPE_CHECKING:
    from app.core.forms import QuestionBank
    from app.report.export import ExportResult
    from app.ui.context import WizardContext
    from app.ui.dialogs.citation_dialog import CitationDialog
    from app.ui.document import AssessmentDocument
    from app.ui.file_controller import FileController
    from app.ui.scorer import VerdictScorer
    from app.ui.verdict_panel import VerdictPanel
    from app.ui.wizard import Wizard
    from app.ui.workshop_actions import WorkshopActions

APP_TITLE = str(QT_TRANSLATE_NOOP("MainWindow", "DPIA wizard"))
WIDGET_MODULES = (
    "app.ui.wizard",
    "app.ui.verdict_panel",
    "app.ui.file_controller",
    "app.ui.context",
    "app.ui.document",
    "app.ui.dialogs.citation_dialog",
)
LATER_MODULES = ("app.ui.pages.risks", "app.ui.pages.measures", "app.ui.pages.sign_off")
LOADING_SWITCH_INTERVAL = 0.0002  # seconds: the GIL returns to the GUI thread often while the worker loads
KeyLike = QKeySequence | QKeySequence.StandardKey | str
ZOOM_KEY = "view/zoom"
DOCK_WIDTH = 370  # at 100% zoom
DOCK_MAX_SHARE = 0.4
FIRST_PAINT_WAIT_MS = 1000


class MainWindow(QMainWindow):
    first_shown = Signal()
    ready = Signal()  # the questionnaire is loaded and the first page is built
    _bank_loaded = Signal(object, str)  # from the loading thread: the QuestionBank or None, an error

    def __init__(
        self,
        bank: QuestionBank | None = None,
        *,
        locale: str = "en",
        offer_recovery: bool = True,
        open_path: Path | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.text_locale = locale
        self._offer_recovery = offer_recovery
        self._open_path = open_path
        self._shown_once = False
        self.ready_at = 0.0
        self.zoom = 1.0
        self._next_step = QTimer(self, singleShot=True, interval=0)
        self.setWindowTitle(self.tr(APP_TITLE))
        self.setMinimumSize(900, 600)
        self.resize(1440, 900)
        self.statusBar()
        self._show_loading()
        self._build_menus()
        default = default_zoom_percent() / 100
        self.set_zoom(_as_float(settings().value(ZOOM_KEY, default), default))
        if bank is not None:
            self._set_up(bank)

    # -- start-up ---------------------------------------------------------------------------------------
    def _show_loading(self) -> None:
        note = set_role(QLabel(self.tr("Loading the questionnaire…")), "intro")
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(note)

    @property
    def is_ready(self) -> bool:
        return self.ready_at > 0

    def _set_up(self, bank: QuestionBank, *, dock_later: bool = False) -> None:
        from app.ui.context import WizardContext
        from app.ui.dialogs.citation_dialog import CitationDialog
        from app.ui.document import AssessmentDocument
        from app.ui.file_controller import FileController
        from app.ui.scorer import VerdictScorer
        from app.ui.wizard import Wizard

        self.bank = bank
        self.document: AssessmentDocument = AssessmentDocument(self)
        self.scorer: VerdictScorer = VerdictScorer(self.document, self.text_locale)
        self.context: WizardContext = WizardContext(self.document, self.scorer, bank, self.text_locale)
        self.files: FileController = FileController(self.document, bank, self)
        # At start-up (dock_later) each of these is a turn of its own: the wizard's frame, its first page
        # built, the page shown (the window is ready), then the menus and the dock (_on_bank_loaded).
        self.wizard: Wizard = Wizard(self.context, first_page=not dock_later)
        self.setCentralWidget(self.wizard)
        if not dock_later:
            self._build_verdict_dock()
        self.citation_dialog: CitationDialog = CitationDialog(self)
        self._connect()
        self._update_title()
        if not dock_later:
            self._finish_menus()
            self._mark_ready()

    def _show_first_page(self) -> None:
        self.wizard.build_page_aside(0)
        self._then(self._reveal_first_page)

    def _reveal_first_page(self) -> None:
        self.wizard.go_to_page(0)
        self._mark_ready()
        self._then(self._finish_start)

    def _mark_ready(self) -> None:
        self.ready_at = time.time()
        self.ready.emit()

    def _then(self, step: Callable[[], object], delay_ms: int = 0) -> None:
        """Run `step` on a later turn of the event loop (the start-up steps, one at a time)."""
        self._next_step.timeout.disconnect()
        self._next_step.timeout.connect(step)
        self._next_step.start(delay_ms)

    def _start_loading(self) -> None:
        """The deferred part of start-up: import the domain and load the questionnaire off the GUI thread."""
        self._bank_loaded.connect(self._on_bank_loaded)
        self._loader = threading.Thread(target=self._load_in_thread, name="questionnaire", daemon=True)
        self._loader.start()

    def _load_in_thread(self) -> None:
        interval = sys.getswitchinterval()
        sys.setswitchinterval(LOADING_SWITCH_INTERVAL)
        try:
            bank, error = _load_bank()
        finally:
            sys.setswitchinterval(interval)
        with contextlib.suppress(RuntimeError):  # the window closed while the questionnaire loaded
            self._bank_loaded.emit(bank, error)

    def _on_bank_loaded(self, bank: QuestionBank | None, error: str) -> None:
        self._loader.join()  # it only has to return from the emit: never leave it running into an exit
        if bank is None:
            QMessageBox.critical(self, self.tr("Cannot start"), error)
            self.close()
            return
        self._set_up(bank, dock_later=True)  # the frame; the first page and the dock on later turns
        self._then(self._show_first_page)

    def _finish_start(self) -> None:
        self._finish_menus()
        self._build_verdict_dock()
        if self._open_path is not None:
            self.open_file(self._open_path)
        # The rules load on the turn after the dock first paints (a loading thread running during that
        # paint makes each of its Python calls wait for the interpreter), or after a second if it never
        # paints; the same thread then imports the later pages' modules, before the first verdict.
        self.scorer.preload_modules = LATER_MODULES
        self._then(self._after_set_up, FIRST_PAINT_WAIT_MS)
        _OnFirstPaint(self.verdict_panel, self._next_step_now)

    def _next_step_now(self) -> None:
        if self._next_step.isActive():
            self._next_step.start(0)

    def _after_set_up(self) -> None:
        if self._offer_recovery:
            self.files.offer_recovery()
        # The other pages are built once the rules have loaded: building them while the loading
        # thread runs would make both compete for the interpreter and block the event loop longer.
        # After the verdict's findings have appeared in the dock (one card per turn): a page built on the
        # same turn as a card would make that turn of the event loop twice as long.
        self.verdict_panel.findings_shown.connect(self.wizard.start_building_pages)
        self.scorer.unavailable.connect(self.wizard.start_building_pages)
        if self.scorer.verdict is not None and not self.verdict_panel.findings_pending:
            self.wizard.start_building_pages()  # a verdict shown already (screenshots load the rules first)
        self.scorer.rescore()

    def _build_verdict_dock(self) -> None:
        from app.ui.verdict_panel import VerdictPanel

        self.verdict_panel: VerdictPanel = VerdictPanel(self.context)
        self.verdict_dock = QDockWidget(self.tr("Live verdict"), self)
        self.verdict_dock.setObjectName("verdict_dock")
        self.verdict_dock.setWidget(self.verdict_panel)
        self.verdict_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.verdict_dock.setMinimumWidth(320)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.verdict_dock)
        self._fit_dock_to_zoom()
        toggle = self.verdict_dock.toggleViewAction()
        toggle.setText(self.tr("Live &verdict panel"))
        toggle.setShortcut(QKeySequence("F9"))
        self.view_menu.addAction(toggle)

    # -- menus ---------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.tools_menu = self.menuBar().addMenu(self.tr("Too&ls"))
        self._build_file_menu(self.file_menu)
        self._build_view_menu(self.view_menu)
        self._build_tools_menu(self.tools_menu)

    def _action(self, menu: QMenu, text: str, slot: Callable[[], object], *keys: KeyLike) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_file_menu(self, menu: QMenu) -> None:
        self.new_action = self._action(menu, self.tr("&New"), self._on_new, QKeySequence.StandardKey.New)
        self.open_action = self._action(menu, self.tr("&Open…"), self._on_open, QKeySequence.StandardKey.Open)
        self.recent_menu = menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.setObjectName("recent_menu")
        menu.addSeparator()
        self.save_action = self._action(menu, self.tr("&Save"), self._on_save, QKeySequence.StandardKey.Save)
        self.save_as_action = self._action(menu, self.tr("Save &As…"), self._on_save_as, "Ctrl+Shift+S")
        menu.addSeparator()
        self.export_action = self._action(menu, self.tr("&Export report…"), self._on_export_report, "Ctrl+E")
        self.export_action.setStatusTip(self.tr("Write the assessment as a PDF report, signed if you wish"))
        menu.setToolTipsVisible(True)
        self.workshop = _workshop_actions(self, menu)  # Export as, Merge copies, Import from the CNIL tool
        menu.addSeparator()
        self._action(menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self._file_actions = [
            self.new_action,
            self.open_action,
            self.save_action,
            self.save_as_action,
            self.export_action,
            *self.workshop.actions,
        ]
        for action in self._file_actions:
            action.setEnabled(False)

    def _build_view_menu(self, menu: QMenu) -> None:
        self._action(menu, self.tr("Zoom &in"), self._on_zoom_in, "Ctrl+=", "Ctrl++")
        self._action(menu, self.tr("Zoom &out"), self._on_zoom_out, "Ctrl+-")
        self._action(menu, self.tr("&Reset zoom"), self._on_zoom_reset, "Ctrl+0")
        menu.addSeparator()

    def _build_tools_menu(self, menu: QMenu) -> None:
        self.identity_action = self._action(
            menu, self.tr("Create signing &identity…"), self._on_create_identity
        )
        self.verify_action = self._action(menu, self.tr("&Verify signed report…"), self._on_verify_report)
        menu.addSeparator()
        self.settings_action = self._action(menu, self.tr("&Settings…"), self._on_settings, "Ctrl+,")
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)

    def _finish_menus(self) -> None:
        for action in self._file_actions:
            action.setEnabled(True)
        self._fill_recent_menu()
        self._build_go_menu(self.go_menu)
        self.evidence_action = QAction(self.tr("&Evidence files…"), self)
        self.evidence_action.triggered.connect(self._on_evidence_files)
        self.tools_menu.insertAction(self.settings_action, self.evidence_action)
        self._add_version_actions()

    def _add_version_actions(self) -> None:
        """File > Mark version…, Compare with a version…, and the review banner (app/ui/versions.py)."""
        from app.ui.versions import VersionActions

        if getattr(self, "versions", None) is None:
            self.versions: VersionActions = VersionActions(self)
        self.versions.add_actions(self.file_menu)

    def _build_go_menu(self, menu: QMenu) -> None:
        self._action(menu, self.tr("&Next section"), self.wizard.next_page, "Ctrl+PgDown")
        self._action(menu, self.tr("&Previous section"), self.wizard.previous_page, "Ctrl+PgUp")
        self._action(menu, self.tr("Section &list"), self.wizard.focus_section_list, "Ctrl+L")
        menu.addSeparator()
        for index, section in enumerate(self.bank.sections):
            title = self.context.text(section.title)
            text = f"&{index + 1} {title}" if index < 9 else f"{index + 1} {title}"
            self._action(menu, text, partial(self.wizard.go_to_page, index))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.files.recent_files()
        for number, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{number} {path.name}")
            action.setToolTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self._on_open_recent(p))
        if recent:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("&Clear list"), self.files.clear_recent)
        self.recent_menu.setEnabled(bool(recent))

    # -- signals -------------------------------------------------------------------------------
    def _connect(self) -> None:
        self.document.modified_changed.connect(self._on_modified_changed)
        self.document.path_changed.connect(self._update_title)
        self.context.citation_requested.connect(self._on_citation_requested)
        self.files.recent_changed.connect(self._fill_recent_menu)
        self.files.status_message.connect(self._on_status_message)
        self.wizard.export_requested.connect(self._on_export_report)

    def _on_modified_changed(self, modified: bool) -> None:
        self.setWindowModified(modified)

    def _on_status_message(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def _on_citation_requested(self, citation_id: str) -> None:
        self.citation_dialog.show_citation(citation_id, self.context.citation(citation_id))

    def _update_title(self) -> None:
        path = self.document.path
        name = path.name if path else self.tr("Untitled")
        title = self.tr(APP_TITLE)
        self.setWindowTitle(f"{name}[*] — {title}")
        self.setWindowFilePath(str(path) if path else "")

    # -- zoom ----------------------------------------------------------------------------------
    def set_zoom(self, zoom: float) -> None:
        self.zoom = max(ZOOM_MIN, min(ZOOM_MAX, round(zoom, 3)))
        self.setStyleSheet(stylesheet(self.zoom))
        settings().setValue(ZOOM_KEY, self.zoom)
        self._fit_dock_to_zoom()
        self.statusBar().showMessage(self.tr("Zoom %1%").replace("%1", str(round(self.zoom * 100))), 2000)

    def _fit_dock_to_zoom(self) -> None:
        """The dock grows with the zoom (its texts wrap at any width), up to 40% of the window."""
        dock = getattr(self, "verdict_dock", None)
        if dock is not None:
            width = min(round(DOCK_WIDTH * self.zoom), round(self.width() * DOCK_MAX_SHARE))
            self.resizeDocks([dock], [max(width, dock.minimumWidth())], Qt.Orientation.Horizontal)

    def _on_zoom_in(self) -> None:
        self.set_zoom(self.zoom * ZOOM_STEP)

    def _on_zoom_out(self) -> None:
        self.set_zoom(self.zoom / ZOOM_STEP)

    def _on_zoom_reset(self) -> None:
        self.set_zoom(default_zoom_percent() / 100)

    # -- files ---------------------------------------------------------------------------------
    def open_file(self, path: Path) -> bool:
        return self.files.open_path(path)

    def _on_new(self) -> None:
        self.files.new()

    def _on_open(self) -> None:
        self.files.open()

    def _on_open_recent(self, path: Path) -> None:
        self.files.open_recent(path)

    def _on_save(self) -> None:
        self.files.save()

    def _on_save_as(self) -> None:
        self.files.save_as()

    def _on_export_report(self) -> None:
        """File > Export report…: the dialog exports in a worker thread; the window stays usable."""
        from app.ui.dialogs.export_dialog import ExportDialog, default_report_path

        assessment = self.document.assessment
        output = default_report_path(self.document.path, self.files.last_dir(), assessment.metadata.title)
        dialog = ExportDialog(
            assessment,
            output,
            locale=self.text_locale,
            knowledge=self.scorer.knowledge,
            source=self.document.path,
            parent=self,
        )
        dialog.exported.connect(self._on_report_exported)
        self.versions.watch_export(dialog)
        dialog.finished.connect(dialog.deleteLater)
        self.export_dialog = dialog
        dialog.open()

    def _on_report_exported(self, result: ExportResult) -> None:
        signer = (
            self.tr("signed by %1").replace("%1", printable(result.signed_by))
            if result.signed_by
            else self.tr("not signed")
        )
        text = self.tr("Report written to %1 — outcome: %2, %3")
        outcome = self._outcome_words(result.outcome)
        text = text.replace("%1", str(result.path)).replace("%2", outcome).replace("%3", signer)
        self.statusBar().showMessage(text, 15000)

    def _outcome_words(self, outcome: str) -> str:
        """The outcome as the dock shows it: "INCOMPLETE" while answers it depends on are missing or still
        to verify."""
        verdict = self.scorer.verdict
        if verdict is not None and verdict.status == "incomplete":
            open_text = self.verdict_panel.open_text(verdict, ", ")
            return self.tr("INCOMPLETE (%1)").replace("%1", open_text)
        return outcome_label(outcome)

    # -- tools ---------------------------------------------------------------------------------
    def _on_create_identity(self) -> None:
        from app.ui.dialogs.identity_dialog import IdentityDialog
        from app.ui.state import identity_dir

        try:
            folder = identity_dir()
        except OSError:  # an unwritable data folder: the user chooses a place with Browse…
            folder = Path(self.files.last_dir())
        dialog = IdentityDialog(folder, self)
        dialog.created.connect(self._on_identity_created)
        dialog.finished.connect(dialog.deleteLater)
        self.identity_dialog = dialog
        dialog.open()

    def _on_verify_report(self) -> None:
        from app.ui.verify_action import ReportVerifier

        self.verifier = ReportVerifier(self, self.files.last_dir())
        self.verifier.start()

    def _on_evidence_files(self) -> None:
        from app.ui.dialogs.evidence_dialog import EvidenceDialog

        dialog = EvidenceDialog(self.context, self)
        dialog.finished.connect(dialog.deleteLater)
        self.evidence_dialog = dialog
        dialog.open()

    def _on_settings(self) -> None:
        from app.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self)
        dialog.applied.connect(self._on_settings_applied)
        dialog.finished.connect(dialog.deleteLater)
        self.settings_dialog = dialog
        dialog.open()

    def _on_settings_applied(self) -> None:
        if language() != self.text_locale:
            self.set_language(language())
        self.set_zoom(default_zoom_percent() / 100)
        if self.is_ready:
            self.files.recent_changed.emit()

    # -- language ------------------------------------------------------------------------------
    def set_language(self, locale: str) -> None:
        """Switch the interface and the questionnaire to `locale` now; the assessment and page stay.

        The views hold no data (they read the document), so they are simply built again."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            use_language(app, locale)
        self.text_locale = locale
        self.menuBar().clear()
        self._build_menus()
        if not self.is_ready:
            self._show_loading()
            return
        index = self.wizard.current_index()
        self.context.locale = locale
        self.scorer.locale = locale
        self._rebuild_views()
        self._finish_menus()
        self._update_title()
        self.wizard.go_to_page(index)
        self.scorer.rescore()
        self.wizard.start_building_pages()

    def _rebuild_views(self) -> None:
        from app.ui.dialogs.citation_dialog import CitationDialog
        from app.ui.wizard import Wizard

        self.wizard = Wizard(self.context)
        self.setCentralWidget(self.wizard)  # the old one is deleted
        self.wizard.export_requested.connect(self._on_export_report)
        old_dock = getattr(self, "verdict_dock", None)
        if old_dock is not None:  # else start-up builds it on its next turn, in the new language
            self.removeDockWidget(old_dock)
            old_dock.deleteLater()
            self._build_verdict_dock()
        self.citation_dialog.deleteLater()
        self.citation_dialog = CitationDialog(self)

    def _on_identity_created(self, path: str) -> None:
        self.statusBar().showMessage(self.tr("Signing identity saved to %1").replace("%1", path), 15000)

    # -- window events -------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown_once:
            return
        self._shown_once = True
        self.first_shown.emit()
        if not self.is_ready:
            self._next_step.timeout.connect(self._start_loading)
            self._next_step.start()
            return
        self._next_step.timeout.connect(self._after_set_up)  # built whole: after its first paint, as above
        self._next_step.start(FIRST_PAINT_WAIT_MS)
        _OnFirstPaint(self.verdict_panel, self._next_step_now)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.is_ready:
            event.accept()
            return
        if not self.files.confirm_discard():
            event.ignore()
            return
        self.files.close_cleanly()
        self.citation_dialog.close()
        event.accept()


class _OnFirstPaint(QObject):
    """Calls `then` when `widget` first paints (from its paint event: `then` should only schedule)."""

    def __init__(self, widget: QWidget, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._then()
        return False


def _load_bank() -> tuple[QuestionBank | None, str]:
    """In the loading thread: the domain's imports, the declared languages (checked here, not before the
    window shows), and the questionnaire (and the wizard's modules)."""
    from app import resources
    from app.core.errors import FormsError
    from app.core.forms import load_question_bank
    from app.core.languages import declared_languages

    try:
        declared_languages()
        bank = load_question_bank(resources.forms_dir())
    except (FormsError, FileNotFoundError) as exc:
        return None, str(exc)
    for module in WIDGET_MODULES:  # class definitions only (no widget is made here)
        importlib.import_module(module)
    return bank, ""


def _workshop_actions(window: MainWindow, menu: QMenu) -> WorkshopActions:
    from app.ui.workshop_actions import WorkshopActions

    return WorkshopActions(window, menu)


def _as_float(value: object, default: float) -> float:
    """A number from QSettings (stored as text in the INI file), or the default."""
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default
