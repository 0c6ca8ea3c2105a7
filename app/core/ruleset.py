"""Loading forms/rules/*.yaml: derived flags, rules, risk catalogue, measures catalogue, settings.

Every reference is checked at load time (facts, options, flags, citations, risks) and an error names
the file, the item and the line.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from app.core.conditions import Condition, referenced_facts
from app.core.engine_names import FlagSource, check_texts
from app.core.errors import FormsError
from app.core.formcheck import check_fact_reference
from app.core.forms import LocalText, QuestionBank
from app.core.languages import plural_key
from app.core.rules import AnyRule, CountRule, Effects, FindingTemplate, RiskScoreRule, Rule
from app.core.yamlsource import data_error, load_yaml, validation_message

_M = TypeVar("_M", bound=BaseModel)


class _Data(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DerivedFlag(_Data):
    """A conclusion the rules set; values run from favourable to unfavourable, the worst set wins."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    values: tuple[str, ...] = Field(min_length=2)
    description: str = ""


class RuleFile(_Data):
    derived: tuple[DerivedFlag, ...] = ()
    rules: tuple[Rule, ...] = ()


class RiskDefinition(_Data):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    title: LocalText
    description: LocalText
    citations: tuple[str, ...] = ()
    applies_if: Condition | None = None
    residual_floor_likelihood: int = Field(default=1, ge=1, le=4)
    residual_floor_severity: int = Field(default=1, ge=1, le=4)


class MeasureEffect(_Data):
    risk: str
    severity: int = Field(default=0, le=0, ge=-3)
    likelihood: int = Field(default=0, le=0, ge=-3)


class MeasureDefinition(_Data):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    title: LocalText
    description: LocalText
    implied_by: Condition | None = None
    effects: tuple[MeasureEffect, ...] = ()
    citations: tuple[str, ...] = ()


class LevelScale(_Data):
    scale_labels: dict[int, LocalText]
    matrix: tuple[
        tuple[str, str, str, str],
        tuple[str, str, str, str],
        tuple[str, str, str, str],
        tuple[str, str, str, str],
    ]
    level_labels: dict[str, LocalText]
    prior_consultation_levels: tuple[str, ...]
    measures_levels: tuple[str, ...]


class RiskFile(_Data):
    levels: LevelScale
    risks: tuple[RiskDefinition, ...]


class MeasureFile(_Data):
    measures: tuple[MeasureDefinition, ...]


class Settings(_Data):
    """Dates and switches the law leaves to configuration (e.g. the AI Act high-risk date)."""

    ai_act_prohibitions_apply_from: str
    ai_act_high_risk_apply_from: str
    ai_act_high_risk_note: LocalText
    engine_version: str
    texts: dict[str, LocalText]
    # The finding that states prior consultation, per regime (GDPR Art. 36 / LED Art. 28); {risks}.
    prior_consultation_findings: dict[Literal["gdpr", "led"], FindingTemplate]

    def text(self, key: str, locale: str, **values: str) -> str:
        """A reason template from settings.yaml, filled in; templates are data so they can be translated."""
        return self.texts[key].get(locale).format(**values)

    def count_text(self, key: str, locale: str, number: int, **values: str) -> str:
        """`text` in the grammatical number `number` asks for (`<key>_one` etc. where the data has it)."""
        return self.text(plural_key(key, number, locale, self.texts), locale, **values)


def _validated(model: type[_M], path: Path) -> tuple[_M, Any]:
    raw = load_yaml(path)
    if not isinstance(raw, dict):
        raise FormsError(f"{path}:1: expected a mapping at the top level")
    try:
        return model.model_validate(raw), raw
    except ValidationError as exc:
        raise FormsError(validation_message(path, raw, exc)) from exc


def validated(model: type[_M], path: Path) -> tuple[_M, Any]:
    """A YAML file validated against a model, with the raw tree kept for line numbers."""
    return _validated(model, path)


def load_rule_files(rules_dir: Path) -> list[tuple[Path, RuleFile, Any]]:
    files = sorted(p for p in rules_dir.glob("*.yaml") if p.stem not in _CATALOGUE_FILES)
    if not files:
        raise FormsError(f"{rules_dir}: no rule files (*.yaml) found")
    return [(path, *_validated(RuleFile, path)) for path in files]


_CATALOGUE_FILES = {"risks", "measures", "settings", "national_laws", "topics"}


def load_risks(rules_dir: Path) -> tuple[RiskFile, Any]:
    return _validated(RiskFile, rules_dir / "risks.yaml")


