"""Shape rules of the code base: the core never imports Qt; files stay small
and say what they are for."""

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
