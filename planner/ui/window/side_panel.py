"""The side panel: traveller, per-destination summary, the table of stays, the legend.

The traveller fields edit the document through an undo command when editing
finishes. Selecting a row selects the stay in the calendar and back.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFocusEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.names import all_countries, country_name
from planner.ui import colors
from planner.ui.calendar.calendar_view import CalendarView
from planner.ui.document import Document
from planner.ui.models import DestinationsModel, StaysModel
from planner.ui.window.country_box import CountryBox

if TYPE_CHECKING:
    from planner.ui.planning.timeline_marks import TimelineMarks


class Swatch(QWidget):
    """A small sample for the legend, drawn as the calendar draws it.

    ``hatched`` draws the breach cue (white hatch over the colour), ``outline``
    a frame in the colour (today), ``dashed`` the conflict's dashed frame,
    ``unchecked`` the grey hatch of days no rule data covers.
    """

    def __init__(self, color: QColor | Callable[[], QColor], hatched: bool = False,
                 outline: bool = False, *, dashed: bool = False, unchecked: bool = False) -> None:
        super().__init__()
        # a theme's colours (a function of the theme) are read when painting
        self.colour = color if callable(color) else (lambda: color)
        self.hatched, self.outline = hatched, outline
        self.dashed, self.unchecked = dashed, unchecked
        self.setFixedSize(22, 12)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        r = self.rect().adjusted(0, 0, -1, -1)
        color = self.colour()
        if self.outline or self.dashed:
            style = Qt.PenStyle.DashLine if self.dashed else Qt.PenStyle.SolidLine
            p.setPen(QPen(color, 2, style))
            p.drawRect(r.adjusted(1, 1, -1, -1))
            return
        if self.unchecked:
            p.fillRect(r, QBrush(color, Qt.BrushStyle.FDiagPattern))
            return
        p.fillRect(r, color)
        if self.hatched:
            p.fillRect(r, QBrush(QColor(255, 255, 255, 150), Qt.BrushStyle.BDiagPattern))


class Legend(QWidget):
    """Colours of the countries in the itinerary, what red and blue mean, and
    the marks of conflicts and unchecked days while the calendar shows any.

    :meth:`follow` connects it to the calendar's :class:`TimelineMarks`; before
    that (or without one) it explains colours, breach and today only.
    """

    def __init__(self, doc: Document) -> None:
        super().__init__()
        self.doc = doc
        self.marks: TimelineMarks | None = None
        self._key: tuple[object, ...] | None = None
        self.box = QHBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(6)
        for sig in (doc.reset, doc.stayInserted, doc.stayRemoved, doc.stayChanged):
            sig.connect(self.rebuild)
        self.rebuild()

    def follow(self, marks: TimelineMarks) -> None:
        """Explain ``marks``' conflict outline and unchecked hatch while they show."""
        self.marks = marks
        marks.changed.connect(self.rebuild)
        self.rebuild()

    def rebuild(self, *_args: object) -> None:
        codes = sorted({s.country for s in self.doc.stays})
        clashes = bool(self.marks and self.marks.clashes)
        unchecked = bool(self.marks and self.marks.unchecked)
        key = (tuple(codes), clashes, unchecked)
        if self._key == key:
            return
        self._key = key
        while self.box.count():
            item = self.box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone from the layout now, deleted on the next turn
                widget.deleteLater()
        items = [(Swatch(colors.country_color(c)), c) for c in codes]
        items += [(Swatch(lambda: colors.BREACH, hatched=True), self.tr("breach")),
                  (Swatch(lambda: colors.TODAY, outline=True), self.tr("today"))]
        if clashes:
            items.append((Swatch(lambda: colors.CONFLICT, dashed=True),
                          self.tr("two places at once")))
        if unchecked:
            items.append((Swatch(lambda: colors.UNCHECKED, unchecked=True),
                          self.tr("not checked")))
        for swatch, text in items:
            self.box.addWidget(swatch)
            self.box.addWidget(QLabel(text))
            self.box.addSpacing(6)
        self.box.addStretch(1)


