import errno
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from app.cli import main
from tests.helpers.paths import scenario_path


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["assess"])
    assert info.value.code == 2


def test_assess_json_follows_the_contract(capsys):
    assert main(["assess", str(scenario_path("clearview_search_engine")), "--json"]) == 0
    verdict = json.loads(capsys.readouterr().out)
    for key in (
        "outcome",
        "dpia_required",
        "prior_consultation_required",
        "art9",
        "ai_act",
        "risks",
        "findings",
        "citations",
    ):
        assert key in verdict
    assert {"applies", "exception_valid"} <= set(verdict["art9"])
    assert {"prohibited", "high_risk", "fria_required"} <= set(verdict["ai_act"])
    risk = verdict["risks"][0]
    assert {"id", "title", "inherent", "residual"} <= set(risk)
    assert {"severity", "likelihood", "level"} <= set(risk["inherent"])
    finding = verdict["findings"][0]
    assert {"id", "severity", "text", "citations", "trace"} <= set(finding)
    cited = {c for f in verdict["findings"] for c in f["citations"]}
    assert cited <= set(verdict["citations"])
    for entry in verdict["citations"].values():
        assert entry["kind"] in ("law", "guidance", "decision") and entry["url"]


def test_assess_summary_is_readable(capsys):
    # The shared scenario leaves the required narrative texts open, so it is incomplete: the outcome is
    # shown as provisional, never as a decision.
    assert main(["assess", str(scenario_path("supermarket_watchlist_nl"))]) == 0
    out = capsys.readouterr().out
    assert out.startswith("INCOMPLETE: 3 answers needed.")
    assert "Provisional outcome: DO NOT PROCEED" in out
    assert "UAVG Art. 29" in out


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\xc3\x28", "not UTF-8"),
        (b"{not json", "invalid JSON"),
        (b'{"format": "other"}', "'format' must be"),
        (
            b'{"format": "dpia-assessment", "schema_version": 1, "answers": {"scale": 12}}',
            "answers.scale",
        ),
        (
            b'{"format": "dpia-assessment", "schema_version": 1, "answers": {"scale": "huge"}}',
            "'huge' is not an option",
        ),
        (b'{"format": "dpia-assessment", "schema_version": 7}', "newer version"),
    ],
)
def test_bad_files_exit_2_with_one_line(tmp_path, capsys, content, expected):
    path = tmp_path / "broken.dpia"
    path.write_bytes(content)
    assert main(["assess", str(path)]) == 2
    err = capsys.readouterr().err
    assert expected in err and str(path) in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert path.read_bytes() == content


