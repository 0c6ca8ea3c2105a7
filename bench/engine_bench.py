"""Re-scoring latency of the rule engine (p50/p95 per assessment) and 10,000 assessments on one core."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from app.core.engine import assess
from app.core.knowledge import load_knowledge
from app.core.storage import load_assessment

SCENARIOS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "scenarios"


def measure() -> list[tuple[str, str]]:
    started = time.perf_counter()
    knowledge = load_knowledge()
    load_ms = (time.perf_counter() - started) * 1000
    assessments = [load_assessment(p) for p in sorted(SCENARIOS.glob("*.dpia"))]
    samples = []
    for i in range(2000):
        t0 = time.perf_counter()
        assess(assessments[i % len(assessments)], knowledge)
        samples.append((time.perf_counter() - t0) * 1000)
    samples.sort()
    t0 = time.perf_counter()
    for i in range(10_000):
        assess(assessments[i % len(assessments)], knowledge)
    bulk = time.perf_counter() - t0
    return [
        ("knowledge base load (forms, rules, citations)", f"{load_ms:.0f} ms"),
        ("re-score one assessment, p50", f"{statistics.median(samples):.2f} ms"),
        ("re-score one assessment, p95", f"{samples[int(len(samples) * 0.95)]:.2f} ms"),
        ("10,000 assessments re-scored (one core)", f"{bulk:.2f} s"),
    ]


if __name__ == "__main__":
    for name, value in measure():
        print(f"{name:<50} {value}")
