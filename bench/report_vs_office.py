"""`dpia report` as a whole process against LibreOffice converting the same report as a DOCX (budget 2.5x).

Run: .venv/bin/python bench/report_vs_office.py [--runs 5]

The DOCX is made here with python-docx (the `test` extra) from the text of the report `dpia report` wrote:
every line of every page, a heading for each outline entry, a page break between pages. It carries the
same words as the PDF but no tables or heat maps, so LibreOffice has less to lay out than the PDF had:
the comparison favours LibreOffice. `soffice --headless --convert-to pdf` runs with its own empty profile
(created once, before timing). The two programs alternate, so a change of machine load hits both.
Without `soffice` on PATH the comparison is skipped. Prints numbers; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCENARIO = ROOT / "tests" / "fixtures" / "scenarios" / "clearview_search_engine.dpia"
BUDGET = 2.5


def dpia_command(out: Path) -> list[str]:
    # --force: every run after the first replaces the same report (5366c69 refuses that without it)
    return [sys.executable, "-m", "app.cli", "report", str(SCENARIO), "-o", str(out), "--force"]


def office_command(soffice: str, docx: Path, folder: Path, profile: Path) -> list[str]:
    return [
        soffice,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(folder),
        str(docx),
    ]


def child_env() -> dict[str, str]:
    """As installed: compiled bytecode is cached (pip and PyInstaller ship it; a dev shell may not)."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


CPU: dict[str, list[float]] = {"dpia": [], "office": []}  # CPU seconds per run, children included


def timed(command: list[str], kind: str = "") -> float:
    before = _children_cpu()
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=child_env(), check=True, capture_output=True, timeout=300)
    elapsed = time.perf_counter() - started
    if kind:
        CPU[kind].append(_children_cpu() - before)
    return elapsed


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def report_as_docx(pdf: Path, docx: Path) -> int:
    """Write the text of `pdf` into `docx`; returns the number of pages."""
    import docx as python_docx
    from pypdf import PdfReader

    reader = PdfReader(str(pdf))
    titles = {str(item.title) for item in _flatten(reader.outline)}
    document = python_docx.Document()
    for number, page in enumerate(reader.pages):
        if number:
            document.add_page_break()
        for line in (page.extract_text() or "").splitlines():
            if line.strip() in titles:
                document.add_heading(line.strip(), level=1)
            elif line.strip():
                document.add_paragraph(line)
    document.save(str(docx))
    return len(reader.pages)


def _missing_docx() -> str:
    try:
        import docx  # noqa: F401
    except ImportError:
        return "python-docx is not installed: pip install -e .[test]"
    return ""


def _flatten(outline: list) -> list:
    items: list = []
    for entry in outline:
        items += _flatten(entry) if isinstance(entry, list) else [entry]
    return items


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory(prefix="dpia-office-") as name:
        folder = Path(name)
        pdf = folder / "dpia.pdf"
        timed(dpia_command(pdf))  # warm the file-system cache
        missing = "no soffice on PATH" if soffice is None else _missing_docx()
        if soffice is None or missing:
            ours = [timed(dpia_command(pdf)) for _ in range(runs)]
            print(f"{'report: dpia report, whole process (median)':<50} {statistics.median(ours):.3f} s")
            print(f"{'report: LibreOffice comparison':<50} skipped ({missing})")
            return 0
        docx = folder / "report.docx"
        pages = report_as_docx(pdf, docx)
        profile = folder / "office-profile"
        timed(office_command(soffice, docx, folder, profile))  # creates the profile; not timed
        ours, office = [], []
        for _ in range(runs):
            ours.append(timed(dpia_command(pdf), "dpia"))
            office.append(timed(office_command(soffice, docx, folder, profile), "office"))
    print_rows(statistics.median(ours), statistics.median(office), pages)
    return 0


def print_rows(ours: float, office: float, pages: int) -> None:
    ratio = office / ours
    verdict = "OK" if ratio >= BUDGET else "UNDER"
    rows = [
        ("report: dpia report, whole process (median)", f"{ours:.3f} s"),
        (f"report: soffice DOCX -> PDF, {pages} pages (median)", f"{office:.3f} s"),
        ("report: LibreOffice time / dpia report time", f"{ratio:.2f}x (budget >= {BUDGET}x: {verdict})"),
        (
            "report: the same in CPU time (dpia / soffice)",
            f"{statistics.median(CPU['office']) / statistics.median(CPU['dpia']):.2f}x "
            f"({statistics.median(CPU['dpia']):.2f} s / {statistics.median(CPU['office']):.2f} s)",
        ),
    ]
    for name, value in rows:
        print(f"{name:<50} {value}")


if __name__ == "__main__":
    os.environ.setdefault("SAL_USE_VCLPLUGIN", "svp")  # LibreOffice without a display
    sys.exit(main())
