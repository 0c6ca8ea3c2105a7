"""Recovery files (plain Python): private, atomic, and found again only when their window is gone."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
from pathlib import Path

import pytest

from app.core.assessment import Assessment
from app.ui.recovery import RecoveryFile, discard, find_orphans


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


# -- evidence: written once beside the recovery file, not into every autosave -------------------------


def _with_evidence(*blobs: bytes) -> Assessment:
    from app import resources
    from app.core.assessment import Support
    from app.core.evidence import attach
    from app.core.forms import load_question_bank

    bank = load_question_bank(resources.forms_dir())
    item = assessment(processing_description="Faces at the gate")
    moment = dt.datetime(2026, 11, 30, tzinfo=dt.UTC)
    for number, blob in enumerate(blobs):
        support = Support(kind="question", id="processing_description")
        attach(item, bank, f"evidence-{number}.bin", blob, support, "", moment)
    return item


def test_evidence_is_written_once_and_autosaves_stay_small(tmp_path: Path) -> None:
    work = _with_evidence(os.urandom(3 * 1024 * 1024), b"minutes of the workshop")
    recovery = RecoveryFile(tmp_path)
    recovery.write(work, None)
    files = sorted(recovery.evidence.iterdir())
    assert [f.name for f in files] == sorted(e.sha256 for e in work.attachments)
    assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)
    assert stat.S_IMODE(recovery.evidence.stat().st_mode) == 0o700
    written = {f.name: f.stat().st_ino for f in files}
    work.answers["fr_timing"] = "realtime"
    recovery.write(work, None)  # an answer changed: only the small JSON is rewritten
    assert recovery.path.stat().st_size < 64 * 1024
    assert {f.name: f.stat().st_ino for f in recovery.evidence.iterdir()} == written
    recovery.release()
    [found] = find_orphans(tmp_path)
    assert found.assessment == work  # the evidence is back, content included
    assert found.assessment.attachments[0].data() == work.attachments[0].data()


def test_detached_evidence_leaves_the_folder_and_remove_leaves_nothing(tmp_path: Path) -> None:
    work = _with_evidence(b"first", b"second")
    recovery = RecoveryFile(tmp_path)
    recovery.write(work, None)
    kept = work.attachments[1]
    work.attachments = [kept]
    recovery.write(work, None)
    assert [f.name for f in recovery.evidence.iterdir()] == [kept.sha256]
    recovery.remove()
    assert list(tmp_path.iterdir()) == []


def test_discarding_an_orphan_deletes_its_evidence(tmp_path: Path) -> None:
    recovery = RecoveryFile(tmp_path)
    recovery.write(_with_evidence(b"evidence"), None)
    recovery.release()
    [found] = find_orphans(tmp_path)
    assert found.evidence == recovery.evidence
    discard(found)
    assert list(tmp_path.iterdir()) == []


def test_an_older_file_with_inline_evidence_still_restores(tmp_path: Path) -> None:
    work = _with_evidence(b"inline evidence")
    document = {
        "original_path": None,
        "saved_at": "2026-11-30T09:00:00+00:00",
        "pid": 999999999,
        "assessment": work.model_dump(mode="json"),
    }
    (tmp_path / "recovery-999999999-abc.json").write_text(json.dumps(document), encoding="utf-8")
    [found] = find_orphans(tmp_path)
    assert found.assessment == work and found.evidence is None


@pytest.mark.parametrize("attack", ["folder-path", "bad-sha", "tampered", "missing", "too-many"])
def test_a_recovery_file_with_bad_evidence_is_skipped_not_deleted(tmp_path: Path, attack: str) -> None:
    recovery = RecoveryFile(tmp_path)
    work = _with_evidence(b"evidence")
    recovery.write(work, None)
    recovery.release()
    data = json.loads(recovery.path.read_text(encoding="utf-8"))
    digest = work.attachments[0].sha256
    if attack == "folder-path":
        data["evidence_folder"] = "../" + recovery.evidence.name
    elif attack == "bad-sha":
        data["assessment"]["attachments"][0]["sha256"] = "../" + digest[3:]
    elif attack == "tampered":
        (recovery.evidence / digest).write_bytes(b"evidencE")
    elif attack == "missing":
        (recovery.evidence / digest).unlink()
    else:
        data["assessment"]["attachments"] *= 101
    recovery.path.write_text(json.dumps(data), encoding="utf-8")
    assert find_orphans(tmp_path) == []
    assert recovery.path.exists()
