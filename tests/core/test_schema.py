"""The published JSON Schema: generated from the model, kept in docs/, and true to what the loader accepts."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest

from app.cli import main
from app.core.assessment import SCHEMA_VERSION, Support
from app.core.errors import AssessmentFileError
from app.core.evidence import attach
from app.core.knowledge import load_knowledge
from app.core.lineage import record_version
from app.core.schema import assessment_schema, schema_text
from app.core.storage import load_assessment, parse_assessment, serialise
from tests.helpers.paths import FIXTURES, scenario_path

DOCS_COPY = Path(__file__).resolve().parents[2] / "docs" / "assessment.schema.json"
FIXTURE_FILES = sorted(FIXTURES.rglob("*.dpia"))


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = assessment_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_the_docs_copy_is_what_dpia_schema_prints(capsys) -> None:
    assert main(["schema"]) == 0
    printed = capsys.readouterr().out
    assert printed == schema_text()
    assert DOCS_COPY.read_text(encoding="utf-8") == printed, (
        "docs/assessment.schema.json is stale: run `dpia schema > docs/assessment.schema.json`"
    )


def test_the_schema_names_the_contract_parts() -> None:
    schema = assessment_schema()
    assert schema["$schema"].endswith("2020-12/schema")
    assert schema["required"] == ["format"]
    properties = schema["properties"]
    assert properties["format"]["const"] == "dpia-assessment"
    assert properties["schema_version"]["enum"][-1] == SCHEMA_VERSION
    for part in (
        "answers",
        "notes",
        "measures",
        "overrides",
        "sign_off",
        "id",
        "revision",
        "history",
        "attachments",
        "reviews",
        "participants",
    ):
        assert part in properties


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda p: p.name)
def test_every_fixture_validates(validator: jsonschema.Draft202012Validator, path: Path) -> None:
    assert FIXTURE_FILES, "no fixtures found"
    validator.validate(json.loads(path.read_text(encoding="utf-8")))


def test_the_minimal_file_of_the_design_validates(validator) -> None:
    validator.validate({"format": "dpia-assessment", "schema_version": 1, "answers": {"fr_function": "x"}})


def test_a_file_with_history_and_evidence_validates(validator, tmp_path: Path) -> None:
    assessment = load_assessment(scenario_path("supermarket_watchlist_nl"))
    attach(
        assessment,
        load_knowledge().bank,
        "contract.txt",
        b"processor agreement",
        Support(kind="question", id="art6_basis"),
        "signed",
        dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
    )
    record_version(assessment, "v1", moment=dt.datetime(2026, 1, 2, tzinfo=dt.UTC))
    validator.validate(json.loads(serialise(assessment)))


BAD_DOCUMENTS = {
    "wrong format": {"format": "something-else"},
    "no format": {"answers": {}},
    "a newer schema version": {"format": "dpia-assessment", "schema_version": SCHEMA_VERSION + 1},
    "a prototype's notes as plain strings": {
        "format": "dpia-assessment",
        "schema_version": 1,
        "notes": {"a": "x"},
    },
    "an answer that is an object": {"format": "dpia-assessment", "answers": {"scale": {"a": 1}}},
    "an unknown status": {"format": "dpia-assessment", "metadata": {"status": "done"}},
    "a severity of 5": {
        "format": "dpia-assessment",
        "overrides": [{"risk_id": "r", "severity": 5, "likelihood": 1, "justification": "x"}],
    },
    "an unknown field in a measure": {"format": "dpia-assessment", "measures": [{"id": "m", "x": 1}]},
    "an own risk without justification": {
        "format": "dpia-assessment",
        "own_risks": [
            {
                "id": "own-1",
                "title": "Staff stress",
                "severity": 2,
                "severity_justification": " ",
                "likelihood": 2,
                "likelihood_justification": "daily use",
            }
        ],
    },
    "an effect without justification": {
        "format": "dpia-assessment",
        "measures": [{"id": "m", "effects": [{"risk": "r", "lowers_likelihood": 1}]}],
    },
    "a measure without id": {"format": "dpia-assessment", "measures": [{"title": "t"}]},
}


@pytest.mark.parametrize("name", sorted(BAD_DOCUMENTS))
def test_what_the_schema_refuses_the_loader_refuses(validator, name: str) -> None:
    document = BAD_DOCUMENTS[name]
    assert list(validator.iter_errors(document)), f"the schema accepts {name}"
    with pytest.raises(AssessmentFileError):
        parse_assessment(json.dumps(document).encode())


def test_what_import_cnil_and_merge_write_validates(validator) -> None:
    from app.core.cnil import import_export, parse_export
    from app.core.merge import Copy, merge

    bank = load_knowledge().bank
    raw = (FIXTURES / "cnil" / "store_entrance_export.json").read_bytes()
    imported = import_export(parse_export(raw, "export.json"), bank).assessment
    validator.validate(json.loads(serialise(imported)))
    copy = imported.model_copy(deep=True)
    copy.answers["scale"] = "gt_10m"
    other = imported.model_copy(deep=True)
    other.answers["scale"] = "lt_1k"
    merged = merge(imported, [Copy("anna", copy), Copy("bob", other)], bank).assessment
    validator.validate(json.loads(serialise(merged)))
