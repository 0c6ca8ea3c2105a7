"""`dpia detach FILE NAME|SHA256`: remove an embedded evidence file."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import read_assessment
from app.core.evidence import detach
from app.core.knowledge import load_knowledge
from app.core.lineage import save_revision


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "detach",
        help="remove an embedded evidence file from an assessment",
        description=(
            "Remove one attachment, named by its file name or its SHA-256 (at least 8 leading hex "
            "digits). Recorded versions keep its name and hash. The previous file is kept as FILE.bak."
        ),
    )
    parser.add_argument("file", type=Path, help="the .dpia assessment file")
    parser.add_argument("ref", metavar="NAME|SHA256", help="the attachment to remove")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    assessment = read_assessment(args.file, load_knowledge())
    removed = detach(assessment, args.ref)
    save_revision(assessment, args.file)
    print(f"detached {removed.name} (SHA-256 {removed.sha256}) from {args.file}")
    return 0
