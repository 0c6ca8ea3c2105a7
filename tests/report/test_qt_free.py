"""app.report runs without Qt: importing all of it loads neither PySide6 nor app.ui."""

from __future__ import annotations

import subprocess
import sys

MODULES = ("app.report.export", "app.report.verify", "app.report.signing", "app.report.identity")


def test_report_package_imports_no_qt() -> None:
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in MODULES)
        + "bad = [m for m in sys.modules if m.startswith(('PySide6', 'app.ui'))]\n"
        + "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
