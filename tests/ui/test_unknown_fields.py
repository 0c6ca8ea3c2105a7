"""design.md: unknown top-level fields of a .dpia are kept. Opened in the wizard they are named in the status
bar, and an edit saved through the wizard writes them back unchanged."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from .conftest import Driver


def test_unknown_top_level_fields_survive_a_save_in_the_wizard(
    driver: Driver, dialogs: Any, tmp_path: Path
) -> None:
    path = tmp_path / "other-tool.dpia"
    document = {
        "format": "dpia-assessment",
        "schema_version": 2,
        "answers": {"fr_timing": "realtime"},
        "x_workshop": {"room": "B2.14", "seats": [1, 2, 3]},
    }
    path.write_text(json.dumps(document), encoding="utf-8")
    dialogs.open_path = str(path)
    driver.shortcut(Qt.Key.Key_O)
    assert "unknown field 'x_workshop' kept as is" in driver.window.statusBar().currentMessage()
    driver.answer("fr_timing", "retrospective")
    driver.shortcut(Qt.Key.Key_S)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["x_workshop"] == {"room": "B2.14", "seats": [1, 2, 3]}
    assert saved["answers"] == {"fr_timing": "retrospective"} and saved["schema_version"] == 3
