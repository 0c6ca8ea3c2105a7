"""Time and peak memory of the CLI on hostile inputs (issue 11), each in its own child process.

    .venv/bin/python bench/hostile_bench.py

Builds every input in a temporary folder, runs `dpia ...` on it without any resource limit, and the child
reports its own peak resident memory (VmHWM) when it ends. Prints numbers; asserts nothing (the tests in
tests/commands/test_hostile_inputs.py check the same inputs under RLIMIT_AS).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app import resources  # noqa: E402
from tests.helpers.hostile import (  # noqa: E402
    alias_bomb_section,
    assessment_with_empty_lists,
    assessment_with_numbers,
    pdf_with_attachments,
)
from tests.helpers.paths import scenario_path  # noqa: E402

MiB = 1024 * 1024
SCENARIO = scenario_path("clearview_search_engine")


def _sparse(folder: Path) -> list[str]:
    path = folder / "huge.dpia"
    with path.open("wb") as handle:
        handle.truncate(200 * MiB)
    return ["assess", str(path)]


def _write(name: str, data: bytes, *command: str) -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        (folder / name).write_bytes(data)
        return [part.replace("{}", str(folder / name)) for part in command]

    return build


def _wrong_answers() -> bytes:
    answers = {f"a{i}": [0] * 9_999 for i in range(19)}
    return json.dumps({"format": "dpia-assessment", "schema_version": 1, "answers": answers}).encode()


def _alias_bomb(folder: Path) -> list[str]:
    forms = folder / "forms"
    shutil.copytree(resources.forms_dir(), forms)
    (forms / "sections" / "99_bomb.yaml").write_text(alias_bomb_section(levels=9), encoding="utf-8")
    return ["forms", "check", str(forms)]


def _fifo(folder: Path) -> list[str]:
    os.mkfifo(folder / "pipe.dpia")
    return ["assess", str(folder / "pipe.dpia")]


CASES: list[tuple[str, Callable[[Path], list[str]]]] = [
    ("baseline: assess the Clearview scenario", lambda _: ["assess", str(SCENARIO)]),
    ("assess a 200 MB .dpia (sparse)", _sparse),
    (
        "assess a 29 MB list of 15 million numbers",
        _write("n.dpia", assessment_with_numbers(15 * 10**6), "assess", "{}"),
    ),
    (
        "assess 3 million empty lists (9 MB)",
        _write("l.dpia", assessment_with_empty_lists(3 * 10**6), "assess", "{}"),
    ),
    (
        "assess 190,000 wrong answers (2 MB, within the limits)",
        _write("w.dpia", _wrong_answers(), "assess", "{}"),
    ),
    (
        "verify a 6 KB PDF: 2.5 million numbers embedded",
        _write("b.pdf", pdf_with_attachments(assessment_with_numbers(2_500_000)), "verify", "{}"),
    ),
    (
        "verify a PDF embedding 100 MB that deflates to ~100 KB",
        _write("z.pdf", pdf_with_attachments(b" " * (100 * MiB)), "verify", "{}"),
    ),
    ("forms check with a 1 KB YAML alias bomb (10^9 nodes)", _alias_bomb),
    ("assess a FIFO nobody writes to", _fifo),
]


CHILD = """
import os, sys
from app.cli import main
code = main(sys.argv[1:])
peak = next(line for line in open("/proc/self/status") if line.startswith("VmHWM"))
print(peak.split()[1], file=open(os.environ["BENCH_PEAK_FILE"], "w"))
sys.exit(code)
"""


def run(command: list[str], peak_file: Path) -> tuple[float, int, int, str]:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, *command],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "BENCH_PEAK_FILE": str(peak_file)},
        check=False,
    )
    seconds = time.perf_counter() - start
    message = done.stderr.strip().splitlines() or done.stdout.strip().splitlines()[-3:-2] or [""]
    return seconds, int(peak_file.read_text()) // 1024, done.returncode, message[-1]


def main() -> None:
    print(f"{'hostile input':<55} {'time':>7} {'peak RSS':>9} exit  message")
    for name, build in CASES:
        with tempfile.TemporaryDirectory() as folder:
            seconds, megabytes, code, message = run(build(Path(folder)), Path(folder) / "peak")
        print(f"{name:<55} {seconds:6.2f}s {megabytes:>6} MB {code:>4}  {message[:90]}")


if __name__ == "__main__":
    main()
