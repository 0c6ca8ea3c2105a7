"""`dpia import-cnil EXPORT.json -o OUT.dpia`: an assessment from the CNIL PIA tool's JSON export."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import add_force_option, write_output
from app.core.engine import assess
from app.core.knowledge import load_knowledge
from app.core.safeio import check_output
from app.core.storage import loadable_payload


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import-cnil",
        help="make an assessment from a CNIL PIA tool export (JSON)",
        description=(
            "Turn the CNIL PIA tool's JSON export into a .dpia assessment: name, author, evaluator and "
            "validator, dates, measures into the action plan, evaluations into the evaluator review, "
            "free-text answers (HTML stripped) onto the matching questions (docs/cnil-import.md). What "
            "cannot be placed is kept in an 'Imported from the CNIL PIA tool' note. Facts the free text "
            "cannot answer stay unanswered: the verdict says what is missing."
        ),
    )
    parser.add_argument("export", type=Path, help="the JSON file exported by the CNIL PIA tool")
    parser.add_argument("-o", "--output", required=True, type=Path, help="the .dpia file to write")
    add_force_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from app.core.cnil import import_export, read_export  # only here: `dpia` starts faster

    check_output(args.output, overwrite=args.force, inputs=[args.export])
    export = read_export(args.export)
    knowledge = load_knowledge()
    result = import_export(export, knowledge.bank)
    write_output(
        args,
        args.output,
        loadable_payload(result.assessment, args.output),
        inputs=[args.export],
        what="assessment",
    )
    assessment = result.assessment
    verdict = assess(assessment, knowledge)
    print(
        f"wrote {args.output}: {len(assessment.measures)} measure(s), {len(assessment.reviews)} review(s), "
        f"{len(result.answered)} narrative answer(s), notes on {len(result.noted)} question(s), "
        f"{result.unmapped} unmapped part(s) kept in a note"
    )
    missing = [m.fact for m in getattr(verdict, "missing", [])]
    if missing:
        print(f"facts still to answer ({len(missing)}): {', '.join(missing)}")
    return 0