class CountryCombo(CountryBox):
    """A choice of country whose ~250 CLDR names are read when the user reaches for it.

    Until then it holds "— choose —" and the country it shows, so that the
    window starts without loading the CLDR tables; the first focus (click,
    Tab, mnemonic) or popup fills in every country, keeping the choice.
    """

    def __init__(self, names: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = names
        self.filled = False
        # as wide before it is filled as after: the panel does not jump
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.addItem(self.tr("— choose —"), "")

    def set_code(self, code: str) -> None:
        """Show ``code`` (``""``: nothing chosen)."""
        if not self.filled:
            while self.count() > 1:  # only "— choose —" and the country shown
                self.removeItem(1)
        i = self.findData(code) if code else 0
        if i < 0:  # not filled yet, or a code that is no country: shown as it is
            self._add(code)
            i = self.count() - 1
        self.setCurrentIndex(i)

    def set_names(self, names: Mapping[str, str]) -> None:
        """Name the codes the CLDR tables lack from ``names`` (the rule data's) from now on."""
        if names is self._names:
            return
        self._names = names
        if self.filled:  # the list was named from the old ones
            self.filled = False
            self.fill()

    def _add(self, code: str) -> None:
        self.addItem(f"{code} — {country_name(code, fallback=self._names)}", code)

    def fill(self) -> None:
        """Put every country in the list, once."""
        if self.filled:
            return
        self.filled = True
        current = str(self.currentData() or "")
        blocked = self.blockSignals(True)  # the choice itself does not change
        while self.count() > 1:
            self.removeItem(1)
        for code, name in all_countries(fallback=self._names):
            self.addItem(f"{code} — {name}", code)
        if current and self.findData(current) < 0:
            self._add(current)  # keep a choice the list does not have
        self.setCurrentIndex(max(self.findData(current), 0))
        self.blockSignals(blocked)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.fill()
        super().focusInEvent(event)

    def showPopup(self) -> None:
        self.fill()
        super().showPopup()


def scrolling(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area, for a dock: on a small screen the
    dock scrolls instead of squeezing its contents over each other, and
    contents that grow (a long Russian label) do not widen the dock."""
    area = QScrollArea()
    area.setObjectName(f"{widget.objectName() or 'panel'}-scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area


class SidePanel(QWidget):
    def __init__(self, doc: Document, view: CalendarView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.view = doc, view
        # traveller
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Name"))
        self.nationality = CountryCombo(doc.rules.names)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("N&ationality:"), self.nationality)
        traveller = QGroupBox(self.tr("Traveller"))
        traveller.setLayout(form)
        self.name.editingFinished.connect(self._traveller_edited)
        self.nationality.activated.connect(self._traveller_edited)
        # destinations
        self.destinations = DestinationsModel(doc, self)
        self.dest_table = self._table(self.destinations)
        self.dest_table.setMaximumHeight(120)
        self.dest_table.setMinimumHeight(72)
        self.dest_table.setWordWrap(True)
        self.dest_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.dest_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.dest_table.horizontalHeader().setSectionResizeMode(
            DestinationsModel.DEADLINE, QHeaderView.ResizeMode.Stretch)
        dests = QGroupBox(self.tr("Today"))
        QVBoxLayout(dests).addWidget(self.dest_table)
        # stays
        # The model sorts itself (a header click calls its sort()): a sorting
        # proxy asked it for two keys per comparison, most of the time it took
        # to open a file of thousands of stays.
        self.stays = StaysModel(doc, self)
        self.table = self._table(self.stays)
        # The indicator first, so that enabling sorting sorts once, by entry.
        self.table.horizontalHeader().setSortIndicator(StaysModel.ENTRY,
                                                       Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setColumnHidden(StaysModel.STATUS, True)
        self.table.selectionModel().currentRowChanged.connect(self._row_selected)
        stays = QGroupBox(self.tr("Stays"))
        self.table.setMinimumHeight(150)
        QVBoxLayout(stays).addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.addWidget(traveller)
        layout.addWidget(dests)
        layout.addWidget(stays, 1)
        view.selectionChanged.connect(self._select_row)
        doc.travellerChanged.connect(self._load_traveller)
        doc.reset.connect(self._load_traveller)
        self._load_traveller()

    def _table(self, model: object) -> QTableView:
        t = QTableView()
        t.setModel(model)  # type: ignore[arg-type]
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.verticalHeader().hide()
        t.verticalHeader().setDefaultSectionSize(22)
        t.setAlternatingRowColors(True)
        t.setShowGrid(False)
        h = t.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Columns fit the rows in view and a sample of 64 more, not every row
        # (every cell of a 5 000-stay itinerary was read on each reset).
        h.setResizeContentsPrecision(64)
        h.setStretchLastSection(True)
        return t

    def _load_traveller(self) -> None:
        self.nationality.set_names(self.doc.rules.names)  # the rules are read after start
        t = self.doc.traveller
        self.name.setText(t.name)
        self.nationality.set_code(t.nationality)

    def _traveller_edited(self, *_args: object) -> None:
        from dataclasses import replace

        t = self.doc.traveller
        new = replace(t, name=self.name.text().strip(),
                      nationality=str(self.nationality.currentData() or ""))
        if (new.name, new.nationality) != (t.name, t.nationality):
            self.doc.edit_traveller(new)

    def _row_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        i = self.stays.stay_index(current.row())
        if i != self.view.selected:
            self.view.select(i)
            self.view.ensure_visible(self.doc.stays[i].entry)

    def _select_row(self, index: int | None) -> None:
        sel = self.table.selectionModel()
        if index is None:
            sel.clearSelection()
            return
        row = self.stays.index(self.stays.row_of(index), 0)
        if row.row() != self.table.currentIndex().row():
            sel.setCurrentIndex(row, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(row)

