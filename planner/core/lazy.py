"""NumPy, and any module of ours, imported on first use rather than when named.

Importing NumPy takes about 50 ms; the window shows itself before it loads an
itinerary, so the rules core must be importable without paying that price up
front. ``from planner.core.lazy import np`` gives a module object that loads
NumPy the first time one of its attributes is used (the standard library's
:class:`importlib.util.LazyLoader`). Type checkers see the real ``numpy``.

The window names the planning and deadline machinery the same way
(``advice = lazy_module("planner.core.advice")`` beside an ``if TYPE_CHECKING``
import of the real module): the window shows before those modules load, and the
first call into one loads it whole, so nothing is ever found half-built.

Two limits of Python 3.11's loader: a module that fails while it loads raises
at its first use and stays broken for the rest of the process (an ``import``
would have removed it); and the loader is not thread-safe (CPython gh-114763,
fixed in 3.12.3), so a lazily named module is first touched from one thread:
everything of ours runs in the main thread. Name only modules of ours and
NumPy this way, not the standard library's, which every other library imports.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType
from typing import TYPE_CHECKING


def lazy_module(name: str) -> ModuleType:
    """``name``, to be executed when first touched (or as imported, if it is)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    parent, _, child = name.rpartition(".")
    if parent:  # as an import does: ``import a.b`` then ``a.b.f()`` must find it
        setattr(sys.modules[parent], child, module)
    return module


if TYPE_CHECKING:
    import numpy as np
else:
    def __getattr__(name: str) -> ModuleType:
        """``np``, named lazily when first imported from here: a process that
        only uses :func:`lazy_module` (a one-shot command reading its rule
        files) has no NumPy in ``sys.modules`` at all."""
        if name == "np":
            return lazy_module("numpy")
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = ["lazy_module", "np"]
