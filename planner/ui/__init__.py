"""The desktop program: a calendar of stays on top of :mod:`planner.core`.

Start it with :func:`planner.ui.app.run`. Modules: ``document`` (the open
itinerary and its evaluator), ``commands`` (undoable edits), ``layout`` (pure
date <-> pixel maths), ``calendar_view`` (the painted year and timeline view),
``models`` (Qt item models), ``stay_dialog``, ``side_panel``, ``main_window``.
"""

from planner.ui.compat import protect_none

protect_none()
