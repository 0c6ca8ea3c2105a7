"""`dpia export FILE --format docx|csv|xlsx -o OUT [--lang en]`: Word report, CSV register, Excel workbook."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import add_force_option, add_lang_option, checked_locale, read_assessment
from app.commands.report_cmd import source_date
from app.core.errors import DpiaError
from app.core.knowledge import load_knowledge
from app.core.messages import message
from app.core.safeio import check_output

FORMAT_NAMES = ("docx", "csv", "xlsx")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export",
        help="export the report as Word (docx), the risk register as CSV, or risks and plan as Excel",
        description=(
            "Export an assessment for the tools DPOs use. docx: the full report as an editable Word "
            "document, with the sections, tables and citations of the PDF and Word headings (a table "
            "of contents works). csv: the risk register, one row per risk, UTF-8 with a header. xlsx: "
            "the sheets 'Risks' (levels coloured) and 'Action plan' (owner, due date, status)."
        ),
    )
    parser.add_argument("file", type=Path, help="the .dpia assessment file")
    parser.add_argument("--format", required=True, choices=FORMAT_NAMES, help="what to write")
    parser.add_argument("-o", "--output", required=True, type=Path, help="the file to write")
    add_lang_option(parser, "the export")
    add_force_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from app.report.formats import write_export

    suffix = args.output.suffix.lower().lstrip(".")
    if suffix in FORMAT_NAMES and suffix != args.format:
        raise DpiaError(f"{args.output}: the name ends in .{suffix} but --format is {args.format}")
    knowledge = load_knowledge()
    args.lang = checked_locale(args.lang, knowledge)
    check_output(args.output, overwrite=args.force, inputs=[args.file])
    assessment = read_assessment(args.file, knowledge)
    size = write_export(
        assessment,
        args.format,
        args.output,
        args.lang,
        knowledge,
        overwrite=args.force,
        inputs=[args.file],
        exported=source_date(),
    )
    what = message(f"export_what_{args.format}", args.lang)
    print(message("export_wrote", args.lang, path=args.output, what=what, size=size // 1024))
    return 0
