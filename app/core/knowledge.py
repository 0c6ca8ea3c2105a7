"""Everything the engine knows, loaded once from forms/ and resources/: questions, citations, rules."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from app import resources
from app.core import yamlcache
from app.core.citations import CitationRegistry, load_citations
from app.core.engine_names import check_facts, check_flags
from app.core.formcheck import check_fact_reference
from app.core.forms import QuestionBank, load_question_bank
from app.core.national_laws import (
    CHECK_FACT,
    CHECK_VALUES,
    PROVISION_QUESTION,
    NationalLaw,
    NationalLawFile,
    registry_path,
)
from app.core.risks import RiskCatalogue
from app.core.rules import AnyRule
from app.core.ruleset import (
    DerivedFlag,
    MeasureDefinition,
    RuleChecker,
    Settings,
    load_measures,
    load_risks,
    load_rule_files,
    load_settings,
    validated,
)
from app.core.topics import TopicFile, Topics, check_topics, topics_path
from app.core.yamlsource import data_error


@dataclass(frozen=True)
class Knowledge:
    """The loaded data. Its conditions compiled themselves when they were validated, so evaluating a
    rule runs closures that live exactly as long as this object (no caches keyed by id())."""

    bank: QuestionBank
    citations: CitationRegistry
    flags: dict[str, DerivedFlag]
    rules: tuple[AnyRule, ...]
    catalogue: RiskCatalogue
    settings: Settings
    national_laws: tuple[NationalLaw, ...] = ()
    topics: Topics | None = None


def load_knowledge_from(forms_dir: Path, resources_dir: Path) -> Knowledge:
    citations = load_citations(resources_dir / "legal")
    bank = load_question_bank(forms_dir, citation_ids=citations.entries.keys())
    check_facts(forms_dir / "sections", {q.id for q in bank.questions()})
    rules_dir = forms_dir / "rules"
    checker = RuleChecker(bank, citations.entries.keys())
    topics = _load_topics(rules_dir, bank)
    checker.topics = {t.id for t in topics.topics}
    national_laws = _load_national_laws(rules_dir, checker)
    rule_files = load_rule_files(rules_dir)
    for path, rule_file, raw in rule_files:
        checker.declare_flags(path, raw, rule_file)
    check_flags(rules_dir, checker.flag_sources)
    catalogue = _load_catalogue(rules_dir, checker)
    seen: set[str] = set()
    for path, rule_file, raw in rule_files:
        checker.check_rules(path, raw, rule_file, seen)
    rules = tuple(rule for _, rule_file, _ in rule_files for rule in rule_file.rules)
    settings = load_settings(rules_dir)
    for regime, template in settings.prior_consultation_findings.items():
        item = f"prior_consultation_findings.{regime}"
        checker.check_citations(rules_dir / "settings.yaml", None, item, template.citations)
        checker.check_topic(rules_dir / "settings.yaml", None, item, template.topic)
    return Knowledge(bank, citations, checker.flags, rules, catalogue, settings, national_laws, topics)


def _load_topics(rules_dir: Path, bank: QuestionBank) -> Topics:
    path = topics_path(rules_dir)
    data, raw = validated(TopicFile, path)
    return check_topics(path, raw, data, {s.id for s in bank.sections})


def _load_national_laws(rules_dir: Path, checker: RuleChecker) -> tuple[NationalLaw, ...]:
    """The national-law registry, every reference checked against the questions and citations."""
    path = registry_path(rules_dir)
    registry, raw = validated(NationalLawFile, path)
    checker.computed[CHECK_FACT] = CHECK_VALUES
    for index, law in enumerate(registry.national_laws):
        node = raw["national_laws"][index]
        checker.check_citations(path, node, law.id, (law.citation, *law.precedents))
        references = (
            (PROVISION_QUESTION, (law.id,)),
            ("country", (law.country,)),
            ("art9_exception", law.exceptions),
            ("purpose", law.purposes),
            ("setting", law.settings),
        )
        for fact, values in references:
            if values:
                check_fact_reference(checker.bank, fact, values, (), path, node, law.id)
    _check_every_provision_registered(path, raw, checker.bank, registry.national_laws)
    return registry.national_laws


def _check_every_provision_registered(
    path: Path, raw: Any, bank: QuestionBank, laws: tuple[NationalLaw, ...]
) -> None:
    question = bank.question(PROVISION_QUESTION)
    if question is None:
        return  # a questionnaire that never asks for the law (an empty registry; entries fail above)
    registered = {law.id for law in laws} | {"none", "other_named"}
    unregistered = [v for v in question.option_values if v not in registered]
    if unregistered:
        message = "an option of national_law_provision has no registry entry"
        raise data_error(path, raw, unregistered[0], message)


def _load_catalogue(rules_dir: Path, checker: RuleChecker) -> RiskCatalogue:
    risk_file, risk_raw = load_risks(rules_dir)
    measure_file, measure_raw = load_measures(rules_dir)
    path = rules_dir / "risks.yaml"
    for index, risk in enumerate(risk_file.risks):
        node = risk_raw["risks"][index]
        if risk.id in checker.risk_ids:
            raise data_error(path, node, risk.id, "duplicate risk id")
        checker.risk_ids.add(risk.id)
        checker.check_citations(path, node, risk.id, risk.citations)
        if risk.applies_if is not None:
            checker.check_condition(path, node, risk.id, risk.applies_if)
    _check_measures(rules_dir / "measures.yaml", measure_file.measures, measure_raw, checker)
    return RiskCatalogue(risk_file.levels, risk_file.risks, measure_file.measures)


def _check_measures(
    path: Path, measures: tuple[MeasureDefinition, ...], raw: Any, checker: RuleChecker
) -> None:
    seen: set[str] = set()
    for index, measure in enumerate(measures):
        node = raw["measures"][index]
        if measure.id in seen:
            raise data_error(path, node, measure.id, "duplicate measure id")
        seen.add(measure.id)
        checker.check_citations(path, node, measure.id, measure.citations)
        if measure.implied_by is not None:
            checker.check_condition(path, node, measure.id, measure.implied_by)
        for effect in measure.effects:
            if effect.risk not in checker.risk_ids:
                raise data_error(path, node, measure.id, f"unknown risk {effect.risk!r}")


@cache
def load_knowledge() -> Knowledge:
    """The shipped knowledge base (cached: it is immutable)."""
    return load_knowledge_from(resources.forms_dir(), resources.resources_dir())


def load_knowledge_afresh() -> Knowledge:
    """The shipped knowledge base parsed from its files now, not from the parse cache: what a check of a
    signed report re-scores with must not depend on this machine's cache folder."""
    with yamlcache.bypassed():
        return load_knowledge_from(resources.forms_dir(), resources.resources_dir())
