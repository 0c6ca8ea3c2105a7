"""A SoftHSM2 token in a temporary folder, with an RSA key and a certificate issued by a test CA."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from app.report.identity import create_ca, issue_certificate, load_ca

PIN, SO_PIN, TOKEN, KEY = "123456", "12345678", "dpia-test", "signer"
LIBRARIES = ("/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so")


def _library() -> Path | None:
    found = next((Path(p) for p in LIBRARIES if Path(p).is_file()), None)
    if found is None or shutil.which("softhsm2-util") is None:
        if os.environ.get("DPIA_REQUIRE_SOFTHSM"):
            pytest.fail("SoftHSM2 is required here (DPIA_REQUIRE_SOFTHSM) but not installed")
        return None
    return found


PASSPHRASE = "correct horse battery"


def make_token(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Initialise a token (skip without SoftHSM2, fail with DPIA_REQUIRE_SOFTHSM); its paths by name."""
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
