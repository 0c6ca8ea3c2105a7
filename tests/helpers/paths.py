"""Paths to the test fixtures."""

import json
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SCENARIOS = FIXTURES / "scenarios"


def scenario_path(name: str) -> Path:
    return SCENARIOS / f"{name}.dpia"


def scenario_names() -> list[str]:
    return sorted(p.stem for p in SCENARIOS.glob("*.dpia"))


def expected_verdicts() -> dict:
    return json.loads((SCENARIOS / "expected.json").read_text(encoding="utf-8"))
