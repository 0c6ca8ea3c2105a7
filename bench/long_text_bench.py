"""Benchmark: report time against the length of one workshop note (and one narrative answer).

A note of N characters should cost time roughly linear in N: the seconds per 10,000 characters stay
about flat from the smallest to the largest size. Before long texts were laid out outside table cells,
one 100,000-character note took about 30 s (reportlab splits a long table cell again on every page).

Run: .venv/bin/python bench/long_text_bench.py [--sizes 10000 30000 100000] [--where note|answer]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.core.assessment import QuestionNote  # noqa: E402
from app.core.engine import assess  # noqa: E402
from app.core.knowledge import load_knowledge  # noqa: E402
from app.core.storage import load_assessment  # noqa: E402
from app.report.export import build_report  # noqa: E402

SCENARIO = ROOT / "tests" / "fixtures" / "scenarios" / "clearview_search_engine.dpia"
# Both shown in the necessity chapter's answers table: a choice with a note, and a free-text answer.
NOTE_ON, TEXT_ANSWER = "less_intrusive_sufficient", "necessity_justification"
WORDS = "Die Kamera am Eingang vergleicht Gesichter mit der Beobachtungsliste; Zoë Müller notiert Einwände. "


def long_text(size: int) -> str:
    """`size` characters of prose, with a paragraph break every ~1,500 characters, as typed notes have."""
    sentences = (WORDS * (size // len(WORDS) + 1))[:size]
    return "\n".join(sentences[i : i + 1500] for i in range(0, size, 1500))


def measure(size: int, where: str) -> float:
    knowledge = load_knowledge()
    assessment = load_assessment(SCENARIO)
    if where == "note":
        notes = dict(assessment.notes) | {NOTE_ON: QuestionNote(text=long_text(size))}
        assessment = assessment.model_copy(update={"notes": notes})
    else:
        answers = dict(assessment.answers) | {TEXT_ANSWER: long_text(size)}
        assessment = assessment.model_copy(update={"answers": answers})
    verdict = assess(assessment, knowledge)
    start = time.perf_counter()
    build_report(assessment, verdict, knowledge, "en", dt.datetime(2025, 3, 1, tzinfo=dt.UTC))
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[0, 10_000, 30_000, 100_000])
    parser.add_argument("--where", choices=("note", "answer"), default="note")
    args = parser.parse_args()
    measure(0, args.where)  # warm-up: fonts, knowledge, imports
    base = measure(0, args.where)
    for size in args.sizes:
        seconds = measure(size, args.where)
        per_10k = (seconds - base) / size * 10_000 if size else 0.0
        name = f"report: one {args.where} of {size:,} characters"
        print(f"{name:<50} {seconds:.2f} s ({per_10k:.2f} s per 10k characters beyond the base)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
