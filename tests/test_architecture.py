"""Shape rules of the code base: the core never imports Qt; packages import
only the layers below them; files stay small and say what they are for."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BLOCK_QT = """
import importlib.abc, sys
class BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6'):
            raise ImportError('Qt is blocked in this test: ' + name)
        return None
sys.meta_path.insert(0, BlockQt())
import pkgutil, importlib, planner.core, planner.storage
for m in pkgutil.walk_packages(planner.core.__path__, 'planner.core.'):
    importlib.import_module(m.name)
for m in pkgutil.walk_packages(planner.storage.__path__, 'planner.storage.'):
    importlib.import_module(m.name)
import planner.api, planner.cli
from planner.cli import main
status = main(['check', sys.argv[1]])
assert status in (0, 1), status
print('ok')
"""


def test_core_storage_api_and_cli_run_with_qt_blocked() -> None:
    demo = ROOT / "resources" / "demo" / "anna-2023.stayplan"
    res = subprocess.run([sys.executable, "-c", BLOCK_QT, str(demo)], capture_output=True,
                         text=True, cwd=ROOT)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip().endswith("ok")


def python_files() -> list[Path]:
    return sorted(p for d in ("planner", "tests", "bench") for p in (ROOT / d).rglob("*.py"))


def test_every_module_has_a_docstring() -> None:
    missing = [str(p.relative_to(ROOT)) for p in python_files()
               if p.stat().st_size and ast.get_docstring(ast.parse(p.read_text())) is None]
    assert missing == []


def test_no_file_is_too_long() -> None:
    long = {str(p.relative_to(ROOT)): n for p in python_files()
            if (n := len(p.read_text().splitlines())) > 560}
    assert long == {}


def test_window_without_a_display_says_so() -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    demo = ROOT / "resources" / "demo" / "anna-2023.stayplan"
    res = subprocess.run([sys.executable, "-m", "planner", str(demo)], capture_output=True,
                         text=True, cwd=ROOT, env=env, timeout=60)
    assert res.returncode == 2
    assert "no display" in res.stderr and "stay-planner check" in res.stderr


# planner.ui in layers, lowest first: a module may import its own layer and the
# ones before it, never a later one. The top of planner.ui (document, commands,
# models, settings ...) is the lowest layer.
UI_LAYERS = ("planner.ui", "planner.ui.calendar", "planner.ui.planning", "planner.ui.window")


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(source: str, module: str, is_package: bool = False) -> set[str]:
    """Every module ``source`` imports, wherever the import statement sits.

    Top-level, function-level and ``if TYPE_CHECKING:`` imports all count;
    relative imports are resolved against ``module``. ``from package import
    name`` yields both ``package`` and ``package.name`` (the name may be a module).
    """
    found: set[str] = set()
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package
            for _ in range(node.level - 1):
                base = base.rpartition(".")[0]
            if node.level:
                name = f"{base}.{node.module}" if node.module else base
            else:
                name = node.module or ""
            found.add(name)
            found.update(f"{name}.{alias.name}" for alias in node.names)
    return found


def imports_of_package(package: str) -> dict[str, set[str]]:
    """For every module in ``package`` (a dotted name under the repository), its imports."""
    folder = ROOT.joinpath(*package.split("."))
    return {module_name(p): imported_modules(p.read_text(encoding="utf-8"), module_name(p),
                                             p.name == "__init__.py")
            for p in sorted(folder.rglob("*.py"))}


def ui_layer(module: str) -> int:
    """Index in :data:`UI_LAYERS` of the deepest layer that holds ``module``."""
    return max(i for i, layer in enumerate(UI_LAYERS)
               if module == layer or module.startswith(layer + "."))


def within(module: str, packages: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in packages)


def test_import_finder_sees_nested_relative_and_type_checking_imports() -> None:
    source = """
from typing import TYPE_CHECKING
from . import sibling
from ..calendar.scene import Bar
if TYPE_CHECKING:
    from planner.ui.window.main_window import MainWindow
def later():
    import planner.report.dialogs
