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

from app.ui.recovery import RecoveryFile, find_orphans

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


def test_restoring_names_the_evidence_it_could_not_put_back(
    qtbot: Any, make_window: Any, dialogs: Any, state_dir: Path
) -> None:
    from tests.ui.test_recovery import _with_evidence

    crashed = RecoveryFile(state_dir)
    work = _with_evidence(b"lost evidence", b"kept evidence")
    crashed.write(work, None)
    crashed.release()
    (crashed.evidence / work.attachments[0].sha256).unlink()  # gone with the crash
    dialogs.question_answer = QMessageBox.StandardButton.Yes
    window = make_window()
    qtbot.waitUntil(lambda: bool(window.document.assessment.attachments))
    [(_, _, text)] = [call for call in dialogs.calls if call[0] == "question"]
    assert "could not be restored and are left out: evidence-0.bin" in text
    assert [a.name for a in window.document.assessment.attachments] == ["evidence-1.bin"]
    assert window.document.answer("processing_description") == "Faces at the gate"
