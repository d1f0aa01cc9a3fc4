"""What the GUI benchmarks share: a generated calendar on screen, and percentiles."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from planner.core.model import Stay

if TYPE_CHECKING:
    from planner.ui.calendar.calendar_view import CalendarView


def percentile(values: list[float], p: float) -> float:
    """The ``p``-th percentile of ``values`` (nearest rank)."""
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def bench_view(mode: str, pick: Callable[[int, Stay], bool], day_width: float | None = None,
               stays: int = 500) -> tuple[CalendarView, int]:
    """A shown 1280 x 800 calendar over ``stays`` generated stays of a Russian
    traveller (:func:`bench.gen.many_stays`: 500 span 9 years, 5 000 span 20).

    The first stay ``pick(index, stay)`` accepts is in view (centred) and is
    "today"; its index comes back with the view, painted and with the engine
    warm (NumPy loaded, its arrays built). ``day_width`` zooms the
    timeline.
    """
    from PySide6.QtWidgets import QApplication

    import planner.ui  # noqa: F401  (None guard for PySide6 6.12 on CPython 3.11)
    from bench.gen import many_stays
    from planner.core.model import Traveller
    from planner.ui.calendar.calendar_view import CalendarView
    from planner.ui.calendar.layout import ViewMode
    from planner.ui.document import Document

    app = QApplication.instance() or QApplication([])
    it = many_stays(stays)
    it = type(it)(Traveller("Bench", "RU"), it.stays)
    index = next(i for i, s in enumerate(it.stays) if pick(i, s))
    stay = it.stays[index]
    view = CalendarView(Document(it, today=stay.entry))
    view.resize(1280, 800)
    view.show()
    view.set_mode(ViewMode(mode))
    if day_width is not None:
        view.set_zoom(day_width)
    view.ensure_visible(stay.entry, center=True)
    for _ in range(3):
        app.processEvents()
    # As in the window, the engine warms a moment after the first paint, before
    # a person could start a drag: the moves are timed on the warm engine.
    view.doc.warm()
    app.processEvents()
    return view, index
