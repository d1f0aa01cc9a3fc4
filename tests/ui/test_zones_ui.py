"""The Schengen area as one place in the window, and finding a country by its name.

With the bundled rules: the allowance list offers the zone (never a member
apart), the "Today" table and the timeline charts name it, where-to-go offers
it with a menu of its members, and the stay dialog lists the members under
the zone's name. Typing "Kyr" in a country box picks Kyrgyzstan.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from planner.core.model import Itinerary, Stay, Traveller
from planner.core.rule_files import bundled_rules
from planner.ui.window.stay_dialog import StayDialog
from tests.ui.conftest import opened, shown

DAY = dt.date(2026, 3, 1)
D = dt.date
MARK = Itinerary(Traveller("Mark", "US"), (
    Stay("IT", D(2025, 12, 1), D(2025, 12, 20), note="Rome"),
    Stay("KZ", D(2026, 1, 5), D(2026, 2, 3)), Stay("KZ", D(2026, 2, 5), D(2026, 3, 6)),
    Stay("KZ", D(2026, 3, 8), D(2026, 4, 6)),  # 90 days in KZ, 30 per entry
    Stay("KZ", D(2026, 4, 8), D(2026, 4, 30)),  # breaches 90 in 180
    Stay("KZ", D(2026, 6, 1), D(2026, 6, 20)),
))


@pytest.fixture
def window(qtbot, settings, tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "mark.stayplan"
    w = opened(MARK, path, bundled_rules(), settings, DAY)
    yield from shown(qtbot, w, (1400, 880))


def combo_items(combo) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(combo.itemText(i), str(combo.itemData(i) or "")) for i in range(combo.count())]


def test_allowance_list_offers_the_zone_not_its_member(window) -> None:
    items = combo_items(window.planning.combo)
    assert ("Schengen area", "SCHENGEN") in items
    assert "IT" not in [code for _, code in items]


def test_selecting_a_member_stay_shows_the_zones_allowance(qtbot, window) -> None:
    table = window.panel.table
    row = next(r for r in range(table.model().rowCount())
               if table.model().index(r, 0).data() == "IT")
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.view.selected == 0
    assert window.planning.strip.destination == "SCHENGEN"
    assert window.planning.combo.currentText() == "Schengen area"
    assert "Schengen area" in window.planning.panel.title.text()


def test_today_table_names_the_zone(window) -> None:
    model = window.panel.destinations
    model.refresh()
    shown_names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert "Schengen area" in shown_names and "SCHENGEN" not in shown_names


def test_where_to_go_offers_the_zone_with_its_members(qtbot, window) -> None:
    # A stay that may last until 4 May (then 90 days in 180 are used), so that
    # there is a day to leave by and a gap to fill until the next KZ stay.
    window.doc.edit_stay(3, Stay("KZ", D(2026, 3, 8), D(2026, 3, 10)))
    window.doc.edit_stay(4, Stay("KZ", D(2026, 4, 8), D(2026, 5, 20)))
    window.doc.edit_stay(5, Stay("KZ", D(2026, 8, 1), D(2026, 8, 20)))
    window.view.select(4)
    window.planning.state.refresh()
    where = window.planning.panel.where
    rows = [where.item(r, 0).text() for r in range(where.rowCount())]
    assert "Schengen area" in rows
    button = where.cellWidget(rows.index("Schengen area"), 3)
    assert isinstance(button, QPushButton) and button.menu() is not None
    members = [a.text() for a in button.menu().actions()]
    assert "FR — France" in members and "IT — Italy" in members
    before = len(window.doc.stays)
    next(a for a in button.menu().actions() if a.text() == "FR — France").trigger()
    assert len(window.doc.stays) == before + 1
    assert any(s.country == "FR" for s in window.doc.stays)


def test_stay_dialog_groups_members_under_the_zone(qtbot) -> None:
    rules = bundled_rules()
    dlg = StayDialog(Stay("KZ", DAY, DAY), names=rules.names, rules=rules)
    qtbot.addWidget(dlg)
    items = combo_items(dlg.country)
    header = [t for t, _ in items].index("Schengen area")
    model = dlg.country.model()
    assert not model.flags(model.index(header, 0)) & Qt.ItemFlag.ItemIsEnabled
    after = [code for _, code in items[header + 1:header + 6]]
    zone = {m.country for m in rules.zones["SCHENGEN"].members}
    assert after and set(after) <= zone
    # every member once, under the zone; KZ (not a member) outside it
    codes = [code for _, code in items if code]
    assert all(codes.count(c) == 1 for c in zone if c in codes)


@pytest.mark.parametrize(("typed", "code"), [("Kyr", "KG"), ("kg", "KG"), ("Fran", "FR"),
                                             ("Kaz", "KZ")])
def test_typing_a_name_or_code_picks_the_country(qtbot, typed, code) -> None:
    rules = bundled_rules()
    dlg = StayDialog(Stay("GE", DAY, DAY), names=rules.names, rules=rules)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.country.setFocus()
    qtbot.keyClicks(dlg.country, typed)
    assert dlg.country.currentData() == code
