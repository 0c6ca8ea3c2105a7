"""`dpia recheck`: exit 0 when no recorded conclusion changed, 1 when one did, 2 on an unreadable file."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app.cli import main
from app.core.storage import load_assessment, save_assessment
from tests.helpers.rules_update import FINDING_TEXT, RULE_ID, updated_forms
from tests.helpers.working_copy import working_copy


@pytest.fixture
def versioned(tmp_path: Path) -> Path:
    folder = tmp_path / "dpias"
    (folder / "2025").mkdir(parents=True)
    counting = working_copy(folder / "2025", as_name="counting.dpia")
    clearview = working_copy(folder, "clearview_search_engine", as_name="clearview.dpia")
    for path in (counting, clearview):
        assert main(["version", str(path), "--label", "signed 2025"]) == 0
    return folder


def test_same_rules_exit_0(versioned: Path, capsys) -> None:
    capsys.readouterr()
    assert main(["recheck", str(versioned)]) == 0
    out = capsys.readouterr().out
    assert out.count("unchanged since version 'signed 2025'") == 2
    assert "2 assessment(s) checked: 0 changed, 0 review(s) due" in out


def test_a_rules_update_lists_the_changed_assessment_and_why(versioned: Path, tmp_path: Path, capsys) -> None:
    forms = updated_forms(tmp_path / "update")
    capsys.readouterr()
    assert main(["recheck", str(versioned), "--forms", str(forms)]) == 1
    out = capsys.readouterr().out
    counting = next(line for line in out.splitlines() if "counting.dpia" in line)
    assert "CHANGED since version 'signed 2025'" in counting
    assert "changed outcome: Proceed -> Do not proceed" in out  # the outcome as the report names it
    assert f"added finding “{FINDING_TEXT}.”" in out and RULE_ID not in out  # its text, not its id
    assert "clearview.dpia: unchanged" in out


def test_json_lists_changes_and_due_reviews(versioned: Path, tmp_path: Path, capsys) -> None:
    path = versioned / "clearview.dpia"
    assessment = load_assessment(path)
    assessment.sign_off.next_review_date = dt.date.today() - dt.timedelta(days=1)
    save_assessment(assessment, path)
    forms = updated_forms(tmp_path / "update")
    capsys.readouterr()
    assert main(["recheck", str(path), str(versioned / "2025"), "--json", "--forms", str(forms)]) == 1
    results = {Path(r["path"]).name: r for r in json.loads(capsys.readouterr().out)}
    assert results["clearview.dpia"]["changed"] is False
    assert results["clearview.dpia"]["review_due"] == assessment.sign_off.next_review_date.isoformat()
    assert results["counting.dpia"]["changed"] is True
    assert {"area": "verdict", "key": "outcome"}.items() <= results["counting.dpia"]["changes"][0].items()


def test_an_unreadable_file_is_reported_and_exit_2(versioned: Path, capsys) -> None:
    (versioned / "broken.dpia").write_text("{}", encoding="utf-8")
    capsys.readouterr()
    assert main(["recheck", str(versioned)]) == 2
    out = capsys.readouterr().out
    assert "broken.dpia: ERROR:" in out and out.count("unchanged since") == 2
