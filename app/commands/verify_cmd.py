"""`dpia verify`: not built yet (issue: the auditor's PDF)."""

from __future__ import annotations

import argparse

from app.commands.common import NotYetAvailable


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("verify", help="(not available yet) see the report issue")
    parser.add_argument("rest", nargs=argparse.REMAINDER)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    raise NotYetAvailable("PDF reports and signatures are being built (see the report issue)")
