"""One way to do each thing: one translator factory, one country-name module.

Copies drift apart: a module that writes its own ``_tr`` or its own
``country_name`` is a second path a fix has to find. These checks read the
source, so that a new copy fails here rather than in a translator's hands.
"""

from __future__ import annotations

import ast
from collections import Counter

from tests.test_architecture import ROOT, module_name

PLANNER = sorted((ROOT / "planner").rglob("*.py"))


def _functions(path_text: str) -> set[str]:
    return {n.name for n in ast.walk(ast.parse(path_text))
            if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)}


def test_no_module_writes_its_own_translator() -> None:
    """``_tr = qt_translator("Context")``, never a ``def _tr`` of its own."""
    own = [module_name(p) for p in PLANNER if "_tr" in _functions(p.read_text())]
    assert own == []


def test_countries_are_named_in_one_module() -> None:
    naming = {module_name(p) for p in PLANNER
              if _functions(p.read_text()) & {"country_name", "country_names",
                                               "country_from_text", "find_country"}}
    assert naming == {"planner.names"}


def test_no_two_modules_share_a_name_that_says_little() -> None:
    stems = Counter(p.stem for p in PLANNER if p.stem not in ("__init__", "__main__"))
    vague = {"texts", "names", "utils", "helpers", "misc"}
    assert {s: n for s, n in stems.items() if s in vague and n > 1} == {}
    assert "texts" not in stems
