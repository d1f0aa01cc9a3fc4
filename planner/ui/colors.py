"""Colours of the calendar: one stable colour per country, and the breach marks.

A country always gets the same colour, in every view and every session: the
countries our users travel between most have hand-picked colours close to
their flags (but never the breach red), every other code gets one from a
palette chosen by a hash of the code that does not change between runs.
"""

from __future__ import annotations

import zlib

from PySide6.QtGui import QColor

BREACH = QColor("#d32f2f")
CONFLICT = QColor("#6a1b9a")  # two stays in different countries on the same days
CONFLICT_ROW = QColor("#f3e5f5")  # their rows in the stays table
UNCHECKED = QColor(60, 64, 67, 215)  # days no rule data covers: hatched grey
BREACH_DARK = QColor("#8e1b1b")
BREACH_TINT = QColor(211, 47, 47, 46)
TODAY = QColor("#1565c0")
SELECTION = QColor("#202124")
CURSOR = QColor("#5f6368")
GRID = QColor("#dadce0")
WEEKEND = QColor("#f6f7f9")
MUTED_TEXT = QColor("#80868b")
TEXT = QColor("#202124")  # month titles
DAY_TEXT = QColor("#5f6368")  # day numbers of working days
HEADER = QColor("#f8f9fa")  # the timeline's date header
MONTH_LINE = QColor("#bdc1c6")
GHOST = QColor(32, 33, 36, 40)
TAG = QColor(255, 255, 255, 220)  # behind the usage strips' titles
TAG_TEXT = QColor("#3c4043")
VEIL = QColor(255, 255, 255, 150)  # over what a proposal takes away

#: The calendar's colours on a light and on a dark background (the country
#: colours and the breach red stay: the hatching and white labels read on both).
_DARK: dict[str, QColor] = {
    "BREACH_TINT": QColor(239, 83, 80, 72), "TODAY": QColor("#3d84e6"),
    "SELECTION": QColor("#f1f3f4"), "CURSOR": QColor("#bdc1c6"),
    "GRID": QColor("#3c4043"), "WEEKEND": QColor("#2a2b2f"),
    "MUTED_TEXT": QColor("#9aa0a6"), "TEXT": QColor("#e8eaed"),
    "DAY_TEXT": QColor("#bdc1c6"), "HEADER": QColor("#2a2b2f"),
    "MONTH_LINE": QColor("#5f6368"), "GHOST": QColor(255, 255, 255, 40),
    "TAG": QColor(32, 33, 36, 220), "TAG_TEXT": QColor("#e8eaed"),
    "VEIL": QColor(32, 33, 36, 150)}
# The light theme is the module's own constants above, as first defined.
_THEMES: dict[bool, dict[str, QColor]] = {
    False: {name: QColor(globals()[name]) for name in _DARK},
    True: _DARK,
}
dark = False


def use_dark(on: bool) -> None:
    """Switch the calendar's colours for a dark (``True``) or light background."""
    global dark
    dark = on
    globals().update({name: QColor(c) for name, c in _THEMES[on].items()})


def is_dark(background: QColor) -> bool:
    """Whether text on ``background`` must be light."""
    return background.lightnessF() < 0.5

_FIXED = {
    "KZ": "#0aa3c2",  # sky blue of the flag
    "KG": "#e07b24",  # the flag is red; orange keeps red for breaches
    "UZ": "#2e9e5b",
    "GE": "#8e5cc7",
    "AM": "#c79a1e",
    "RU": "#4a6fa5",
    "BY": "#6b8e23",
    "TR": "#d0487d",
    "CN": "#b5651d",
    "MN": "#3b8ea5",
    "AZ": "#1f9e89",
    "TJ": "#7a7f2a",
    "TM": "#5b8c3a",
    "US": "#3c5aa6",
    "DE": "#6d6d6d",
    "FR": "#4059ad",
    "AE": "#6a994e",
    "TH": "#9c6ade",
}

_PALETTE = [
    "#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
    "#bcbd22", "#17becf", "#3b6e8f", "#a0522d", "#5e8c31", "#7b68ee", "#c71585",
]


def country_color(code: str) -> QColor:
    """The colour of a country's bars (stable across runs)."""
    fixed = _FIXED.get(code.upper())
    if fixed is not None:
        return QColor(fixed)
    return QColor(_PALETTE[zlib.crc32(code.upper().encode()) % len(_PALETTE)])


def muted(color: QColor) -> QColor:
    """A paler version for stays that do not count (visa, residence, exempt)."""
    c = QColor(color)
    c.setAlphaF(0.45)
    return c


def text_on(color: QColor) -> QColor:
    """Black or white, whichever reads better on ``color``."""
    r, g, b = color.redF(), color.greenF(), color.blueF()
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return QColor("#1b1b1b") if luminance > 0.6 else QColor("#ffffff")
