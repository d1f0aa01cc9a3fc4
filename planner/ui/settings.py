"""The window's remembered settings, each declared once with its type and default.

Stored with QSettings (organization "StayPlanner", application "Stay
Planner"); tests pass their own :class:`~PySide6.QtCore.QSettings` on a
temporary file so that they never touch the user's. ``settings_version`` lets
a later release upgrade old values.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "StayPlanner"
APPLICATION = "Stay Planner"
VERSION = 1
MAX_RECENT = 8


class Settings:
    """Typed access to the program's QSettings."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.q = qsettings or QSettings(ORGANIZATION, APPLICATION)
        if self.q.value("settings_version") is None:
            self.q.setValue("settings_version", VERSION)

    def _str(self, key: str, default: str) -> str:
        v = self.q.value(key, default)
        return v if isinstance(v, str) else default

    def _float(self, key: str, default: float) -> float:
        try:
            return float(self.q.value(key, default))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return default

    # window
    @property
    def geometry(self) -> QByteArray | None:
        v = self.q.value("window/geometry")
        return v if isinstance(v, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self.q.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        v = self.q.value("window/state")
        return v if isinstance(v, QByteArray) else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self.q.setValue("window/state", value)

    # view
    @property
    def view_mode(self) -> str:
        mode = self._str("view/mode", "year")
        return mode if mode in ("year", "timeline") else "year"

    @view_mode.setter
    def view_mode(self, value: str) -> None:
        self.q.setValue("view/mode", value)

    @property
    def zoom(self) -> float:
        return self._float("view/zoom", 14.0)

    @zoom.setter
    def zoom(self, value: float) -> None:
        self.q.setValue("view/zoom", float(value))

    # files and choices
    @property
    def recent_files(self) -> list[str]:
        v: Any = self.q.value("files/recent", [])
        if isinstance(v, str):
            v = [v]
        return [str(x) for x in v or []][:MAX_RECENT]

    def add_recent(self, path: Path) -> None:
        p = str(path.resolve())
        files = [f for f in self.recent_files if f != p]
        self.q.setValue("files/recent", [p, *files][:MAX_RECENT])

    def remove_recent(self, path: str) -> None:
        self.q.setValue("files/recent", [f for f in self.recent_files if f != path])

    @property
    def last_file(self) -> str | None:
        files = self.recent_files
        return files[0] if files else None

    @property
    def recent_countries(self) -> list[str]:
        v: Any = self.q.value("stays/recent_countries", [])
        if isinstance(v, str):
            v = [v]
        return [str(x) for x in v or []][:6]

    def add_recent_country(self, code: str) -> None:
        codes = [c for c in self.recent_countries if c != code]
        self.q.setValue("stays/recent_countries", [code, *codes][:6])

    # language and looks
    @property
    def language(self) -> str:
        """"system" (follow the locale), "en", "ru" or "kk"; applied at the next start."""
        lang = self._str("ui/language", "system")
        return lang if lang in ("system", "en", "ru", "kk") else "system"

    @language.setter
    def language(self, value: str) -> None:
        self.q.setValue("ui/language", value)

    @property
    def theme(self) -> str:
        """"system", "light" or "dark"."""
        theme = self._str("ui/theme", "system")
        return theme if theme in ("system", "light", "dark") else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self.q.setValue("ui/theme", value)

    def sync(self) -> None:
        self.q.sync()
