"""Bad input found by the outside review (attack-findings C.8, C.9): each is a one-line error naming what
and where, exit 2, and nothing is written."""

from __future__ import annotations

import argparse
import json
import os
import shutil
from pathlib import Path

import pytest
from cryptography import x509

from app import resources
from app.cli import build_parser, main
from app.core.languages import declared_languages, language_codes
from app.report.identity import subject_email
from app.report.options import KEY_TYPES
from tests.helpers.paths import FIXTURES, scenario_path
from tests.report.builders import PASSPHRASE

SCENARIO = scenario_path("clearview_search_engine")
CNIL_EXPORT = FIXTURES / "cnil" / "store_entrance_export.json"


def one_line_error(capsys: pytest.CaptureFixture[str], *words: str) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("dpia: error: "), err
    for word in words:
        assert word in err, err
    return err


# -- --lang ----------------------------------------------------------------------------------------


def _lang_argv(command: str, folder: Path, lang: str) -> list[str]:
    source = folder / "a.dpia"
    argv = {
        "assess": ["assess", str(source)],
        "diff": ["diff", str(source), str(source)],
        "report": ["report", str(source), "-o", str(folder / "r.pdf"), "--record-version"],
        "export": ["export", str(source), "--format", "csv", "-o", str(folder / "r.csv")],
        "merge": ["merge", str(source), str(source), "-o", str(folder / "m.dpia")],
        "import-cnil": ["import-cnil", str(CNIL_EXPORT), "-o", str(folder / "i.dpia")],
        "version": ["version", str(source)],
        "recheck": ["recheck", str(source)],
    }[command]
    return [*argv, "--lang", lang]


LANG_COMMANDS = ("assess", "diff", "report", "export", "merge", "import-cnil", "version", "recheck")


def test_every_command_with_lang_is_covered() -> None:
    subparsers = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    with_lang = {
        name
        for name, parser in subparsers.choices.items()
        if any("--lang" in a.option_strings for a in parser._actions)
    }
    assert with_lang == set(LANG_COMMANDS)


@pytest.mark.parametrize("command", LANG_COMMANDS)
@pytest.mark.parametrize("lang", ["xx", "../../etc", "NL", ""])
def test_an_unknown_language_is_refused_and_nothing_written(tmp_path, capsys, command, lang) -> None:
    shutil.copy(SCENARIO, tmp_path / "a.dpia")
    before = (tmp_path / "a.dpia").read_bytes()
    assert main(_lang_argv(command, tmp_path, lang)) == 2
    one_line_error(capsys, f"--lang {lang!r}: unknown language; available: en, nl, fr, de")
    assert os.listdir(tmp_path) == ["a.dpia"]
    assert (tmp_path / "a.dpia").read_bytes() == before


@pytest.mark.parametrize("command", LANG_COMMANDS)
@pytest.mark.parametrize("lang", ["fr", "de"])
def test_french_and_german_are_accepted_by_every_command(tmp_path, capsys, command, lang) -> None:
    shutil.copy(SCENARIO, tmp_path / "a.dpia")
    assert main(_lang_argv(command, tmp_path, lang)) in (0, 1)  # diff: 1 = "different" is not an error
    assert "unknown language" not in capsys.readouterr().err


def test_the_available_languages_come_from_the_declared_list(tmp_path, monkeypatch, capsys) -> None:
    assert language_codes() == ("en", "nl", "fr", "de")
    data = tmp_path / "data"
    shutil.copytree(resources.forms_dir(), data / "forms")
    shutil.copytree(resources.resources_dir(), data / "resources")
    listed = data / "resources" / "languages.yaml"
    listed.write_text(listed.read_text(encoding="utf-8") + "  - {code: it, name: Italiano, locale: it_IT}\n", encoding="utf-8")
    monkeypatch.setenv("DPIA_DATA_DIR", str(data))
    resources.data_root.cache_clear()
    declared_languages.cache_clear()
    try:
        assert main(["assess", str(SCENARIO), "--lang", "it"]) == 0  # declared: accepted (English fallback)
        assert main(["assess", str(SCENARIO), "--lang", "es"]) == 2
        one_line_error(capsys, "--lang 'es': unknown language; available: en, nl, fr, de, it")
    finally:
        resources.data_root.cache_clear()
        declared_languages.cache_clear()


@pytest.mark.parametrize("lang", ["en", "nl", "fr", "de"])
def test_a_known_language_is_used(capsys, lang) -> None:
    assert main(["assess", str(SCENARIO), "--lang", lang]) == 0
    out = capsys.readouterr().out
    assert ("uitkomst" in out) == (lang == "nl") and ("outcome" in out.lower()) == (lang == "en"), out[:300]


# -- identity new / new-ca -------------------------------------------------------------------------


