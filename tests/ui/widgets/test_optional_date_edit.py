"""Dates are typed (ISO or the locale's own format), picked from the calendar, or left "Not set"."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QLabel

from app.ui.pages.sign_off import SignOffPage
from app.ui.widgets.optional_date_edit import OptionalDateEdit

from ..conftest import Driver

FEB_1 = dt.date(2027, 2, 1)


def review_date(driver: Driver) -> tuple[SignOffPage, OptionalDateEdit]:
    page = driver.go_to_section("signoff")
    assert isinstance(page, SignOffPage)
    page.ensureWidgetVisible(page.next_review)
    return page, page.next_review


def saved(driver: Driver) -> dt.date | None:
    return driver.window.document.assessment.sign_off.next_review_date


def test_typing_an_iso_date(qtbot: Any, driver: Driver) -> None:
    _page, field = review_date(driver)
    assert field.line.text() == "" and field.line.placeholderText() == "Not set"
    driver.type_into(field.line, "2027-02-01")
    assert saved(driver) == FEB_1
    qtbot.keyClick(field.line, Qt.Key.Key_Tab)
    assert field.line.text() == "2027-02-01" and not field.error.isVisible()


@pytest.mark.parametrize(
    ("language", "country"),
    [
        (QLocale.Language.Dutch, QLocale.Country.Netherlands),
        (QLocale.Language.English, QLocale.Country.UnitedStates),
    ],
)
def test_typing_the_locales_own_format(qtbot: Any, driver: Driver, language: Any, country: Any) -> None:
    _page, field = review_date(driver)
    locale = QLocale(language, country)
    field.setLocale(locale)
    typed = locale.toString(QDate(2027, 2, 1), QLocale.FormatType.ShortFormat)  # 01-02-2027, 2/1/27
    driver.type_into(field.line, typed)
    assert saved(driver) == FEB_1
    qtbot.keyClick(field.line, Qt.Key.Key_Tab)
    assert field.line.text() == "2027-02-01"  # shown unambiguously once typed


def test_a_wrong_date_says_what_to_type_and_keeps_the_saved_one(qtbot: Any, driver: Driver) -> None:
    _page, field = review_date(driver)
    driver.type_into(field.line, "2027-02-01")
    driver.type_into(field.line, "31-31-2027")
    qtbot.keyClick(field.line, Qt.Key.Key_Tab)
    assert saved(driver) == FEB_1
    assert field.error.isVisible() and "2027-02-01" in field.error.text()
    assert field.line.property("invalid") is True


def test_not_set_by_emptying_the_field(qtbot: Any, driver: Driver) -> None:
    _page, field = review_date(driver)
    driver.type_into(field.line, "2027-02-01")
    qtbot.keyClick(field.line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field.line, Qt.Key.Key_Delete)
    qtbot.keyClick(field.line, Qt.Key.Key_Tab)
    assert saved(driver) is None
    assert field.line.text() == "" and not field.error.isVisible()


def test_the_calendar_is_still_there(qtbot: Any, driver: Driver) -> None:
    _page, field = review_date(driver)
    driver.type_into(field.line, "2027-02-01")
    qtbot.mouseClick(field.calendar_button, Qt.MouseButton.LeftButton)
    calendar = field.calendar
    assert calendar is not None and calendar.isVisible()
    assert calendar.selectedDate() == QDate(2027, 2, 1)
    view = calendar.focusWidget() or calendar
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert not calendar.isVisible()
    assert saved(driver) == dt.date(2027, 2, 2)
    assert field.line.text() == "2027-02-02"


def test_alt_down_opens_the_calendar_and_up_starts_at_today(qtbot: Any, driver: Driver) -> None:
    _page, field = review_date(driver)
    field.line.setFocus()
    qtbot.keyClick(field.line, Qt.Key.Key_Up)
    assert saved(driver) == dt.date.today()
    qtbot.keyClick(field.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert field.calendar is not None and field.calendar.isVisible()
    qtbot.keyClick(field.calendar.focusWidget() or field.calendar, Qt.Key.Key_Escape)
    assert not field.calendar.isVisible()
    assert not [w for w in field.findChildren(QLabel) if w.isVisible() and w.text()]
