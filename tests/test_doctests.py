"""The examples in the program's docstrings run, and say what they show.

Docstrings here are where counting semantics are written down (STYLE.md,
"Say exactly what you count"), often with an example; a wrong example is a
wrong specification. Each module with examples is one test.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from types import ModuleType

import pytest

import planner


def _modules() -> list[str]:
    names = ["planner"]
    for info in pkgutil.walk_packages(planner.__path__, "planner."):
        if info.name.endswith("__main__"):
            continue
        names.append(info.name)
    return sorted(names)


def _with_examples(name: str) -> ModuleType | None:
    module = importlib.import_module(name)
    finder = doctest.DocTestFinder(exclude_empty=True)
    runnable = [e for t in finder.find(module) for e in t.examples
                if not e.options.get(doctest.SKIP)]
    return module if runnable else None


MODULES = [n for n in _modules() if _with_examples(n) is not None]


def test_some_modules_have_examples() -> None:
    assert "planner.core.model" in MODULES


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    runner = doctest.DocTestRunner(
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    for test in doctest.DocTestFinder(exclude_empty=True).find(module):
        runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.attempted > 0
    assert result.failed == 0, f"{result.failed} docstring example(s) of {name} fail"
