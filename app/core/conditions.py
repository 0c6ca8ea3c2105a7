"""A small condition language shared by `show_if` in forms and by the rules.

Conditions are data, never code: {fact: id, in: [..]}, {fact: id, answered: true}, {all: [..]},
{any: [..]}, {not: ..}, {at_least: n, of: [..]}. Evaluation is three-valued (Kleene): a condition on an
unanswered fact is *unknown* (None), so a missing answer never counts as the favourable one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any, Self

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

Truth = bool | None
Evaluator = Callable[[Mapping[str, Any], dict[str, Any]], Truth]


class _Cond(BaseModel):
    """A condition node. It compiles itself into a closure once, when it is built (the engine runs
    conditions thousands of times), and keeps it: no cache outside the object can go stale."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    _run: Evaluator = PrivateAttr()

    def model_post_init(self, context: Any, /) -> None:
        self._run = self._compile()

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        copy = super().model_copy(update=update, deep=deep)
        copy._run = copy._compile()  # an updated copy must not keep the original's closure
        return copy

    def _compile(self) -> Evaluator:
        raise NotImplementedError


class FactIn(_Cond):
    fact: str
    in_: frozenset[str] = Field(alias="in", min_length=1)

    def _compile(self) -> Evaluator:
        return _compile_fact_in(self.fact, self.in_)


class FactAnswered(_Cond):
    fact: str
    answered: bool

    def _compile(self) -> Evaluator:
        return _compile_answered(self.fact, self.answered)


class AllOf(_Cond):
    all: tuple[Condition, ...] = Field(min_length=1)

    def _compile(self) -> Evaluator:
        return _compile_all([c._run for c in self.all])


class AnyOf(_Cond):
    any: tuple[Condition, ...] = Field(min_length=1)

    def _compile(self) -> Evaluator:
        return _compile_any([c._run for c in self.any])


class NotOf(_Cond):
    not_: Condition = Field(alias="not")

    def _compile(self) -> Evaluator:
        return _compile_not(self.not_._run)


class AtLeast(_Cond):
    at_least: int = Field(ge=1)
    of: tuple[Condition, ...] = Field(min_length=1)

    def _compile(self) -> Evaluator:
        return _compile_at_least(self.at_least, [c._run for c in self.of])


Condition = FactIn | FactAnswered | AllOf | AnyOf | NotOf | AtLeast

for _model in (AllOf, AnyOf, NotOf, AtLeast):
    _model.model_rebuild()


def is_answered(value: Any) -> bool:
    return value is not None and value != "" and value != []


def evaluate(cond: Condition, facts: Mapping[str, Any], seen: dict[str, Any] | None = None) -> Truth:
    """True, False or None (unknown because a fact it needs is unanswered)."""
    return cond._run(facts, {} if seen is None else seen)


def _compile_fact_in(fact: str, values: frozenset[str]) -> Evaluator:
    def run(facts: Mapping[str, Any], seen: dict[str, Any]) -> Truth:
        value = facts.get(fact)
        seen[fact] = value
        if value is None or value == "" or value == []:
            return None
        if isinstance(value, list):
            return any(str(v) in values for v in value)
        return str(value) in values

    return run


def _compile_answered(fact: str, answered: bool) -> Evaluator:
    def run(facts: Mapping[str, Any], seen: dict[str, Any]) -> Truth:
        value = facts.get(fact)
        seen[fact] = value
        return is_answered(value) == answered

    return run


def _compile_not(inner: Evaluator) -> Evaluator:
    def run(facts: Mapping[str, Any], seen: dict[str, Any]) -> Truth:
        value = inner(facts, seen)
        return None if value is None else not value

    return run


def _compile_all(children: list[Evaluator]) -> Evaluator:
    def run(facts: Mapping[str, Any], seen: dict[str, Any]) -> Truth:
        result: Truth = True
        for child in children:
            value = child(facts, seen)
            if value is False:
                return False  # decided: the other parts cannot change it
            if value is None:
                result = None
        return result

    return run


def _compile_any(children: list[Evaluator]) -> Evaluator:
    def run(facts: Mapping[str, Any], seen: dict[str, Any]) -> Truth:
        result: Truth = False
        for child in children:
            value = child(facts, seen)
            if value is True:
                return True
            if value is None:
                result = None
        return result

    return run


def _compile_at_least(needed: int, children: list[Evaluator]) -> Evaluator:
    def run(facts: Mapping[str, Any], seen: dict[str, Any]) -> Truth:
        results = [child(facts, seen) for child in children]
        hits = sum(1 for r in results if r is True)
        if hits >= needed:
            return True
        return None if hits + sum(1 for r in results if r is None) >= needed else False

    return run


def referenced_facts(cond: Condition) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Every (fact id, option values) the condition mentions, for reference checks."""
    if isinstance(cond, FactIn):
        yield cond.fact, tuple(sorted(cond.in_))
    elif isinstance(cond, FactAnswered):
        yield cond.fact, ()
    elif isinstance(cond, NotOf):
        yield from referenced_facts(cond.not_)
    else:
        children = cond.all if isinstance(cond, AllOf) else cond.any if isinstance(cond, AnyOf) else cond.of
        for child in children:
            yield from referenced_facts(child)
