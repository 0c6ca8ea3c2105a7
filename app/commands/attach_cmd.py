"""`dpia attach FILE EVIDENCE --question ID | --measure ID [--note TEXT]`: embed an evidence file."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import read_assessment
from app.core.assessment import Support
from app.core.evidence import MAX_EVIDENCE_BYTES, MAX_TOTAL_EVIDENCE_BYTES, MiB, attach, read_evidence
from app.core.knowledge import load_knowledge
from app.core.lineage import now, save_revision


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "attach",
        help="embed an evidence file in an assessment, for an answer or a measure",
        description=(
            "Embed EVIDENCE in the assessment (base64, with its SHA-256, media type and size) as "
            "support for an answer or a measure. At most "
            f"{MAX_EVIDENCE_BYTES // MiB} MiB per file and {MAX_TOTAL_EVIDENCE_BYTES // MiB} MiB in "
            "all. The same content attached again only adds what it supports. The report embeds it "
            "as a PDF attachment. The previous file is kept as FILE.bak."
        ),
    )
    parser.add_argument("file", type=Path, help="the .dpia assessment file")
    parser.add_argument("evidence", type=Path, help="the evidence file to embed")
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--question", metavar="ID", help="the question whose answer it supports")
    target.add_argument("--measure", metavar="ID", help="the measure it supports")
    parser.add_argument("--note", default="", help="what the file shows")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    knowledge = load_knowledge()
    assessment = read_assessment(args.file, knowledge)
    data = read_evidence(args.evidence)
    kind, target = ("question", args.question) if args.question else ("measure", args.measure)
    support = Support(kind=kind, id=target)
    evidence, new = attach(assessment, knowledge.bank, args.evidence.name, data, support, args.note, now())
    save_revision(assessment, args.file)
    what = "attached" if new else "already attached; added support for"
    print(f"{what} {evidence.name} ({evidence.size} bytes, SHA-256 {evidence.sha256}) -> {kind} {target}")
    return 0
