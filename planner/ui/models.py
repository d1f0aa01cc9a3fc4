"""Qt item models over the document: the table of stays and the per-destination summary.

:class:`StaysModel` is editable; every edit becomes an undo command through
the document, and the model refreshes itself from the document's signals, so
the table and the calendar can never disagree. It sorts itself (a view's
header click calls :meth:`StaysModel.sort`): each stay's key is read once and
sorted in Python, and an edit moves its one row (:mod:`planner.ui.row_order`),
so that opening a large file does not ask the model for a key per comparison
as a sorting proxy does. Rows are then not stays' indexes:
:meth:`StaysModel.stay_index` and :meth:`StaysModel.row_of` translate.
:data:`SORT_ROLE` gives the same keys, for a proxy of one's own.

:class:`DestinationsModel` shows, per destination, the days used today and
the next deadline (the latest compliant exit of the stay in progress or the
next one). Those planning searches are slower than a drag's preview, so the
model recomputes them a moment after the last change, not on every move.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

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
from planner.i18n import QT_TRANSLATE_NOOP
from planner.names import country_name
from planner.ui import colors
from planner.ui.day_texts import conflict_line, day_text
from planner.ui.destinations import destination_short
from planner.ui.document import Document
from planner.ui.row_order import RowOrder
from planner.wording import may_stay_text

if TYPE_CHECKING:  # the type only: the planning searches load when first used
    from planner.core.probing import ExitAnswer

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: The roles :meth:`StaysModel.data` answers. A view asks every cell for eight
#: roles on each paint (font, alignment, check state, size hint ...); the ones
#: outside this set are answered ``None`` before the stay is looked up: about a
#: third of the model's time in the window's first paint of the demo (measured).
_STAY_ROLES = frozenset(int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole, SORT_ROLE))
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


#: Per column of :class:`StaysModel`, what it sorts by (dates as day numbers).
SORT_KEYS: tuple[Callable[[Stay], Any], ...] = (
    lambda s: s.country, lambda s: s.entry.toordinal(), lambda s: s.exit.toordinal(),
    lambda s: s.days, lambda s: s.status.value, lambda s: s.note.casefold())


class StaysModel(HeaderedTableModel):
    """One row per stay, in itinerary order until :meth:`sort` orders them by a column.

    Sorted, the rows follow edits: a stay whose key changes moves to its new
    row (``rowsMoved``), an added stay comes in on its row; ties keep
    itinerary order, ascending or descending.
    """

    COUNTRY, ENTRY, EXIT, DAYS, STATUS, NOTE = range(6)

    def __init__(self, doc: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        doc.stayChanged.connect(self._changed)
        # Rows come in once the stay is there (its row depends on it).
        doc.stayInserted.connect(self._inserted)
        doc.stayAboutToBeRemoved.connect(self._removing)
        doc.stayRemoved.connect(self._removed)
        doc.evaluated.connect(self._evaluated)
        doc.conflictsChanged.connect(self._conflicts_changed)
        doc.reset.connect(self._reset)
        self._headers = [self.tr("Country"), self.tr("Entry"), self.tr("Exit"),
                         self.tr("Days"), self.tr("Status"), self.tr("Note")]
        self._sort_column = -1  # -1: itinerary order
        self._order = RowOrder()
        self._order.arrange(len(doc.stays), None)

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._order)

    def stay_index(self, row: int) -> int:
        """The document's index of the stay on ``row``."""
        return self._order.item(row)

    def row_of(self, stay_index: int) -> int:
        """The row that shows the document's stay ``stay_index``."""
        return self._order.row(stay_index)

    def _stay_at(self, index: Index) -> int | None:
        """The document's index of the stay on ``index``'s row (None: no such row)."""
        if not index.isValid() or not 0 <= index.row() < len(self._order):
            return None
        i = self._order.item(index.row())
        return i if i < len(self.doc.stays) else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by ``column`` (-1: itinerary order), keeping persistent
        indexes (the selection, the current row) on their stays."""
        # The signals' short form: PySide6 6.11 crashes emitting the sort hint's.
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        stays = [self._order.item(i.row()) for i in kept]
        self._sort_column = column if 0 <= column < len(SORT_KEYS) else -1
        self._arrange(order == Qt.SortOrder.DescendingOrder)
        moved = [self.index(self._order.row(s), i.column())
                 for s, i in zip(stays, kept, strict=True)]
        self.changePersistentIndexList(kept, moved)
        self.layoutChanged.emit()

    def _arrange(self, descending: bool) -> None:
        """Sort every stay by the sort column's key (no signals)."""
        stays = self.doc.stays
        if self._sort_column < 0:
            self._order.arrange(len(stays), None)
        else:
            key = SORT_KEYS[self._sort_column]
            self._order.arrange(len(stays), [key(s) for s in stays], descending)

    def _key(self, stay_index: int) -> Any:
        return (SORT_KEYS[self._sort_column](self.doc.stays[stay_index])
                if self._sort_column >= 0 else None)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if self._stay_at(index) is None:
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() != self.DAYS:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _STAY_ROLES or (i := self._stay_at(index)) is None:
            return None
        s = self.doc.stays[i]
        col = index.column()
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
        if role == SORT_ROLE:
            return SORT_KEYS[col](s)
        clashes = self.doc.clashes.partners.get(i, {})
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COUNTRY:
            return "\n".join([country_name(s.country, fallback=self.doc.rules.names),
                              *(conflict_line(j, self.doc.stays, days, self.doc.rules.names)
                                for j, days in sorted(clashes.items()))])
        if role == Qt.ItemDataRole.DecorationRole and col == self.COUNTRY:
            return colors.country_color(s.country)
        if role == Qt.ItemDataRole.BackgroundRole and clashes:
            return QBrush(colors.CONFLICT_ROW)
        if (role == Qt.ItemDataRole.ForegroundRole and col in (self.ENTRY, self.EXIT, self.DAYS)
                and self._breaching(i)):
            return QBrush(colors.BREACH)
        return None

    def _breaching(self, stay_index: int) -> bool:
        return bool(self.doc.evaluator.stay_breaches(stay_index))

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or (i := self._stay_at(index)) is None:
            return False
        s = self.doc.stays[i]
        try:
            new = self._edited(s, index.column(), value)
        except (ValueError, TypeError):
            return False
        if new != s:
            self.doc.edit_stay(i, new)
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

    def _changed(self, stay_index: int) -> None:
        row = self._order.row(stay_index)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        to = self._order.new_row(stay_index, self._key(stay_index))
        if to != row:  # Qt counts the destination before the row leaves its place
            self.beginMoveRows(NO_PARENT, row, row, NO_PARENT, to if to < row else to + 1)
            self._order.move(row, to)
            self.endMoveRows()

    def _inserted(self, stay_index: int) -> None:
        row = self._order.make_room(stay_index, self._key(stay_index))
        self.beginInsertRows(NO_PARENT, row, row)
        self._order.add(stay_index, row)
        self.endInsertRows()

    def _removing(self, stay_index: int) -> None:
        row = self._order.row(stay_index)
        self.beginRemoveRows(NO_PARENT, row, row)

    def _removed(self, stay_index: int) -> None:
        self._order.drop(stay_index)
        self.endRemoveRows()

    def _evaluated(self, _change: object) -> None:
        n = self.rowCount()  # a breach anywhere may colour any stay's dates
        if n:
            self.dataChanged.emit(self.index(0, 0), self.index(n - 1, self.columnCount() - 1),
                                  [Qt.ItemDataRole.ForegroundRole])

    def _conflicts_changed(self, stays: set[int]) -> None:
        """The stays whose conflicts an edit started or ended: their rows' tint and tooltip."""
        last = self.columnCount() - 1
        for row in sorted(self._order.row(i) for i in stays):
            self.dataChanged.emit(self.index(row, 0), self.index(row, last),
                                  [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole])

    def _reset(self) -> None:
        self.beginResetModel()
        self._arrange(self._order.descending)
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
        ev, today = self.doc.evaluator, self.doc.today
        # Per destination, the counting stay not over yet that enters first
        # (ties: the first listed), found in one pass over the stays.
        nearest: dict[str, tuple[dt.date, int]] = {}
        dests: dict[str, list[str]] = {}  # per country, asked of the evaluator once
        for i, s in enumerate(self.doc.stays):
            if s.exit >= today and s.status.counts:
                found = dests.get(s.country)
                if found is None:
                    found = dests[s.country] = ev.destinations_of(s)
                for dest in found:
                    if dest not in nearest or (s.entry, i) < nearest[dest]:
                        nearest[dest] = (s.entry, i)
        exits = self._latest_exits({i for _, i in nearest.values()})
        self._rows = [self._row(d, nearest[d][1] if d in nearest else None, exits)
                      for d in ev.destinations()]
        self.endResetModel()

    def _latest_exits(self, indexes: set[int]) -> dict[int, ExitAnswer]:
        """Those stays' latest exits, as :func:`planner.core.planning.latest_exit`
        answers them, from one index of the itinerary (not one per stay)."""
        if not indexes:
            return {}
        indexed = self.doc.stay_index()
        return {i: indexed.latest_exit(i) for i in sorted(indexes)}

    def _row(self, dest: str, nearest: int | None, exits: dict[int, ExitAnswer]
             ) -> tuple[str, str, str, bool]:
        u = self.doc.evaluator.counter(dest, self.doc.today)
        used = f"{u.used} / {u.allowed}" if u else "—"
        deadline = ""
        if nearest is not None:
            ans = exits[nearest]
            if ans.unlimited:
                deadline = self.tr("no limit")
            elif ans.latest is None:
                deadline = self.tr("breach from the first day")
            elif self.doc.evaluator.stay_breaches(nearest):
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
