"""The allowance strip, Make compliant, Longest presence and what-if scenarios."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from planner.core.engine import Evaluator
from planner.core.fixing import fix, maximise
from planner.core.strip import allowance_strip
from planner.ui.calendar.layout import ViewMode
from planner.ui.calendar.view_layers import strip_rect
from planner.ui.document import Document
from planner.ui.planning.allowance_strip import shade
from planner.ui.window.main_window import MainWindow
from tests.ui.conftest import TODAY, d, drag, move, press, release, shown
from tests.ui.test_advice_ui import BREACHING


@pytest.fixture
def window(qtbot, rules, settings):  # type: ignore[no-untyped-def]
    doc = Document(BREACHING, rules=rules, today=TODAY)
    yield from shown(qtbot, MainWindow(doc, settings), (1400, 880))


def expected(window) -> list[int | None]:  # type: ignore[no-untyped-def]
    first, last = window.view.visible_days()
    return allowance_strip(window.doc.rules, "RU", window.doc.stays, "KZ", first, last)


# ---- the allowance strip ---------------------------------------------------------


def test_strip_defaults_to_kz_and_equals_the_core(window) -> None:
    strip = window.planning.strip
    assert strip.destination == "KZ"
    assert window.planning.combo.currentData() == "KZ"
    first, vals = strip.values()
    assert first == d(1, 1) and len(vals) == 365
    assert vals == expected(window)


def test_strip_is_painted_in_its_shades(window) -> None:
    view, strip = window.view, window.planning.strip
    view.viewport().repaint()
    img = view.viewport().grab().toImage()
    for day in (d(1, 10), d(5, 20), d(7, 4), d(11, 15)):
        r = strip_rect(view, day)
        assert r is not None
        c = QColor(img.pixel(int(r.x + r.w / 2), int(r.y + r.h / 2)))
        want = shade(strip.value(day), strip.full())
        assert abs(c.red() - want.red()) < 8 and abs(c.green() - want.green()) < 8, day


def test_strip_follows_a_drag_live(window) -> None:
    view, strip = window.view, window.planning.strip
    before = list(strip.values()[1])
    vp = view.viewport()
    grip = view.bar_point(0, "exit")
    press(vp, grip)
    move(vp, grip + QPoint(3, 0))
    move(vp, view.day_center(d(4, 20)))  # previewing: KZ 1 Feb .. 20 Apr
    assert window.doc.stays[0].exit == d(4, 20)
    during = list(strip.values()[1])
    assert during == expected(window) and during != before
    release(vp, view.day_center(d(4, 20)))
    assert strip.values()[1] == expected(window)
    window.doc.undo_stack.undo()
    assert strip.values()[1] == before


def test_strip_in_the_timeline_covers_the_visible_days(window) -> None:
    view, strip = window.view, window.planning.strip
    view.set_mode(ViewMode.TIMELINE)
    view.ensure_visible(d(6, 1), center=True)
    first, vals = strip.values()
    lo, hi = view.visible_days()
    assert first == lo and len(vals) == (hi - lo).days + 1
    assert vals == expected(window)


def test_strip_tooltip_says_it_in_words(window) -> None:
    strip = window.planning.strip
    day = d(12, 1)
    k = strip.value(day)
    assert strip.sentence(day) == (f"Entering on 1 December 2023 you could stay {k} days "
                                   "(KZ, 90 in any 180)")
    r = strip_rect(window.view, day)
    assert r is not None
    pos = QPoint(int(r.x + r.w / 2), int(r.y + r.h / 2))
    assert strip.tooltip(pos) == strip.sentence(day)


def test_strip_combo_off_and_selection(qtbot, window) -> None:
    p = window.planning
    p.set_destination("")
    assert p.strip.destination == "" and p.strip.tooltip(QPoint(5, 5)) is None
    p.set_destination("GE")
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.view.bar_point(0))
    assert p.strip.destination == "KZ"  # follows the selected stay's country


# ---- Make compliant ---------------------------------------------------------------


def test_make_compliant_accept_is_one_undo_step(qtbot, window) -> None:
    doc, prop = window.doc, window.planning.proposal
    assert not Evaluator(doc.rules, "RU", doc.stays).compliant()
    window.planning.act_fix.trigger()
    assert prop.active and prop.bar.isVisible()
    assert prop.result == fix(doc.rules, "RU", BREACHING.stays)
    window.view.viewport().repaint()  # the overlay paints without errors
    qtbot.mouseClick(prop.accept_button, Qt.MouseButton.LeftButton)
    assert not prop.active and not prop.bar.isVisible()
    assert Evaluator(doc.rules, "RU", doc.stays).compliant()
    assert doc.evaluator.compliant()
    assert doc.undo_stack.count() == 1 and doc.undo_stack.undoText() == "Make compliant"
    doc.undo_stack.undo()
    assert doc.stays == BREACHING.stays


def test_make_compliant_reject_changes_nothing(qtbot, window) -> None:
    prop = window.planning.proposal
    window.planning.make_compliant()
    qtbot.mouseClick(prop.reject_button, Qt.MouseButton.LeftButton)
    assert not prop.active and window.doc.stays == BREACHING.stays
    assert window.doc.undo_stack.count() == 0


def test_an_edit_withdraws_the_proposal(window) -> None:
    window.planning.make_compliant()
    drag(window.view.viewport(), window.view.day_center(d(6, 10)),
         window.view.day_center(d(6, 12)))
    assert not window.planning.proposal.active


# ---- Longest presence -------------------------------------------------------------


def test_longest_presence_adds_the_plan_as_one_step(window) -> None:
    doc = window.doc
    dlg = window.planning.longest_presence()
    dlg.start.setDate(dt.date(2024, 1, 1))
    dlg.end.setDate(dt.date(2024, 12, 31))
    dlg.set_breaks(["GE"])
    assert dlg.break_countries() == ["GE"]
    plan = dlg.compute()
    assert plan == maximise(doc.rules, "RU", BREACHING.stays, "KZ", dt.date(2024, 1, 1),
                            dt.date(2024, 12, 31), ["GE"], 7)
    assert len(plan) > 1 and dlg.table.rowCount() == len(plan)
    dlg.add_button.click()
    assert doc.stays == BREACHING.stays + tuple(plan)
    assert doc.evaluator.compliant() is False  # 2023 still breaches; 2024 adds none
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Add longest presence plan"
    doc.undo_stack.undo()
    assert doc.stays == BREACHING.stays


# ---- scenarios --------------------------------------------------------------------


def test_scenario_keep_replaces_the_original_undoably(qtbot, window) -> None:
    doc = window.doc
    sw = window.planning.duplicate()
    qtbot.waitExposed(sw)
    assert sw.scenario.stays == doc.stays and sw.scenario is not doc
    view = sw.view
    grip = view.bar_point(0, "exit")
    drag(view.viewport(), grip, view.day_center(d(4, 30)))  # trim in the scenario only
    assert sw.scenario.stays[0].exit == d(4, 30)
    assert doc.stays == BREACHING.stays
    kz = next(r for r in sw.model.rows if r.destination == "KZ")
    assert kz.days == (121 + 30, 89 + 30) and kz.breaches[0] > 0 and kz.breaches[1] == 0
    sw.act_keep.trigger()
    assert doc.stays == sw.scenario.stays
    assert doc.undo_stack.undoText() == "Keep scenario"
    doc.undo_stack.undo()
    assert doc.stays == BREACHING.stays


def test_scenario_discard_leaves_the_original(qtbot, window) -> None:
    sw = window.planning.duplicate()
    qtbot.waitExposed(sw)
    sw.scenario.delete_stay(1)
    sw.act_discard.trigger()
    assert window.doc.stays == BREACHING.stays and window.doc.undo_stack.count() == 0


def test_a_scenario_moves_on_to_the_new_day_with_its_original(qtbot, window) -> None:
    sw = window.planning.duplicate()
    qtbot.waitExposed(sw)
    assert sw.scenario.today == TODAY
    with qtbot.waitSignal(sw.scenario.todayChanged):
        window.doc.set_today(TODAY + dt.timedelta(days=1))  # what the clock does at midnight
    assert sw.scenario.today == window.doc.today


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_proposal_veils_in_the_themes_background(qtbot, window, theme) -> None:
    """What a proposal takes away fades towards the background: lighter on light, darker on dark."""
    from planner.ui import appearance

    view, prop = window.view, window.planning.proposal
    try:
        appearance.apply_theme(theme)
        qtbot.wait(20)
        changed = [c for c in fix(window.doc.rules, "RU", BREACHING.stays).changes
                   if c.action != "kept"]
        assert changed
        # a day the first changed stay loses, in the middle of its bar
        c = changed[0]
        day = c.old.exit if c.new is None or c.new.exit < c.old.exit else c.old.entry
        view.set_year(day.year)
        point = view.day_center(day)

        def lightness() -> float:
            return float(view.viewport().grab().toImage().pixelColor(point).lightnessF())

        before = lightness()
        window.planning.make_compliant()
        assert prop.active
        qtbot.wait(20)
        point = view.day_center(day)  # the proposal's bar above the calendar moved it
        after = lightness()
        if theme == "light":
            assert after > before + 0.1
        else:
            assert after < before - 0.1
        qtbot.mouseClick(prop.reject_button, Qt.MouseButton.LeftButton)
    finally:
        appearance.apply_theme("system")
