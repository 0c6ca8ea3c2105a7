"""Own risks and custom measure effects from the command line: `dpia assess` (text and JSON), `dpia diff`,
and an unjustified effect or an unknown top-level field in a hand-edited file."""

from __future__ import annotations

import json
from pathlib import Path

from app.cli import main
from app.core.assessment import Measure, OwnRisk, RiskEffect
from app.core.storage import load_assessment, save_assessment
from tests.helpers.working_copy import working_copy

OWN = OwnRisk(
    id="own-kiosk",
    title="Kiosk photos shown to the queue",
    severity=3,
    severity_justification="A face on a screen identifies the person to everyone waiting.",
    likelihood=3,
    likelihood_justification="The screen faces the queue.",
)
EFFECT = RiskEffect(risk="own-kiosk", lowers_likelihood=2, justification="Privacy filter on the screen.")


def _with_own_risk(tmp_path: Path, name: str = "a.dpia") -> Path:
    path = working_copy(tmp_path, as_name=name)
    assessment = load_assessment(path)
    assessment.own_risks = [OWN]
    assessment.measures = [Measure(id="m7", title="Privacy filter", status="implemented", effects=[EFFECT])]
    save_assessment(assessment, path)
    return path


def test_assess_prints_the_own_risk_with_its_reasons(tmp_path: Path, capsys) -> None:
    path = _with_own_risk(tmp_path)
    assert main(["assess", str(path)]) == 0
    out = capsys.readouterr().out
    block = out.split("Own risks and the effects of the action plan's own measures:\n", 1)[1]
    lines = block.splitlines()
    assert lines[0].endswith(
        "Kiosk photos shown to the queue (own risk): inherent 3 x 3 High, residual 3 x 1 Low"
    )
    assert (
        lines[1].strip()
        == "severity 3 because: A face on a screen identifies the person to everyone waiting."
    )
    assert lines[2].strip() == "likelihood 3 because: The screen faces the queue."
    assert (
        lines[3].strip()
        == 'lowered by "Privacy filter": likelihood -2, because: Privacy filter on the screen.'
    )


def test_assess_speaks_dutch_about_own_risks(tmp_path: Path, capsys) -> None:
    assert main(["assess", str(_with_own_risk(tmp_path)), "--lang", "nl"]) == 0
    out = capsys.readouterr().out
    assert "Eigen risico's en de effecten van de eigen maatregelen in het actieplan:" in out
    assert (
        'verlaagd door "Privacy filter": waarschijnlijkheid -2, omdat: Privacy filter on the screen.' in out
    )


def test_assess_json_has_the_own_risk_and_the_effect(tmp_path: Path, capsys) -> None:
    assert main(["assess", str(_with_own_risk(tmp_path)), "--json"]) == 0
    risks = json.loads(capsys.readouterr().out)["risks"]
    own = next(r for r in risks if r["id"] == "own-kiosk")
    assert own["source"] == "own" and own["inherent"]["level"] == "high" and own["residual"]["level"] == "low"
    assert own["effects"] == [
        {
            "measure": "m7",
            "title": "Privacy filter",
            "lowers_severity": 0,
            "lowers_likelihood": 2,
            "justification": "Privacy filter on the screen.",
        }
    ]
    assert {r["source"] for r in risks if r["id"] != "own-kiosk"} == {"catalogue"}


def test_diff_names_the_added_own_risk(tmp_path: Path, capsys) -> None:
    old = working_copy(tmp_path)
    new = _with_own_risk(tmp_path, "b.dpia")
    assert main(["diff", str(old), str(new), "--json"]) == 1
    changes = json.loads(capsys.readouterr().out)
    changes = changes["changes"] if isinstance(changes, dict) else changes
    added = next(c for c in changes if c["area"] == "own_risks")
    assert (added["key"], added["kind"]) == ("own-kiosk", "added")


def test_an_unjustified_effect_in_a_file_is_refused_with_exit_2(tmp_path: Path, capsys) -> None:
    path = working_copy(tmp_path)
    data = json.loads(path.read_text())
    data["measures"] = [{"id": "m1", "effects": [{"risk": "false_match", "lowers_severity": 2}]}]
    path.write_text(json.dumps(data))
    assert main(["assess", str(path)]) == 2
    err = capsys.readouterr().err
    assert "at 'measures.0.effects.0': the effect on risk 'false_match' needs a written justification" in err
    assert "Traceback" not in err


def test_an_unknown_top_level_field_is_a_warning_not_an_error(tmp_path: Path, capsys) -> None:
    path = working_copy(tmp_path)
    data = json.loads(path.read_text())
    data["x_workshop_room"] = "B2.14"
    path.write_text(json.dumps(data))
    assert main(["assess", str(path)]) == 0
    assert f"dpia: warning: {path}: unknown field 'x_workshop_room' kept as is" in capsys.readouterr().err
