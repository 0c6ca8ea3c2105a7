"""Every text of the shipped knowledge base exists in Dutch, and `dpia assess --lang nl` speaks it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from pydantic import BaseModel

from app.cli import main
from app.core.forms import LocalText
from app.core.knowledge import Knowledge, load_knowledge
from tests.helpers.paths import scenario_path

_PLACEHOLDER = re.compile(r"\{[^}]*\}")


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    return load_knowledge()


def _texts(node: Any, path: str) -> Iterator[tuple[str, LocalText]]:
    """(where, text) for every LocalText under `node`, found through the models' fields."""
    if isinstance(node, LocalText):
        yield path, node
    elif isinstance(node, BaseModel):
        for name in type(node).model_fields:
            yield from _texts(getattr(node, name), f"{path}.{name}")
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _texts(value, f"{path}[{key}]")
    elif isinstance(node, list | tuple):
        for index, value in enumerate(node):
            yield from _texts(value, f"{path}[{getattr(value, 'id', index)}]")


def _all_texts(knowledge: Knowledge) -> list[tuple[str, LocalText]]:
    catalogue = knowledge.catalogue
    roots: dict[str, Any] = {
        "bank": knowledge.bank,
        "rules": knowledge.rules,
        "risks": catalogue.risks,
        "measures": catalogue.measures,
        "levels": catalogue.levels,
        "settings": knowledge.settings,
    }
    return [found for name, root in roots.items() for found in _texts(root, name)]


def test_the_walk_reaches_every_kind_of_text(knowledge: Knowledge) -> None:
    places = {path.split(".")[0].split("[")[0] for path, _ in _all_texts(knowledge)}
    assert places == {"bank", "rules", "risks", "measures", "levels", "settings"}
    paths = [path for path, _ in _all_texts(knowledge)]
    assert any(path.endswith(".blocks") for path in paths)
    assert any(path.endswith(".screening") for path in paths)
    assert any(path.startswith("settings.texts[summary_") for path in paths)


def test_every_text_has_dutch(knowledge: Knowledge) -> None:
    missing = [path for path, text in _all_texts(knowledge) if not (text.model_extra or {}).get("nl")]
    assert missing == []


def test_dutch_texts_keep_the_placeholders(knowledge: Knowledge) -> None:
    wrong = [
        path
        for path, text in _all_texts(knowledge)
        if set(_PLACEHOLDER.findall(text.get("nl"))) != set(_PLACEHOLDER.findall(text.en))
    ]
    assert wrong == []


def test_every_citation_has_dutch(knowledge: Knowledge) -> None:
    missing = []
    for citation in knowledge.citations.entries.values():
        dutch = citation.translations.get("nl")
        parts = {"title": citation.title, "holding": citation.holding, "date_note": citation.date_note}
        for part, english in parts.items():
            if english and not (dutch and getattr(dutch, part)):
                missing.append(f"{citation.id}.{part}")
    assert missing == []


def test_dutch_citation_keeps_the_facts(knowledge: Knowledge) -> None:
    clearview = knowledge.citations.get("ap_clearview_2024")
    assert clearview is not None
    dutch, english = clearview.as_contract("nl"), clearview.as_contract("en")
    assert dutch["title"] == "Clearview AI – boete van EUR 30,5 miljoen"
    assert english["title"] == "Clearview AI – fine of EUR 30.5 million"
    for kept in ("id", "url", "date", "authority"):
        assert dutch[kept] == english[kept]
    # the same provisions, in the Dutch way of citing them (resources/legal/names/)
    assert english["articles"][:2] == ["GDPR Art. 5(1)(a)", "GDPR Art. 6(1)"]
    assert dutch["articles"][:2] == ["art. 5 lid 1 sub a AVG", "art. 6 lid 1 AVG"]
    assert len(dutch["articles"]) == len(english["articles"])
    assert english["amount"] == "EUR 30,500,000"
    assert dutch["amount"].replace("\xa0", " ") == "€ 30.500.000"  # the same sum, in Dutch money format


def test_assess_prints_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", str(scenario_path("supermarket_watchlist_nl")), "--lang", "nl"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("ONVOLLEDIG: nog 3 antwoorden nodig.")
    assert "Voorlopige uitkomst: NIET DOORGAAN: de verwerking mag niet plaatsvinden" in out
    assert "Art. 29 UAVG dekt alleen" in out
    for dutch in ("DPIA verplicht: ja", "Voorafgaande raadpleging verplicht", "Bevindingen:", "[kritiek]"):
        assert dutch in out
    for english in (
        "Outcome:",
        "DPIA required",
        "Findings:",
        "cites:",
        "[critical]",
        "a complete assessment",
    ):
        assert english not in out


def test_assess_keeps_english_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", str(scenario_path("supermarket_watchlist_nl"))]) == 0
    out = capsys.readouterr().out
    assert out.startswith("INCOMPLETE: 3 answers needed.")
    assert "Provisional outcome: DO NOT PROCEED: the processing may not go ahead" in out
    assert "DPIA required: yes" in out and "Findings:" in out and "cites: UAVG Art. 29" in out
