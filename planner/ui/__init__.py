"""The desktop program: a calendar of stays on top of :mod:`planner.core`.

Start it with :func:`planner.ui.window.app.run`. The package is in layers; a
module imports only from its own layer and the ones listed before it:

* ``planner.ui`` itself: the open itinerary and its evaluator (``document``),
  undoable edits (``commands``), Qt item models (``models``), settings,
  appearance and colours, translated texts and country names;
* ``planner.ui.calendar``: the painted year and timeline view, its pure
  date <-> pixel maths (``layout``, ``scene``), its painting, keys and mouse;
* ``planner.ui.planning``: advice, exit markers, the allowance strip, fix
  proposals, presence and scenario windows drawn on or beside the calendar;
* ``planner.ui.window``: the main window and what it assembles (side panel,
  dialogs, menus, file prompts, import/export, recovery) and ``app``, the start.
"""

from PySide6 import QtCore  # noqa: F401  (loads the binding's import check, replaced below)

from planner.qt_compat import protect_none, quick_feature_scan

protect_none()
quick_feature_scan()
