"""The sign-off page lists the disputed answers, follows the notes as they change, and goes to each question."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from app.core.assessment import QuestionNote
from app.core.storage import load_assessment, save_assessment
from app.ui.pages.sign_off import SignOffPage
from tests.ui.conftest import CLEARVIEW, Driver


def click(qtbot: Any, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(widget.width() // 2, widget.height() // 2))


def merged_file(tmp_path: Path) -> Path:
    """An assessment as `dpia merge` leaves it: two disputed questions, one of them unanswered."""
    assessment = load_assessment(CLEARVIEW)
    assessment.notes = {
        "scale": QuestionNote(
            text="Counted at the gates",
            disputed=True,
            disputed_by="anna, bob",
            dispute_reason="Merged copies differ: base: More than 10 million; anna: Fewer than 1,000",
        ),
        "fr_timing": QuestionNote(text="Only a note: not disputed"),
        "human_review": QuestionNote(disputed=True, disputed_by="carol"),
    }
    del assessment.answers["human_review"]
    path = tmp_path / "merged.dpia"
    save_assessment(assessment, path)
    return path


def test_the_disputes_are_listed_with_their_answers_and_reasons(driver: Driver, tmp_path: Path) -> None:
    assert driver.window.open_file(merged_file(tmp_path))
    page = driver.go_to_section("signoff")
    assert isinstance(page, SignOffPage)
    card = page.disputes
    assert card.caption.text() == "Disputed answers (2)"
    assert list(card.go_buttons) == ["scale", "human_review"]  # in the questionnaire's order
    scale = card.findChild(QLabel, "dispute_summary_scale").text()
    assert "How many people's faces are processed per year?" in scale
    assert "Answer now: More than 10 million" in scale and "Disputed by: anna, bob" in scale
    assert "Why: Merged copies differ: base: More than 10 million; anna: Fewer than 1,000" in scale
    review = card.findChild(QLabel, "dispute_summary_human_review").text()
    assert "Answer now: (unanswered)" in review and "Why:" not in review
    assert card.go_buttons["scale"].accessibleName() == (
        "Go to question: How many people's faces are processed per year?"
    )


def test_go_to_question_opens_its_page_and_focuses_it(qtbot: Any, driver: Driver, tmp_path: Path) -> None:
    window = driver.window
    assert window.open_file(merged_file(tmp_path))
    page = driver.go_to_section("signoff")
    assert isinstance(page, SignOffPage)
    button = page.disputes.go_buttons["scale"]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)  # the keyboard reaches it like any button
    section = window.bank.section_of("scale")
    assert section is not None
    assert window.wizard.current_index() == window.bank.sections.index(section)
    card = window.wizard.page(window.wizard.current_index()).cards["scale"]
    qtbot.waitUntil(lambda: card.isAncestorOf(window.focusWidget()))


def test_the_list_follows_the_notes_and_a_new_file(qtbot: Any, driver: Driver, tmp_path: Path) -> None:
    window = driver.window
    assert window.open_file(merged_file(tmp_path))
    page = driver.go_to_section("signoff")
    assert isinstance(page, SignOffPage)
    driver.go_to_section("system")
    disputed = driver.find(QAbstractButton, "disputed_scale")
    assert disputed.isChecked()
    driver.click(disputed)  # the room agreed after all
    assert page.disputes.caption.text() == "Disputed answers (1)"
    assert list(page.disputes.go_buttons) == ["human_review"]
    window.document.set_answer("human_review", "sometimes")
    qtbot.waitUntil(
        lambda: (
            "Answer now: Sometimes" in page.disputes.findChild(QLabel, "dispute_summary_human_review").text()
        )
    )
    window.new_action.trigger()  # the unsaved edits are discarded (the test dialogs answer Discard)
    assert page.disputes.caption.text() == "Disputed answers (0)"
    assert page.disputes.intro.text() == "No answer is disputed." and page.disputes.go_buttons == {}
