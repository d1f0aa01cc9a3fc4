"""The calendar view: years and timelines of stays, painted, with its keys and mouse.

Built on :mod:`planner.ui` (document, colours, texts); knows nothing of
planning advice or of the main window.
"""
