import json
import os
import stat

import pytest

from app.core.answers import check_answers
from app.core.assessment import SCHEMA_VERSION, Assessment, Measure, RatingOverride
from app.core.errors import AssessmentFileError, NewerSchemaError, SaveError
from app.core.knowledge import load_knowledge
from app.core.storage import load_assessment, parse_assessment, save_assessment, serialise
from tests.helpers.paths import scenario_names, scenario_path

MINIMAL = (
    b'{"format": "dpia-assessment", "schema_version": 1, "answers": {"fr_function": "identification_1toN"}}'
)


def test_minimal_file_loads_with_defaults():
    assessment = parse_assessment(MINIMAL)
    assert assessment.answers == {"fr_function": "identification_1toN"}
    assert assessment.participants == [] and assessment.measures == []
    assert assessment.metadata.status == "draft"


@pytest.mark.parametrize("name", scenario_names())
def test_scenarios_load_and_check(name):
    assessment = load_assessment(scenario_path(name))
    assert check_answers(load_knowledge().bank, assessment.answers) == []


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"\xff\xfe{}", "not UTF-8"),
        (b'{"format": "dpia-assessment", ', "invalid JSON"),
        (b"[1, 2]", "JSON object"),
        (b'{"format": "something-else", "schema_version": 1}', "'format' must be"),
        (b'{"format": "dpia-assessment", "schema_version": 1, "answers": []}', "at 'answers'"),
        (
            b'{"format": "dpia-assessment", "schema_version": 1, "answers": {"scale": true}}',
            "answers.scale",
        ),
        (b'{"format": "dpia-assessment", "schema_version": "1"}', "whole number"),
        (
            b'{"format": "dpia-assessment", "schema_version": 1, "metadata": {"title": 5}}',
            "metadata.title",
        ),
    ],
)
def test_broken_input_gives_one_line_message(raw, expected):
    with pytest.raises(AssessmentFileError) as info:
        parse_assessment(raw, "case.dpia")
    message = str(info.value)
    assert expected in message
    assert message.startswith("case.dpia")
    assert "\n" not in message


def test_json_error_names_line_and_column():
    with pytest.raises(AssessmentFileError, match=r"case.dpia:2:\d+: invalid JSON"):
        parse_assessment(b'{"format": "dpia-assessment",\n "answers": {,}}', "case.dpia")


def test_newer_schema_is_refused_clearly():
    with pytest.raises(NewerSchemaError, match="newer version"):
        parse_assessment(b'{"format": "dpia-assessment", "schema_version": 99}')


@pytest.mark.parametrize("version", [b"0", b"-0", b"-1"])
def test_a_named_version_below_1_is_refused(version):
    raw = b'{"format": "dpia-assessment", "schema_version": ' + version + b', "answers": {}}'
    with pytest.raises(AssessmentFileError) as info:
        parse_assessment(raw, "v.dpia")
    number = int(version)
    assert str(info.value) == (
        f"v.dpia: 'schema_version' {number} does not exist; versions start at 1 (this version reads 1 to 3)"
    )


def test_version_one_is_still_migrated():
    raw = b'{"format": "dpia-assessment", "schema_version": 1, "answers": {}}'
    assert parse_assessment(raw).schema_version == SCHEMA_VERSION


def test_version_zero_is_migrated():
    raw = b'{"format": "dpia-assessment", "answers": {}, "notes": {"scale": "estimate"}}'
    assessment = parse_assessment(raw)
    assert assessment.schema_version == SCHEMA_VERSION == 3
    assert assessment.notes["scale"].text == "estimate"