"""
    found = imported_modules(source, "planner.ui.planning.markers")
    assert {"planner.ui.planning.sibling", "planner.ui.calendar.scene",
            "planner.ui.window.main_window", "planner.report.dialogs"} <= found
    assert ui_layer("planner.ui.planning.markers") == 2
    assert ui_layer("planner.ui.document") == 0
    assert ui_layer("planner.ui.calendar") == 1


def test_ui_layers_import_only_downwards() -> None:
    wrong = {}
    for module, imports in imports_of_package("planner.ui").items():
        upward = sorted(name for name in imports if within(name, ("planner.ui",))
                        and ui_layer(name) > ui_layer(module))
        if upward:
            wrong[module] = upward
    assert wrong == {}


def test_every_ui_module_is_in_a_layer_that_exists() -> None:
    packages = {module_name(p) for p in (ROOT / "planner" / "ui").rglob("__init__.py")}
    assert packages == set(UI_LAYERS)


def test_report_does_not_import_the_window() -> None:
    wrong = {m: sorted(i for i in imports if within(i, ("planner.ui",)))
             for m, imports in imports_of_package("planner.report").items()}
    assert {m: i for m, i in wrong.items() if i} == {}


def test_core_imports_neither_storage_nor_ui_nor_report_nor_qt() -> None:
    banned = ("planner.storage", "planner.ui", "planner.report", "PySide6", "shiboken6")
    wrong = {m: sorted(i for i in imports if within(i, banned))
             for m, imports in imports_of_package("planner.core").items()}
    assert {m: i for m, i in wrong.items() if i} == {}


# Modules that import parts of the program inside functions, and why. Anything
# else imports at the top: a function-level import hides a dependency, and is
# only worth it where it keeps something off the start-up path or off Qt.
LAZY_IMPORTS = {
    "planner.api_judge": "the NumPy engine loads only for a large itinerary or a process "
                         "that goes on; a one-shot check of a small one never loads NumPy",
    "planner.cli": "the window and --version start without the CLI's API; the window's "
                   "modules (Qt) load only when the window is asked for",
    "planner.cli_exchange": "ICS and CSV (icalendar, dateutil) load for export/import only",
    "planner.cli_planning": "the API loads when a command runs, not for --help",
    "planner.cli_rules": "the API and the rule files load when a command runs, not for --help",
    "planner.cli_deadlines": "the API and the calendar writer (icalendar) load when a "
                             "command runs, not for --help",
    "planner.cli_report": "Qt and the PDF writer load for `summary` only (the rest of "
                          "the command line runs with Qt absent)",
    "planner.log": "logging and the log file's handlers (planner.log_file) load with the "
                   "first record, not for a one-shot answer that logs nothing",
    "planner.names": "the territory table is found through planner.resources when first "
                     "read, which the tests replace to show the fallback to codes",
    "planner.ui.window.deadlines_menu": "the calendar writer (icalendar) loads on first "
                                        "export of deadlines",
    "planner.ui.window.exchange": "the import dialog, ICS and CSV load on first "
                                  "import/export, not before the first window",
    "planner.ui.window.main_window": "the PDF report (QtPrintSupport) loads on first print",
    "planner.ui.window.planning_menu": "the scenario and presence windows load when opened",
}


def function_level_imports(source: str, module: str) -> set[str]:
    """Internal modules ``source`` imports inside a function body."""
    found: set[str] = set()
    for fn in ast.walk(ast.parse(source)):
        if isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
            for stmt in fn.body:
                mod = ast.Module(body=[stmt], type_ignores=[])
                found.update(name for name in imported_modules(ast.unparse(mod), module)
                             if within(name, ("planner",)))
    return found


def test_modules_log_through_the_categories() -> None:
    """planner.log makes its categories (and applies a deferred setup) on first
    use: a module's own ``logging.getLogger`` could log before that, past the log
    file."""
    own = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "planner").rglob("*.py")
                 if "getLogger(" in p.read_text(encoding="utf-8") and p.name != "log.py")
    assert own == []


def test_function_level_import_finder() -> None:
    source = "import json\ndef f():\n    import json\n    if x:\n        from . import api\n"
    assert function_level_imports(source, "planner.cli") == {"planner", "planner.api"}


def test_imports_inside_functions_only_where_they_save_something() -> None:
    lazy = {module_name(p) for p in (ROOT / "planner").rglob("*.py")
            if function_level_imports(p.read_text(encoding="utf-8"), module_name(p))}
    assert lazy <= set(LAZY_IMPORTS), sorted(lazy - set(LAZY_IMPORTS))
