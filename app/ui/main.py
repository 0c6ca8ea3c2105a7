"""`dpia-wizard [FILE] [--screenshots DIR]`: the desktop wizard.

Before Qt starts, a missing system library of its platform plugin (or a missing display) ends the
program with one line naming the Debian packages to install and exit code 2 (app/ui/platform_check.py).

DPIA_STARTUP_PROBE=1 prints "DPIA_SHOWN <unix time>" when the window is first shown and
"DPIA_READY <unix time>" when the questionnaire is loaded and the first page built, then quits; each is
followed by a "<event>_CPU <seconds>" line with the CPU time the process had used, and the first by
"DPIA_SHOWN_IMPORTED <modules>": those of LOADED_AFTER_SHOW already imported when the window showed, or "-"
(used by bench/startup_bench.py and tests/ui/test_main.py).
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import app.process_env  # noqa: F401  (first: pydantic's plugin scan off)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

PROBE_ENV = "DPIA_STARTUP_PROBE"
LOADER_THREADS = ("questionnaire", "knowledge")  # app/ui/main_window.py, app/ui/scorer.py
# Imported by the loading thread, after the window shows (without --lang): the probe names any already there.
LOADED_AFTER_SHOW = ("pydantic", "babel", "app.core.languages", "app.core.forms")
EXIT_OK, EXIT_BAD_INPUT = 0, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dpia-wizard",
        description="The DPIA wizard for facial-recognition deployments (desktop application).",
    )
    parser.add_argument("file", nargs="?", type=Path, help="a .dpia assessment to open")
    parser.add_argument(
        "--screenshots",
        metavar="DIR",
        type=Path,
        help="render every page of FILE offscreen into DIR as PNG files and exit",
    )
    parser.add_argument(
        "--lang",
        metavar="LANG",
        help="the language for this run (default: the one chosen in Tools > Settings); one of "
        "resources/languages.yaml",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.screenshots is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    problem = _platform_problem() or _language_problem(args.lang)
    if problem is not None:
        print(f"dpia-wizard: error: {problem}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.screenshots is not None:
        return _screenshots(args.file, args.screenshots, args.lang or "en")
    app = _application()
    from app.ui.main_window import MainWindow
    from app.ui.state import language
    from app.ui.translation import use_language

    locale = args.lang or language()  # Tools > Settings; a change there applies at once
    use_language(app, locale)
    window = MainWindow(locale=locale, open_path=args.file)  # shows at once, loads the questionnaire next
    if os.environ.get(PROBE_ENV):
        window.first_shown.connect(_report_shown)
        window.ready.connect(lambda: _report("DPIA_READY", quit_app=app))
    window.show()
    code = int(app.exec())
    _wait_for_loaders()
    return code


def _wait_for_loaders(timeout: float = 10.0) -> None:
    """Let the loading threads end before Python shuts down: a daemon thread stopped by the interpreter's
    exit inside Qt's import hook aborts the process (a quit within a second of starting)."""
    for thread in threading.enumerate():
        if thread.name in LOADER_THREADS:
            thread.join(timeout)


def _platform_problem() -> str | None:
    """Why Qt could not start here (a missing system library, no display), before it aborts on it."""
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is not None:
        return None  # Qt is already running in this process
    from app.ui.platform_check import platform_problem

    return platform_problem()


def _language_problem(lang: str | None) -> str | None:
    """An unknown --lang, named with the declared languages (resources/languages.yaml, validated here; without
    --lang the loading thread validates it, so the window shows without pydantic and Babel)."""
    if lang is None:
        return None
    from app.core.errors import FormsError
    from app.core.languages import language_codes
    from app.core.printable import printable

    try:
        codes = language_codes()
    except (FormsError, FileNotFoundError) as exc:
        return str(exc)
    if lang in codes:
        return None
    return f"--lang {printable(repr(lang))}: unknown language; available: {', '.join(codes)}"


def _application() -> QApplication:
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("dpia-wizard")
    app.setApplicationDisplayName("DPIA wizard")
    app.setOrganizationName("dpia-wizard")
    app.setStyle("Fusion")
    return app


def _report_shown() -> None:
    _report("DPIA_SHOWN")
    imported = [name for name in LOADED_AFTER_SHOW if name in sys.modules]
    print(f"DPIA_SHOWN_IMPORTED {','.join(imported) or '-'}", flush=True)


def _report(event: str, quit_app: QApplication | None = None) -> None:
    print(f"{event} {time.time():.6f}\n{event}_CPU {time.process_time():.6f}", flush=True)
    if quit_app is not None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, quit_app.quit)


def _screenshots(file: Path | None, folder: Path, lang: str) -> int:
    from app import resources
    from app.core.answers import check_answers
    from app.core.errors import AssessmentFileError, FormsError
    from app.core.forms import load_question_bank
    from app.core.storage import load_assessment
    from app.ui.main_window import MainWindow
    from app.ui.screenshots import render_screenshots
    from app.ui.translation import use_language

    use_language(_application(), lang)
    try:
        bank = load_question_bank(resources.forms_dir())
        assessment = load_assessment(file) if file is not None else None
        if assessment is not None:
            check_answers(bank, assessment.answers, str(file))
    except (AssessmentFileError, FormsError) as exc:
        print(f"dpia-wizard: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    window = MainWindow(bank, locale=lang, offer_recovery=False)
    window.files.recovery_enabled = False
    window.set_zoom(1.0)
    if assessment is not None:
        window.document.replace(assessment, file)
    for path in render_screenshots(window, folder):
        print(path)
    window.hide()
    window.deleteLater()  # nothing was edited: no close prompt, no recovery file
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
