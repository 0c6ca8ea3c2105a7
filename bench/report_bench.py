"""Benchmark: the clearview_search_engine report plus one signature (budget 1.5 s, PDF < 1 MB).

Run: .venv/bin/python bench/report_bench.py [--rounds N]
The knowledge base is loaded once first, as the GUI and a long-running CLI do; its load time and the
cost of creating the RSA 3072 identity are printed separately.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.core.knowledge import load_knowledge  # noqa: E402
from app.core.storage import load_assessment  # noqa: E402
from app.report.export import export_report  # noqa: E402
from app.report.identity import create_identity  # noqa: E402

SCENARIO = ROOT / "tests" / "fixtures" / "scenarios" / "clearview_search_engine.dpia"
PASSPHRASE = "benchmark passphrase"
BUDGET_S, BUDGET_BYTES = 1.5, 1_000_000


def timed(function, *args, **kwargs):
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return result, time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    rounds = parser.parse_args().rounds
    folder = Path(tempfile.mkdtemp(prefix="dpia-bench-"))
    knowledge, load_s = timed(load_knowledge)
    _, identity_s = timed(create_identity, folder / "bench.p12", "Bench Signer", "b@example.org", PASSPHRASE)
    assessment = load_assessment(SCENARIO)
    unsigned = [
        timed(export_report, assessment, folder / f"u{i}.pdf", knowledge=knowledge)[1] for i in range(rounds)
    ]
    signed = [
        timed(
            export_report,
            assessment,
            folder / f"s{i}.pdf",
            identity_path=folder / "bench.p12",
            passphrase=PASSPHRASE,
            knowledge=knowledge,
        )[1]
        for i in range(rounds)
    ]
    size = (folder / "s0.pdf").stat().st_size
    report(load_s, identity_s, unsigned, signed, size)
    return 0 if statistics.median(signed) < BUDGET_S and size < BUDGET_BYTES else 1


def report(load_s: float, identity_s: float, unsigned: list[float], signed: list[float], size: int) -> None:
    """One line per measure, in the `python -m bench` table format."""
    median = statistics.median(signed)
    rows = [
        ("report: knowledge load (once)", f"{load_s:.3f} s"),
        ("report: identity creation (RSA 3072)", f"{identity_s:.3f} s"),
        (f"report: clearview unsigned (median of {len(unsigned)})", f"{statistics.median(unsigned):.3f} s"),
        (
            "report: clearview + 1 signature (median)",
            f"{median:.3f} s (max {max(signed):.3f}; budget {BUDGET_S} s: {_verdict(median < BUDGET_S)})",
        ),
        ("report: signed PDF size", f"{size / 1024:.0f} KB (budget 1 MB: {_verdict(size < BUDGET_BYTES)})"),
    ]
    for name, value in rows:
        print(f"{name:<50} {value}")


def _verdict(ok: bool) -> str:
    return "OK" if ok else "OVER"


if __name__ == "__main__":
    sys.exit(main())
