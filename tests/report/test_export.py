"""The API the GUI calls from a worker thread: progress, signing, atomic output, clear errors."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from app.core.engine import assess
from app.core.errors import DpiaError
from app.report.export import export_report
from app.report.strings import EN
from app.report.verify import verify_report
from tests.report.builders import EXPORTED, PASSPHRASE, pdf_text, scenario


def test_export_reports_progress_and_signs(tmp_path: Path, rich, knowledge, assessor) -> None:
    steps: list[tuple[int, str]] = []
    result = export_report(
        rich,
        tmp_path / "r.pdf",
        identity_path=assessor.path,
        passphrase=PASSPHRASE,
        progress=lambda p, m: steps.append((p, m)),
        knowledge=knowledge,
        exported=EXPORTED,
    )
    percents = [p for p, _ in steps]
    assert percents == sorted(percents) and percents[-1] == 100
    assert result.signed_by == "Anna Łukasiewicz" and result.outcome == "do_not_proceed"
    assert result.size == result.path.stat().st_size < 1_000_000
    assert verify_report(result.path.read_bytes(), knowledge=knowledge).intact


def test_wrong_passphrase_fails_before_writing(tmp_path: Path, rich, knowledge, assessor) -> None:
    out = tmp_path / "r.pdf"
    with pytest.raises(DpiaError, match="wrong passphrase"):
        export_report(rich, out, identity_path=assessor.path, passphrase="not the one", knowledge=knowledge)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "name", ["airport_boarding_consent", "people_counting_detection", "supermarket_watchlist_nl"]
)
def test_every_scenario_exports_its_own_verdict(tmp_path: Path, knowledge, name: str) -> None:
    assessment = scenario(name)
    expected = assess(assessment, knowledge)
    result = export_report(assessment, tmp_path / f"{name}.pdf", knowledge=knowledge, exported=EXPORTED)
    pdf = result.path.read_bytes()
    report = verify_report(pdf, knowledge=knowledge)
    assert result.outcome == expected.outcome
    assert report.problems == ["the report is not signed"]
    assert report.verdict is not None and report.verdict.ok
    assert report.verdict.recorded_outcome == expected.outcome
    assert json.loads(report.assessment_json or b"{}")["answers"] == assessment.answers
    text = pdf_text(pdf)
    outcome = EN["outcome_" + expected.outcome]
    if expected.status == "incomplete":  # contract v2: shown as incomplete, the outcome only provisional
        count = len(expected.missing)
        assert f"Outcome Incomplete ({count} answers needed); provisional: {outcome} " in text
    else:
        assert f"Outcome {outcome} " in text
    assert f"(SHA-256) {hashlib.sha256(report.assessment_json or b'').hexdigest()}" in text
    for finding in expected.findings:
        assert " ".join(finding.text.split())[:60] in text, finding.id
