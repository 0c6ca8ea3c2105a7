"""The appendix "Changes since <version>" and `dpia diff` say what changed in words an auditor reads:
finding texts (a finding that went too), risk titles, outcomes and yes/no, never ids or True/False."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli import main
from app.core.engine import assess
from app.core.knowledge import load_knowledge
from app.core.storage import load_assessment, save_assessment
from tests.helpers.paths import scenario_path

RAW = re.compile(
    r"\(rule |\brules? [a-z]+_[a-z_]+\b|\bTrue\b|\bFalse\b(?! matches)|do_not_proceed|\brisk [a-z]+_[a-z_]+"
)


@pytest.fixture(scope="module")
def case(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A detection-only case recorded as v1, then turned into 1:N identification."""
    folder = tmp_path_factory.mktemp("changes")
    before, after = folder / "before.dpia", folder / "after.dpia"
    assessment = load_assessment(scenario_path("people_counting_detection"))
    save_assessment(assessment, before)
    save_assessment(assessment, after)
    assert main(["version", str(after), "--label", "v1"]) == 0
    edited = load_assessment(after)
    edited.answers["fr_function"] = "identification_1toN"
    save_assessment(edited, after)
    return {"before": before, "after": after, "folder": folder}


def _appendix(pdf: Path, title: str) -> str:
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    return text[text.index(title) :]


def _removed_finding_text(case: dict[str, Path], locale: str) -> str:
    """The text of a finding v1 had and the edited state has not, from the rules."""
    knowledge = load_knowledge()
    old, new = (assess(load_assessment(case[k]), knowledge, locale=locale) for k in ("before", "after"))
    gone = [f for f in old.findings if f.id not in {g.id for g in new.findings}]
    assert gone, "the edit should remove at least one finding"
    return gone[0].text[:40]


@pytest.mark.parametrize(("lang", "title"), [("en", "Changes since v1"), ("fr", "Modifications depuis v1")])
def test_the_changes_appendix_names_findings_risks_and_outcomes_in_words(
    case: dict[str, Path], lang: str, title: str
) -> None:
    pdf = case["folder"] / f"report-{lang}.pdf"
    args = ["report", str(case["after"]), "-o", str(pdf), "--changes-since", "v1", "--lang", lang, "--force"]
    assert main(args) == 0
    appendix = _appendix(pdf, title)
    assert not RAW.findall(appendix), RAW.findall(appendix)
    assert _removed_finding_text(case, lang) in appendix  # the text of a finding only v1 had
    risk = next(r for r in load_knowledge().catalogue.risks if r.id == "false_match")
    assert risk.title.get(lang) in appendix  # a risk only the edited state has, by its title
    outcome = {"en": "Do not proceed", "fr": "Ne pas poursuivre"}[lang]
    assert outcome in appendix


def test_dpia_diff_names_a_new_risk_by_its_title(
    case: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["diff", str(case["before"]), str(case["after"])]) == 1
    out = capsys.readouterr().out
    assert "+ risk False matches and wrongful action: inherent: High" in out
    assert not RAW.findall(out), RAW.findall(out)


def test_a_recorded_verdict_that_its_own_answers_contradict_is_flagged(
    case: dict[str, Path], tmp_path: Path
) -> None:
    """A history edited after the fact (outcome changed by hand) is said to be so, under the same rules."""
    edited = tmp_path / "edited.dpia"
    data = json.loads(case["after"].read_text(encoding="utf-8"))
    assert data["history"][0]["verdict_summary"]["outcome"] == "proceed"
    data["history"][0]["verdict_summary"]["outcome"] = "do_not_proceed"  # not what v1's answers give
    edited.write_text(json.dumps(data), encoding="utf-8")
    warning = "does not follow from the answers recorded with it"
    for source, flagged in ((case["after"], False), (edited, True)):
        pdf = tmp_path / f"{source.stem}.pdf"
        assert main(["report", str(source), "-o", str(pdf), "--changes-since", "v1"]) == 0
        assert (warning in _appendix(pdf, "Changes since v1")) is flagged, source


def test_a_rating_override_is_named_by_its_risk_and_stage(case: dict[str, Path], tmp_path: Path) -> None:
    overridden = tmp_path / "overridden.dpia"
    data = json.loads(case["after"].read_text(encoding="utf-8"))
    override = {"risk_id": "false_match", "stage": "residual", "severity": 2, "likelihood": 2}
    data["overrides"] = [{**override, "justification": "Human review of every match"}]
    overridden.write_text(json.dumps(data), encoding="utf-8")
    pdf = tmp_path / "overridden-fr.pdf"
    assert main(["report", str(overridden), "-o", str(pdf), "--changes-since", "v1", "--lang", "fr"]) == 0
    appendix = _appendix(pdf, "Modifications depuis v1")
    title = next(r for r in load_knowledge().catalogue.risks if r.id == "false_match").title.get("fr")
    assert f"{title}, résiduel [false_match]" in appendix
    assert "false_match/residual" not in appendix
