"""The bundled DejaVu Sans font, registered with Qt before the summary is painted.

On a machine without system fonts Qt silently writes a PDF with no text at
all, so the report never relies on system fonts: :func:`ensure_fonts` adds
``resources/fonts/DejaVuSans*.ttf`` to the application's font database (once
per process) and returns the family name the report uses explicitly.
Needs a QGuiApplication.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from planner.resources import resource_path

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FAMILY = "DejaVu Sans"

_family: str | None = None


class FontError(RuntimeError):
    """The bundled font is missing or Qt cannot read it."""


def ensure_fonts() -> str:
    """Register the bundled fonts (idempotent); the family name to use."""
    global _family
    if _family is not None:
        return _family
    families: list[str] = []
    for name in FONT_FILES:
        path = resource_path("fonts", name)
        if not path.is_file():
            raise FontError(f"the bundled font {path} is missing; reinstall Stay Planner")
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            raise FontError(f"Qt cannot read the bundled font {path}")
        families += QFontDatabase.applicationFontFamilies(font_id)
    _family = families[0] if families else FAMILY
    return _family
