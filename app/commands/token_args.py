"""The PKCS#11 options shared by `dpia report --sign` and `dpia sign`: --pkcs11-lib, --token, --key."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.errors import DpiaError

if TYPE_CHECKING:
    from app.report.token import TokenSpec

PIN_ENV = "DPIA_PIN"


def add_token_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group(
        "smart card or HSM (PKCS#11)",
        f"sign with a key that never leaves the token; the PIN is read from ${PIN_ENV} or a prompt",
    )
    group.add_argument(
        "--pkcs11-lib", type=Path, metavar="PATH", help="the token's PKCS#11 module (.so/.dll)"
    )
    group.add_argument("--token", metavar="LABEL", help="the token label")
    group.add_argument(
        "--key", dest="token_key", metavar="LABEL", help="the label of the key and its certificate"
    )


def token_spec(args: argparse.Namespace) -> TokenSpec | None:
    """The token named on the command line, or None; half a specification is a usage error."""
    given = [args.pkcs11_lib, args.token, args.token_key]
    if not any(given):
        return None
    if not all(given):
        raise DpiaError("a token needs all of --pkcs11-lib PATH, --token LABEL and --key LABEL")
    from app.report.token import TokenSpec  # loads pyHanko: only when a token is named

    return TokenSpec(args.pkcs11_lib, args.token, args.token_key)


def read_pin() -> str:
    """From $DPIA_PIN, else a prompt on the terminal; never echoed, never stored."""
    from_env = os.environ.get(PIN_ENV)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise DpiaError(f"no token PIN: set {PIN_ENV} or run in a terminal")
    return getpass.getpass("Token PIN: ")
