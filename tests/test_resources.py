import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import resources

ROOT = Path(__file__).resolve().parent.parent


def test_checkout_layout_is_found():
    resources.data_root.cache_clear()
    assert (resources.forms_dir() / "sections").is_dir()
    assert (resources.resources_dir() / "legal").is_dir()


def test_override_by_environment(tmp_path, monkeypatch):
    (tmp_path / "forms").mkdir()
    (tmp_path / "resources").mkdir()
    monkeypatch.setenv("DPIA_DATA_DIR", str(tmp_path))
    resources.data_root.cache_clear()
    try:
        assert resources.forms_dir() == tmp_path / "forms"
    finally:
        monkeypatch.delenv("DPIA_DATA_DIR")
        resources.data_root.cache_clear()


@pytest.mark.slow
def test_installed_wheel_carries_forms_and_resources(tmp_path):
    wheels, target = tmp_path / "wheels", tmp_path / "site"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run(
        [*pip, "wheel", str(ROOT), "--no-deps", "--no-build-isolation", "-w", str(wheels)],
        check=True,
        cwd=tmp_path,
        capture_output=True,
    )
    wheel = next(wheels.glob("*.whl"))
    subprocess.run(
        [*pip, "install", "--no-deps", "--target", str(target), str(wheel)], check=True, capture_output=True
    )
    probe = (
        "from app import resources; from app.core.knowledge import load_knowledge; "
        "k = load_knowledge(); print(resources.data_root()); print(len(k.citations.entries))"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    env.pop("DPIA_DATA_DIR", None)
    out = subprocess.run(
        [sys.executable, "-c", probe], check=True, cwd=tmp_path, env=env, capture_output=True, text=True
    ).stdout.split()
    assert out[0] == str(target / "app" / "_data")
    assert int(out[1]) > 50
