"""An unsigned `dpia report` loads only what it uses: no spreadsheet writer, no signing stack, no network.

Each command runs in a fresh interpreter (app.cli.main, as `dpia` runs it), which then prints the top-level
packages it had imported; nothing is timed. The xlsx export proves that the check sees a lazy import.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.helpers.paths import scenario_path

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import json, sys
from app.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted({name.split(".")[0] for name in sys.modules})}))
"""

# openpyxl and lxml: the xlsx export; pyhanko, cryptography, asn1crypto: signing and verifying; docx: the
# Word export; http and ssl: a timestamp server (xml.sax.saxutils used to bring them in for an escape);
# xml: that escape, and the XML parser of `dpia forms check`.
NOT_FOR_AN_UNSIGNED_REPORT = {
    "openpyxl",
    "lxml",
    "pyhanko",
    "pyhanko_certvalidator",
    "cryptography",
    "asn1crypto",
    "docx",
    "http",
    "ssl",
    "xml",
    "PySide6",
}


def _imported(*argv: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, *argv], cwd=ROOT, capture_output=True, text=True, check=True
    )
    outcome = json.loads(done.stdout.strip().splitlines()[-1])
    assert outcome["code"] == 0, done.stderr
    return set(outcome["modules"])


def test_an_unsigned_report_imports_no_spreadsheet_signing_or_network_code(tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    loaded = _imported("report", str(scenario_path("clearview_search_engine")), "-o", str(out))
    assert out.read_bytes().startswith(b"%PDF-")
    assert {"reportlab", "app"} <= loaded  # the child did lay out a report
    assert loaded & NOT_FOR_AN_UNSIGNED_REPORT == set()


def test_the_spreadsheet_export_still_loads_openpyxl_where_it_writes(tmp_path: Path) -> None:
    out = tmp_path / "register.xlsx"
    args = ("export", str(scenario_path("clearview_search_engine")), "--format", "xlsx", "-o", str(out))
    loaded = _imported(*args)
    assert "openpyxl" in loaded
    assert out.read_bytes().startswith(b"PK")  # a workbook (a zip)
