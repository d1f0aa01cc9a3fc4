"""The stay summary: a one-page document of stays, rules, usage and deadlines.

:mod:`planner.report.summary_data` computes what the page shows (pure Python,
no Qt); :mod:`planner.report.summary_pdf` paints it to a PDF or a printer;
:mod:`planner.report.dialogs` offers print preview and "Export PDF…" to the
window. Importing this package does not import Qt.
"""
