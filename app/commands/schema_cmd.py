"""`dpia schema`: print the JSON Schema of the .dpia file (also kept in docs/assessment.schema.json)."""

from __future__ import annotations

import argparse
import sys

from app.core.schema import schema_text


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "schema",
        help="print the JSON Schema of the .dpia assessment file",
        description=(
            "Print the JSON Schema (draft 2020-12) of the .dpia assessment file, generated from the "
            "model the application loads files with. A copy is kept in docs/assessment.schema.json."
        ),
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    sys.stdout.write(schema_text())
    return 0
