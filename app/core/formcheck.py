"""Cross-reference checks over a loaded QuestionBank: unique ids, resolvable show_if and legal refs."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from pathlib import Path
from typing import Any

from app.core.conditions import referenced_facts
from app.core.forms import Question, QuestionBank
from app.core.yamlsource import data_error

RawSection = tuple[Path, Any]


def check_bank(
    bank: QuestionBank,
    raws: list[RawSection],
    citation_ids: Collection[str] | None = None,
    derived_facts: Collection[str] = (),
) -> None:
    _check_unique_sections(raws)
    _check_unique_questions(raws)
    for path, raw in raws:
        for question, node in _questions_with_nodes(bank, raw):
            _check_show_if(bank, question, path, node, derived_facts)
            if citation_ids is not None:
                _check_legal(question.legal, citation_ids, path, node, question.id)


def _check_unique_sections(raws: list[RawSection]) -> None:
    seen: dict[str, Path] = {}
    for path, raw in raws:
        section_id = raw.get("id")
        if section_id in seen:
            raise data_error(path, raw, section_id, f"section id also used in {seen[section_id]}")
        seen[section_id] = path


def _check_unique_questions(raws: list[RawSection]) -> None:
    seen: dict[str, Path] = {}
    for path, raw in raws:
        for node in raw.get("questions") or []:
            question_id = node.get("id")
            if question_id in seen:
                raise data_error(path, node, question_id, f"question id also used in {seen[question_id]}")
            seen[question_id] = path


def _questions_with_nodes(bank: QuestionBank, raw: Any) -> Iterator[tuple[Question, Any]]:
    for node in raw.get("questions") or []:
        question = bank.question(node.get("id"))
        if question is not None:
            yield question, node


def _check_show_if(
    bank: QuestionBank, question: Question, path: Path, node: Any, derived: Collection[str]
) -> None:
    if question.show_if is None:
        return
    where = node.get("show_if", node)
    for fact, values in referenced_facts(question.show_if):
        check_fact_reference(bank, fact, values, derived, path, where, question.id)


def check_fact_reference(
    bank: QuestionBank,
    fact: str,
    values: tuple[str, ...],
    derived: Collection[str],
    path: Path,
    node: Any,
    item: str,
) -> None:
    """A condition may only name known facts, and only options those facts have."""
    if fact in derived:
        return
    target = bank.question(fact)
    if target is None:
        raise data_error(path, node, item, f"refers to unknown question {fact!r}")
    if values and target.type not in ("single", "multi"):
        raise data_error(path, node, item, f"tests values of {fact!r}, which has no options")
    unknown = [v for v in values if target.option(v) is None]
    if unknown:
        raise data_error(path, node, item, f"question {fact!r} has no option {unknown[0]!r}")


def _check_legal(
    legal: tuple[str, ...], citation_ids: Collection[str], path: Path, node: Any, item: str
) -> None:
    for ref in legal:
        if ref not in citation_ids:
            raise data_error(path, node.get("legal", node), item, f"unknown citation {ref!r}")
