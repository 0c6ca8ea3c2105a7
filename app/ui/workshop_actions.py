"""The File menu's workshop and exchange actions: merge participants' copies, export as Word, CSV or Excel,
import from the CNIL PIA tool. Each runs the same code as its command (`dpia merge`, `dpia export`,
`dpia import-cnil`); the window only shows the result.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from app.core.errors import DpiaError

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

CNIL_FILTER = "CNIL PIA tool exports (*.json);;All files (*)"
EXPORT_FORMATS = ("docx", "csv", "xlsx")


class WorkshopActions(QObject):
    """Adds its actions to the File menu; they are enabled with the window's other file actions.

    Attributes:
        merge_action, import_cnil_action, export_actions ({format: action}), actions (all of them).
    """

    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(menu)
        self._window = window
        self.export_menu = menu.addMenu(self.tr("Expor&t as"))
        self.export_menu.setObjectName("export_as_menu")
        texts = {
            "docx": self.tr("&Word document (.docx)…"),
            "csv": self.tr("&CSV risk register…"),
            "xlsx": self.tr("E&xcel workbook (.xlsx)…"),
        }
        self.export_actions = {
            fmt: self._add(self.export_menu, texts[fmt], partial(self._on_export, fmt))
            for fmt in EXPORT_FORMATS
        }
        menu.addSeparator()
        self.merge_action = self._add(menu, self.tr("&Merge participants' copies…"), self._on_merge)
        self.merge_action.setStatusTip(self.tr("Bring the copies a workshop's participants edited together"))
        self.import_cnil_action = self._add(
            menu, self.tr("&Import from the CNIL PIA tool…"), self._on_import_cnil
        )
        self.actions = [*self.export_actions.values(), self.merge_action, self.import_cnil_action]

    def _add(self, menu: QMenu, text: str, slot: object) -> QAction:
        action = QAction(text, menu)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # -- export --------------------------------------------------------------------------------
    def _on_export(self, fmt: str) -> None:
        from app.ui.dialogs.format_export_dialog import FormatExportDialog, default_export_path

        window = self._window
        document = window.document
        output = default_export_path(
            fmt, document.path, window.files.last_dir(), document.assessment.metadata.title
        )
        dialog = FormatExportDialog(
            fmt,
            document.assessment,
            output,
            locale=window.text_locale,
            knowledge=window.scorer.knowledge,
            source=document.path,
            parent=window,
        )
        dialog.exported.connect(self._on_exported)
        dialog.finished.connect(dialog.deleteLater)
        self.format_dialog = dialog
        dialog.open()

    def _on_exported(self, path: Path, size: int) -> None:
        text = (
            self.tr("Written to %1 (%2 KB)").replace("%1", str(path)).replace("%2", str(max(1, size // 1024)))
        )
        self._window.statusBar().showMessage(text, 15000)

    # -- merge ---------------------------------------------------------------------------------
    def _on_merge(self) -> None:
        """The open assessment is the base by default; unsaved changes are saved (or dropped) first, so
        the base on disk is what the wizard shows and the merged result can replace it in the window."""
        from app.ui.dialogs.merge_dialog import MergeDialog

        window = self._window
        if not window.files.confirm_discard():
            return
        dialog = MergeDialog(
            window.bank,
            window.document.path,
            window.files.last_dir(),
            locale=window.text_locale,
            parent=window,
        )
        dialog.merged.connect(self._on_merged)
        dialog.finished.connect(dialog.deleteLater)
        self.merge_dialog = dialog
        dialog.open()

    def _on_merged(self, path: Path) -> None:
        if self._window.open_file(path):
            self._window.statusBar().showMessage(
                self.tr("Merged assessment saved to %1 and opened").replace("%1", str(path)), 15000
            )

    # -- import --------------------------------------------------------------------------------
    def _on_import_cnil(self) -> None:
        from app.core.cnil import import_export, read_export

        window = self._window
        path, _ = QFileDialog.getOpenFileName(
            window, self.tr("Import from the CNIL PIA tool"), window.files.last_dir(), self.tr(CNIL_FILTER)
        )
        if not path:
            return
        try:
            result = import_export(read_export(Path(path)), window.bank, lang=window.text_locale)
        except DpiaError as exc:
            unchanged = self.tr("Nothing was imported; the open assessment is unchanged.")
            QMessageBox.critical(window, self.tr("Cannot import the CNIL export"), f"{exc}\n\n{unchanged}")
            return
        if not window.files.confirm_discard():
            return
        window.document.replace(result.assessment, None, modified=True)
        assessment = result.assessment
        text = self.tr(
            "Imported %1: %2 measure(s), %3 review(s). The assessment is not saved yet: save it to keep it."
        )
        text = text.replace("%1", Path(path).name).replace("%2", str(len(assessment.measures)))
        window.statusBar().showMessage(text.replace("%3", str(len(assessment.reviews))), 20000)
