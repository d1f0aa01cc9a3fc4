"""The main window and what it assembles: panels, dialogs, menus, files, start-up.

The top layer: it may use :mod:`planner.ui`, :mod:`planner.ui.calendar` and
:mod:`planner.ui.planning`; nothing below imports it.
"""
