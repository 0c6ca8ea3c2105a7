"""`dpia import-cnil EXPORT.json -o OUT.dpia`: an assessment from the CNIL PIA tool's JSON export."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import add_force_option, add_lang_option, checked_locale, write_output
from app.core.engine import assess
from app.core.knowledge import load_knowledge
from app.core.messages import message
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
    add_lang_option(
        parser, "the labels the import writes into the file (roles, headings) and of this summary"
    )
    add_force_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from app.core.cnil import import_export, read_export  # only here: `dpia` starts faster

    lang = checked_locale(args.lang)
    check_output(args.output, overwrite=args.force, inputs=[args.export])
    export = read_export(args.export)
    knowledge = load_knowledge()
    result = import_export(export, knowledge.bank, lang=lang)
    write_output(
        args,
        args.output,
        loadable_payload(result.assessment, args.output),
        inputs=[args.export],
        what="assessment",
    )
    assessment = result.assessment
    verdict = assess(assessment, knowledge)
    counts = {"measures": len(assessment.measures), "reviews": len(assessment.reviews)}
    counts |= {"answered": len(result.answered), "noted": len(result.noted), "unmapped": result.unmapped}
    print(message("cnil_import_summary", lang, path=args.output, **counts))
    missing = [m.fact for m in getattr(verdict, "missing", [])]
    if missing:
        print(message("cnil_facts_missing", lang, count=len(missing), facts=", ".join(missing)))
    return 0
