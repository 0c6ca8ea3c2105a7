"""`dpia diff OLD NEW`: labelled differences, JSON, and exit codes as diff (0 same, 1 different, 2 error)."""

from __future__ import annotations

import json
from pathlib import Path

from app.cli import main
from app.core.knowledge import load_knowledge
from app.core.storage import load_assessment, save_assessment
from app.report.strings import text as report_text
from tests.helpers.working_copy import working_copy


def _changed_copy(tmp_path: Path) -> tuple[Path, Path]:
    old = working_copy(tmp_path)
    new = working_copy(tmp_path, as_name="b.dpia")
    assessment = load_assessment(new)
    assessment.answers["fr_function"] = "identification_1toN"
    save_assessment(assessment, new)
    return old, new


def test_identical_files_exit_0(tmp_path: Path, capsys) -> None:
    old = working_copy(tmp_path)
    new = working_copy(tmp_path, as_name="b.dpia")
    assert main(["diff", str(old), str(new)]) == 0
    assert "no differences" in capsys.readouterr().out


def test_a_changed_answer_shows_its_label_options_and_the_verdict_change(tmp_path: Path, capsys) -> None:
    old, new = _changed_copy(tmp_path)
    assert main(["diff", str(old), str(new)]) == 1
    out = capsys.readouterr().out
    question = load_knowledge().bank.question("fr_function")
    before = question.option("detection_only").label.get("en")
    after = question.option("identification_1toN").label.get("en")
    assert (
        f"~ {question.label.get('en')} [fr_function]: {before} (detection_only) -> {after} (identification_1toN)"
        in out
    )
    proceed = report_text("outcome_proceed", "en")  # the outcome as words, not its code
    assert "verdict:" in out and f"~ outcome: {proceed} -> " in out and "proceed ->" not in out


def test_json_and_dutch_labels(tmp_path: Path, capsys) -> None:
    old, new = _changed_copy(tmp_path)
    assert main(["diff", str(old), str(new), "--json", "--lang", "nl"]) == 1
    payload = json.loads(capsys.readouterr().out)
    assert payload["identical"] is False
    answer = next(c for c in payload["changes"] if c["area"] == "answers")
    assert answer == {
        "area": "answers",
        "key": "fr_function",
        "label": f"{load_knowledge().bank.question('fr_function').label.get('nl')} [fr_function]",
        "kind": "changed",
        "old": "detection_only",
        "new": "identification_1toN",
    }
    outcome = next(c for c in payload["changes"] if c["key"] == "outcome")
    assert outcome["old"] == "proceed" and outcome["new"] != "proceed"


def test_an_unreadable_file_is_exit_2(tmp_path: Path, capsys) -> None:
    old = working_copy(tmp_path)
    (tmp_path / "bad.dpia").write_text("{", encoding="utf-8")
    assert main(["diff", str(old), str(tmp_path / "bad.dpia")]) == 2
    assert "invalid JSON" in capsys.readouterr().err
