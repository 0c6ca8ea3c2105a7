"""Recovery files (plain Python): private, atomic, and found again only when their window is gone."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from app.core.assessment import Assessment
from app.ui.recovery import RecoveryFile, find_orphans


def assessment(**answers: str) -> Assessment:
    return Assessment(answers=dict(answers))


def test_written_with_mode_0600_in_a_private_folder(tmp_path: Path) -> None:
    folder = tmp_path / "state"
    recovery = RecoveryFile(folder)
    recovery.write(assessment(fr_timing="realtime"), tmp_path / "shop.dpia")
    assert stat.S_IMODE(recovery.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    data = json.loads(recovery.path.read_text(encoding="utf-8"))
    assert data["original_path"] == str(tmp_path / "shop.dpia")
    assert not [p for p in folder.iterdir() if p.name.startswith(".tmp-")]


def test_a_live_window_owns_its_file(tmp_path: Path) -> None:
    recovery = RecoveryFile(tmp_path)
    recovery.write(assessment(fr_timing="realtime"), None)
    assert find_orphans(tmp_path) == []
    recovery.release()
    [found] = find_orphans(tmp_path)
    assert found.assessment.answers == {"fr_timing": "realtime"}
    assert found.original is None


def test_a_file_from_a_dead_process_is_an_orphan(tmp_path: Path) -> None:
    recovery = RecoveryFile(tmp_path)
    recovery.write(assessment(fr_timing="retrospective"), None)
    dead = tmp_path / "recovery-999999999-abc.json"
    recovery.path.rename(dead)
    [found] = find_orphans(tmp_path)
    assert found.file == dead


def test_a_file_from_another_running_process_is_left_alone(tmp_path: Path) -> None:
    recovery = RecoveryFile(tmp_path)
    recovery.write(assessment(), None)
    recovery.path.rename(tmp_path / f"recovery-{os.getppid()}-abc.json")
    assert find_orphans(tmp_path) == []


def test_an_unreadable_file_is_skipped_not_deleted(tmp_path: Path) -> None:
    broken = tmp_path / "recovery-999999999-abc.json"
    broken.write_text("{", encoding="utf-8")
    assert find_orphans(tmp_path) == []
    assert broken.exists()


def test_a_fifo_in_the_state_folder_is_skipped_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "recovery-999999999-abc.json"
    os.mkfifo(fifo)
    assert find_orphans(tmp_path) == []
    assert fifo.exists()


def test_remove(tmp_path: Path) -> None:
    recovery = RecoveryFile(tmp_path)
    recovery.write(assessment(), None)
    recovery.remove()
    recovery.remove()
    assert not recovery.path.exists()
