"""At 200% presentation zoom, with the verdict dock open, every page reflows to the window: no page is
wider than its view (which would hide the end of every line behind the dock), and nothing on it reaches
beyond the visible width. Long German titles are elided in their toggles; heat maps are drawn smaller."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from app.core.assessment import Support
from app.ui.main_window import DOCK_WIDTH
from app.ui.widgets.disclosure import Disclosure
from app.ui.widgets.heat_map import HeatMap


def beyond_the_view(page: Any) -> list[str]:
    """Visible labels, buttons and heat maps of a page whose right edge is beyond the page's view."""
    viewport = page.viewport()
    found = []
    for widget in page.widget().findChildren(QWidget):
        if not isinstance(widget, QLabel | QAbstractButton | HeatMap) or not widget.isVisibleTo(page):
            continue
        if widget.window() is not page.window():
            continue
        right = widget.mapTo(viewport, QPoint(widget.width(), 0)).x() + page.horizontalScrollBar().value()
        if right > viewport.width():
            found.append(
                f"{type(widget).__name__} {widget.objectName()!r} right edge {right} > {viewport.width()}"
            )
    return found


@pytest.mark.parametrize("language", ["en", "de", "fr"])
def test_every_page_fits_its_view_at_200_percent_with_the_dock_open(
    qtbot: Any, scored_window: Any, language: str, tmp_path: Any
) -> None:
    window = scored_window(language)
    window.resize(1440, 900)
    contract = tmp_path / "contrat_art28_signé_avec_le_fournisseur.pdf"
    contract.write_bytes(b"%PDF-1.4 signed processor contract")
    support = Support(kind="question", id="processing_description")
    window.document.attach_evidence(window.bank, contract, support)  # an evidence row on the first page
    window.document.add_measure(title="Chiffrement des gabarits " * 3, status="planned")
    window.set_zoom(2.0)
    dock = window.verdict_dock
    qtbot.waitUntil(lambda: dock.width() > DOCK_WIDTH * 1.4, timeout=2000)  # the dock has grown
    assert dock.isVisible()
    for index, section in enumerate(window.bank.sections):
        window.wizard.go_to_page(index)
        page = window.wizard.page(index)
        qtbot.waitUntil(page.isVisible)
        qtbot.wait(20)  # the page's layout settles on the next turn
        assert page.horizontalScrollBar().maximum() == 0, section.id
        assert not beyond_the_view(page), (section.id, beyond_the_view(page))


def test_a_disclosure_elides_its_title_only_when_it_has_no_room(qtbot: Any) -> None:
    from PySide6.QtWidgets import QVBoxLayout

    host = QWidget()
    qtbot.addWidget(host)
    column = QVBoxLayout(host)
    toggle = Disclosure("Beurteilung durch die prüfende Person", QWidget, column)
    column.addWidget(toggle)
    host.show()
    full = toggle.sizeHint().width()
    assert toggle.minimumSizeHint().width() < full / 2
    toggle.resize(full, toggle.height())
    assert toggle.text() == toggle.title and toggle.toolTip() == ""
    toggle.resize(full // 2, toggle.height())
    assert toggle.text().endswith("…") and toggle.text() != toggle.title
    assert toggle.toolTip() == toggle.title and toggle.accessibleName() == toggle.title
    assert toggle.sizeHint().width() == full  # still asks for room for the whole title
    toggle.resize(full, toggle.height())
    assert toggle.text() == toggle.title


def test_a_heat_map_is_drawn_smaller_when_narrow_and_keeps_its_proportions(qtbot: Any) -> None:
    heat_map = HeatMap("Inherent risk")
    qtbot.addWidget(heat_map)
    natural = heat_map.sizeHint()
    assert heat_map.minimumSizeHint().width() <= natural.width() // 2 + 1
    assert heat_map.heightForWidth(natural.width()) == natural.height()
    assert heat_map.heightForWidth(natural.width() * 2) == natural.height()  # never drawn larger
    half = heat_map.heightForWidth(natural.width() // 2)
    assert abs(half - natural.height() / 2) <= 1
