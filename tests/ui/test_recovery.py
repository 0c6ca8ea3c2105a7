"""Recovery files (plain Python): private, atomic, and found again only when their window is gone."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
from pathlib import Path

import pytest

from app.core.assessment import Assessment
from app.ui.recovery import Recovered, RecoveryFile, discard, find_orphans


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


def test_the_evidence_folder_is_the_files_own_whatever_the_file_says(tmp_path: Path) -> None:
    """A recovery file cannot name another orphan's evidence folder (discarding it would delete that)."""
    first, second = RecoveryFile(tmp_path), RecoveryFile(tmp_path)
    first.write(_with_evidence(b"first evidence"), None)
    second.write(_with_evidence(b"second evidence"), None)
    first.release()
    second.release()
    data = json.loads(first.path.read_text(encoding="utf-8"))
    data["evidence_folder"] = second.evidence.name
    first.path.write_text(json.dumps(data), encoding="utf-8")
    found = {f.file: f for f in find_orphans(tmp_path)}
    assert found[first.path].evidence == first.evidence
    discard(found[first.path])
    [left] = find_orphans(tmp_path)
    assert left.file == second.path and left.assessment.attachments[0].data() == b"second evidence"


@pytest.mark.parametrize("attack", ["bad-sha", "tampered", "missing", "wrong-size"])
def test_evidence_that_cannot_be_put_back_is_left_out_and_named_the_answers_are_offered(
    tmp_path: Path, attack: str
) -> None:
    recovery = RecoveryFile(tmp_path)
    work = _with_evidence(b"evidence", b"kept evidence")
    recovery.write(work, None)
    recovery.release()
    data = json.loads(recovery.path.read_text(encoding="utf-8"))
    digest = work.attachments[0].sha256
    if attack == "bad-sha":
        data["assessment"]["attachments"][0]["sha256"] = "../" + digest[3:]
    elif attack == "tampered":
        (recovery.evidence / digest).write_bytes(b"evidencE")
    elif attack == "missing":
        (recovery.evidence / digest).unlink()
    else:
        (recovery.evidence / digest).write_bytes(b"evidence, longer")
    recovery.path.write_text(json.dumps(data), encoding="utf-8")
    [found] = find_orphans(tmp_path)
    assert found.missing_evidence == ("evidence-0.bin",)
    assert [a.name for a in found.assessment.attachments] == ["evidence-1.bin"]
    assert found.assessment.answers == work.answers


@pytest.mark.parametrize(
    "document",
    [[], {"assessment": []}, {"assessment": {}, "saved_at": 5}, {"assessment": {"attachments": "x"}}],
    ids=["list", "assessment-list", "time-number", "attachments-text"],
)
def test_a_malformed_recovery_file_is_skipped_not_fatal(tmp_path: Path, document: object) -> None:
    broken = tmp_path / "recovery-999999999-abc.json"
    broken.write_text(json.dumps(document), encoding="utf-8")
    assert find_orphans(tmp_path) == []
    assert broken.exists()


def test_odd_but_usable_fields_do_not_stop_the_others(tmp_path: Path) -> None:
    base = {"pid": 999999999, "assessment": assessment(fr_timing="realtime").model_dump(mode="json")}
    naive = {**base, "saved_at": "2026-11-30T09:00:00", "original_path": 42}
    aware = {**base, "saved_at": "2026-11-30T10:00:00+00:00", "original_path": None}
    (tmp_path / "recovery-999999998-a.json").write_text(json.dumps(naive), encoding="utf-8")
    (tmp_path / "recovery-999999999-b.json").write_text(json.dumps(aware), encoding="utf-8")
    found = find_orphans(tmp_path)  # a naive and an aware time sort together
    assert len(found) == 2 and all(f.saved_at.tzinfo is not None for f in found)
    assert {f.original for f in found} == {None}


