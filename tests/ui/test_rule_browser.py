"""The rule browser: opened from Help, searched by typing, the open itinerary's rules first."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from planner.core.model import Itinerary, Stay, Traveller
from planner.core.rule_files import bundled_rules
from planner.ui.document import Document
from planner.ui.window.main_window import MainWindow
from planner.ui.window.rule_browser import RULE_ROLE, RuleBrowser, RuleTableModel
from tests.ui.conftest import shown

D = dt.date


@pytest.fixture
def window(qtbot, settings):  # type: ignore[no-untyped-def]
    it = Itinerary(Traveller("Anna", "RU"), (
        Stay("KZ", D(2024, 2, 1), D(2024, 4, 20)), Stay("GE", D(2024, 6, 5), D(2024, 6, 20))))
    doc = Document(it, rules=bundled_rules(), today=D(2026, 12, 2))
    yield from shown(qtbot, MainWindow(doc, settings), (1300, 850))


def open_browser(qtbot, window: MainWindow) -> RuleBrowser:  # type: ignore[no-untyped-def]
    window.act_rules.trigger()  # Help ▸ Stay Rules…
    browser: RuleBrowser = window.rule_browsers[0]  # type: ignore[attr-defined]
    qtbot.waitExposed(browser)
    return browser


def ids(browser: RuleBrowser) -> list[str]:
    m = browser.model
    return [m.data(m.index(r, 0), RULE_ROLE) for r in range(m.rowCount())]


def bold(browser: RuleBrowser) -> list[bool]:
    m = browser.model
    return [m.data(m.index(r, 0), Qt.ItemDataRole.FontRole) is not None
            for r in range(m.rowCount())]


def test_help_menu_opens_the_browser(window) -> None:  # type: ignore[no-untyped-def]
    menu = window.help.menu
    assert window.act_rules in menu.actions()
    assert window.act_rules.text() == "Stay &Rules…"


def test_itinerary_rules_first_in_bold(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    browser = open_browser(qtbot, window)
    assert browser.nationality.text() == "RU"
    flags = bold(browser)
    first = [i for i, b in zip(ids(browser), flags, strict=True) if b]
    assert set(first) == {"kz-eaeu-2023-rolling-90-180", "ge-one-year-per-entry-365"}
    assert flags == sorted(flags, reverse=True)
    assert "2026c" in browser.header.text() and "2026-12-02" in browser.header.text()


def test_typing_a_destination_filters(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    browser = open_browser(qtbot, window)
    browser.nationality.clear()
    QTest.keyClicks(browser.nationality, "fr")
    QTest.keyClicks(browser.destination, "mn")
    assert ids(browser) == ["mn-eu-pre2023-visa-required", "mn-eu-2023-per-entry-30",
                            "mn-eu-2027-visa-required"]
    assert browser.count.text() == "3 rule(s)"


def test_clicking_a_rule_shows_source_checked_and_note(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    browser = open_browser(qtbot, window)
    browser.nationality.clear()
    QTest.keyClicks(browser.nationality, "US")
    QTest.keyClicks(browser.destination, "UZ")
    row = ids(browser).index("uz-us-per-entry-30")
    rect = browser.table.visualRect(browser.model.index(row, 1))
    QTest.mouseClick(browser.table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, rect.center())
    text = browser.details.toPlainText()
    assert "UP-203" in text and "2026-01-01" in text
    assert "2026-12-02" in text and "aged 55" in text
    assert "30 days per entry" in text
    assert "<a href='https://www.darakchi.uz/ru/207386'>" in browser.details.toHtml().replace(
        '"', "'")


def test_fallback_rules_say_they_are_assumed(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    browser = open_browser(qtbot, window)
    QTest.keyClicks(browser.destination, "CN")
    row = ids(browser).index("cn-ru-2026-visa-required")
    browser.table.selectRow(row)
    assert "assumes it after a temporary scheme ends" in browser.details.toPlainText()


def test_stale_data_is_said_in_the_header(qtbot, settings) -> None:  # type: ignore[no-untyped-def]
    doc = Document(rules=bundled_rules(), today=D(2027, 6, 1))
    browser = RuleBrowser(doc)
    qtbot.addWidget(browser)
    assert "more than 180 days ago" in browser.header.text()
    fresh = RuleBrowser(Document(rules=bundled_rules(), today=D(2027, 5, 31)))
    qtbot.addWidget(fresh)
    assert "180 days" not in fresh.header.text()


def test_model_passes_modeltester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = RuleTableModel()
    rs = bundled_rules()
    model.set_rows([(r, i % 3 == 0) for i, r in enumerate(rs.rules[:20])])
    qtmodeltester.check(model)
