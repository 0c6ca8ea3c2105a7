"""The live verdict panel follows the answers and opens the sources it cites."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from .conftest import VERDICT_TIMEOUT_MS, Driver


def test_verdict_follows_the_answers(qtbot: Any, driver: Driver) -> None:
    panel = driver.window.verdict_panel
    ai_act = panel.fact_labels["ai_act"]
    driver.answer("fr_function", "identification_1toN")
    driver.answer("image_source", ["scraped_internet"])
    driver.answer("vendor_scraped_database", "yes")
    driver.wait_for_verdict("DO NOT PROCEED")
    assert "PROHIBITED practice: Art. 5(1)(e)" in ai_act.text()
    assert panel.badge.property("tone") == "danger"
    driver.answer("image_source", ["live_capture"])
    driver.answer("vendor_scraped_database", "no")
    scorer = driver.window.scorer
    qtbot.waitUntil(
        lambda: not scorer.is_pending() and "PROHIBITED" not in ai_act.text(), timeout=VERDICT_TIMEOUT_MS
    )
    assert scorer.verdict is not None and scorer.verdict.ai_act.prohibited == []
    assert ai_act.text().startswith("High-risk")  # still identification: Annex III(1)


def test_a_finding_citation_opens_its_details(qtbot: Any, driver: Driver) -> None:
    driver.answer("image_source", ["scraped_internet"])
    driver.answer("art9_exception", "e_made_public")
    driver.answer("fr_function", "identification_1toN")
    qtbot.waitUntil(lambda: driver.window.verdict_panel.findings_box.count() > 0, timeout=15000)
    card = driver.window.verdict_panel.findings_box.itemAt(0).widget()
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
