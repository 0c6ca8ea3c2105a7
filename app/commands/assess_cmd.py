"""`dpia assess FILE [--json] [--lang en]`: score an assessment and print the verdict."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import add_lang_option, checked_locale, read_assessment
from app.core.engine import assess
from app.core.evidence import evidence_lines
from app.core.knowledge import load_knowledge
from app.core.printable import json_text, printable
from app.core.review import review_lines
from app.core.summary import own_risk_lines, summary_lines


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("assess", help="score an assessment (.dpia) and print the verdict")
    parser.add_argument("file", type=Path, help="the .dpia assessment file")
    parser.add_argument("--json", action="store_true", help="print the verdict JSON contract")
    add_lang_option(parser, "the texts")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    knowledge = load_knowledge()
    args.lang = checked_locale(args.lang, knowledge)
    assessment = read_assessment(args.file, knowledge)
    verdict = assess(assessment, knowledge, locale=args.lang)
    if args.json:
        print(json_text(verdict.to_json_dict()))
    else:
        print("\n".join(summary_lines(verdict, knowledge.settings, args.lang)))
        blocks = (
            own_risk_lines(verdict, knowledge.settings, knowledge.catalogue.levels, args.lang),
            review_lines(assessment, knowledge.bank, args.lang),
            evidence_lines(assessment, args.lang),
        )
        for block in blocks:
            if block:
                print("\n" + "\n".join(printable(line) for line in block))  # texts from the file
    return 0
