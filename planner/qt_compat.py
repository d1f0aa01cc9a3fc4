"""Work-arounds for defects in the Qt binding we run on (for the window and the PDF report).

PySide6 6.12.0 on CPython 3.11 drops one reference to ``None`` every time a
Qt method that returns ``void`` is called from Python (``widget.update()``,
``painter.drawRect()``, ``app.processEvents()`` ...), and one to ``True`` or
``False`` every time a ``bool`` signal is emitted. After some tens of
thousands of calls the count reaches zero and CPython aborts with "Fatal
Python error: none_dealloc" (or ``bool_dealloc``). From CPython 3.12 on these
objects are immortal (PEP 683) and the defect is harmless; on 3.11
:func:`protect_none` gives them the same practically-infinite reference count
once, at start-up. They are static objects that are never freed, so a larger
count changes nothing else.
"""

from __future__ import annotations

import sys

_BOOST = 1 << 48


def protect_none() -> None:
    """Make ``None``, ``True`` and ``False`` effectively immortal on CPython < 3.12.

    Idempotent; does nothing on other interpreters or newer CPythons.
    """
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    import PySide6

    if not PySide6.__version__.startswith("6.12."):
        return  # 6.11 and older do not have the defect (pyproject excludes 6.12.0)
    import ctypes

    for obj in (None, True, False, Ellipsis, NotImplemented):
        refcnt = ctypes.c_ssize_t.from_address(id(obj))
        if refcnt.value < _BOOST // 2:
            refcnt.value += _BOOST
