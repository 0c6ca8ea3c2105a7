"""`dpia forms check [PATH]`: validate a forms folder (and the citations it refers to), then list every text
missing in a declared language (resources/languages.yaml), with file, line and key.

Exit 0 when the data loads and every text is there in every language; 1 when texts are missing (each one
listed); 2 when the data does not load.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from app import resources
from app.core import yamlcache
from app.core.errors import DpiaError
from app.core.knowledge import load_knowledge_from
from app.core.languages import FALLBACK, Language, languages_path, load_languages_from
from app.core.printable import printable

if TYPE_CHECKING:  # the text check (and its XML parser) loads when `forms check` runs, not for every command
    from app.core.textcheck import Gap

EXIT_OK, EXIT_MISSING = 0, 1


def register(subparsers: argparse._SubParsersAction) -> None:
    forms = subparsers.add_parser("forms", help="work with the questionnaire data")
    actions = forms.add_subparsers(dest="forms_action", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check",
        help="validate a forms folder and list every text missing in a declared language; errors name "
        "file and line",
    )
    check.add_argument("path", nargs="?", type=Path, help="forms folder (default: the shipped one)")
    check.add_argument(
        "--resources", type=Path, help="resources folder with legal/ (default: the shipped one)"
    )
    check.add_argument(
        "--translations",
        type=Path,
        help="folder of the interface's Qt Linguist files (*.ts) (default: translations/ of a checkout; "
        "not checked when absent)",
    )
    check.add_argument(
        "--lang",
        action="append",
        metavar="LANG",
        help="list only the texts missing in this declared language (repeatable; default: every language)",
    )
    check.set_defaults(handler=run_check)


def _translations_dir(args: argparse.Namespace) -> Path | None:
    if args.translations is not None:
        return Path(args.translations)
    folder = resources.data_root() / "translations"
    return folder if folder.is_dir() else None


def run_check(args: argparse.Namespace) -> int:
    with yamlcache.bypassed():  # a check of the files themselves, not of this machine's parse cache
        return _check(args)


def _check(args: argparse.Namespace) -> int:
    from app.core.textcheck import data_gaps, interface_gaps

    forms_dir = args.path or resources.forms_dir()
    resources_dir = args.resources or resources.resources_dir()
    knowledge = load_knowledge_from(forms_dir, resources_dir)
    codes = _checked_codes(args.lang, load_languages_from(languages_path(resources_dir)))
    questions = sum(1 for _ in knowledge.bank.questions())
    print(
        f"{forms_dir}: OK ({len(knowledge.bank.sections)} sections, {questions} questions, "
        f"{len(knowledge.citations.entries)} citations)"
    )
    gaps = data_gaps((forms_dir, resources_dir), codes)
    ts_dir = _translations_dir(args)
    if ts_dir is not None:
        gaps += interface_gaps(ts_dir, codes)
    for gap in gaps:
        print(gap)
    print(_languages_line(codes, gaps, ts_dir))
    return EXIT_MISSING if gaps else EXIT_OK


def _checked_codes(wanted: list[str] | None, declared: tuple[Language, ...]) -> tuple[str, ...]:
    """The declared languages to check: all of them, or those named with --lang (each must be declared)."""
    codes = tuple(language.code for language in declared)
    for code in wanted or ():
        if code not in codes:
            raise DpiaError(
                f"--lang {printable(repr(code))}: unknown language; available: {', '.join(codes)}"
            )
    return tuple(code for code in codes if not wanted or code in wanted or code == FALLBACK)


def _languages_line(codes: tuple[str, ...], gaps: list[Gap], ts_dir: Path | None) -> str:
    counts = Counter(code for gap in gaps for code in gap.languages)
    parts = [f"{code}: {counts[code]} missing" if counts[code] else f"{code}: complete" for code in codes]
    scope = "data and interface" if ts_dir is not None else "data (interface .ts files not checked)"
    return f"languages ({scope}): " + ", ".join(parts)
