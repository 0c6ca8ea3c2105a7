"""`dpia-wizard FILE --screenshots DIR` renders every page and exits."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QImage

from app import resources
from app.core import languages
from app.core.language_list import declared_locales
from app.core.languages import declared_languages
from app.ui import main_window
from app.ui.main import main
from app.ui.main_window import MainWindow
from app.ui.scorer import VerdictScorer

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


SHOWN_SPY = """
import sys
from PySide6.QtCore import QLocale
from app.ui import main, main_window

shown = main_window.MainWindow.showEvent

def spied(window, event):
    print("SPY_FILE_MENU", window.file_menu.title(), flush=True)
    print("SPY_LOCALE", QLocale().name(), flush=True)
    shown(window, event)

main_window.MainWindow.showEvent = spied
raise SystemExit(main.main())
"""


@pytest.mark.parametrize(
    ("language", "file_menu", "conventions"), [(None, "&File", None), ("nl", "&Bestand", "nl_NL")]
)
def test_the_window_shows_before_pydantic_babel_and_the_forms_are_imported(
    tmp_path: Path, language: str | None, file_menu: str, conventions: str | None
) -> None:
    """The "Loading" frame needs neither: they load in the loading thread (the real start, its own process).
    The language chosen in Settings, with its conventions, is already the window's at that first show (no
    English flash)."""
    env = dict(os.environ, DPIA_STARTUP_PROBE="1", QT_QPA_PLATFORM="offscreen")
    env |= {"DPIA_STATE_DIR": str(tmp_path / "state"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env.pop("DPIA_DATA_DIR")  # the shipped data
    if language is not None:
        ini = tmp_path / "config" / "dpia-wizard" / "dpia-wizard.ini"
        ini.parent.mkdir(parents=True)
        ini.write_text(f"[ui]\nlanguage={language}\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", SHOWN_SPY], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert lines["SPY_FILE_MENU"] == file_menu
    assert conventions is None or lines["SPY_LOCALE"] == conventions  # dates and numbers (languages.yaml)
    assert lines["DPIA_SHOWN_IMPORTED"] == "-"  # else: pydantic, babel, app.core.languages, app.core.forms
    assert "DPIA_READY" in lines


@pytest.fixture
def broken_languages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, int]]:
    """The shipped data with a Dutch locale that is no locale name; yields the file and the entry's line."""
    data = tmp_path / "broken"
    shutil.copytree(resources.forms_dir(), data / "forms")
    shutil.copytree(resources.resources_dir(), data / "resources")
    listed = data / "resources" / "languages.yaml"
    text = listed.read_text(encoding="utf-8").replace("locale: nl_NL", "locale: Dutch")
    listed.write_text(text, encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "code: nl" in row)  # the entry's
    caches = (resources.data_root, declared_languages, declared_locales)
    with monkeypatch.context() as patch:  # undone before the caches are cleared (teardowns read them)
        patch.setenv("DPIA_DATA_DIR", str(data))
        for cache in caches:
            cache.cache_clear()
        yield listed, line
    for cache in caches:
        cache.cache_clear()


def test_a_broken_language_file_stops_the_start_with_its_file_and_line(
    qtbot: Any, dialogs: Any, broken_languages: tuple[Path, int]
) -> None:
    """Checked in the loading thread now, still before the wizard can be used: "Cannot start", one line."""
    listed, line = broken_languages
    window = MainWindow(offer_recovery=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(dialogs.calls), timeout=20000)
    [(kind, title, text)] = dialogs.calls
    assert (kind, title) == ("critical", "Cannot start")
    assert text.startswith(f"{listed}:{line}:") and "\n" not in text, text
    qtbot.waitUntil(lambda: not window.isVisible())
    assert not window.is_ready


