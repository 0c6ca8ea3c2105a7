"""Everything a section needs to draw itself: the assessment, its verdict, the data, the language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from app.core.assessment import Assessment, Measure
from app.core.citations import Citation
from app.core.forms import QuestionBank
from app.core.knowledge import Knowledge
from app.core.rules import CountRule
from app.core.ruleset import LevelScale, MeasureDefinition
from app.core.verdict import Verdict
from app.core.wording import measure_name
from app.report.fields import FieldPlacement
from app.report.options import Role
from app.report.strings import count_text, format_date, text
from app.report.styles import Styles, report_styles


@dataclass
class ReportContext:
    assessment: Assessment
    verdict: Verdict
    knowledge: Knowledge | None
    locale: str
    exported: dt.datetime
    fingerprint: str
    styles: Styles = field(default_factory=report_styles)
    placements: dict[Role, FieldPlacement] = field(default_factory=dict)
    # A history label or revision: adds the appendix "Changes since <label>" (sections/changes.py).
    changes_since: str | None = None

    def t(self, key: str, **values: object) -> str:
        return text(key, self.locale, **values)

    def label(self, label: str) -> str:
        """`label` followed by a colon as the language sets it (fr "Règle\u202f: ")."""
        return label + self.t("label_colon")

    def join(self, items: Iterable[str]) -> str:
        """Items of a list on one line, separated as the language does (fr " ; " with a narrow space)."""
        return self.t("list_separator").join(items)

    def tn(self, key: str, count: int, **values: object) -> str:
        """String `key` in the grammatical number of `count` (filled in as {count})."""
        return count_text(key, count, self.locale, **values)

    def date(self, value: dt.date | str | None) -> str:
        """A date as the report's language writes it; a partial ISO date (2019-12) keeps its precision."""
        return format_date(value, self.locale)

    @property
    def bank(self) -> QuestionBank | None:
        return self.knowledge.bank if self.knowledge else None

    @property
    def levels(self) -> LevelScale | None:
        return self.knowledge.catalogue.levels if self.knowledge else None

    def citation(self, citation_id: str) -> dict[str, Any] | None:
        """A cited source: from the verdict first, else from the registry."""
        found = self.verdict.citations.get(citation_id)
        if found is None and self.knowledge is not None:
            entry: Citation | None = self.knowledge.citations.get(citation_id)
            found = entry.as_contract(self.locale) if entry else None
        return found

    def anchor_citations(self) -> list[dict[str, Any]]:
        entries = self.knowledge.citations.entries.values() if self.knowledge else ()
        anchors = [c.as_contract(self.locale) for c in entries if c.anchor]
        return anchors or [c for c in self.verdict.citations.values() if c.get("anchor")]

    def catalogue_measure(self, measure_id: str) -> MeasureDefinition | None:
        return self.knowledge.catalogue.measure(measure_id) if self.knowledge else None

    def measure_title(self, measure_id: str) -> str:
        """A measure by its title: the action plan's own, else the catalogue's (never a bare id)."""
        plan = self.assessment.measures
        number, planned = next(((n, m) for n, m in enumerate(plan, start=1) if m.id == measure_id), (0, None))
        if planned is not None:
            return self.plan_measure_title(planned, number)
        found = self.catalogue_measure(measure_id)
        return found.title.get(self.locale) if found else measure_id

    def plan_measure_title(self, measure: Measure, number: int) -> str:
        """Line `number` (from 1) of the action plan: its title, its catalogue entry's, or "untitled"."""
        if self.knowledge is not None:
            return measure_name(self.knowledge, measure, number, self.locale)
        return measure.title or self.t("measure_untitled", number=number)

    def risk_title(self, risk_id: str) -> str:
        """A risk of the catalogue by its title, also one that does not apply to this assessment."""
        risks = self.knowledge.catalogue.risks if self.knowledge else ()
        found = next((r for r in risks if r.id == risk_id), None)
        return found.title.get(self.locale) if found else risk_id

    def criterion_label(self, criterion_id: str) -> str:
        rules = self.knowledge.rules if self.knowledge else ()
        for rule in rules:
            for criterion in rule.criteria if isinstance(rule, CountRule) else ():
                if criterion.id == criterion_id:
                    return criterion.label.get(self.locale)
        return criterion_id

    @property
    def title(self) -> str:
        return self.assessment.metadata.title.strip() or self.t("untitled")
