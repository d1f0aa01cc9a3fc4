"""The yellow banner at the top of the window for a file that cannot be written back.

Shown while the document is read-only (the file or its folder is not
writable): "This file is read-only; use Save As to keep your changes", with a
Save As button. It follows :attr:`Document.read_only` through the document's
``readOnlyChanged`` signal; the window's Save goes to Save As meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from planner.ui.document import Document

_STYLE = """
QFrame#read-only-banner { background: #fff4c2; border-bottom: 1px solid #e0c050; }
QFrame#read-only-banner QLabel { color: #4d3b00; }
"""


class ReadOnlyBanner(QFrame):
    """A strip saying the file is read-only, with a Save As… button."""

    def __init__(self, doc: Document, save_as: Callable[[], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setObjectName("read-only-banner")
        self.setStyleSheet(_STYLE)
        self.icon = QLabel("\u26a0")  # a warning sign, drawn by the font
        self.label = QLabel(self.tr("This file is read-only; use Save As to keep your changes."))
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("Save &As…"))
        self.button.clicked.connect(save_as)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(self.icon)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        doc.readOnlyChanged.connect(self._follow)
        self._explain()
        if not doc.read_only:  # (not setVisible(True): it has no parent yet)
            self.hide()

    def _explain(self) -> None:
        if self.doc.newer_version is not None:
            self.label.setText(self.tr(
                "This file was made by a newer version of Stay Planner (format version {v}). "
                "It is open read-only and will not be changed; use Save As to keep your "
                "changes in another file.").format(v=self.doc.newer_version))
        else:
            self.label.setText(self.tr(
                "This file is read-only; use Save As to keep your changes."))

    def _follow(self, read_only: bool) -> None:
        self._explain()
        self.setVisible(read_only)
