"""The window in Russian: a live language switch, official names, two-letter
weekdays, one date format, and finding a country by its Russian name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMenu

from planner.core.model import Stay
from planner.core.rule_files import bundled_rules
from planner.names import country_name
from planner.ui import appearance
from planner.ui.calendar import painting
from planner.ui.day_texts import day_text
from planner.ui.document import Document
from planner.ui.window import main_window
from planner.ui.window.main_window import MainWindow
from planner.ui.window.stay_dialog import StayDialog
from tests.ui.conftest import TODAY, d, opened
from tests.ui.test_i18n_ui import russian  # noqa: F401  (the fixture)


def menu_titles(w: MainWindow) -> list[str]:
    return [a.text() for a in w.menuBar().actions()]


def test_language_switch_applies_at_once(qtbot, russian, rules, settings, itinerary,  # noqa: F811
                                         tmp_path: Path, monkeypatch) -> None:
    appearance.install_language("en")
    monkeypatch.setattr(appearance, "resource_path", lambda *_parts: russian)
    settings.language = "en"
    path = tmp_path / "anna.stayplan"
    w = opened(itinerary, path, rules, settings)
    w.resize(1300, 820)
    w.show()
    qtbot.waitExposed(w)
    doc = w.doc
    doc.delete_stay(1)
    w.view.set_year(2023)
    lang_menu = w.findChild(QMenu, "language-menu")
    assert lang_menu is not None
    next(a for a in lang_menu.actions() if a.data() == "ru").trigger()
    new = main_window.REBUILT[-1]  # the old window deletes itself
    assert new.doc is doc and doc.undo_stack.canUndo()
    assert menu_titles(new)[0] == "&Файл"
    assert new.windowTitle() == "anna.stayplan[*] — Stay Planner" and new.isWindowModified()
    assert new.view.year == 2023
    assert settings.language == "ru"
    new_menu = new.findChild(QMenu, "language-menu")
    assert new_menu is not None
    en = next(a for a in new_menu.actions() if a.data() == "en")
    en.trigger()
    newest = main_window.REBUILT[-1]
    assert newest is not new and menu_titles(newest)[0] == "&File"
    doc.undo_stack.setClean()
    newest.close()
    newest.deleteLater()


def test_russian_names_dates_and_weekdays(qtbot, russian, rules) -> None:  # noqa: F811
    assert country_name("KG") == "Кыргызстан"
    assert painting.weekday_names() == ["Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс"]
    assert day_text(d(2, 1)) == "01.02.2023"
    doc = Document(rules=rules, today=TODAY)
    doc.add_stay(Stay("KZ", d(2, 1), d(2, 10)))
    from planner.ui.models import StaysModel

    model = StaysModel(doc)
    assert model.index(0, StaysModel.ENTRY).data() == "01.02.2023"


def test_typing_a_russian_name_picks_the_country(qtbot, russian) -> None:  # noqa: F811
    all_rules = bundled_rules()
    dlg = StayDialog(Stay("GE", TODAY, TODAY), names=all_rules.names, rules=all_rules)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.country.setFocus()
    for ch in "Кыр":  # QTest.keyClicks speaks Latin-1 only: type as a keyboard would
        QApplication.sendEvent(dlg.country, QKeyEvent(QEvent.Type.KeyPress, 0,
                                                      Qt.KeyboardModifier.NoModifier, ch))
    assert dlg.country.currentData() == "KG"
    assert "Кыргызстан" in dlg.country.currentText()


def test_plurals_in_english(qtbot) -> None:
    from planner.ui.planning.plan_texts import days_text

    assert [days_text(n) for n in (1, 2, 21)] == ["1 day", "2 days", "21 days"]
    dlg = StayDialog(Stay("KZ", TODAY, TODAY))
    qtbot.addWidget(dlg)
    assert dlg.length.text() == "1 day present (entry and exit day included)"


def test_plurals_in_russian(qtbot, russian) -> None:  # noqa: F811
    from planner.ui.planning.plan_texts import days_text

    assert [days_text(n) for n in (1, 3, 5, 21, 22, 25)] == [
        "1 день", "3 дня", "5 дней", "21 день", "22 дня", "25 дней"]
    dlg = StayDialog(Stay("KZ", d(2, 1), d(2, 3)))
    qtbot.addWidget(dlg)
    assert dlg.length.text().startswith("3 дня пребывания")
