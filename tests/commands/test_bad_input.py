"""Bad input found by the outside review (attack-findings C.8, C.9): each is a one-line error naming what
and where, exit 2, and nothing is written."""

from __future__ import annotations

import argparse
import os
import shutil
from pathlib import Path

import pytest

from app.cli import build_parser, main
from app.core.knowledge import load_knowledge
from tests.helpers.paths import scenario_path

SCENARIO = scenario_path("clearview_search_engine")


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
    }[command]
    return [*argv, "--lang", lang]


LANG_COMMANDS = ("assess", "diff", "report", "export")


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
    one_line_error(capsys, f"--lang {lang!r}: unknown language; available: en, nl")
    assert os.listdir(tmp_path) == ["a.dpia"]
    assert (tmp_path / "a.dpia").read_bytes() == before


def test_the_available_languages_come_from_the_questionnaire() -> None:
    bank = load_knowledge().bank
    assert bank.locales == ("en", "nl")
    declared = {locale for q in bank.questions() for locale in q.label.locales()}
    assert set(bank.locales) == declared


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_known_language_is_used(capsys, lang) -> None:
    assert main(["assess", str(SCENARIO), "--lang", lang]) == 0
    out = capsys.readouterr().out
    assert ("uitkomst" in out) == (lang == "nl") and ("outcome" in out) == (lang == "en"), out[:300]