def test_a_full_disk_when_writing_the_json_keeps_the_previous_autosave_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui import recovery as module

    recovery = RecoveryFile(tmp_path)
    work = _with_evidence(b"first", b"second")
    recovery.write(work, None)
    work.attachments = [work.attachments[1]]  # detached: its file may go only once the JSON says so
    real_write = module._write_private

    def full_disk(path: Path, payload: bytes) -> None:
        if path == recovery.path:
            raise OSError(28, "No space left on device")
        real_write(path, payload)

    monkeypatch.setattr(module, "_write_private", full_disk)
    with pytest.raises(OSError):
        recovery.write(work, None)
    recovery.release()
    [found] = find_orphans(tmp_path)
    assert [a.name for a in found.assessment.attachments] == ["evidence-0.bin", "evidence-1.bin"]
    assert found.missing_evidence == ()


def test_a_link_in_place_of_the_evidence_folder_is_never_followed(tmp_path: Path) -> None:
    victim = tmp_path / "documents"
    victim.mkdir()
    (victim / "contract.pdf").write_bytes(b"keep me")
    (victim / ("a" * 64)).write_bytes(b"keep me too")
    state = tmp_path / "state"
    recovery = RecoveryFile(state)
    recovery.write(assessment(fr_timing="realtime"), None)
    recovery.evidence.symlink_to(victim, target_is_directory=True)
    recovery.write(assessment(fr_timing="retrospective"), None)  # no evidence: nothing to clean there
    with pytest.raises(OSError, match="not a folder of its own"):
        recovery.write(_with_evidence(b"evidence"), None)
    recovery.remove()
    discard(Recovered(recovery.path, None, dt.datetime.now(dt.UTC), assessment(), recovery.evidence))
    assert sorted(p.name for p in victim.iterdir()) == ["a" * 64, "contract.pdf"]


def test_a_wrong_evidence_file_is_written_again(tmp_path: Path) -> None:
    recovery = RecoveryFile(tmp_path)
    work = _with_evidence(b"evidence")
    recovery.write(work, None)
    blob = recovery.evidence / work.attachments[0].sha256
    blob.write_bytes(b"damaged")
    recovery.write(work, None)
    assert blob.read_bytes() == b"evidence"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_first_autosave_with_evidence_makes_a_private_folder(tmp_path: Path) -> None:
    state = tmp_path / "new" / "state"
    RecoveryFile(state).write(_with_evidence(b"evidence"), None)
    assert stat.S_IMODE(state.stat().st_mode) == 0o700


def test_too_many_attachments_make_the_file_unreadable_not_a_crash(tmp_path: Path) -> None:
    recovery = RecoveryFile(tmp_path)
    recovery.write(_with_evidence(b"evidence"), None)
    recovery.release()
    data = json.loads(recovery.path.read_text(encoding="utf-8"))
    data["assessment"]["attachments"] *= 101
    recovery.path.write_text(json.dumps(data), encoding="utf-8")
    assert find_orphans(tmp_path) == []
    assert recovery.path.exists()


def test_evidence_missing_from_the_recovery_is_taken_from_the_saved_assessment(tmp_path: Path) -> None:
    """A crash restore must not quietly drop evidence the saved file still holds (same SHA-256)."""
    from app.core.storage import save_assessment

    work = _with_evidence(b"contract evidence", b"bias test evidence")
    saved = tmp_path / "shop.dpia"
    save_assessment(work, saved)
    recovery = RecoveryFile(tmp_path / "state")
    work.answers["fr_timing"] = "realtime"  # unsaved work
    recovery.write(work, saved)
    recovery.release()
    (recovery.evidence / work.attachments[0].sha256).unlink()  # lost with the crash
    (recovery.evidence / work.attachments[1].sha256).write_bytes(b"damaged")
    [found] = find_orphans(tmp_path / "state")
    assert found.missing_evidence == ()
    assert [a.data() for a in found.assessment.attachments] == [b"contract evidence", b"bias test evidence"]
    assert found.assessment.answers["fr_timing"] == "realtime"
