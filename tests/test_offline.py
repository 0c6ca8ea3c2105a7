"""Offline guarantee: assess, report with a signature and verify never connect anywhere."""

import pytest

from app.cli import main
from tests.helpers.offline import refuse_network
from tests.helpers.paths import scenario_path

PASSPHRASE = "offline passphrase 42"


@pytest.fixture
def no_network(monkeypatch):
    refuse_network(monkeypatch)


def test_assess_report_sign_verify_offline(tmp_path, monkeypatch, capsys, no_network):
    monkeypatch.setenv("DPIA_PASSPHRASE", PASSPHRASE)
    identity, pdf, signed = tmp_path / "id.p12", tmp_path / "r.pdf", tmp_path / "r2.pdf"
    scenario = str(scenario_path("airport_boarding_consent"))
    assert main(["assess", scenario, "--json"]) == 0
    assert (
        main(
            [
                "identity",
                "new",
                "--name",
                "Offline Olga",
                "--email",
                "o@example.org",
                "--out",
                str(identity),
                "--key",
                "ec-p256",
                "--cert-out",
                str(tmp_path / "olga.pem"),
            ]
        )
        == 0
    )
    assert main(["report", scenario, "-o", str(pdf), "--sign", str(identity), "--role", "assessor", "--no-record-version"]) == 0
    assert main(["sign", str(pdf), "--identity", str(identity), "--role", "dpo", "-o", str(signed)]) == 0
    assert main(["verify", str(signed), "--trust", str(tmp_path / "olga.pem")]) == 0
    assert "NetworkUsed" not in capsys.readouterr().err


def test_passphrase_is_never_written(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DPIA_PASSPHRASE", PASSPHRASE)
    identity, pdf = tmp_path / "id.p12", tmp_path / "r.pdf"
    scenario = str(scenario_path("clearview_search_engine"))
    assert (
        main(
            [
                "identity",
                "new",
                "--name",
                "Secret Sam",
                "--email",
                "s@example.org",
                "--out",
                str(identity),
                "--key",
                "ec-p256",
            ]
        )
        == 0
    )
    assert main(["report", scenario, "-o", str(pdf), "--sign", str(identity), "--no-record-version"]) == 0
    monkeypatch.setenv("DPIA_PASSPHRASE", "a wrong passphrase")
    assert main(["report", scenario, "-o", str(tmp_path / "x.pdf"), "--sign", str(identity)]) == 2
    out, err = capsys.readouterr()
    assert PASSPHRASE not in out + err and "a wrong passphrase" not in out + err
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert PASSPHRASE.encode() not in path.read_bytes(), path
    assert identity.stat().st_mode & 0o077 == 0


def test_the_guard_catches_a_timestamp_request(tmp_path, monkeypatch, capsys, no_network):
    monkeypatch.setenv("DPIA_PASSPHRASE", PASSPHRASE)
    identity = tmp_path / "id.p12"
    assert (
        main(
            [
                "identity",
                "new",
                "--name",
                "T",
                "--email",
                "t@example.org",
                "--out",
                str(identity),
                "--key",
                "ec-p256",
            ]
        )
        == 0
    )
    rc = main(
        [
            "report",
            str(scenario_path("airport_boarding_consent")),
            "-o",
            str(tmp_path / "r.pdf"),
            "--sign",
            str(identity),
            "--tsa",
            "http://127.0.0.1:9/tsa",
        ]
    )
    assert rc == 2
    assert not (tmp_path / "r.pdf").exists()
    assert "network connection" in capsys.readouterr().err
