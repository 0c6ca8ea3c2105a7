"""Signing with a key that never leaves a smart card or HSM (PKCS#11, through pyHanko's PKCS11Signer).

The token is named by its PKCS#11 module (`--pkcs11-lib`), its token label (`--token`) and the label
of the key (`--key`); the certificate is the token's certificate object with the same label. The PIN
is passed in by the caller (an environment variable or a prompt) and is never stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from pyhanko.config.pkcs11 import TokenCriteria
from pyhanko.sign.general import SigningError

from app.core.printable import printable
from app.report.identity import Identity, IdentityError, check_validity

PIN_ENV = "DPIA_PIN"


@dataclass(frozen=True)
class TokenSpec:
    library: Path
    token: str
    key: str

    def describe(self) -> str:
        return f"key '{printable(self.key)}' on token '{printable(self.token)}'"


@contextmanager
def open_token_identity(spec: TokenSpec, pin: str, now: dt.datetime | None = None) -> Iterator[Identity]:
    """An identity whose signer is the token; the session is closed when the block ends."""
    from pkcs11 import PKCS11Error  # loads the PKCS#11 binding only when a token is used
    from pyhanko.sign.pkcs11 import PKCS11Signer, open_pkcs11_session

    errors = (PKCS11Error, SigningError, RuntimeError, OSError, ValueError, AttributeError, KeyError)
    if not spec.library.is_file():
        raise IdentityError(f"{spec.library}: no such PKCS#11 module (--pkcs11-lib)")
    try:
        session = open_pkcs11_session(
            str(spec.library), token_criteria=TokenCriteria(label=spec.token), user_pin=pin
        )
    except errors as exc:
        raise IdentityError(f"cannot open token '{printable(spec.token)}': {_reason(exc)}") from exc
    try:
        identity = _identity(spec, PKCS11Signer(session, cert_label=spec.key, key_label=spec.key), errors)
        check_validity(Path(spec.describe()), identity.certificate, now or dt.datetime.now(dt.UTC))
        yield identity
    finally:
        session.close()


def _identity(spec: TokenSpec, signer: object, errors: tuple[type[BaseException], ...]) -> Identity:
    try:
        der = signer.signing_cert.dump()  # type: ignore[attr-defined]
    except errors as exc:
        raise IdentityError(f"{spec.describe()}: no certificate and key ({_reason(exc)})") from exc
    return Identity(path=None, certificate=x509.load_der_x509_certificate(der), signer=signer)  # type: ignore[arg-type]


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    name = type(exc).__name__
    return printable(f"{name}: {text}" if text else name)
