"""The live verdict panel follows the answers and opens the sources it cites."""

from __future__ import annotations

import html
import shutil
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from app.ui.main_window import DOCK_MAX_SHARE, DOCK_WIDTH
from app.ui.verdict_panel import VerdictPanel
from tests.helpers.paths import scenario_path

from .conftest import DO_NOT_PROCEED, SCENARIO_COMPLETION, VERDICT_TIMEOUT_MS, Driver

ZOOM_STEPS = [min(1.15**step, 2.0) for step in range(6)]  # 100% ... 200%, as Ctrl+= goes


def visible_texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def test_an_empty_assessment_is_incomplete_not_prohibited(qtbot: Any, driver: Driver) -> None:
    panel = driver.window.verdict_panel
    driver.wait_for_verdict("INCOMPLETE")
    verdict = driver.window.scorer.verdict
    assert verdict.status == "incomplete" and verdict.outcome == "do_not_proceed"  # provisional worst case
    assert verdict.ai_act.possibly_prohibited and not verdict.ai_act.prohibited
    assert panel.needed.isVisible()
    assert panel.needed.text() == f"{len(verdict.missing)} answers needed"
    assert panel.badge.property("tone") == "neutral"
    texts = visible_texts(panel)
    assert not any("DO NOT PROCEED" in t or "PROHIBITED" in t for t in texts)
    assert "Possibly prohibited" in panel.fact_labels["ai_act"].text()
    words = {w.strip("“”.,:;()[]") for t in texts for w in t.split()}
    assert not words & {"art9_exception", "fr_function", "emotion_medical_safety", "setting"}
    label = driver.window.bank.question("art9_exception").label.get("en")
    assert any(label in t for t in texts)  # the id in the engine's reason became the question's label


def test_verdict_follows_the_answers(qtbot: Any, driver: Driver) -> None:
    panel = driver.window.verdict_panel
    ai_act = panel.fact_labels["ai_act"]
    driver.answer("fr_function", "identification_1toN")
    driver.answer("image_source", ["scraped_internet"])
    driver.answer("vendor_scraped_database", "yes")
    driver.wait_for_verdict("INCOMPLETE")  # a prohibition is established, but the assessment is not done
    assert "PROHIBITED practice: Art. 5(1)(e)" in ai_act.text()
    assert "5(1)(e)" not in ai_act.text().split("Possibly")[-1]  # established, not merely possible
    driver.answer("image_source", ["live_capture"])
    driver.answer("vendor_scraped_database", "no")
    scorer = driver.window.scorer
    qtbot.waitUntil(
        lambda: not scorer.is_pending() and "PROHIBITED" not in ai_act.text(), timeout=VERDICT_TIMEOUT_MS
    )
    assert scorer.verdict is not None and scorer.verdict.ai_act.prohibited == []
    assert "High-risk" in ai_act.text()  # still identification: Annex III(1)


def test_a_complete_assessment_shows_its_outcome(qtbot: Any, driver: Driver, clearview_answers: dict) -> None:
    panel = driver.window.verdict_panel
    for question_id, value in (clearview_answers | SCENARIO_COMPLETION).items():
        driver.window.document.set_answer(question_id, value)
    driver.wait_for_verdict("DO NOT PROCEED")
    assert not panel.needed.isVisible()
    assert "PROHIBITED practice: Art. 5(1)(e)" in panel.fact_labels["ai_act"].text()
    assert panel.badge.property("tone") == "danger"
    driver.answer("processing_description", "")  # one answer short again
    driver.wait_for_verdict("INCOMPLETE")
    assert panel.needed.text() == "1 answer needed"


def test_a_finding_citation_opens_its_details(qtbot: Any, driver: Driver) -> None:
    driver.answer("image_source", ["scraped_internet"])
    driver.answer("art9_exception", "e_made_public")
    driver.answer("fr_function", "identification_1toN")
    box = driver.window.verdict_panel.findings_box
    qtbot.waitUntil(lambda: box.count() > 0 and box.itemAt(0).widget().isVisible(), timeout=15000)
    card = box.itemAt(0).widget()
    text = card.findChildren(QLabel)[-1]
    assert "cite:" in text.text()
    text.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(text, Qt.Key.Key_Tab)
    qtbot.keyClick(text, Qt.Key.Key_Return)
    dialog = driver.window.citation_dialog
    assert dialog.isVisible()
    assert driver.find(QLabel, "citation_url").text().count("http") >= 1
    assert driver.find(QLabel, "citation_authority").text()


def test_an_unanswered_fact_link_jumps_to_its_question(qtbot: Any, driver: Driver) -> None:
    panel = driver.window.verdict_panel
    missing = panel.fact_labels["missing"]
    qtbot.waitUntil(lambda: "question:" in missing.text(), timeout=15000)
    missing.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(missing, Qt.Key.Key_Tab)
    qtbot.keyClick(missing, Qt.Key.Key_Return)
    first = driver.window.scorer.verdict.missing[0].fact
    section = driver.window.bank.section_of(first)
    assert driver.window.wizard.current_index() == driver.window.bank.sections.index(section)


