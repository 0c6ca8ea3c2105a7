"""Signing with a key on a PKCS#11 token, for real, against SoftHSM2.

A token is initialised in a temporary folder (SOFTHSM2_CONF), an RSA key pair is generated on it, a
test CA issues the key's certificate, which is stored on the token under the key's label; `dpia report`
and `dpia sign` then sign with `--pkcs11-lib --token --key` and `dpia verify --trust CA.pem` exits 0.
Skipped only where SoftHSM2 is not installed; `.ci/run` installs it and sets DPIA_REQUIRE_SOFTHSM, so
in CI the test runs or fails.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from app.cli import main
from app.report.identity import create_ca, issue_certificate, load_ca
from tests.helpers.paths import scenario_path
from tests.report.builders import PASSPHRASE

PIN, SO_PIN, TOKEN, KEY = "123456", "12345678", "dpia-test", "signer"
LIBRARIES = ("/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so")


def _library() -> Path | None:
    found = next((Path(p) for p in LIBRARIES if Path(p).is_file()), None)
    if found is None or shutil.which("softhsm2-util") is None:
        if os.environ.get("DPIA_REQUIRE_SOFTHSM"):
            pytest.fail("SoftHSM2 is required here (DPIA_REQUIRE_SOFTHSM) but not installed")
        return None
    return found


@pytest.fixture(scope="module")
def token(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    library = _library()
    if library is None:
        pytest.skip("SoftHSM2 (Debian package softhsm2) is not installed")
    folder = tmp_path_factory.mktemp("softhsm")
    (folder / "tokens").mkdir()
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {folder / 'tokens'}\nobjectstore.backend = file\n", "utf-8")
    env = {**os.environ, "SOFTHSM2_CONF": str(conf)}
    init = ["softhsm2-util", "--init-token", "--free", "--label", TOKEN, "--pin", PIN, "--so-pin", SO_PIN]
    subprocess.run(init, check=True, capture_output=True, env=env)
    ca_file, ca_pem = folder / "ca.p12", folder / "ca.pem"
    ca_certificate = create_ca(ca_file, "Token Test CA", PASSPHRASE, key_type="ec-p256")
    ca_pem.write_bytes(ca_certificate.public_bytes(serialization.Encoding.PEM))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOFTHSM2_CONF", str(conf))
        _generate_key_and_certificate(library, load_ca(ca_file, PASSPHRASE))
    return {"library": library, "conf": conf, "ca_pem": ca_pem}


def _generate_key_and_certificate(library: Path, ca) -> None:
    import pkcs11
    from pkcs11 import Attribute, CertificateType, KeyType, ObjectClass

    lib = pkcs11.lib(str(library))
    with lib.get_token(token_label=TOKEN).open(rw=True, user_pin=PIN) as session:
        public, _private = session.generate_keypair(KeyType.RSA, 2048, store=True, label=KEY, id=b"\x01")
        numbers = rsa.RSAPublicNumbers(
            int.from_bytes(public[Attribute.PUBLIC_EXPONENT], "big"),
            int.from_bytes(public[Attribute.MODULUS], "big"),
        )
        now = dt.datetime.now(dt.UTC)
        certificate = issue_certificate(numbers.public_key(), "Hanna HSM", "hanna@example.org", now, ca)
        session.create_object(
            {
                Attribute.CLASS: ObjectClass.CERTIFICATE,
                Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
                Attribute.TOKEN: True,
                Attribute.LABEL: KEY,
                Attribute.ID: b"\x01",
                Attribute.SUBJECT: certificate.subject.public_bytes(),
                Attribute.VALUE: certificate.public_bytes(serialization.Encoding.DER),
            }
        )


@pytest.fixture
def on_token(token, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setenv("SOFTHSM2_CONF", str(token["conf"]))
    monkeypatch.setenv("DPIA_PIN", PIN)
    return ["--pkcs11-lib", str(token["library"]), "--token", TOKEN, "--key", KEY]


def test_report_signed_on_the_token_verifies_through_the_ca(token, on_token, tmp_path, capsys) -> None:
    out = tmp_path / "signed.pdf"
    assert main(["report", str(scenario_path("clearview_search_engine")), "-o", str(out), *on_token]) == 0
    assert "signed by Hanna HSM as assessor" in capsys.readouterr().out
    assert main(["verify", str(out), "--trust", str(token["ca_pem"])]) == 0
    text = capsys.readouterr().out
    assert "signer:        Hanna HSM <hanna@example.org>" in text
    assert "issued by:     CN=Token Test CA" in text
    assert "trust:         trusted: chains to 'Common Name: Token Test CA'" in text
    assert text.rstrip().endswith("result: OK (intact, every signer trusted)")


def test_dpia_sign_with_the_token_adds_the_dpo_signature(token, on_token, tmp_path, capsys) -> None:
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    assert main(["report", str(scenario_path("clearview_search_engine")), "-o", str(first), *on_token]) == 0
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
