"""`dpia report` prints an incomplete verdict's outcome as provisional, never as a decision (new-user review,
finding 11; legal/facts.md I5)."""

from pathlib import Path

import pytest

from app.cli import main
from tests.helpers.paths import scenario_path


@pytest.mark.parametrize(
    ("locale", "provisional"),
    [("en", "INCOMPLETE: provisional outcome"), ("nl", "ONVOLLEDIG: voorlopige uitkomst"),
     ("fr", "INCOMPLET : résultat provisoire"), ("de", "UNVOLLSTÄNDIG: vorläufiges Ergebnis")],
)
def test_report_line_says_an_incomplete_outcome_is_provisional(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], locale: str, provisional: str
) -> None:
    pdf = tmp_path / "r.pdf"
    args = ["report", str(scenario_path("custody_suite_identification_fr")), "-o", str(pdf), "--lang", locale]
    assert main([*args, "--no-record-version"]) == 0
    assert provisional in capsys.readouterr().out


def test_report_line_of_a_complete_assessment_is_not_provisional(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "r.pdf"
    args = ["report", str(scenario_path("nuclear_plant_access_nl")), "-o", str(pdf), "--no-record-version"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "outcome: Proceed with measures" in out and "provisional" not in out


def test_report_lists_a_law_to_verify_apart_from_unanswered_questions(tmp_path: Path) -> None:
    """New-user review, finding 3: the report and `dpia assess` agree that the question is answered and
    what is missing is the check of the law it names."""
    from pypdf import PdfReader

    pdf = tmp_path / "r.pdf"
    args = ["report", str(scenario_path("custody_suite_identification_fr")), "-o", str(pdf)]
    assert main([*args, "--no-record-version"]) == 0
    text = " ".join((page.extract_text() or "") for page in PdfReader(pdf).pages)
    text = " ".join(text.split())
    assert "Answers given that must still be verified" in text
    assert "not in the registry" in text
    assert "Unanswered facts that limit this verdict" not in text