def test_with_lang_a_broken_language_file_is_one_line_before_qt_starts(
    qapp: Any, capsys: pytest.CaptureFixture[str], broken_languages: tuple[Path, int]
) -> None:
    listed, line = broken_languages
    assert main(["--lang", "nl"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"dpia-wizard: error: {listed}:{line}:") and err.count("\n") == 1, err


@pytest.mark.parametrize("lang", ["xx", "NL", "nl\x1b[2J"])
def test_an_unknown_lang_is_one_line_naming_the_declared_languages(
    qapp: Any, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    assert main(["--lang", lang]) == 2
    err = capsys.readouterr().err
    assert err.startswith("dpia-wizard: error: --lang ") and err.count("\n") == 1, err
    assert err.endswith("unknown language; available: en, nl, fr, de\n") and "\x1b" not in err


PLUGIN_SCAN = (
    "import {module}; from app.core.forms import QuestionBank; from pydantic.plugin import _loader; "
    "print(_loader._plugins is None, repr(_loader.os.environ['PYDANTIC_DISABLE_PLUGINS']))"
)


@pytest.mark.parametrize(
    ("module", "user_value", "expected"),
    [
        ("app.ui.main", None, "True '__all__'"),  # never scanned
        ("app.cli", None, "True '__all__'"),
        ("app.cli", "", "False ''"),  # the user's own setting is kept: pydantic scans
    ],
)
def test_the_entry_points_turn_off_pydantic_plugin_discovery(
    module: str, user_value: str | None, expected: str
) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    if user_value is not None:
        env["PYDANTIC_DISABLE_PLUGINS"] = user_value
    code = PLUGIN_SCAN.format(module=module)
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[0] == expected


def test_a_window_without_a_bank_loads_it_after_showing(qtbot: Any) -> None:
    window = MainWindow(open_path=CLEARVIEW, offer_recovery=False)
    qtbot.addWidget(window)
    assert not window.is_ready
    window.show()
    qtbot.waitUntil(lambda: window.is_ready and window.document.path == CLEARVIEW, timeout=10000)
    assert window.document.answer("fr_function") == "identification_1toN"
    assert not window.isWindowModified()
    assert window.save_action.isEnabled()


def test_the_rules_load_only_after_the_first_page_and_the_dock_are_painted(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Start-up in turns: a loading thread running while the first page and the dock paint would make
    each of their Python calls wait for the interpreter, blocking the event loop for a long time."""
    painted: list[str] = []
    at_loading: list[list[str]] = []

    class PaintSpy(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(watched.objectName())
            return False

    spy = PaintSpy()
    start_loading, build_dock = VerdictScorer.start_loading, MainWindow._build_verdict_dock

    def recorded_start(scorer: VerdictScorer) -> None:
        at_loading.append(list(painted))
        start_loading(scorer)

    def watched_dock(window: MainWindow) -> None:
        build_dock(window)
        window.verdict_panel.installEventFilter(spy)

    monkeypatch.setattr(VerdictScorer, "start_loading", recorded_start)
    monkeypatch.setattr(MainWindow, "_build_verdict_dock", watched_dock)
    monkeypatch.setattr(main_window, "FIRST_PAINT_WAIT_MS", 600_000)  # only the paint may start it
    window = MainWindow(offer_recovery=False)
    qtbot.addWidget(window)
    window.ready.connect(lambda: window.wizard.installEventFilter(spy))
    window.show()
    qtbot.waitUntil(lambda: window.is_ready and window.scorer.verdict is not None, timeout=20000)
    assert at_loading and {"verdict_panel", "wizard"} <= set(at_loading[0]), at_loading


def test_the_rules_still_load_when_the_dock_never_paints(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    build_dock = MainWindow._build_verdict_dock

    def hidden_dock(window: MainWindow) -> None:
        build_dock(window)
        window.verdict_dock.hide()  # as if closed by the user: it never paints

    monkeypatch.setattr(MainWindow, "_build_verdict_dock", hidden_dock)
    monkeypatch.setattr(main_window, "FIRST_PAINT_WAIT_MS", 50)
    window = MainWindow(offer_recovery=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.is_ready and window.scorer.verdict is not None, timeout=20000)
    assert not window.verdict_dock.isVisible()


def test_the_rules_thread_prepares_the_formats_of_the_language(
    make_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Babel's locale data (some 40 ms) loads with the rules, not in the first verdict on the event loop."""
    prepared: list[tuple[str, str]] = []
    monkeypatch.setattr(
        languages, "prepare_formats", lambda code: prepared.append((code, threading.current_thread().name))
    )
    window: MainWindow = make_window(locale="nl", offer_recovery=False)
    qtbot.waitUntil(lambda: window.scorer.verdict is not None, timeout=20000)
    assert prepared == [("nl", "knowledge")]
