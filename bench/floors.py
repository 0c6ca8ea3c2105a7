"""The floors under the two speed budgets of issue 10 that the design cannot go below, measured.

    .venv/bin/python bench/floors.py [--runs 7]

Each line is the CPU time of a fresh process (the least of --runs, so other load on the machine counts
as little as possible) that does only one thing, with bytecode cached as installed:

- the bare PySide6 window (imports, QApplication, a shown 1440x900 QMainWindow): the start-up reference;
- `from pydantic import BaseModel` and the questionnaire's model classes (app.core.forms): what any page
  that is "a thin view over pydantic models" (style.md) needs before it can be built;
- reportlab's layout modules, and app.report.document with the models it renders: what any PDF needs.

From them: the least start-up ratio a first page built on pydantic models can reach (bare window +
pydantic + model classes, before building a single widget), against the budget of 2.5x; and the least
time `dpia report` can take before laying out one page, against the budget (LibreOffice's time / 2.5).
Prints numbers; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CPU = "import time; print(time.process_time())"
BARE_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1440, 900)
QTimer.singleShot(0, app.quit)
window.show()
app.exec()
"""
PROGRAMS = {
    "python itself": "",
    "bare PySide6 window shown": BARE_WINDOW,
    "pydantic BaseModel": "from pydantic import BaseModel",
    "pydantic + questionnaire models": "import app.core.forms",
    "reportlab layout modules": "import reportlab.platypus, reportlab.pdfgen.canvas",
    "report renderer and its models": "import app.report.document",
}


def cpu_of(code: str, runs: int) -> float:
    """The least CPU seconds of `runs` fresh processes running `code`."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    best = float("inf")
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", f"{code}\n{CPU}"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        best = min(best, float(done.stdout.split()[-1]))
    return best


def office_seconds(runs: int) -> float | None:
    """LibreOffice converting a one-page DOCX to PDF (least wall time), or None without soffice."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    try:
        import docx
    except ImportError:
        return None
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        document = docx.Document()
        document.add_paragraph("A one-page document: LibreOffice's own start-up is most of its time.")
        document.save(str(folder / "one.docx"))
        profile = (folder / "profile").as_uri()
        command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf"]
        command += ["--outdir", str(folder), str(folder / "one.docx")]
        subprocess.run(command, capture_output=True, check=True, timeout=300)  # makes the profile
        best = float("inf")
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run(command, capture_output=True, check=True, timeout=300)
            best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    cpu = {name: cpu_of(code, runs) for name, code in PROGRAMS.items()}
    for name, seconds in cpu.items():
        print(f"floor: {name:<44} {seconds * 1000:6.0f} ms CPU (least of {runs})")
    python = cpu["python itself"]
    bare = cpu["bare PySide6 window shown"]
    models = cpu["pydantic + questionnaire models"] - python
    ratio = (bare + models) / bare
    print(
        f"floor: first page on pydantic models / bare window   >= {ratio:.2f}x before any widget "
        "(budget 2.5x)"
    )
    report = cpu["report renderer and its models"]
    office = office_seconds(max(3, runs // 2))
    if office is not None:
        print(f"floor: LibreOffice, one-page DOCX to PDF (wall)       {office * 1000:6.0f} ms")
        print(
            f"floor: dpia report imports / (LibreOffice / 2.5)       {report / (office / 2.5):.2f} "
            "of the budget before laying out a page"
        )


if __name__ == "__main__":
    main()
