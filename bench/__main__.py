"""`python -m bench`: run every benchmark that exists and print one table with the machine it ran on."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from pathlib import Path

from bench import engine_bench

HERE = Path(__file__).resolve().parent
SCRIPTS = (
    "startup_bench.py",
    "report_bench.py",
    "report_vs_office.py",
    "hostile_bench.py",
    "long_text_bench.py",
    "floors.py",
)


def main() -> None:
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(_load("load average at the start"))
    print("-" * 72)
    for name, value in engine_bench.measure():
        print(f"{name:<50} {value}")
    for script in SCRIPTS:
        path = HERE / script
        if path.exists():
            sys.stdout.flush()
            subprocess.run([sys.executable, str(path)], check=False, cwd=HERE.parent)
    print(_load("load average at the end"))


def _load(when: str) -> str:
    """The machine's load (other jobs slow every absolute time; the budgets are ratios in one run)."""
    one, five, fifteen = os.getloadavg()
    return f"{when} (1 / 5 / 15 min): {one:.2f} / {five:.2f} / {fifteen:.2f}"


if __name__ == "__main__":
    main()
