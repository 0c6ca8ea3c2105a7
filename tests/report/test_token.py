"""Signing with a key on a PKCS#11 token, for real, against SoftHSM2.

A token is initialised in a temporary folder (SOFTHSM2_CONF), an RSA key pair is generated on it, a
test CA issues the key's certificate, which is stored on the token under the key's label; `dpia report`
and `dpia sign` then sign with `--pkcs11-lib --token --key` and `dpia verify --trust CA.pem` exits 0.
Skipped only where SoftHSM2 is not installed; `.ci/run` installs it and sets DPIA_REQUIRE_SOFTHSM, so
in CI the test runs or fails.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from tests.helpers.paths import scenario_path
from tests.helpers.softhsm import KEY, PIN, TOKEN


@pytest.fixture
def token(softhsm_token: dict[str, Path]) -> dict[str, Path]:
    return softhsm_token


@pytest.fixture
def on_token(token, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setenv("SOFTHSM2_CONF", str(token["conf"]))
    monkeypatch.setenv("DPIA_PIN", PIN)
    return ["--pkcs11-lib", str(token["library"]), "--token", TOKEN, "--key", KEY]


def test_report_signed_on_the_token_verifies_through_the_ca(token, on_token, tmp_path, capsys) -> None:
    out = tmp_path / "signed.pdf"
    scenario = str(scenario_path("clearview_search_engine"))
    assert main(["report", scenario, "-o", str(out), *on_token, "--no-record-version"]) == 0
    assert "signed by Hanna HSM as assessor" in capsys.readouterr().out
    assert main(["verify", str(out), "--trust", str(token["ca_pem"])]) == 0
    text = capsys.readouterr().out
    assert "signer:        Hanna HSM <hanna@example.org>" in text
    assert "issued by:     CN=Token Test CA" in text
    assert "trust:         trusted: chains to the trusted CA 'Common Name: Token Test CA'" in text
    assert text.rstrip().endswith("result: OK (intact, every signer trusted)")


def test_dpia_sign_with_the_token_adds_the_dpo_signature(token, on_token, tmp_path, capsys) -> None:
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    scenario = str(scenario_path("clearview_search_engine"))
    assert main(["report", scenario, "-o", str(first), *on_token, "--no-record-version"]) == 0
    assert main(["sign", str(first), "--role", "dpo", "-o", str(second), *on_token]) == 0
    capsys.readouterr()
    assert main(["verify", str(second), "--trust", str(token["ca_pem"])]) == 0
    assert capsys.readouterr().out.count("integrity:     intact") == 2


def test_wrong_pin_is_one_line_exit_2(token, on_token, tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("DPIA_PIN", "000000")
    out = tmp_path / "x.pdf"
    assert main(["report", str(scenario_path("clearview_search_engine")), "-o", str(out), *on_token]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"dpia: error: cannot open token '{TOKEN}': PinIncorrect") and err.count("\n") == 1
    assert not out.exists()


def test_unknown_key_label_is_one_line_exit_2(token, on_token, tmp_path, capsys) -> None:
    args = [*on_token[:-1], "nobody"]
    assert (
        main(["report", str(scenario_path("clearview_search_engine")), "-o", str(tmp_path / "x.pdf"), *args])
        == 2
    )
    err = capsys.readouterr().err
    assert "key 'nobody' on token 'dpia-test': no certificate and key" in err and err.count("\n") == 1


def test_half_a_token_specification_is_refused(tmp_path, capsys) -> None:
    pdf = tmp_path / "in.pdf"
    pdf.write_bytes(b"%PDF-1.7")
    assert main(["sign", str(pdf), "-o", str(tmp_path / "o.pdf"), "--token", TOKEN]) == 2
    assert "needs all of --pkcs11-lib PATH, --token LABEL and --key LABEL" in capsys.readouterr().err
