"""Offline guarantee for the GUI: a whole wizard session (open, answer, re-score, save) never connects anywhere."""

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.core.storage import load_assessment
from tests.helpers.offline import refuse_network
from tests.helpers.paths import scenario_path

from .conftest import Driver


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    refuse_network(monkeypatch)


def test_gui_session_without_network(
    no_network: None, qtbot: Any, make_window: Any, dialogs: Any, tmp_path: Path
) -> None:
    window = make_window(offer_recovery=False)
    dialogs.open_path = str(scenario_path("supermarket_watchlist_nl"))
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert window.document.answer("country") == "NL"
    driver = Driver(qtbot, window)
    driver.wait_for_verdict("INCOMPLETE")
    driver.answer("processing_description", "Entrance cameras compare every visitor with a watchlist.")
    target = tmp_path / "offline.dpia"
    dialogs.save_path = str(target)
    driver.shortcut(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert load_assessment(target).answers["country"] == "NL"
    driver.wait_for_verdict("INCOMPLETE")
    assert "critical" not in dialogs.kinds()
