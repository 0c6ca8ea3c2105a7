"""The PyInstaller one-folder build runs outside any virtual environment (packaging/smoke_test.sh)."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_frozen_build_runs_outside_the_venv(tmp_path):
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    if not pyinstaller.exists():
        pytest.skip("PyInstaller is not installed (pip install -e '.[test]')")
    dist, work = tmp_path / "dist", tmp_path / "build"
    subprocess.run(
        [
            str(pyinstaller),
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(ROOT / "packaging" / "dpia.spec"),
        ],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )
    folder = dist / "dpia-wizard"
    assert (folder / "dpia").exists() and (folder / "dpia-wizard").exists()
    done = subprocess.run(
        ["bash", str(ROOT / "packaging" / "smoke_test.sh"), str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "smoke test passed" in done.stdout
    shutil.rmtree(dist)
