"""Finding topics and report chapters, declared in forms/rules/topics.yaml and checked at load.

A rule's finding names a topic; the report shows a topic's findings in the chapter the data names, and
each chapter shows the answers of the questionnaire sections the data lists. The Python code only reads
the chapter and topic ids below, and the load fails (file:line) if the data does not declare them.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from app.core.errors import FormsError
from app.core.forms import LocalText
from app.core.yamlsource import data_error

# Chapters the report modules ask for, and topics the engine or interface read by name.
CHAPTERS_READ = ("description", "screening", "necessity", "lawfulness", "ai_act", "measures", "consultation")
ART9_TOPIC = "art9"
AI_ACT_TOPIC = "ai_act"
TOPICS_READ = (ART9_TOPIC, AI_ACT_TOPIC)


class _Data(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Topic(_Data):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    # What the topic is about, as users read it ("the conclusions on {label}" for an undecided rule).
    label: LocalText
    chapter: str | None = None


class Chapter(_Data):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    sections: tuple[str, ...] = ()


class TopicFile(_Data):
    topics: tuple[Topic, ...] = Field(min_length=1)
    chapters: tuple[Chapter, ...] = Field(min_length=1)


@dataclass(frozen=True)
class Topics:
    """The declared topics and chapters, as the report and the checks read them."""

    topics: tuple[Topic, ...]
    chapters: tuple[Chapter, ...]

    def __contains__(self, topic_id: object) -> bool:
        return any(t.id == topic_id for t in self.topics)

    def label(self, topic_id: str, locale: str) -> str | None:
        return next((t.label.get(locale) for t in self.topics if t.id == topic_id), None)

    def chapter_sections(self, chapter_id: str) -> tuple[str, ...]:
        return next(c.sections for c in self.chapters if c.id == chapter_id)

    def chapter_topics(self, chapter_id: str) -> tuple[str, ...]:
        return tuple(t.id for t in self.topics if t.chapter == chapter_id)

    @property
    def shown_sections(self) -> frozenset[str]:
        return frozenset(s for c in self.chapters for s in c.sections)


def topics_path(rules_dir: Path) -> Path:
    return rules_dir / "topics.yaml"


def check_topics(path: Path, raw: Any, data: TopicFile, section_ids: Collection[str]) -> Topics:
    """Ids unique, every chapter a topic names declared, every section a chapter lists in the forms."""
    chapters = {c.id for c in data.chapters}
    _unique(path, raw, "topics", [t.id for t in data.topics])
    _unique(path, raw, "chapters", [c.id for c in data.chapters])
    for index, topic in enumerate(data.topics):
        if topic.chapter is not None and topic.chapter not in chapters:
            raise data_error(path, raw["topics"][index], topic.id, f"unknown chapter {topic.chapter!r}")
    for index, chapter in enumerate(data.chapters):
        for section in chapter.sections:
            if section not in section_ids:
                raise data_error(path, raw["chapters"][index], chapter.id, f"unknown section {section!r}")
    read = ((CHAPTERS_READ, chapters, "chapter"), (TOPICS_READ, {t.id for t in data.topics}, "topic"))
    for names, declared, kind in read:
        missing = [n for n in names if n not in declared]
        if missing:
            raise FormsError(f"{path}:1: the {kind} {missing[0]!r}, which the code reads, is not declared")
    return Topics(data.topics, data.chapters)


def _unique(path: Path, raw: Any, key: str, ids: list[str]) -> None:
    for index, item in enumerate(ids):
        if ids.index(item) != index:
            raise data_error(path, raw[key][index], item, "duplicate id")
