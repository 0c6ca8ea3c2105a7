"""Question pages: show_if live, help with legal references, workshop notes, keyboard-only use."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from app import resources
from app.core.forms import load_question_bank
from tests.helpers.paths import scenario_path

from ..conftest import VERDICT_TIMEOUT_MS, Driver


def is_shown(driver: Driver, question_id: str) -> bool:
    section = driver.window.bank.section_of(question_id)
    assert section is not None
    page = driver.window.wizard.page(driver.window.bank.sections.index(section))
    return not page.cards[question_id].isHidden()  # type: ignore[attr-defined]


def test_le_objective_only_for_law_enforcement(driver: Driver) -> None:
    assert not is_shown(driver, "le_objective")
    driver.answer("controller_type", "law_enforcement")
    assert is_shown(driver, "le_objective")
    assert is_shown(driver, "judicial_authorisation")
    driver.answer("controller_type", "private")
    assert not is_shown(driver, "le_objective")
    assert not is_shown(driver, "judicial_authorisation")


def test_balancing_test_only_for_legitimate_interests(driver: Driver) -> None:
    assert not is_shown(driver, "legitimate_interest_balancing")
    driver.answer("art6_basis", "f_legitimate_interests")
    assert is_shown(driver, "legitimate_interest_balancing")
    driver.answer("legitimate_interest_balancing", "Fraud prevention; balancing documented.")
    driver.answer("art6_basis", "a_consent")
    assert not is_shown(driver, "legitimate_interest_balancing")
    # hiding a question never throws away what was typed
    assert driver.window.document.answer("legitimate_interest_balancing") == (
        "Fraud prevention; balancing documented."
    )


def test_section_list_counts_open_required_questions(driver: Driver) -> None:
    item = driver.window.wizard.section_list.list.item(1)
    required = sum(1 for q in driver.window.bank.sections[1].questions if q.required)
    assert f"({required} open)" in item.text()
    driver.answer("fr_timing", "realtime")
    assert f"({required - 1} open)" in item.text()
    progress = driver.window.wizard.section_list.progress
    assert progress.value() == 1


def test_why_we_ask_this_shows_help_and_opens_a_citation(qtbot: Any, driver: Driver) -> None:
    driver.go_to_section("system")
    toggle = driver.find(QAbstractButton, "help_toggle_image_source")
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    help_label = driver.find(QLabel, "help_image_source")
    assert help_label.isVisible()
    assert "scraped from the internet" in help_label.text()
    qtbot.waitUntil(lambda: "Clearview AI" in help_label.text(), timeout=15000)  # once the sources load
    help_label.setFocus(Qt.FocusReason.TabFocusReason)  # the label's links are keyboard accessible
    for _ in range(2):  # Tab moves from link to link: the second is the AP's Clearview fine
        qtbot.keyClick(help_label, Qt.Key.Key_Tab)
    qtbot.keyClick(help_label, Qt.Key.Key_Return)
    dialog = driver.window.citation_dialog
    assert dialog.isVisible()
    assert dialog.citation_id == "ap_clearview_2024"
    fields = {
        name: driver.find(QLabel, f"citation_{name}").text()
        for name in ("authority", "amount", "date", "holding", "url")
    }
    assert "Autoriteit Persoonsgegevens" in fields["authority"]
    assert "30,500,000" in fields["amount"]
    assert fields["date"].startswith("2024-05-16")
    assert "scraped" in fields["holding"]
    assert "autoriteitpersoonsgegevens.nl" in fields["url"]


def test_note_and_dispute_are_recorded(qtbot: Any, driver: Driver) -> None:
    driver.go_to_section("system")
    qtbot.mouseClick(driver.find(QAbstractButton, "note_toggle_purpose"), Qt.MouseButton.LeftButton)
    driver.type_into(driver.find(QPlainTextEdit, "note_text_purpose"), "Security team wants loss prevention")
    by = driver.find(QLineEdit, "disputed_by_purpose")
    assert not by.isEnabled()
    driver.click(driver.find(QAbstractButton, "disputed_purpose"))
    driver.type_into(by, "Works council")
    driver.type_into(driver.find(QLineEdit, "dispute_reason_purpose"), "Purpose is workforce monitoring")
    note = driver.window.document.note("purpose")
    assert note.text == "Security team wants loss prevention"
    assert note.disputed
    assert note.disputed_by == "Works council"
    assert note.dispute_reason == "Purpose is workforce monitoring"
    card = driver.window.wizard.page(1).cards["purpose"]  # type: ignore[attr-defined]
    assert card.disputed_tag.isVisible()
    assert driver.window.isWindowModified()


def test_clear_answer_removes_a_single_choice(qtbot: Any, driver: Driver) -> None:
    driver.answer("fr_timing", "realtime")
    clear = driver.find(QAbstractButton, "clear_fr_timing")
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert driver.window.document.answer("fr_timing") is None
    assert not driver.find(QAbstractButton, "option_fr_timing_realtime").isChecked()


def test_arrow_keys_choose_an_option(qtbot: Any, driver: Driver) -> None:
    driver.go_to_section("system")
    first = driver.find(QRadioButton, "option_fr_timing_realtime")
    driver.click(first)
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert driver.window.document.answer("fr_timing") == "retrospective"


def input_groups(page: QWidget) -> list[list[QWidget]]:
    """Every input of a page a keyboard user must reach; a radio group is one stop (arrows move)."""
    groups: dict[str, list[QWidget]] = {}
    for widget in page.findChildren(QWidget):
        if not (widget.isVisible() and widget.isEnabled()):
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
            continue  # the line edit inside a date field or combo box
        if isinstance(widget, QRadioButton) and widget.group() is not None:
            key = f"group-{id(widget.group())}"
        elif isinstance(widget, QAbstractButton | QLineEdit | QPlainTextEdit | QComboBox | QAbstractSpinBox):
            key = f"widget-{id(widget)}"
        else:
            continue
        groups.setdefault(key, []).append(widget)
    return list(groups.values())


@pytest.mark.parametrize("section_id", ["project", "system", "lawfulness", "measures", "signoff"])
def test_tab_reaches_every_input_of_a_page(qtbot: Any, driver: Driver, section_id: str) -> None:
    driver.answer("art6_basis", "f_legitimate_interests")  # shows the balancing-test field too
    page = driver.go_to_section(section_id)
    if section_id == "lawfulness":
        qtbot.mouseClick(
            driver.find(QAbstractButton, "note_toggle_art9_exception"), Qt.MouseButton.LeftButton
        )
    if section_id == "measures":
        qtbot.mouseClick(driver.find(QAbstractButton, "add_custom_measure"), Qt.MouseButton.LeftButton)
    groups = input_groups(page)
    assert len(groups) > 6
    driver.window.wizard.section_list.list.setFocus()
    reached: set[int] = set()
    for _ in range(400):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.add(id(QApplication.focusWidget()))
    missing = [
        g[0].accessibleName() or g[0].objectName() for g in groups if not any(id(w) in reached for w in g)
    ]
    assert missing == []


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces (explicit name, button text or buddy label)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface else ""


def test_every_input_has_an_accessible_name(driver: Driver) -> None:
    for index in range(len(driver.window.bank.sections)):
        page = driver.window.wizard.page(index)
        driver.window.wizard.go_to_page(index)
        for group in input_groups(page):
            for widget in group:
                assert accessible_name(widget), f"{page.objectName()}: {widget.objectName()}"


def mnemonic(text: str) -> str | None:
    index = text.replace("&&", "").find("&")
    return text.replace("&&", "")[index + 1].lower() if index >= 0 else None


SECTION_IDS = [section.id for section in load_question_bank(resources.forms_dir()).sections]


@pytest.mark.parametrize("section_id", SECTION_IDS)
def test_mnemonics_on_a_page_are_unique(driver: Driver, section_id: str) -> None:
    window = driver.window
    index = [s.id for s in window.bank.sections].index(section_id)
    window.wizard.go_to_page(index)
    assert window.wizard.current_index() == index
    texts = [a.text() for a in window.menuBar().actions()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or isinstance(widget, QAbstractButton):
            texts.append(widget.text())
    letters = [m for m in map(mnemonic, texts) if m]
    duplicates = sorted({m for m in letters if letters.count(m) > 1})
    assert duplicates == []


def test_arrow_keys_select_in_a_group_with_nothing_chosen_yet(qtbot: Any, driver: Driver) -> None:
    page = driver.go_to_section("system")
    first = driver.find(QRadioButton, "option_fr_timing_realtime")
    page.ensureWidgetVisible(first)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    assert driver.window.document.answer("fr_timing") is None
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert driver.window.document.answer("fr_timing") == "retrospective"
    second = driver.find(QRadioButton, "option_fr_timing_retrospective")
    assert second.hasFocus()
    qtbot.keyClick(second, Qt.Key.Key_Up)
    assert driver.window.document.answer("fr_timing") == "realtime"
    qtbot.keyClick(first, Qt.Key.Key_Up)  # the first option stays: no wrap-around
    assert driver.window.document.answer("fr_timing") == "realtime" and first.hasFocus()


def tab_stops_on_page(qtbot: Any, driver: Driver, page: QWidget) -> list[QWidget]:
    """Tab from the section list through the page: the widgets of the page in the order reached."""
    driver.window.wizard.section_list.list.setFocus()
    stops: list[QWidget] = []
    for _ in range(300):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is page or page.isAncestorOf(widget):
            if widget in stops[:-1]:
                break
            if not stops or widget is not stops[-1]:  # Tab moves between the links inside one label
                stops.append(widget)
        elif stops:
            break
    return stops


@pytest.mark.parametrize("section_id", ["system", "lawfulness", "signoff"])
def test_tab_reaches_the_questions_first_and_the_legal_links_after(
    qtbot: Any, driver: Driver, section_id: str
) -> None:
    page = driver.go_to_section(section_id)
    qtbot.waitUntil(lambda: page.legal_basis is not None and page.legal_basis.isVisible(), timeout=15000)
    stops = tab_stops_on_page(qtbot, driver, page)
    assert page not in stops  # the scroll area itself is no stop
    assert stops[-1] is page.legal_basis
    assert isinstance(stops[0], QAbstractButton | QLineEdit | QPlainTextEdit | QComboBox)


def test_the_focused_legal_link_is_visible(qtbot: Any, driver: Driver) -> None:
    page = driver.go_to_section("system")
    label = page.legal_basis
    qtbot.waitUntil(lambda: label is not None and label.isVisible(), timeout=15000)
    unfocused = label.grab().toImage()
    label.setFocus(Qt.FocusReason.TabFocusReason)
    assert label.hasFocus()
    focused = label.grab().toImage()
    assert focused.pixelColor(2, 2) != unfocused.pixelColor(2, 2)  # the label is highlighted


def test_a_question_the_verdict_needs_has_its_own_badge(qtbot: Any, driver: Driver) -> None:
    page = driver.go_to_section("system")
    qtbot.waitUntil(lambda: driver.window.scorer.verdict is not None, timeout=15000)
    needed = {m.fact for m in driver.window.scorer.verdict.missing}
    function = page.cards["fr_function"]
    assert "fr_function" in needed
    qtbot.waitUntil(function.needed_tag.isVisible, timeout=5000)
    assert function.needed_tag.text() == "Needed for the verdict"
    assert not function.required_tag.isVisible()
    others = [c for q, c in page.cards.items() if q not in needed and c.question.required and c.isVisible()]
    for card in others:  # required, but the verdict does not wait for it: the plain badge
        assert card.required_tag.isVisible() and not card.needed_tag.isVisible()
    driver.answer("fr_function", "identification_1toN")
    assert not function.needed_tag.isVisible() and not function.required_tag.isVisible()
    assert not function.verify_tag.isVisible()


def test_an_answered_question_to_verify_has_its_own_badge(qtbot: Any, driver: Driver, tmp_path: Path) -> None:
    path = tmp_path / "custody.dpia"
    shutil.copyfile(scenario_path("custody_suite_identification_fr"), path)
    assert driver.window.open_file(path)
    driver.wait_for_verdict("INCOMPLETE")
    [check] = driver.window.scorer.verdict.missing
    assert check.to_verify
    page = driver.go_to_section(driver.window.bank.section_of("national_law_reference").id)
    card = page.cards["national_law_reference"]
    qtbot.waitUntil(card.verify_tag.isVisible, timeout=5000)
    assert card.verify_tag.text() == "Answered — to verify"
    assert check.blocks[0] in card.verify_tag.toolTip()  # what the check must settle
    assert not card.needed_tag.isVisible() and not card.required_tag.isVisible()
    assert card.verify_tag.property("role") != card.needed_tag.property("role")  # looks different too
    driver.type_into(driver.find(QWidget, "text_national_law_reference"), "")  # the answer removed
    scorer = driver.window.scorer
    qtbot.waitUntil(
        lambda: not scorer.is_pending() and card.needed_tag.isVisible(), timeout=VERDICT_TIMEOUT_MS
    )  # no longer answered: needed, not to verify
    assert not card.verify_tag.isVisible()
    assert any(m.fact == "national_law_reference" and not m.to_verify for m in scorer.verdict.missing)
