"""Very long notes and answers: printed in full, as paragraphs after their table, never cut."""

from __future__ import annotations

import re

from app.core.assessment import QuestionNote
from app.core.engine import assess
from app.report.answers import LONG_TEXT
from app.report.export import build_report
from app.report.styles import report_styles
from app.report.text import PARAGRAPH_CHUNK, long_paragraphs
from tests.report.builders import EXPORTED, pdf_text, scenario

NOTE_ON = "less_intrusive_sufficient"  # a choice in the necessity chapter's answers table
NARRATIVE = "purpose_description"  # a narrative answer of the description chapter
_TOKEN = re.compile(r"\b[nan]\d{6}\b")


def numbered_text(prefix: str, size: int) -> tuple[str, list[str]]:
    """About `size` characters of numbered words, a line break every 200 words: every word findable."""
    words = [f"{prefix}{i:06d}" for i in range(size // 8 + 1)]
    lines = [" ".join(words[i : i + 200]) for i in range(0, len(words), 200)]
    text = "\n".join(lines)[:size].rsplit(" ", 1)[0]
    return text, text.split()


def test_a_100k_character_note_is_printed_completely(knowledge) -> None:
    note, words = numbered_text("n", 100_000)
    assert len(note) > 99_000
    base = scenario("clearview_search_engine")
    assessment = base.model_copy(update={"notes": {**base.notes, NOTE_ON: QuestionNote(text=note)}})
    pdf = build_report(assessment, assess(assessment, knowledge), knowledge, "en", EXPORTED)
    text = pdf_text(pdf)
    assert [t for t in _TOKEN.findall(text) if t.startswith("n")] == words  # all of it, in order, once
    assert "Note on “Could a less intrusive means achieve the purpose?”" in text
    assert "Workshop note: (long text, printed in full below the table)" in text


def test_a_long_narrative_answer_and_its_note_are_printed(knowledge) -> None:
    answer, answer_words = numbered_text("a", 12_000)
    note, note_words = numbered_text("m", 3_000)
    base = scenario("clearview_search_engine")
    assessment = base.model_copy(
        update={
            "answers": {**base.answers, NARRATIVE: answer},
            "notes": {**base.notes, NARRATIVE: QuestionNote(text=note)},
        }
    )
    text = pdf_text(build_report(assessment, assess(assessment, knowledge), knowledge, "nl", EXPORTED))
    found = _TOKEN.findall(text) + re.findall(r"\bm\d{6}\b", text)
    assert [t for t in found if t.startswith("a")] == answer_words
    assert [t for t in found if t.startswith("m")] == note_words
    assert "Notitie bij ‘" in text


def test_a_short_note_stays_in_its_cell(knowledge) -> None:
    base = scenario("clearview_search_engine")
    short = "x" * (LONG_TEXT - 1)
    assessment = base.model_copy(update={"notes": {**base.notes, NOTE_ON: QuestionNote(text=short)}})
    text = pdf_text(build_report(assessment, assess(assessment, knowledge), knowledge, "en", EXPORTED))
    assert "printed in full below the table" not in text


def test_long_paragraphs_cut_only_at_spaces_and_lose_nothing() -> None:
    text = ("word " * 2_000).strip() + "\n\n" + "z" * (PARAGRAPH_CHUNK * 2 + 5) + "\nlast line"
    paragraphs = long_paragraphs(text, report_styles().body)
    chunks = [p.text for p in paragraphs]
    assert all(len(chunk) <= PARAGRAPH_CHUNK for chunk in chunks)
    tail = ["z" * PARAGRAPH_CHUNK, "z" * PARAGRAPH_CHUNK, "zzzzz", "last", "line"]
    assert " ".join(chunks).split() == ["word"] * 2_000 + tail
