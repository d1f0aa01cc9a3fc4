"""Binary search over a monotone question, shared by the planning answers.

:func:`last_true` finds the largest whole number for which a yes-then-no
question still says yes: the longest stay that adds no breach, the longest
stay that conflicts with nothing.
"""

from __future__ import annotations

from collections.abc import Callable


def last_true(lo: int, hi: int, ok: Callable[[int], bool]) -> int | None:
    """The largest i in ``lo .. hi`` with ``ok(i)``, for ``ok`` true then false
    (monotone); ``None`` when ``ok(lo)`` is already false.

    >>> last_true(0, 10, lambda i: i * i <= 30)
    5
    >>> last_true(3, 10, lambda i: i < 3) is None
    True
    """
    if not ok(lo):
        return None
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if ok(mid):
            lo = mid
        else:
            hi = mid - 1
    return lo
