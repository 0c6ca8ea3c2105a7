"""Texts that take a count agree with it in each language (CLDR plural rules: French 0 and 1 are singular)."""

from __future__ import annotations

import pytest

from app.core.knowledge import load_knowledge
from app.report.strings import count_text, text


@pytest.mark.parametrize(
    ("code", "count", "expected"),
    [
        ("fr", 1, "Incomplète : 1 réponse nécessaire"),
        ("fr", 0, "Incomplète : 0 réponse nécessaire"),
        ("fr", 2, "Incomplète : 2 réponses nécessaires"),
        ("de", 1, "Unvollständig: 1 Antwort nötig"),
        ("de", 3, "Unvollständig: 3 Antworten nötig"),
        ("en", 1, "Incomplete: 1 answer needed"),
        ("en", 0, "Incomplete: 0 answers needed"),
        ("nl", 1, "Onvolledig: nog 1 antwoord nodig"),
    ],
)
def test_report_count_texts_agree(code: str, count: int, expected: str) -> None:
    assert count_text("outcome_incomplete", count, code) == expected


def test_summary_and_reasons_agree_with_their_count() -> None:
    settings = load_knowledge().settings
    assert settings.count_text("summary_status_incomplete", "de", 1, count="1").startswith(
        "UNVOLLSTÄNDIG: 1 Antwort erforderlich."
    )
    one = settings.count_text("possibly_prohibited_reason", "fr", 1, point="5(1)(h)", facts="« Q1 »")
    two = settings.count_text("possibly_prohibited_reason", "fr", 2, point="5(1)(h)", facts="« Q1 », « Q2 »")
    assert one.endswith("tant que « Q1 » n'est pas établi.")
    assert two.endswith("tant que « Q1 », « Q2 » ne sont pas établis.")


@pytest.mark.parametrize("code", ["en", "nl", "fr", "de"])
def test_the_cli_summary_uses_the_reports_words(code: str) -> None:
    """`dpia assess` and the report name the same things alike (not "indéterminé" / "Non établi")."""
    settings = load_knowledge().settings
    undetermined = settings.text("summary_undetermined", code)
    assert text("summary_art9_unverified", code).lower().startswith(undetermined.lower())
    findings = settings.text("summary_findings", code).rstrip(" :\u202f")
    assert findings.lower() in text("h_findings", code).lower()


def test_assess_names_a_findings_sources_as_readers_cite_them(capsys: pytest.CaptureFixture[str]) -> None:
    """No citation ids (gdpr_art_9_1) in `dpia assess --lang fr`: the provisions in French, decisions by title."""
    from app.cli import main
    from tests.helpers.paths import scenario_path

    assert main(["assess", str(scenario_path("supermarket_watchlist_nl")), "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    assert "sources : RGPD, art. 36, par. 1\u202f; RGPD, art. 36, par. 2" in out
    assert "gdpr_art" not in out and "GDPR Art." not in out


@pytest.mark.parametrize(
    ("code", "count", "start"),
    [("fr", 1, "1 élément à corriger"), ("fr", 2, "2 éléments à corriger"), ("en", 1, "1 item to correct")],
)
def test_cli_messages_agree_with_their_count(code: str, count: int, start: str) -> None:
    from app.core.messages import count_message

    assert count_message("review_blocking", count, code).startswith(start)
