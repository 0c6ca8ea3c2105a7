"""`dpia-wizard FILE --screenshots DIR`: every page, the verdict panel and the heat maps as PNG files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication

from app.ui.pages.question_page import QuestionPage
from app.ui.pages.risks import RisksPage
from app.ui.verdict_panel import TOP_FINDINGS

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

WINDOW_SIZE = (1440, 960)


def render_screenshots(window: MainWindow, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    window.resize(*WINDOW_SIZE)
    window.scorer.load_knowledge()  # at once: the pictures show the verdict and the sources
    window.show()
    _settle(window)
    window.scorer.rescore()
    written = []
    for index, section in enumerate(window.bank.sections):
        window.wizard.go_to_page(index)
        _open_first_help(window.wizard.page(index))
        window.statusBar().clearMessage()
        _settle(window)
        written.append(_save(window.grab(), folder / f"{index + 1:02d}_{section.id}.png"))
    written.append(_save(window.verdict_dock.grab(), folder / "verdict_panel.png"))
    risks = next((p for p in window.wizard.built_pages() if isinstance(p, RisksPage)), None)
    if risks is not None:
        window.wizard.go_to_page(window.wizard.pages.index(risks))
        _settle(window)
        written.append(_save(_grab_maps(risks), folder / "heat_map.png"))
    return written


def _open_first_help(page: object) -> None:
    """Show one "Why we ask this" per page, so the pictures show the help as well."""
    if isinstance(page, QuestionPage):
        cards = page.visible_cards()
        if cards and not cards[0].help_toggle.isChecked():
            cards[0].help_toggle.setChecked(True)


def _grab_maps(page: RisksPage) -> QPixmap:
    body = page.widget()
    assert body is not None
    first, second = page.inherent_map, page.residual_map
    area = QRect(first.mapTo(body, first.rect().topLeft()), first.size()).united(
        QRect(second.mapTo(body, second.rect().topLeft()), second.size())
    )
    return body.grab(area.adjusted(-16, -16, 16, 16))


def _save(pixmap: QPixmap, path: Path) -> Path:
    if not pixmap.save(str(path), "PNG"):
        raise OSError(f"{path}: could not write the PNG file")
    return path


def _settle(window: MainWindow) -> None:
    for _ in range(3):
        QApplication.processEvents()
    for _ in range(TOP_FINDINGS):  # the dock's finding cards appear one per turn
        if not window.verdict_panel.findings_pending:
            break
        QApplication.processEvents()
