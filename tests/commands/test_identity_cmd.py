"""`dpia identity new | show` in-process: passphrase from the environment, one-line errors."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from cryptography import x509

from app.cli import main
from app.report.identity import subject_name
from tests.report.builders import PASSPHRASE


@pytest.fixture(autouse=True)
def passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DPIA_PASSPHRASE", PASSPHRASE)


def _new(path: Path, *extra: str) -> int:
    return main(
        [
            "identity",
            "new",
            "--name",
            "Ærø Signer",
            "--email",
            "s@example.org",
            "--out",
            str(path),
            "--key",
            "ec-p256",
            *extra,
        ]
    )


def test_new_creates_a_private_identity_and_certificate(tmp_path: Path, capsys) -> None:
    out, pem = tmp_path / "me.p12", tmp_path / "me.pem"
    assert _new(out, "--cert-out", str(pem)) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert "created" in capsys.readouterr().out
    assert subject_name(x509.load_pem_x509_certificate(pem.read_bytes())) == "Ærø Signer"


def test_new_refuses_to_overwrite(tmp_path: Path, capsys) -> None:
    out = tmp_path / "me.p12"
    out.write_bytes(b"keep me")
    assert _new(out) == 2
    assert capsys.readouterr().err.strip().endswith("refusing to overwrite an identity")
    assert out.read_bytes() == b"keep me"


def test_show_prints_the_fingerprint(tmp_path: Path, capsys) -> None:
    out = tmp_path / "me.p12"
    _new(out)
    capsys.readouterr()
    assert main(["identity", "show", str(out)]) == 0
    assert "SHA-256" in capsys.readouterr().out


def test_wrong_passphrase_is_one_line_exit_2(tmp_path: Path, capsys, monkeypatch) -> None:
    out = tmp_path / "me.p12"
    _new(out)
    capsys.readouterr()
    monkeypatch.setenv("DPIA_PASSPHRASE", "not the passphrase")
    assert main(["identity", "show", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("dpia: error:") and "wrong passphrase" in err


def test_no_passphrase_without_terminal(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.delenv("DPIA_PASSPHRASE")
    assert _new(tmp_path / "me.p12") == 2
    assert "DPIA_PASSPHRASE" in capsys.readouterr().err
    assert not (tmp_path / "me.p12").exists()
