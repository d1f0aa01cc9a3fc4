"""Run every benchmark in turn: ``python -m bench`` (``make bench``)."""

from __future__ import annotations

import importlib
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

for name in ("engine", "growth", "schengen", "strip", "drag", "start", "strip_ui"):
    print(f"== bench.{name}")
    try:
        mod = importlib.import_module(f"bench.{name}")
    except ModuleNotFoundError as e:
        print(f"   skipped: {e}")
        continue
    mod.main()
