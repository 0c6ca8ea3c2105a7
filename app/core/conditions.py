"""A small condition language shared by `show_if` in forms and by the rules.

Conditions are data, never code: {fact: id, in: [..]}, {fact: id, answered: true}, {all: [..]},
{any: [..]}, {not: ..}, {at_least: n, of: [..]}. Evaluation is three-valued (Kleene): a condition on an
unanswered fact is *unknown* (None), so a missing answer never counts as the favourable one.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

Truth = bool | None


class _Cond(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class FactIn(_Cond):
    fact: str
    in_: frozenset[str] = Field(alias="in", min_length=1)


class FactAnswered(_Cond):
    fact: str
    answered: bool


class AllOf(_Cond):
    all: tuple[Condition, ...] = Field(min_length=1)


class AnyOf(_Cond):
    any: tuple[Condition, ...] = Field(min_length=1)


class NotOf(_Cond):
    not_: Condition = Field(alias="not")


class AtLeast(_Cond):
    at_least: int = Field(ge=1)
    of: tuple[Condition, ...] = Field(min_length=1)


Condition = FactIn | FactAnswered | AllOf | AnyOf | NotOf | AtLeast

for _model in (AllOf, AnyOf, NotOf, AtLeast):
    _model.model_rebuild()


def is_answered(value: Any) -> bool:
    return value is not None and value != "" and value != []


def evaluate(
    cond: Condition, facts: Mapping[str, Any], seen: dict[str, Any] | None = None
) -> Truth:
    """True, False or None (unknown because a fact it needs is unanswered)."""
    seen = {} if seen is None else seen
    return _EVALUATORS[type(cond)](cond, facts, seen)


def _fact_in(cond: FactIn, facts: Mapping[str, Any], seen: dict[str, Any]) -> Truth:
    value = facts.get(cond.fact)
    seen[cond.fact] = value
    if value is None or value == "" or value == []:
        return None
    values = cond.in_
    if isinstance(value, list):
        return any(str(v) in values for v in value)
    return (value if isinstance(value, str) else str(value)) in values


def _fact_answered(cond: FactAnswered, facts: Mapping[str, Any], seen: dict[str, Any]) -> Truth:
    value = facts.get(cond.fact)
    seen[cond.fact] = value
    return is_answered(value) == cond.answered


def _all(cond: AllOf, facts: Mapping[str, Any], seen: dict[str, Any]) -> Truth:
    result: Truth = True
    for child in cond.all:
        value = evaluate(child, facts, seen)
        if value is False:
            return False  # decided: the other parts cannot change it
        if value is None:
            result = None
    return result


def _any(cond: AnyOf, facts: Mapping[str, Any], seen: dict[str, Any]) -> Truth:
    result: Truth = False
    for child in cond.any:
        value = evaluate(child, facts, seen)
        if value is True:
            return True
        if value is None:
            result = None
    return result


def _not(cond: NotOf, facts: Mapping[str, Any], seen: dict[str, Any]) -> Truth:
    inner = evaluate(cond.not_, facts, seen)
    return None if inner is None else not inner


def _at_least(cond: AtLeast, facts: Mapping[str, Any], seen: dict[str, Any]) -> Truth:
    results = [evaluate(c, facts, seen) for c in cond.of]
    hits = sum(1 for r in results if r is True)
    unknown = sum(1 for r in results if r is None)
    if hits >= cond.at_least:
        return True
    return None if hits + unknown >= cond.at_least else False


def kleene_all(values: Iterator[Truth] | list[Truth]) -> Truth:
    results = list(values)
    if False in results:
        return False
    return None if None in results else True


def kleene_any(values: Iterator[Truth] | list[Truth]) -> Truth:
    results = list(values)
    if True in results:
        return True
    return None if None in results else False


_EVALUATORS: dict[type, Any] = {
    FactIn: _fact_in,
    FactAnswered: _fact_answered,
    AllOf: _all,
    AnyOf: _any,
    NotOf: _not,
    AtLeast: _at_least,
}


def referenced_facts(cond: Condition) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Every (fact id, option values) the condition mentions, for reference checks."""
    if isinstance(cond, FactIn):
        yield cond.fact, tuple(sorted(cond.in_))
    elif isinstance(cond, FactAnswered):
        yield cond.fact, ()
    elif isinstance(cond, NotOf):
        yield from referenced_facts(cond.not_)
    else:
        children = (
            cond.all
            if isinstance(cond, AllOf)
            else cond.any
            if isinstance(cond, AnyOf)
            else cond.of
        )
        for child in children:
            yield from referenced_facts(child)
