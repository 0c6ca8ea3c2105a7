"""Versions: lineage fields, history entries with a verdict summary and a snapshot, rules_version."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app import resources
from app.core.assessment import Assessment, Measure
from app.core.engine import assess
from app.core.knowledge import load_knowledge
from app.core.lineage import LineageError, find_entry, record_version, save_revision
from app.core.rulesversion import current_rules_version, rules_version
from app.core.storage import load_assessment, parse_assessment, save_assessment, serialise
from tests.helpers.paths import scenario_path

MINIMAL = b'{"format": "dpia-assessment", "schema_version": 1, "answers": {"fr_function": "detection_only"}}'


def _clearview() -> Assessment:
    return load_assessment(scenario_path("clearview_search_engine"))


def test_a_file_without_lineage_stays_valid_and_gains_nothing_until_versioned():
    assessment = parse_assessment(MINIMAL)
    assert assessment.id is None and assessment.revision is None and assessment.parent is None
    assert assessment.history == [] and assessment.attachments == [] and assessment.reviews == []
    assert parse_assessment(serialise(assessment)) == assessment


def test_record_version_makes_a_revision_chain_and_keeps_the_id():
    assessment = _clearview()
    first = record_version(assessment, "v1")
    assessment_id, first_revision = assessment.id, assessment.revision
    assert assessment_id and first.revision == first_revision and assessment.parent is None
    second = record_version(assessment, "v2")
    assert assessment.id == assessment_id
    assert second.revision == assessment.revision != first_revision
    assert assessment.parent == first_revision
    assert [e.label for e in assessment.history] == ["v1", "v2"]


def test_the_verdict_summary_states_the_conclusions_of_the_verdict():
    assessment = _clearview()
    verdict = assess(assessment)
    summary = record_version(assessment, "v1").verdict_summary
    assert summary["outcome"] == verdict.outcome == "do_not_proceed"
    assert summary["dpia_required"] is verdict.dpia_required
    assert summary["prior_consultation_required"] is verdict.prior_consultation_required
    assert summary["art9"]["applies"] is verdict.art9.applies
    assert summary["art9"]["exception_valid"] is verdict.art9.exception_valid
    assert summary["ai_act"]["prohibited"] == sorted(verdict.ai_act.prohibited) != []
    assert summary["risks"] == {
        r.id: {"inherent": r.inherent.level, "residual": r.residual.level} for r in verdict.risks
    }
    assert {f["id"] for f in summary["findings"]} == {f.id for f in verdict.findings}


def test_the_entry_records_rules_version_time_label_and_a_snapshot_that_later_edits_do_not_touch():
    assessment = _clearview()
    assessment.measures = [Measure(id="m1", title="Delete the scraped database", status="planned")]
    entry = record_version(assessment, "  before the DPO  ")
    assert entry.label == "before the DPO" and entry.kind == "version"
    assert entry.rules_version == current_rules_version()
    assert entry.engine_version == load_knowledge().settings.engine_version
    assert entry.time.tzinfo is not None
    assessment.answers["setting"].append("workplace")
    assessment.measures[0].status = "implemented"
    assessment.sign_off.dpo_advice = "changed later"
    assert "workplace" not in entry.snapshot.answers["setting"]
    assert entry.snapshot.measures[0].status == "planned"
    assert entry.snapshot.sign_off.dpo_advice == ""


def test_history_round_trips_through_save_and_load(tmp_path: Path):
    assessment = _clearview()
    record_version(assessment, "v1")
    path = tmp_path / "a.dpia"
    save_assessment(assessment, path)
    assert load_assessment(path) == assessment


def test_unknown_fields_of_lineage_records_are_kept(tmp_path: Path):
    assessment = _clearview()
    record_version(assessment, "v1")
    data = json.loads(serialise(assessment))
    data["history"][0]["approved_in"] = "board meeting 12"
    data["history"][0]["snapshot"]["from_other_tool"] = {"x": 1}
    path = tmp_path / "a.dpia"
    path.write_text(json.dumps(data), encoding="utf-8")
    reloaded = load_assessment(path)
    save_revision(reloaded, path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["history"][0]["approved_in"] == "board meeting 12"
    assert saved["history"][0]["snapshot"]["from_other_tool"] == {"x": 1}


def test_save_revision_keeps_the_previous_file_as_backup(tmp_path: Path):
    path = tmp_path / "a.dpia"
    path.write_bytes(MINIMAL)
    assessment = load_assessment(path)
    save_revision(assessment, path)
    assert path.with_name("a.dpia.bak").read_bytes() == MINIMAL
    assert load_assessment(path).revision == assessment.revision is not None


def test_find_entry_by_label_latest_first_or_by_revision_prefix():
    assessment = _clearview()
    first = record_version(assessment, "draft")
    second = record_version(assessment, "draft")
    third = record_version(assessment, "final")
    assert find_entry(assessment, "draft") is second
    assert find_entry(assessment, third.revision[:8]) is third
    assert find_entry(assessment, first.revision) is first
    with pytest.raises(LineageError, match=r"no version labelled or numbered 'nope'.*'draft'"):
        find_entry(assessment, "nope")
    with pytest.raises(LineageError):
        find_entry(assessment, third.revision[:3])  # too short to be a revision


def _copy_data(tmp_path: Path) -> tuple[Path, Path]:
    forms, legal = tmp_path / "forms", tmp_path / "legal"
    shutil.copytree(resources.forms_dir(), forms)
    shutil.copytree(resources.resources_dir() / "legal", legal)
    return forms, legal


def test_rules_version_changes_with_any_rule_or_citation_but_not_with_line_endings(tmp_path: Path):
    forms, legal = _copy_data(tmp_path)
    base = rules_version(forms, legal, "2026.11-1")
    assert base == rules_version(resources.forms_dir(), resources.resources_dir() / "legal", "2026.11-1")
    assert base.startswith("2026.11-1+") and len(base.split("+")[1]) == 16
    assert rules_version(forms, legal, "2027.1") != base
    rule_file = forms / "rules" / "60_obligations.yaml"
    original = rule_file.read_bytes()
    rule_file.write_bytes(original.replace(b"\n", b"\r\n"))
    assert rules_version(forms, legal, "2026.11-1") == base
    rule_file.write_bytes(original.replace(b"severity: critical", b"severity: warning", 1))
    assert rule_file.read_bytes() != original
    assert rules_version(forms, legal, "2026.11-1") != base
    rule_file.write_bytes(original)
    citation = next(legal.glob("*.yaml"))
    citation.write_bytes(citation.read_bytes() + b"\n# a comment\n")
    assert rules_version(forms, legal, "2026.11-1") != base


def test_rules_version_sees_a_renamed_file(tmp_path: Path):
    forms, legal = _copy_data(tmp_path)
    base = rules_version(forms, legal, "x")
    (forms / "rules" / "60_obligations.yaml").rename(forms / "rules" / "65_obligations.yaml")
    assert rules_version(forms, legal, "x") != base
