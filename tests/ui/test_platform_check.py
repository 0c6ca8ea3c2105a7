"""A machine where Qt cannot start gets one line naming the Debian packages, not a core dump.

The broken machine is real, not mocked: the dynamic loader is pointed (LD_LIBRARY_PATH) at an empty
`libxcb-icccm.so.4`, which shadows the system's copy, so Qt's own xcb plugin fails to load exactly as
it does on a desktop without libxcb-icccm4. The first test shows that Qt itself aborts there.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.ui.platform_check import DEBIAN_PACKAGES, INSTALL_LINE, platform_problem, requested_platforms

ROOT = Path(__file__).resolve().parents[2]
WIZARD = "from app.ui.main import main; raise SystemExit(main())"
BARE_QT = "from PySide6.QtWidgets import QApplication; QApplication([])"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Debian packages: Linux only")


def run(code: str, tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    full |= {"DPIA_STATE_DIR": str(tmp_path / "state"), "XDG_CONFIG_HOME": str(tmp_path / "config"), **env}
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=full,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.fixture
def without_icccm(tmp_path: Path) -> dict[str, str]:
    """A machine whose libxcb-icccm.so.4 cannot be loaded (an X display is said to exist)."""
    folder = tmp_path / "broken-libs"
    folder.mkdir()
    (folder / "libxcb-icccm.so.4").write_bytes(b"")
    return {"LD_LIBRARY_PATH": str(folder), "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":99"}


def test_qt_alone_aborts_on_that_machine(tmp_path: Path, without_icccm: dict[str, str]) -> None:
    result = run(BARE_QT, tmp_path, **without_icccm)
    assert result.returncode < 0 or result.returncode > 2, result.returncode  # killed by SIGABRT
    assert 'Could not load the Qt platform plugin "xcb"' in result.stderr  # and blames xcb-cursor0


def test_the_wizard_names_the_packages_in_one_line_and_exits_2(
    tmp_path: Path, without_icccm: dict[str, str]
) -> None:
    result = run(WIZARD, tmp_path, **without_icccm)
    assert result.returncode == 2
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith("dpia-wizard: error: Qt cannot load its 'xcb' platform plugin")
    assert "libxcb-icccm.so.4: file too short" in line
    assert line.endswith(INSTALL_LINE)
    assert "libxcb-icccm4" in line.split() and "libxcb-keysyms1" in line.split()


def test_an_unknown_platform_is_named_with_the_available_ones(tmp_path: Path) -> None:
    result = run(WIZARD, tmp_path, QT_QPA_PLATFORM="nosuchscreen")
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert "no platform plugin 'nosuchscreen'" in line
    assert re.search(r"available: .*offscreen", line)


def test_xcb_without_a_display_says_so(tmp_path: Path) -> None:
    if platform_problem({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":99"}) is not None:
        pytest.skip("the xcb plugin's libraries are not installed here")
    result = run(WIZARD, tmp_path, QT_QPA_PLATFORM="xcb")
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert "no X display" in line and "DISPLAY is not set" in line


def test_plugins_this_check_cannot_find_are_left_to_qt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A layout it does not know (say a frozen build with its own qt.conf) is never refused unseen."""
    monkeypatch.setattr("app.ui.platform_check._qt_plugins", lambda: tmp_path / "nowhere")
    assert platform_problem({"QT_QPA_PLATFORM": "offscreen"}) is None


def test_a_loadable_platform_passes() -> None:
    assert platform_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert platform_problem({"QT_QPA_PLATFORM": "nosuchscreen;offscreen:fontengine=freetype"}) is None


@pytest.mark.parametrize(
    ("env", "names"),
    [
        ({}, ["xcb"]),
        ({"XDG_SESSION_TYPE": "wayland"}, ["wayland", "xcb"]),
        ({"WAYLAND_DISPLAY": "wayland-0"}, ["wayland", "xcb"]),
        ({"QT_QPA_PLATFORM": "offscreen"}, ["offscreen"]),
        ({"QT_QPA_PLATFORM": "wayland:foo=1;xcb", "WAYLAND_DISPLAY": "w"}, ["wayland", "xcb"]),
        ({"QT_QPA_PLATFORM": " "}, ["xcb"]),
    ],
)
def test_the_plugins_tried_follow_qt(env: dict[str, str], names: list[str]) -> None:
    assert requested_platforms(env) == names


def test_readme_and_ci_install_the_same_packages() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert INSTALL_LINE in readme
    assert readme.index(INSTALL_LINE) < readme.index("make run")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    ci_names = set(re.findall(r"[\w.+-]+", ci.split("DEBIAN_PACKAGES=(", 1)[1].split(")", 1)[0]))
    assert set(DEBIAN_PACKAGES) <= ci_names