def test_missing_file_exits_2(tmp_path, capsys):
    assert main(["assess", str(tmp_path / "nope.dpia")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_unknown_question_warns_but_assesses(tmp_path, capsys):
    path = tmp_path / "extra.dpia"
    path.write_text('{"format": "dpia-assessment", "schema_version": 1, "answers": {"shoe_size": "42"}}')
    assert main(["assess", str(path), "--json"]) == 0
    assert "shoe_size" in capsys.readouterr().err


def test_forms_check_passes_on_shipped_forms(capsys):
    """Every text of the shipped data and interface in every declared language (resources/languages.yaml)."""
    rc = main(["forms", "check"])
    out = capsys.readouterr().out
    assert "OK" in out
    missing = out.splitlines()[1:]
    assert rc == 0, f"{len(missing) - 1} texts missing:\n" + "\n".join(missing[:40] + missing[-1:])


def test_forms_check_rejects_broken_copy(tmp_path, capsys):
    from app import resources

    forms = tmp_path / "forms"
    shutil.copytree(resources.forms_dir(), forms)
    target = forms / "sections" / "02_system.yaml"
    target.write_text(target.read_text().replace("id: fr_timing", "id: fr_function", 1))
    assert main(["forms", "check", str(forms)]) == 2
    err = capsys.readouterr().err
    assert "02_system.yaml:" in err and "fr_function" in err


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (RecursionError("maximum recursion depth exceeded"), "dpia: error: the input is nested too deeply"),
        (MemoryError(), "dpia: error: not enough memory for this input"),
        (
            UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates\nnot allowed"),
            "dpia: error: cannot process",
        ),
        (ValueError("bad\nvalue"), "dpia: error: cannot process the input (ValueError: bad value)"),
    ],
    ids=["recursion", "memory", "unicode", "value"],
)
def test_library_errors_on_hostile_input_are_one_line_exit_2(monkeypatch, capsys, error, expected):
    from app.commands import assess_cmd

    def explode(_args):
        raise error

    monkeypatch.setattr(assess_cmd, "run", explode)
    assert main(["assess", "x.dpia"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(expected) and err.count("\n") == 1 and "internal error" not in err


def test_assess_on_an_empty_file_says_incomplete_not_do_not_proceed(tmp_path, capsys):
    empty = tmp_path / "empty.dpia"
    empty.write_text('{"format": "dpia-assessment", "schema_version": 1, "answers": {}}', encoding="utf-8")
    assert main(["assess", str(empty)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("INCOMPLETE: ") and "answers needed" in lines[0]
    assert lines[1].startswith("Provisional outcome: ")
    assert main(["assess", str(empty), "--json"]) == 0
    verdict = json.loads(capsys.readouterr().out)
    assert verdict["status"] == "incomplete"
    assert verdict["ai_act"]["prohibited"] == []
    assert {"5(1)(f)", "5(1)(g)"} <= set(verdict["ai_act"]["possibly_prohibited"])
    assert verdict["prior_consultation_required"] is False
    assert lines[0].split()[1] == str(len(verdict["missing"])) == str(verdict["answers_needed"])


def test_assess_summary_names_led_art_28_for_law_enforcement(capsys):
    assert main(["assess", str(scenario_path("police_realtime_crime_prevention_de"))]) == 0
    out = capsys.readouterr().out
    assert "Prior consultation required (LED Art. 28)" in out
    assert "(Art. 36)" not in out.split("Findings:")[0]
    assert out.startswith("Outcome: DO NOT PROCEED")


class _FailingStdout:
    """A stdout whose every write fails with `error`."""

    def __init__(self, error: OSError) -> None:
        self.error = error

    def write(self, text: str) -> int:
        raise self.error

    def flush(self) -> None:
        pass


@pytest.mark.parametrize(
    "error", [OSError(errno.ENOSPC, "No space left on device"), OSError(errno.EIO, "I/O")]
)
def test_a_failing_stdout_is_one_line_exit_2(monkeypatch, capsys, error):
    monkeypatch.setattr(sys, "stdout", _FailingStdout(error))
    assert main(["schema"]) == 2
    assert sys.stdout.__class__ is _FailingStdout  # restored after the command
    err = capsys.readouterr().err
    assert err == f"dpia: error: cannot write to standard output: {error.strerror}\n"


def test_a_closed_pipe_ends_quietly(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdout", _FailingStdout(BrokenPipeError(errno.EPIPE, "Broken pipe")))
    assert main(["status", str(scenario_path("clearview_search_engine"))]) == 0
    assert capsys.readouterr().err == ""


def test_another_write_error_is_not_called_a_stdout_error(monkeypatch, capsys):
    """Only stdout's own failures are 'cannot write to standard output'."""

    def full_disk() -> str:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("app.commands.schema_cmd.schema_text", full_disk)
    assert main(["schema"]) == 2
    err = capsys.readouterr().err
    assert "standard output" not in err and "No space left on device" in err


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_schema_to_a_full_disk_is_one_line_exit_2(tmp_path):
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "app.cli", "schema"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert done.returncode == 2
    assert done.stderr == "dpia: error: cannot write to standard output: No space left on device\n"


def test_the_cli_process_collects_garbage_less_often() -> None:
    """app.cli_startup raises the young generation's threshold before the commands load (a fresh process)."""
    code = "import gc, app.cli; print(gc.get_threshold()[0])"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert int(done.stdout) == 10_000
