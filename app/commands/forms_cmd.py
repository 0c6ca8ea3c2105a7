"""`dpia forms check [PATH]`: validate a forms folder (and the citations it refers to)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app import resources
from app.core.knowledge import load_knowledge_from


def register(subparsers: argparse._SubParsersAction) -> None:
    forms = subparsers.add_parser("forms", help="work with the questionnaire data")
    actions = forms.add_subparsers(dest="forms_action", metavar="ACTION", required=True)
    check = actions.add_parser("check", help="validate a forms folder; errors name file and line")
    check.add_argument("path", nargs="?", type=Path, help="forms folder (default: the shipped one)")
    check.add_argument(
        "--resources", type=Path, help="resources folder with legal/ (default: the shipped one)"
    )
    check.set_defaults(handler=run_check)


def run_check(args: argparse.Namespace) -> int:
    forms_dir = args.path or resources.forms_dir()
    resources_dir = args.resources or resources.resources_dir()
    knowledge = load_knowledge_from(forms_dir, resources_dir)
    questions = sum(1 for _ in knowledge.bank.questions())
    print(
        f"{forms_dir}: OK ({len(knowledge.bank.sections)} sections, {questions} questions, "
        f"{len(knowledge.citations.entries)} citations)"
    )
    return 0
