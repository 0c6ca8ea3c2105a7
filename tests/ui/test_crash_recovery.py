"""End to end: a wizard process killed with SIGKILL while a user types loses only the last seconds of work."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from app.ui.recovery import find_orphans

ROOT = Path(__file__).resolve().parents[2]
TYPING_SECONDS = 6.0
# Autosave is scheduled at most 2 s after a change (tests/ui/test_file_controller.py checks the timer);
# here a loaded machine gets twice that before the test calls work lost.
MAX_LOST_SECONDS = 4.0


def _type_then_kill(state_dir: Path) -> list[tuple[int, float]]:
    env = {**os.environ, "DPIA_STATE_DIR": str(state_dir), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.typing_wizard"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    progress: list[tuple[int, float]] = []
    started = time.time()
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith("TYPED "):
            _, chars, at = line.split()
            progress.append((int(chars), float(at)))
        if progress and time.time() - progress[0][1] > TYPING_SECONDS:
            break
        if time.time() - started > 60:
            break
    killed_at = time.time()
    child.send_signal(signal.SIGKILL)
    child.wait()
    return [(chars, at) for chars, at in progress if at <= killed_at - MAX_LOST_SECONDS]


@pytest.mark.slow
def test_sigkill_while_typing_loses_only_the_last_seconds(
    qtbot: Any, make_window: Any, dialogs: Any, state_dir: Path
) -> None:
    safe = _type_then_kill(state_dir)
    assert safe, "the child typed nothing in time"
    must_have = safe[-1][0]
    [orphan] = find_orphans(state_dir)
    recovered = str(orphan.assessment.answers.get("processing_description", ""))
    assert len(recovered) >= must_have

    dialogs.question_answer = QMessageBox.StandardButton.Yes
    window = make_window()
    qtbot.waitUntil(lambda: len(str(window.document.answer("processing_description") or "")) >= must_have)
    assert dialogs.kinds() == ["question"]