def test_unknown_question_ids_are_kept_with_a_warning(tmp_path):
    raw = json.loads(MINIMAL)
    raw["answers"]["future_question"] = "kept"
    path = tmp_path / "a.dpia"
    path.write_text(json.dumps(raw))
    assessment = load_assessment(path)
    warnings = check_answers(load_knowledge().bank, assessment.answers, str(path))
    assert any("future_question" in w for w in warnings)
    save_assessment(assessment, path)
    assert json.loads(path.read_text())["answers"]["future_question"] == "kept"


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ({"fr_function": "telepathy"}, "'telepathy' is not an option"),
        ({"setting": "retail"}, "expected a list"),
        ({"setting": ["retail", "moon"]}, "'moon' is not an option"),
        ({"processing_description": 3}, "expected text"),
    ],
)
def test_invalid_answers_name_question_and_value(answers, expected):
    with pytest.raises(AssessmentFileError, match="answers") as info:
        check_answers(load_knowledge().bank, answers, "x.dpia")
    assert expected in str(info.value)


def test_override_requires_justification():
    with pytest.raises(ValueError, match="justification"):
        RatingOverride(risk_id="false_match", severity=2, likelihood=2, justification="  ")


def test_save_round_trips_and_keeps_backup(tmp_path):
    path = tmp_path / "a.dpia"
    first = Assessment(answers={"scale": "lt_1k"})
    save_assessment(first, path)
    second = first.model_copy(update={"measures": [Measure(id="m1", title="Encrypt")]})
    save_assessment(second, path)
    assert load_assessment(path).measures[0].title == "Encrypt"
    backup = path.with_name("a.dpia.bak")
    assert load_assessment(backup).measures == []
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]


def test_save_keeps_existing_permissions(tmp_path):
    path = tmp_path / "a.dpia"
    save_assessment(Assessment(), path)
    os.chmod(path, 0o640)
    save_assessment(Assessment(answers={"scale": "lt_1k"}), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores folder permissions")
def test_save_into_read_only_folder_fails_clearly_and_keeps_old(tmp_path):
    path = tmp_path / "a.dpia"
    save_assessment(Assessment(), path)
    before = path.read_bytes()
    os.chmod(tmp_path, 0o500)
    try:
        with pytest.raises(SaveError, match="previous file is unchanged"):
            save_assessment(Assessment(answers={"scale": "lt_1k"}), path)
    finally:
        os.chmod(tmp_path, 0o700)
    assert path.read_bytes() == before


def test_save_failure_keeps_old_file(tmp_path, monkeypatch):
    path = tmp_path / "a.dpia"
    save_assessment(Assessment(), path)
    before = path.read_bytes()

    def full_disk(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(SaveError, match="No space left"):
        save_assessment(Assessment(answers={"scale": "lt_1k"}), path)
    assert path.read_bytes() == before


def test_serialise_is_utf8_json():
    text = serialise(Assessment(answers={"deployment_locations": "Łódź, Ærø, Ελλάδα"})).decode("utf-8")
    assert "Łódź" in text


def test_saving_onto_a_fifo_is_refused(tmp_path):
    fifo = tmp_path / "x.dpia"
    os.mkfifo(fifo)
    with pytest.raises(SaveError, match="a FIFO, not a file"):
        save_assessment(Assessment(), fifo)
    assert fifo.is_fifo() and sorted(os.listdir(tmp_path)) == ["x.dpia"]
def test_version_one_is_migrated_naming_the_dutch_law_it_relied_on():
    raw = (
        b'{"format": "dpia-assessment", "schema_version": 1, "answers": '
        b'{"national_law_basis": "uavg_29_authentication_security", "country": "NL"}}'
    )
    answers = parse_assessment(raw).answers
    assert answers["national_law_provision"] == "nl_uavg_29"
    assert answers["national_law_basis"] == "uavg_29_authentication_security"  # extended, not renamed


def test_version_one_migration_invents_no_answer():
    raw = b'{"format": "dpia-assessment", "schema_version": 1, "answers": {"national_law_basis": "specific_law"}}'
    assert "national_law_provision" not in parse_assessment(raw).answers
    named = b'{"format": "dpia-assessment", "schema_version": 1, "answers": {"national_law_basis": "uavg_29_authentication_security", "national_law_provision": "other_named"}}'
    assert parse_assessment(named).answers["national_law_provision"] == "other_named"
