"""`dpia-wizard FILE --screenshots DIR` renders every page and exits."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from app.ui.main import main
from app.ui.main_window import MainWindow

from .conftest import CLEARVIEW


def test_screenshots_of_every_page(qapp: Any, bank: Any, tmp_path: Path) -> None:
    folder = tmp_path / "shots"
    assert main([str(CLEARVIEW), "--screenshots", str(folder)]) == 0
    names = sorted(p.name for p in folder.glob("*.png"))
    pages = [f"{i + 1:02d}_{s.id}.png" for i, s in enumerate(bank.sections)]
    assert names == sorted([*pages, "verdict_panel.png", "heat_map.png"])
    image = QImage(str(folder / pages[1]))
    assert image.width() >= 1200 and image.height() >= 800
    assert not image.isNull()


def test_screenshots_of_a_broken_file_fail_cleanly(
    qapp: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.dpia"
    broken.write_bytes(b"not json")
    assert main([str(broken), "--screenshots", str(tmp_path / "shots")]) == 2
    assert "invalid JSON" in capsys.readouterr().err
    assert broken.read_bytes() == b"not json"
    assert not (tmp_path / "shots").exists()


def test_the_window_shows_before_the_questionnaire_loads(tmp_path: Path) -> None:
    """The real start-up, in its own process: shown first, then ready (the probe quits)."""
    env = dict(os.environ, DPIA_STARTUP_PROBE="1", QT_QPA_PLATFORM="offscreen")
    env |= {"DPIA_STATE_DIR": str(tmp_path / "state"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    code = "from app.ui.main import main; raise SystemExit(main())"
    result = subprocess.run(
        [sys.executable, "-c", code, str(CLEARVIEW)], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    stamps = dict(line.split() for line in result.stdout.splitlines() if line.startswith("DPIA_"))
    assert float(stamps["DPIA_SHOWN"]) <= float(stamps["DPIA_READY"])


def test_a_window_without_a_bank_loads_it_after_showing(qtbot: Any) -> None:
    window = MainWindow(open_path=CLEARVIEW, offer_recovery=False)
    qtbot.addWidget(window)
    assert not window.is_ready
    window.show()
    qtbot.waitUntil(lambda: window.is_ready and window.document.path == CLEARVIEW, timeout=10000)
    assert window.document.answer("fr_function") == "identification_1toN"
    assert not window.isWindowModified()
    assert window.save_action.isEnabled()
