"""Which item a sorted table shows on each row, sorted once and then kept in order.

A table over a list of items (the stays) shows them in item order or sorted
by a key per item (a column's value). Sorting a proxy model asks the model
for two keys per comparison, some 70 000 Python calls for 5 000 rows; here
the keys are read once per item and sorted by :func:`sorted`, and an edit,
an insertion or a removal moves, adds or drops one row in place with a
binary search (``log2(n)`` comparisons).

Ties keep item order in both directions, as a stable sort does: sorted by
entry with two stays entering on 1 May, item 3 shows above item 7 whether
the column is ascending or descending.
"""

from __future__ import annotations

from typing import Any


class RowOrder:
    """Rows (positions in the view) to items (indexes into the list) and back.

    ``keys`` is ``None`` for item order (row ``r`` shows item ``r``), else
    one key per item, sorted ascending or, with ``descending``, descending.
    """

    def __init__(self) -> None:
        self.items: list[int] = []  # row -> item
        self.keys: list[Any] | None = None  # item -> key
        self.descending = False
        self._rows: list[int] | None = []  # item -> row; None: to be rebuilt when asked

    def __len__(self) -> int:
        return len(self.items)

    def arrange(self, count: int, keys: list[Any] | None, descending: bool = False) -> None:
        """Order ``count`` items by ``keys`` (``None``: item order), all at once."""
        self.keys, self.descending = keys, descending
        if keys is None:
            self.items = list(range(count))
        else:
            # reverse=True keeps equal keys in item order, as ascending does
            self.items = sorted(range(count), key=keys.__getitem__, reverse=descending)
        self._rows = None

    def item(self, row: int) -> int:
        return self.items[row]

    def row(self, item: int) -> int:
        if self._rows is None:
            rows = [0] * len(self.items)
            for r, i in enumerate(self.items):
                rows[i] = r
            self._rows = rows
        return self._rows[item]

    def _before(self, a: int, key: Any, b: int) -> bool:
        """Whether item ``a`` with ``key`` belongs above item ``b``."""
        assert self.keys is not None
        other = self.keys[b]
        if key == other:
            return a < b
        return bool(key > other) if self.descending else bool(key < other)

    def _place(self, item: int, key: Any, skip: int | None = None) -> int:
        """The row ``item`` belongs on among the rows other than ``skip``."""
        items = self.items
        lo, hi = 0, len(items) - (skip is not None)
        while lo < hi:
            mid = (lo + hi) // 2
            other = items[mid if skip is None or mid < skip else mid + 1]
            if self._before(item, key, other):
                hi = mid
            else:
                lo = mid + 1
        return lo

    # ---- one item at a time ------------------------------------------------------

    def make_room(self, item: int, key: Any) -> int:
        """Item ``item`` was inserted (those from it on move up by one): renumber
        the rows' items and return the row it belongs on, without adding it yet
        (:meth:`add` does, between a model's begin and end of the insertion)."""
        self.items = [i + (i >= item) for i in self.items]
        self._rows = None
        if self.keys is None:
            return item
        self.keys.insert(item, key)
        return self._place(item, key)

    def add(self, item: int, row: int) -> None:
        """Show ``item`` on ``row`` (as :meth:`make_room` said)."""
        self.items.insert(row, item)
        self._rows = None

    def drop(self, item: int) -> None:
        """Item ``item`` was removed (those after it move down by one)."""
        del self.items[self.row(item)]
        self.items = [i - (i > item) for i in self.items]
        if self.keys is not None:
            del self.keys[item]
        self._rows = None

    def new_row(self, item: int, key: Any) -> int:
        """Item ``item``'s key became ``key``: the row it belongs on now (the rows
        counted as if it were taken out and put back; its own row: no move)."""
        if self.keys is None:
            return item
        self.keys[item] = key
        return self._place(item, key, skip=self.row(item))

    def move(self, row: int, to: int) -> None:
        """Move the item on ``row`` to ``to`` (as :meth:`new_row` counts)."""
        if row == to:
            return
        items = self.items
        items.insert(to, items.pop(row))
        if self._rows is not None:
            for r in range(min(row, to), max(row, to) + 1):
                self._rows[items[r]] = r