def load_measures(rules_dir: Path) -> tuple[MeasureFile, Any]:
    return _validated(MeasureFile, rules_dir / "measures.yaml")


def load_settings(rules_dir: Path) -> Settings:
    """settings.yaml, with every text the engine reads present and filled in only with what it has."""
    path = rules_dir / "settings.yaml"
    settings, raw = _validated(Settings, path)
    check_texts(path, raw.get("texts"), settings.texts)
    return settings


class RuleChecker:
    """Checks every reference in the rule files once all of them are loaded."""

    def __init__(self, bank: QuestionBank, citation_ids: Collection[str]) -> None:
        self.bank = bank
        self.citation_ids = citation_ids
        self.flags: dict[str, DerivedFlag] = {}
        self.flag_sources: dict[str, FlagSource] = {}
        self.risk_ids: set[str] = set()
        # Facts the engine computes from registries (e.g. national_law_check), with their values.
        self.computed: dict[str, tuple[str, ...]] = {}
        # Declared finding topics (forms/rules/topics.yaml); None until they are loaded.
        self.topics: Collection[str] | None = None

    def declare_flags(self, path: Path, raw: Any, rule_file: RuleFile) -> None:
        for index, flag in enumerate(rule_file.derived):
            node = raw["derived"][index]
            if flag.id in self.flags or self.bank.question(flag.id):
                raise data_error(path, node, flag.id, "flag id already in use")
            self.flags[flag.id] = flag
            self.flag_sources[flag.id] = (path, node, flag.values)

    def check_rules(self, path: Path, raw: Any, rule_file: RuleFile, seen: set[str]) -> None:
        for index, rule in enumerate(rule_file.rules):
            node = raw["rules"][index]
            if rule.id in seen:
                raise data_error(path, node, rule.id, "duplicate rule id")
            seen.add(rule.id)
            self._check_rule(path, node, rule)

    def _check_rule(self, path: Path, node: Any, rule: AnyRule) -> None:
        if isinstance(rule, CountRule):
            conditions = [c.when for c in rule.criteria] + ([rule.only_if] if rule.only_if else [])
        else:
            conditions = [rule.when]
        for condition in conditions:
            self.check_condition(path, node, rule.id, condition)
        if isinstance(rule, RiskScoreRule):
            if rule.risk not in self.risk_ids:
                raise data_error(path, node, rule.id, f"unknown risk {rule.risk!r}")
            return
        self._check_effects(path, node, rule.id, rule)
        if isinstance(rule.if_unknown, Effects):
            self._check_effects(path, node, rule.id, rule.if_unknown)

    def check_condition(self, path: Path, node: Any, item: str, condition: Condition) -> None:
        for fact, values in referenced_facts(condition):
            computed = self.computed.get(fact)
            if computed is not None:
                unknown = [v for v in values if v not in computed]
                if unknown:
                    raise data_error(path, node, item, f"{fact!r} has no value {unknown[0]!r}")
                continue
            flag = self.flags.get(fact)
            if flag is not None:
                unknown = [v for v in values if v not in flag.values]
                if unknown:
                    raise data_error(path, node, item, f"flag {fact!r} has no value {unknown[0]!r}")
                continue
            check_fact_reference(self.bank, fact, values, (), path, node, item)

    def _check_effects(self, path: Path, node: Any, item: str, effects: Effects) -> None:
        for flag_id, value in effects.sets.items():
            flag = self.flags.get(flag_id)
            if flag is None:
                raise data_error(path, node, item, f"sets undeclared flag {flag_id!r}")
            if value not in flag.values:
                raise data_error(path, node, item, f"flag {flag_id!r} has no value {value!r}")
        if effects.finding:
            self.check_citations(path, node, item, effects.finding.citations)
            self.check_topic(path, node, item, effects.finding.topic)
        for fact in effects.needs:
            if self.bank.question(fact) is None:
                raise data_error(path, node, item, f"needs unknown question {fact!r}")
        for fact in effects.needs:
            if self.bank.question(fact) is None:
                raise data_error(path, node, item, f"needs unknown question {fact!r}")

    def check_topic(self, path: Path, node: Any, item: str, topic: str) -> None:
        if topic and self.topics is not None and topic not in self.topics:
            message = f"undeclared finding topic {topic!r} (forms/rules/topics.yaml)"
            raise data_error(path, node, item, message)

    def check_citations(self, path: Path, node: Any, item: str, citations: Collection[str]) -> None:
        for ref in citations:
            if ref not in self.citation_ids:
                raise data_error(path, node, item, f"unknown citation {ref!r}")
