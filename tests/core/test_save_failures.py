"""Saving onto a really full disk or a read-only file system fails clearly and keeps the old file.

Uses a small tmpfs mounted for the test (needs root, as in CI); skipped where mounting is not allowed.
"""

import subprocess

import pytest

from app.core.assessment import Assessment
from app.core.errors import SaveError
from app.core.storage import load_assessment, save_assessment
from tests.helpers.large import large_assessment


@pytest.fixture
def small_disk(tmp_path):
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_full_disk_keeps_the_old_file(small_disk):
    path = small_disk / "workshop.dpia"
    save_assessment(Assessment(answers={"scale": "lt_1k"}), path)
    before = path.read_bytes()
    with pytest.raises(SaveError, match="No space left on device") as info:
        save_assessment(large_assessment(), path)
    assert "previous file is unchanged" in str(info.value)
    assert path.read_bytes() == before
    assert load_assessment(path).answers == {"scale": "lt_1k"}
    assert sorted(p.name for p in small_disk.iterdir()) == ["workshop.dpia"]


def test_read_only_file_system_keeps_the_old_file(small_disk):
    path = small_disk / "workshop.dpia"
    save_assessment(Assessment(answers={"scale": "lt_1k"}), path)
    before = path.read_bytes()
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    with pytest.raises(SaveError, match="Read-only file system"):
        save_assessment(Assessment(answers={"scale": "gt_10m"}), path)
    assert path.read_bytes() == before
