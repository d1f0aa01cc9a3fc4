"""The binding work-arounds of :mod:`planner.qt_compat` keep the binding's answers."""

from __future__ import annotations

import inspect
import sys
import types
from pathlib import Path

import planner.ui  # noqa: F401  (installs the quick check)
from planner import qt_compat


def _binding_answer(module: types.ModuleType) -> bool:
    """What PySide6's own check says: the module's source contains "PySide6"."""
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False


def test_the_quick_check_is_installed() -> None:
    feature = sys.modules["shibokensupport.feature"]
    assert getattr(feature._mod_uses_pyside, "quick", False)
    qt_compat.quick_feature_scan()  # a second call keeps the one check
    assert getattr(feature._mod_uses_pyside, "quick", False)


def test_the_quick_check_answers_as_the_binding_does() -> None:
    check = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    modules = [sys.modules[n] for n in ("planner.ui", "planner.ui.colors", "planner.core.model",
                                        "json", "sys", "PySide6")]
    answers = [check(m) for m in modules]
    assert answers == [_binding_answer(m) for m in modules]
    assert answers[:3] == [True, True, False]  # our Qt modules use PySide6, the core never


def test_a_module_without_a_readable_source_goes_to_the_binding(tmp_path: Path) -> None:
    check = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    gone = types.ModuleType("gone")
    gone.__file__ = str(tmp_path / "gone.py")  # never written
    assert check(gone) is False
