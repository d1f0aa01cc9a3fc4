"""Where the program's bundled resources (rules, demo, icons, fonts) live.

In a source checkout or an editable install they are in ``resources/`` next to
the package; a wheel carries them as ``planner/_resources``; a PyInstaller
build puts them under ``sys._MEIPASS/resources``.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resource_root() -> Path:
    here = Path(__file__).resolve().parent
    candidates = [here / "_resources", here.parent / "resources"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "resources")
    for c in candidates:
        if (c / "rules").is_dir():
            return c
    raise FileNotFoundError("Stay Planner's resources folder is missing; reinstall the program")


def resource_path(*parts: str) -> Path:
    """A path inside the resources folder, e.g. ``resource_path("rules")``."""
    return resource_root().joinpath(*parts)
