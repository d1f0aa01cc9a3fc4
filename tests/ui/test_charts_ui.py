"""The timeline's usage charts draw every limit in force, each with its own label.

A US traveller in Kazakhstan has 30 days per entry as well as 90 in any 180;
in Kyrgyzstan 30 in any 60 from 2025-12-31 (60 in 120 before). The charts'
painting is watched through the function that draws one chart.
"""

from __future__ import annotations

import datetime as dt

import pytest

from planner.core.model import Itinerary, Stay, Traveller
from planner.core.rule_files import bundled_rules
from planner.ui.calendar import painting
from planner.ui.calendar.calendar_view import CalendarView
from planner.ui.calendar.layout import ViewMode
from planner.ui.document import Document

MARK = Itinerary(Traveller("Mark", "US"), (
    Stay("KZ", dt.date(2026, 1, 5), dt.date(2026, 2, 20)),  # 47 days: over 30 per entry
    Stay("KG", dt.date(2026, 2, 21), dt.date(2026, 3, 10)),
))


@pytest.fixture
def drawn(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    charts: dict[str, list[str]] = {}
    original = painting.paint_usage_strip

    def watch(p, lay, strip, first, used, allowed, limits, color, title, font):  # type: ignore[no-untyped-def]
        last = first + dt.timedelta(days=len(used) - 1)
        charts[title] = [label for rule, label in limits
                         if (rule.valid_from or first) <= last and first <= (rule.valid_to or last)]
        original(p, lay, strip, first, used, allowed, limits, color, title, font)

    monkeypatch.setattr(painting, "paint_usage_strip", watch)
    view = CalendarView(Document(MARK, rules=bundled_rules(), today=dt.date(2026, 2, 1)))
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.set_mode(ViewMode.TIMELINE)
    view.show()
    qtbot.waitExposed(view)
    view.ensure_visible(dt.date(2026, 2, 1), center=True)
    view.grab()
    return charts


def test_every_limit_in_force_has_its_line_and_label(drawn) -> None:
    assert sorted(drawn["KZ: days counted"]) == ["30 per entry", "90 in any 180"]
    # the view reaches back into December 2025, where 60 in any 120 was in force
    assert sorted(drawn["KG: days counted"]) == ["30 in any 60", "60 in any 120"]