def clipped_labels(panel: VerdictPanel) -> list[str]:
    """Visible labels of the dock that reach beyond its visible width or cannot show their text."""
    viewport = panel.viewport()
    clipped = []
    for label in panel.widget().findChildren(QLabel):
        if not label.isVisibleTo(panel) or not label.text():
            continue
        right = label.mapTo(viewport, QPoint(label.width(), 0)).x()
        too_narrow = not label.wordWrap() and label.width() < label.sizeHint().width()
        if right > viewport.width() or too_narrow:
            clipped.append(label.text())
    return clipped


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_dock_reflows_at_every_zoom_step(qtbot: Any, scored_window: Any, language: str) -> None:
    window = scored_window(language)
    dock = window.verdict_dock
    for zoom in ZOOM_STEPS:
        window.set_zoom(zoom)
        width = min(round(DOCK_WIDTH * zoom), round(window.width() * DOCK_MAX_SHARE))
        qtbot.waitUntil(lambda w=width: abs(dock.width() - w) <= 2, timeout=2000)  # the dock grew
        assert not clipped_labels(window.verdict_panel), zoom
        assert window.verdict_panel.badge.text() == DO_NOT_PROCEED[language]


@pytest.fixture
def custody(tmp_path: Any) -> Any:
    """A law-enforcement scenario whose only open point is a national law named but not in the registry."""
    path = tmp_path / "custody.dpia"
    shutil.copyfile(scenario_path("custody_suite_identification_fr"), path)
    return path


def test_an_answer_to_verify_is_counted_and_listed_apart(qtbot: Any, driver: Driver, custody: Any) -> None:
    window = driver.window
    assert window.open_file(custody)
    driver.wait_for_verdict("INCOMPLETE")
    verdict = window.scorer.verdict
    [check] = verdict.missing
    assert check.fact == "national_law_reference" and check.to_verify and verdict.status == "incomplete"
    panel = window.verdict_panel
    assert panel.needed.isVisible()
    assert panel.needed.text() == "1 answer to verify"  # not "1 answer needed": it is answered
    assert panel.fact_labels["missing"].text() == "None"
    to_verify = panel.fact_labels["to_verify"]
    assert to_verify.isVisible() and panel.fact_captions["to_verify"].text() == "To verify"
    label = window.bank.question("national_law_reference").label.get("en")
    assert html.escape(label) in to_verify.text()
    assert html.escape(check.blocks[0]) in to_verify.text()  # with what the check must settle
    assert window._outcome_words(verdict.outcome) == "INCOMPLETE (1 answer to verify)"

    driver.answer("processing_description", "")  # one real answer missing as well
    qtbot.waitUntil(lambda: "answer needed" in panel.needed.text(), timeout=VERDICT_TIMEOUT_MS)
    assert panel.needed.text() == "1 answer needed\n1 answer to verify"
    assert "question:processing_description" in panel.fact_labels["missing"].text()
    assert "processing_description" not in to_verify.text()
    assert "national_law_reference" not in panel.fact_labels["missing"].text()


def test_the_to_verify_list_links_to_its_question(qtbot: Any, driver: Driver, custody: Any) -> None:
    assert driver.window.open_file(custody)
    driver.wait_for_verdict("INCOMPLETE")
    to_verify = driver.window.verdict_panel.fact_labels["to_verify"]
    to_verify.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(to_verify, Qt.Key.Key_Tab)
    qtbot.keyClick(to_verify, Qt.Key.Key_Return)
    section = driver.window.bank.section_of("national_law_reference")
    assert driver.window.wizard.current_index() == driver.window.bank.sections.index(section)


def test_no_to_verify_list_without_answers_to_verify(qtbot: Any, driver: Driver) -> None:
    driver.wait_for_verdict("INCOMPLETE")
    panel = driver.window.verdict_panel
    assert not any(m.to_verify for m in driver.window.scorer.verdict.missing)
    assert not panel.fact_labels["to_verify"].isVisible()
    assert not panel.fact_captions["to_verify"].isVisible()
    assert "to verify" not in panel.needed.text()


def shown_findings(panel: VerdictPanel) -> list[str]:
    cards = [panel.findings_box.itemAt(i).widget() for i in range(panel.findings_box.count())]
    return [card.finding.id for card in cards if card.isVisible()]


def test_the_finding_cards_appear_one_per_turn_then_all_are_shown(qtbot: Any, driver: Driver) -> None:
    """Each card that appears lays the dock out again: one per event-loop turn keeps every turn short."""
    panel = driver.window.verdict_panel
    driver.wait_for_verdict("INCOMPLETE")
    verdict = driver.window.scorer.verdict
    assert len(verdict.findings) >= 3
    qtbot.waitUntil(lambda: len(shown_findings(panel)) == len(verdict.findings[:6]), timeout=5000)
    fewer = verdict.model_copy(update={"findings": verdict.findings[:2]})
    with qtbot.waitSignal(panel.findings_shown, timeout=5000):
        panel.show_verdict(fewer)
        assert len(shown_findings(panel)) == len(verdict.findings[:6])  # not yet: the old cards stay
    assert shown_findings(panel) == [f.id for f in verdict.findings[:2]]
    seen: list[int] = []
    panel.findings_shown.connect(lambda: seen.append(len(shown_findings(panel))))
    panel.show_verdict(verdict)
    assert len(shown_findings(panel)) == 2  # the summary first; the cards on the next turns
    QApplication.processEvents()  # one turn: one more card
    assert len(shown_findings(panel)) == 3
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    top = [f.id for f in verdict.findings[:6]]
    assert shown_findings(panel) == top and seen == [len(top)]
