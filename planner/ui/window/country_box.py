"""A combo box of countries that finds one by typing its name or its code.

Qt's own combo box jumps to the first item whose *text* starts with what was
typed; our items read "KG — Kyrgyzstan", so typing "Kyr" found the Cayman
Islands ("KY — …"). :class:`CountryBox` matches what is typed within
:meth:`QApplication.keyboardInputInterval` against the code and against the
name in the window's language: an exact code first ("kg"), then a name that
starts with it ("Kyr", "Кыр"), then a code that starts with it, then a name
that contains it.

:func:`add_grouped` fills such a box with every country, the members of each
zone (the Schengen area) listed under the zone's name.
"""

from __future__ import annotations

import time
from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING

from PySide6 import QtGui  # the item model by module: PySide makes its types on first use
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from planner.core.rules import RuleSet
from planner.names import all_countries, country_name

if TYPE_CHECKING:
    from PySide6.QtGui import QStandardItem

#: Data role holding what the typed text is matched against: (code, name).
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


class CountryBox(QComboBox):
    """A combo box whose items carry a country code as data; type a name to pick one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.typed = ""
        self._last_key = 0.0

    def find_typed(self, typed: str) -> int:
        """The row that ``typed`` picks (see the module docstring), -1 for none."""
        want = typed.casefold().strip()
        if not want:
            return -1
        rows = [(i, str(self.itemData(i) or ""), self._name(i)) for i in range(self.count())
                if self._enabled(i) and self.itemData(i)]
        tests = (lambda code, name: code.casefold() == want,
                 lambda code, name: name.startswith(want),
                 lambda code, name: code.casefold().startswith(want),
                 lambda code, name: want in name)
        for test in tests:
            for i, code, name in rows:
                if test(code, name):
                    return i
        return -1

    def _name(self, i: int) -> str:
        text = self.itemText(i)
        return text.split(" — ", 1)[-1].strip().casefold()

    def _enabled(self, i: int) -> bool:
        model = self.model()
        return bool(model.flags(model.index(i, 0)) & Qt.ItemFlag.ItemIsEnabled)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        mods = event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                    | Qt.KeyboardModifier.AltModifier)
        if not text or not text.isprintable() or mods or (not self.typed and text == " "):
            super().keyPressEvent(event)
            return
        now = time.monotonic()
        if now - self._last_key > QApplication.keyboardInputInterval() / 1000:
            self.typed = ""
        self._last_key = now
        self.typed += text
        i = self.find_typed(self.typed)
        if i >= 0 and i != self.currentIndex():
            self.setCurrentIndex(i)
            self.activated.emit(i)
        event.accept()


def add_grouped(box: QComboBox, names: Mapping[str, str] | None, rules: RuleSet | None,
                skip: Collection[str] = ()) -> None:
    """Append every country to ``box``: each zone's name (not selectable) with its
    members indented under it, then the other countries by name; ``skip`` is left out."""
    model = box.model()
    countries = [(c, n) for c, n in all_countries(fallback=names) if c not in skip]
    known = {c for c, _ in countries}
    grouped: set[str] = set()
    for zone in (rules.zones.values() if rules is not None else ()):
        members = [(c, n) for c, n in countries
                   if c in {m.country for m in zone.members} and c not in grouped]
        if not members:
            continue
        box.addItem(country_name(zone.id, fallback=names))
        if isinstance(model, QtGui.QStandardItemModel):
            header: QStandardItem | None = model.item(box.count() - 1)
            if header is not None:
                header.setEnabled(False)
                font = header.font()
                font.setBold(True)
                header.setFont(font)
        for code, name in members:
            box.addItem(f"    {code} — {name}", code)
            grouped.add(code)
        box.insertSeparator(box.count())
    for code, name in countries:
        if code not in grouped and code in known:
            box.addItem(f"{code} — {name}", code)
