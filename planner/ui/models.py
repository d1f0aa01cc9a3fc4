"""Qt item models over the document: the table of stays and the per-destination summary.

:class:`StaysModel` is editable; every edit becomes an undo command through
the document, and the model refreshes itself from the document's signals, so
the table and the calendar can never disagree. Sort it with a
:class:`~PySide6.QtCore.QSortFilterProxyModel` on :data:`SORT_ROLE`.

:class:`DestinationsModel` shows, per destination, the days used today and
the next deadline (the latest compliant exit of the stay in progress or the
next one). Those planning searches are slower than a drag's preview, so the
model recomputes them a moment after the last change, not on every move.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush

from planner.core.countries import is_country_code
from planner.core.model import Status, Stay
from planner.core.planning import latest_exit
from planner.i18n import QT_TRANSLATE_NOOP
from planner.names import country_name
from planner.ui import colors
from planner.ui.day_texts import conflict_line, day_text
from planner.ui.destinations import destination_short
from planner.ui.document import Document
from planner.wording import may_stay_text

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


class HeaderedTableModel(QAbstractTableModel):
    """A table whose columns are its ``_headers`` (set, translated, by the subclass)."""

    _headers: list[str]

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def status_label(status: Status) -> str:
    labels = {Status.VISA_FREE: QT_TRANSLATE_NOOP("Status", "Visa-free"),
              Status.VISA: QT_TRANSLATE_NOOP("Status", "Visa"),
              Status.RESIDENCE: QT_TRANSLATE_NOOP("Status", "Residence permit"),
              Status.EXEMPT: QT_TRANSLATE_NOOP("Status", "Exempt ground")}
    return QCoreApplication.translate("Status", labels[status])


class StaysModel(HeaderedTableModel):
    """One row per stay, in itinerary order."""

    COUNTRY, ENTRY, EXIT, DAYS, STATUS, NOTE = range(6)

    def __init__(self, doc: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        doc.stayChanged.connect(self._changed)
        doc.stayAboutToBeInserted.connect(self._inserting)
        doc.stayInserted.connect(self.endInsertRows)
        doc.stayAboutToBeRemoved.connect(self._removing)
        doc.stayRemoved.connect(self.endRemoveRows)
        doc.evaluated.connect(self._evaluated)
        doc.conflictsChanged.connect(self._conflicts_changed)
        doc.reset.connect(self._reset)
        self._headers = [self.tr("Country"), self.tr("Entry"), self.tr("Exit"),
                         self.tr("Days"), self.tr("Status"), self.tr("Note")]

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.doc.stays)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() != self.DAYS:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.doc.stays):
            return None
        s = self.doc.stays[index.row()]
        col = index.column()
        if role == SORT_ROLE:  # first: sorting asks for it n log n times
            if col == self.ENTRY:
                return s.entry.toordinal()
            return [s.country, s.entry.toordinal(), s.exit.toordinal(), s.days,
                    s.status.value, s.note.casefold()][col]
        if role == Qt.ItemDataRole.DisplayRole:  # the one column asked (a view asks often)
            match col:
                case self.ENTRY:
                    return day_text(s.entry)
                case self.EXIT:
                    return day_text(s.exit)
                case self.STATUS:
                    return status_label(s.status)
            return [s.country, None, None, s.days, None, s.note][col]
        if role == Qt.ItemDataRole.EditRole:
            return [s.country, _qdate(s.entry), _qdate(s.exit), s.days, s.status.value,
                    s.note][col]
        clashes = self.doc.clashes.partners.get(index.row(), {})
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COUNTRY:
            return "\n".join([country_name(s.country, fallback=self.doc.rules.names),
                              *(conflict_line(j, self.doc.stays, days, self.doc.rules.names)
                                for j, days in sorted(clashes.items()))])
        if role == Qt.ItemDataRole.DecorationRole and col == self.COUNTRY:
            return colors.country_color(s.country)
        if role == Qt.ItemDataRole.BackgroundRole and clashes:
            return QBrush(colors.CONFLICT_ROW)
        if (role == Qt.ItemDataRole.ForegroundRole and col in (self.ENTRY, self.EXIT, self.DAYS)
                and self._breaching(index.row())):
            return QBrush(colors.BREACH)
        return None

    def _breaching(self, row: int) -> bool:
        return bool(self.doc.evaluator.stay_breaches(row))

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        s = self.doc.stays[index.row()]
        try:
            new = self._edited(s, index.column(), value)
        except (ValueError, TypeError):
            return False
        if new != s:
            self.doc.edit_stay(index.row(), new)
        return True

    @staticmethod
    def _edited(s: Stay, col: int, value: Any) -> Stay:
        from dataclasses import replace

        def as_date(v: Any) -> dt.date:
            if isinstance(v, QDate):
                return dt.date(v.year(), v.month(), v.day())
            return dt.date.fromisoformat(str(v))

        if col == StaysModel.COUNTRY:
            code = str(value).strip().upper()
            if not is_country_code(code):
                raise ValueError(code)
            return replace(s, country=code)
        if col == StaysModel.ENTRY:
            return s.with_dates(as_date(value), s.exit)
        if col == StaysModel.EXIT:
            return s.with_dates(s.entry, as_date(value))
        if col == StaysModel.STATUS:
            return replace(s, status=Status(str(value)))
        if col == StaysModel.NOTE:
            return replace(s, note=str(value))
        raise ValueError(col)

    # ---- following the document --------------------------------------------------

    def _changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def _inserting(self, row: int) -> None:
        self.beginInsertRows(QModelIndex(), row, row)

    def _removing(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)

    def _evaluated(self, _change: object) -> None:
        n = self.rowCount()  # a breach anywhere may colour any stay's dates
        if n:
            self.dataChanged.emit(self.index(0, 0), self.index(n - 1, self.columnCount() - 1),
                                  [Qt.ItemDataRole.ForegroundRole])

    def _conflicts_changed(self, rows: set[int]) -> None:
        """The rows whose conflicts an edit started or ended: their tint and tooltip."""
        last = self.columnCount() - 1
        for row in sorted(rows):
            self.dataChanged.emit(self.index(row, 0), self.index(row, last),
                                  [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole])

    def _reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()


class DestinationsModel(HeaderedTableModel):
    """Per destination: days used today of those allowed, and the next deadline."""

    DESTINATION, USED, DEADLINE = range(3)

    def __init__(self, doc: Document, parent: QObject | None = None,
                 delay_ms: int = 250) -> None:
        super().__init__(parent)
        self.doc = doc
        self._rows: list[tuple[str, str, str, bool]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.refresh)
        for sig in (doc.evaluated, doc.travellerChanged, doc.todayChanged):
            sig.connect(self._schedule)
        doc.reset.connect(self.refresh)  # a file opened shows its rows in its first paint
        self._headers = [self.tr("Destination"), self.tr("Used today"),
                         self.tr("Next deadline")]
        self.refresh()

    def _schedule(self, *_args: object) -> None:
        self._timer.start()

    def refresh(self) -> None:
        """Recompute every row now."""
        self._timer.stop()
        self.beginResetModel()
        self._rows = [self._row(d) for d in self.doc.evaluator.destinations()]
        self.endResetModel()

    def _row(self, dest: str) -> tuple[str, str, str, bool]:
        doc, today = self.doc, self.doc.today
        u = doc.evaluator.counter(dest, today)
        used = f"{u.used} / {u.allowed}" if u else "—"
        deadline = ""
        stays = doc.stays
        candidates = [(s.entry, i) for i, s in enumerate(stays) if s.exit >= today
                      and s.status.counts and dest in doc.evaluator.destinations_of(s)]
        if candidates:
            _, i = min(candidates)
            ans = latest_exit(doc.rules, doc.traveller.nationality, stays, i)
            if ans.unlimited:
                deadline = self.tr("no limit")
            elif ans.latest is None:
                deadline = self.tr("breach from the first day")
            elif doc.evaluator.stay_breaches(i):
                deadline = self.tr("leave by {date}").format(date=day_text(ans.latest))
            else:  # one vocabulary: "leave by" only for a stay that breaches
                deadline = may_stay_text(day_text(ans.latest))
        return dest, used, deadline, bool(u and u.over)

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return destination_short(row[0]) if index.column() == 0 else row[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return country_name(row[0], fallback=self.doc.rules.names)
        if role == Qt.ItemDataRole.ForegroundRole and row[3] and index.column() == 1:
            return QBrush(colors.BREACH)
        return None
