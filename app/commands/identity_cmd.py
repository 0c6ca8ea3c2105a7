"""`dpia identity new | show`: create and inspect self-signed signing identities (PKCS#12)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.commands.common import add_force_option, write_output
from app.core.errors import DpiaError
from app.core.printable import printable
from app.core.safeio import check_output
from app.report.options import KEY_TYPES

if TYPE_CHECKING:
    from cryptography import x509

PASSPHRASE_ENV = "DPIA_PASSPHRASE"
CA_PASSPHRASE_ENV = "DPIA_CA_PASSPHRASE"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "identity",
        help="create or inspect a signing identity (.p12), or an organisation's CA",
        description=(
            f"The passphrase is read from ${PASSPHRASE_ENV}, or asked for at a prompt; a CA's "
            f"passphrase (--ca) from ${CA_PASSPHRASE_ENV}, or a prompt."
        ),
    )
    actions = parser.add_subparsers(dest="identity_action", metavar="ACTION", required=True)
    new = actions.add_parser("new", help="create a self-signed identity (3 years, passphrase-protected)")
    new.add_argument(
        "--name", required=True, help="the signer's name, shown in signatures (at most 64 bytes in UTF-8)"
    )
    new.add_argument("--email", default="", help="the signer's email address, name@example.org (optional)")
    new.add_argument("--out", required=True, type=Path, help="the identity file to create (.p12)")
    new.add_argument("--key", choices=KEY_TYPES, default="rsa3072", help="key type (default rsa3072)")
    new.add_argument("--cert-out", type=Path, help="also write the public certificate (PEM) here")
    new.add_argument(
        "--ca",
        type=Path,
        metavar="CA.p12",
        help="issue the identity from this CA (made with 'identity new-ca') instead of self-signing",
    )
    add_force_option(new, "the --cert-out file (never the identity)")
    new.set_defaults(handler=run_new)
    new_ca = actions.add_parser(
        "new-ca", help="create an organisation's CA (10 years) that issues identities with --ca"
    )
    new_ca.add_argument("--name", required=True, help="the CA's name, e.g. 'Example Org signing CA'")
    new_ca.add_argument("--out", required=True, type=Path, help="the CA file to create (.p12)")
    new_ca.add_argument("--key", choices=KEY_TYPES, default="rsa3072", help="key type (default rsa3072)")
    new_ca.add_argument(
        "--cert-out", type=Path, help="also write the CA certificate (PEM) here: what verifiers trust"
    )
    add_force_option(new_ca, "the --cert-out file (never the CA)")
    new_ca.set_defaults(handler=run_new_ca)
    show = actions.add_parser("show", help="print an identity's name, email, fingerprint and validity")
    show.add_argument("file", type=Path, help="the identity file (.p12)")
    show.add_argument("--export-cert", type=Path, help="write the public certificate (PEM) here")
    add_force_option(show, "the --export-cert file")
    show.set_defaults(handler=run_show)


def read_passphrase(confirm: bool = False, env: str = PASSPHRASE_ENV, prompt: str = "Passphrase: ") -> str:
    """From $DPIA_PASSPHRASE (or `env`), else a prompt on the terminal; never echoed, never stored."""
    from_env = os.environ.get(env)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise DpiaError(f"no {prompt.rstrip(': ').lower()}: set {env} or run in a terminal")
    passphrase = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat the passphrase: ") != passphrase:
        raise DpiaError("the passphrases do not match")
    return passphrase


def run_new(args: argparse.Namespace) -> int:
    from app.report.identity import create_identity, load_ca

    if os.path.lexists(args.out):
        raise DpiaError(f"{args.out}: already exists; refusing to overwrite an identity")
    if args.cert_out:
        check_output(args.cert_out, overwrite=args.force, inputs=[args.out])  # not the identity
    issuer = None
    if args.ca:
        issuer = load_ca(args.ca, read_passphrase(env=CA_PASSPHRASE_ENV, prompt="CA passphrase: "))
    passphrase = read_passphrase(confirm=True)
    certificate = create_identity(args.out, args.name, args.email, passphrase, args.key, issuer=issuer)
    if args.cert_out:
        write_certificate(args, args.cert_out, _pem(certificate), inputs=[args.out])
    by = f", issued by {printable(issuer.certificate.subject.rfc4514_string())}" if issuer else ""
    print(
        f"created {args.out} for {printable(args.name)}{by}, valid until "
        f"{certificate.not_valid_after_utc.date().isoformat()}"
    )
    return 0


def run_new_ca(args: argparse.Namespace) -> int:
    from app.report.identity import create_ca

    if os.path.lexists(args.out):
        raise DpiaError(f"{args.out}: already exists; refusing to overwrite a CA")
    if args.cert_out:
        check_output(args.cert_out, overwrite=args.force, inputs=[args.out])
    certificate = create_ca(args.out, args.name, read_passphrase(confirm=True), args.key)
    if args.cert_out:
        write_certificate(args, args.cert_out, _pem(certificate), inputs=[args.out])
    print(
        f"created the CA {args.out} ({printable(args.name)}), valid until "
        f"{certificate.not_valid_after_utc.date().isoformat()}; verifiers trust its certificate"
    )
    return 0


def run_show(args: argparse.Namespace) -> int:
    from app.report.identity import load_identity

    if args.export_cert:
        check_output(args.export_cert, overwrite=args.force, inputs=[args.file])
    identity = load_identity(args.file, read_passphrase())
    certificate = identity.certificate
    print(f"name:        {printable(identity.name)}")
    print(f"email:       {printable(identity.email) or '-'}")
    if certificate.issuer != certificate.subject:
        print(f"issued by:   {printable(certificate.issuer.rfc4514_string())}")
    print(f"fingerprint: SHA-256 {identity.fingerprint}")
    print(
        f"valid:       {certificate.not_valid_before_utc:%Y-%m-%d} to "
        f"{certificate.not_valid_after_utc:%Y-%m-%d}"
    )
    if args.export_cert:
        write_certificate(args, args.export_cert, _pem(certificate), inputs=[args.file])
        print(f"certificate: {args.export_cert}")
    return 0


def _pem(certificate: x509.Certificate) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return certificate.public_bytes(serialization.Encoding.PEM)


def write_certificate(args: argparse.Namespace, path: Path, pem: bytes, inputs: list[Path]) -> None:
    write_output(args, path, pem, inputs=inputs, what="certificate")
