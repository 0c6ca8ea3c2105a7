"""The questionnaire as data: forms/sections/*.yaml loaded into a frozen QuestionBank."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from app.core.conditions import Condition, evaluate, is_answered
from app.core.errors import FormsError
from app.core.yamlsource import load_yaml, validation_message

DEFAULT_LOCALE = "en"
QuestionType = Literal["single", "multi", "text", "number", "date"]
# "ai_act": a questions page that also shows the AI Act screening result (chosen by kind, not by id).
SectionKind = Literal["questions", "screening", "ai_act", "risks", "measures", "signoff"]


class LocalText(BaseModel):
    """Text keyed by locale; English is always present and is the fallback."""

    model_config = ConfigDict(extra="allow", frozen=True)
    en: str = Field(min_length=1)

    def get(self, locale: str = DEFAULT_LOCALE) -> str:
        value = (self.model_extra or {}).get(locale)
        return value if isinstance(value, str) and value else self.en

    def locales(self) -> set[str]:
        return {"en", *(self.model_extra or {})}


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Option(_Frozen):
    value: str = Field(pattern=r"^[A-Za-z0-9_]+$")
    label: LocalText
    help: LocalText | None = None


class Question(_Frozen):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    type: QuestionType
    label: LocalText
    help: LocalText
    legal: tuple[str, ...] = ()
    required: bool = False
    show_if: Condition | None = None
    options: tuple[Option, ...] = ()
    multiline: bool = False
    minimum: float | None = None
    maximum: float | None = None

    @field_validator("options")
    @classmethod
    def _options_unique(cls, options: tuple[Option, ...]) -> tuple[Option, ...]:
        values = [o.value for o in options]
        duplicates = sorted({v for v in values if values.count(v) > 1})
        if duplicates:
            raise ValueError(f"duplicate option value {duplicates[0]!r}")
        return options

    @model_validator(mode="after")
    def _options_match_type(self) -> Question:
        has_choices = self.type in ("single", "multi")
        if has_choices and not self.options:
            raise ValueError(f"a {self.type} question needs options")
        if not has_choices and self.options:
            raise ValueError(f"a {self.type} question cannot have options")
        return self

    def option(self, value: str) -> Option | None:
        return next((o for o in self.options if o.value == value), None)

    @property
    def option_values(self) -> tuple[str, ...]:
        return tuple(o.value for o in self.options)


class Section(_Frozen):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    title: LocalText
    intro: LocalText | None = None
    legal: tuple[str, ...] = ()
    kind: SectionKind = "questions"
    questions: tuple[Question, ...] = ()


class QuestionBank(_Frozen):
    sections: tuple[Section, ...]
    source: str = ""

    @cached_property
    def _by_id(self) -> dict[str, Question]:
        return {q.id: q for s in self.sections for q in s.questions}

    def questions(self) -> Iterator[Question]:
        for section in self.sections:
            yield from section.questions

    def question(self, question_id: str) -> Question | None:
        return self._by_id.get(question_id)

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def section_of(self, question_id: str) -> Section | None:
        return next((s for s in self.sections if any(q.id == question_id for q in s.questions)), None)

    def is_visible(self, question: Question, answers: Mapping[str, Any]) -> bool:
        return question.show_if is None or evaluate(question.show_if, answers) is True

    def missing_required(self, answers: Mapping[str, Any]) -> list[Question]:
        return [
            q
            for q in self.questions()
            if q.required and self.is_visible(q, answers) and not is_answered(answers.get(q.id))
        ]


def load_section(path: Path) -> tuple[Section, Any]:
    """One section file: the validated Section and the raw YAML (kept for line numbers)."""
    raw = load_yaml(path)
    if not isinstance(raw, dict):
        raise FormsError(f"{path}:1: a section file must be a mapping with id, title and questions")
    try:
        return Section.model_validate(raw), raw
    except ValidationError as exc:
        raise FormsError(validation_message(path, raw, exc)) from exc


def section_files(forms_dir: Path) -> list[Path]:
    return sorted((forms_dir / "sections").glob("*.yaml"))


def load_question_bank(forms_dir: Path, citation_ids: Collection[str] | None = None) -> QuestionBank:
    """Load and cross-check every section file; raise FormsError naming file, item and line."""
    from app.core.formcheck import check_bank  # local: formcheck imports this module

    files = section_files(forms_dir)
    if not files:
        raise FormsError(f"{forms_dir / 'sections'}: no section files (*.yaml) found")
    loaded = [(path, *load_section(path)) for path in files]
    bank = QuestionBank(sections=tuple(section for _, section, _ in loaded), source=str(forms_dir))
    check_bank(bank, [(path, raw) for path, _, raw in loaded], citation_ids)
    return bank