def _identity(tmp_path: Path, name: str, email: str, *extra: str) -> int:
    out = str(tmp_path / "id.p12")
    argv = ["identity", "new", "--name", name, "--email", email, "--out", out, "--key", "ec-p256"]
    return main([*argv, "--cert-out", str(tmp_path / "id.pem"), *extra])


@pytest.fixture
def passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DPIA_PASSPHRASE", PASSPHRASE)


@pytest.mark.usefixtures("passphrase")
@pytest.mark.parametrize(
    "email",
    [
        "not-an-email",
        "anna@",
        "@example.org",
        "anna@example",
        "anna@@example.org",
        "anna jansen@example.org",
        "anna@exa mple.org",
        "anna@example..org",
        "anna@exämple.org",
        "a" * 250 + "@example.org",
    ],
)
def test_an_implausible_email_is_refused(tmp_path, capsys, email) -> None:
    assert _identity(tmp_path, "Anna", email) == 2
    one_line_error(capsys, "is not an email address: use the form name@example.org")
    assert os.listdir(tmp_path) == []


@pytest.mark.usefixtures("passphrase")
@pytest.mark.parametrize(
    "email", ["", "anna@example.org", "a.b+tag@mail.example-org.nl", "x@xn--bcher-kva.de"]
)
def test_a_plausible_email_or_none_is_kept(tmp_path, capsys, email) -> None:
    assert _identity(tmp_path, "Anna", email) == 0
    certificate = x509.load_pem_x509_certificate((tmp_path / "id.pem").read_bytes())
    assert subject_email(certificate) == email


@pytest.mark.usefixtures("passphrase")
@pytest.mark.parametrize("command", ["new", "new-ca"])
def test_a_name_over_64_characters_is_refused_saying_the_limit(tmp_path, capsys, command) -> None:
    out = str(tmp_path / "id.p12")
    for name, size in (("A" * 65, 65), ("Å" * 33, 66), ("x" * 100_000, 100_000)):
        assert main(["identity", command, "--name", name, "--out", out, "--key", "ec-p256"]) == 2
        one_line_error(capsys, f"the name takes {size} bytes in UTF-8; a certificate holds at most 64")
        assert os.listdir(tmp_path) == []
    assert main(["identity", command, "--name", " " + "Å" * 32 + " ", "--out", out, "--key", "ec-p256"]) == 0
    assert os.listdir(tmp_path) == ["id.p12"]


@pytest.mark.parametrize("command", ["new", "new-ca"])
def test_only_the_documented_key_types_are_accepted(tmp_path, capsys, command) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["identity", command, "--name", "A", "--out", str(tmp_path / "id.p12"), "--key", "rsa2048"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "invalid choice: 'rsa2048' (choose from 'rsa3072', 'ec-p256')" in err
    assert os.listdir(tmp_path) == []
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert f"--key {'|'.join(KEY_TYPES)}]" in readme


# -- import-cnil -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("export", "where", "value"),
    [
        (
            {"pia": {"name": "x", "created_at": "2026-13-45T99:99:99"}},
            "pia.created_at",
            "2026-13-45T99:99:99",
        ),
        ({"pia": {"name": "x", "updated_at": "2026-02-30"}}, "pia.updated_at", "2026-02-30"),
        (
            {"pia": {}, "evaluations": [{"reference_to": "3.1.1", "estimated_implementation_date": "soon"}]},
            "evaluations.0.estimated_implementation_date",
            "soon",
        ),
        (
            {"pia": {}, "evaluations": [{"reference_to": "1.1.1", "created_at": "x" * 100}]},
            "evaluations.0.created_at",
            "x" * 37 + "...",
        ),
    ],
)
def test_an_impossible_cnil_date_is_refused_naming_the_field(tmp_path, capsys, export, where, value) -> None:
    source = tmp_path / "cn.json"
    source.write_text(json.dumps(export), encoding="utf-8")
    assert main(["import-cnil", str(source), "-o", str(tmp_path / "out.dpia")]) == 2
    err = one_line_error(capsys)
    assert err == (
        f"dpia: error: {source}: damaged CNIL export: at '{where}': not an ISO date or time: '{value}'\n"
    )
    assert os.listdir(tmp_path) == ["cn.json"]


def test_cnil_dates_that_exist_or_are_empty_are_imported(tmp_path, capsys) -> None:
    source = tmp_path / "cn.json"
    pia = {"name": "x", "created_at": "2025-09-01T08:30:00.000Z", "updated_at": "", "validated_at": None}
    source.write_text(json.dumps({"pia": pia}), encoding="utf-8")
    assert main(["import-cnil", str(source), "-o", str(tmp_path / "out.dpia")]) == 0
    metadata = json.loads((tmp_path / "out.dpia").read_text(encoding="utf-8"))["metadata"]
    assert metadata["created"].startswith("2025-09-01T08:30:00") and metadata["modified"] is None
