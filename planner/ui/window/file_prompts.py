"""The questions and messages around opening and saving files.

* :func:`ask_conflict`: the file was changed by another program (or another
  Stay Planner window) since it was opened here — Overwrite, Save As… or
  Cancel.
* :func:`show_open_error`: why a file cannot be opened. A file made by a
  newer Stay Planner gets its own message (update the program; the file is
  left as it is); any other problem shows the reader's message, which names
  the stay and the field.

Each shows a :class:`QMessageBox` made by a ``*_box`` function, so that tests
can find and answer it like a user.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from planner.storage import ItineraryError, UnsupportedVersionError


def _tr(text: str) -> str:
    return QCoreApplication.translate("FilePrompts", text)


class Conflict(Enum):
    OVERWRITE = "overwrite"
    SAVE_AS = "save-as"
    CANCEL = "cancel"


def conflict_box(parent: QWidget | None, name: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("File changed on disk"))
    box.setText(_tr("The file {name} was changed by another program since you opened it.")
                .format(name=name))
    box.setInformativeText(_tr("Overwrite it with your version, save your version as "
                               "another file, or cancel and keep both as they are."))
    box.addButton(_tr("&Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(_tr("Save &As…"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box


def ask_conflict(parent: QWidget | None, name: str) -> Conflict:
    """Ask what to do about a file changed on disk; Cancel by default."""
    box = conflict_box(parent, name)
    box.exec()
    role = box.buttonRole(box.clickedButton()) if box.clickedButton() else None
    if role == QMessageBox.ButtonRole.DestructiveRole:
        return Conflict.OVERWRITE
    if role == QMessageBox.ButtonRole.AcceptRole:
        return Conflict.SAVE_AS
    return Conflict.CANCEL


def show_open_error(parent: QWidget | None, error: ItineraryError) -> None:
    """Say why a file cannot be opened; nothing was changed, the file included."""
    if isinstance(error, UnsupportedVersionError):
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(_tr("File from a newer Stay Planner"))
        box.setText(_tr("{file} was made by a newer version of Stay Planner "
                        "(file format version {version}); this version reads format "
                        "version {supported}.").format(file=error.origin,
                                                       version=error.version,
                                                       supported=error.supported))
        box.setInformativeText(_tr("Update Stay Planner to open it. The file has not been "
                                   "changed, and this program will not write to it."))
        box.exec()
        return
    QMessageBox.critical(parent, _tr("Cannot open file"), str(error))
