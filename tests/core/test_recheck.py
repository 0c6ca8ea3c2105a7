"""Re-check: the last recorded version scored with other rules, compared with what was recorded."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app import resources
from app.core.knowledge import Knowledge, load_knowledge, load_knowledge_from
from app.core.lineage import record_version
from app.core.recheck import assessment_files, recheck, recheck_file
from app.core.storage import load_assessment, save_assessment
from tests.helpers.paths import scenario_path
from tests.helpers.rules_update import RULE_ID, updated_forms

TODAY = dt.date(2026, 11, 30)


@pytest.fixture(scope="module")
def updated(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    forms = updated_forms(tmp_path_factory.mktemp("rules"))
    return load_knowledge_from(forms, resources.resources_dir())


def _versioned(name: str = "people_counting_detection"):
    assessment = load_assessment(scenario_path(name))
    record_version(assessment, "v1")
    return assessment


def test_unchanged_rules_change_nothing():
    result = recheck(_versioned(), load_knowledge(), TODAY, Path("a.dpia"))
    assert result.versioned and not result.changed and result.changes == []
    assert result.label == "v1" and not result.edited_since


def test_a_rules_update_that_turns_the_outcome_is_reported_with_the_rule_and_finding(updated: Knowledge):
    result = recheck(_versioned(), updated, TODAY, Path("a.dpia"), "new-rules")
    assert result.changed
    keys = {(c.area, c.key, c.kind) for c in result.changes}
    assert ("verdict", "outcome", "changed") in keys
    assert ("findings", RULE_ID, "added") in keys
    outcome = next(c for c in result.changes if c.key == "outcome")
    assert (outcome.old, outcome.new) == ("proceed", "do_not_proceed")
    assert result.current_rules == "new-rules" and result.recorded_rules != "new-rules"


def test_an_update_that_does_not_touch_this_assessment_is_not_a_change(updated: Knowledge):
    result = recheck(_versioned("clearview_search_engine"), updated, TODAY, Path("a.dpia"))
    assert not result.changed


def test_the_recorded_state_is_checked_not_later_edits():
    assessment = _versioned()
    assessment.answers["fr_function"] = "identification_1toN"
    result = recheck(assessment, load_knowledge(), TODAY, Path("a.dpia"))
    assert not result.changed and result.edited_since


def test_unversioned_assessments_and_review_dates():
    assessment = load_assessment(scenario_path("people_counting_detection"))
    assessment.sign_off.next_review_date = TODAY
    result = recheck(assessment, load_knowledge(), TODAY, Path("a.dpia"))
    assert not result.versioned and not result.changed and result.review_due == TODAY
    assessment.sign_off.next_review_date = TODAY + dt.timedelta(days=1)
    assert recheck(assessment, load_knowledge(), TODAY, Path("a.dpia")).review_due is None


def test_folders_are_searched_recursively_and_unreadable_files_are_errors(tmp_path: Path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    save_assessment(_versioned(), tmp_path / "sub" / "deeper" / "b.dpia")
    save_assessment(_versioned(), tmp_path / "a.dpia")
    (tmp_path / "notes.txt").write_text("not an assessment")
    (tmp_path / "sub" / "broken.dpia").write_text("{")
    files = list(assessment_files([tmp_path]))
    assert [p.relative_to(tmp_path).as_posix() for p in files] == [
        "a.dpia",
        "sub/broken.dpia",
        "sub/deeper/b.dpia",
    ]
    results = [recheck_file(p, load_knowledge(), TODAY) for p in files]
    assert [r.error is not None for r in results] == [False, True, False]
    assert "invalid JSON" in (results[1].error or "")
