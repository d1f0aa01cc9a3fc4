"""Deadlines that are not stay limits, in the window: registration and tax-residency
markers on the calendar, lines in the exit-window panel, a banner for a deadline
within a week of opening a file, and File → Export Deadlines to Calendar….

:func:`planner.ui.deadlines.feature.install` adds all of it to a main window.
"""
