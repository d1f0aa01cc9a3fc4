"""Planning on top of the calendar: advice, exit markers, allowance strip, fixes.

Built on :mod:`planner.ui` and :mod:`planner.ui.calendar`; knows nothing of
the main window, which installs these pieces.
"""
