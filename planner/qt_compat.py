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

PySide6 also looks at every module imported after it, to learn whether the
module uses PySide (for its opt-in ``from __feature__ import snake_case``): it
reads the module's whole source through :func:`inspect.getsource`, which keeps
every line in :mod:`linecache` for the rest of the run. For the window that is
some 200 modules (NumPy's among them) read line by line at start-up and about
10 MB held for nothing. :func:`quick_feature_scan` gives the same answer ("does
the source contain ``PySide6``") from the file's bytes, keeping nothing.
"""

from __future__ import annotations

import sys
from types import ModuleType

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


def quick_feature_scan() -> None:
    """Make PySide6's per-import check read the module file's bytes, not its lines.

    The answer for each module is the one PySide6 would give (its source contains
    ``PySide6``); a module whose source is not a plain ``.py`` file (a zip import,
    a built-in) goes to PySide6's own check. Idempotent; does nothing when the
    binding has no such check.
    """
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, "quick", False):
        return

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as f:
                    return b"PySide6" in f.read()
            except OSError:
                pass  # unreadable: the binding's own check decides
        return bool(original(module))

    uses_pyside.quick = True  # type: ignore[attr-defined]
    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010  (a private name)
