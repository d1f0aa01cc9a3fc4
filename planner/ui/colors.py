"""Colours of the calendar: one stable colour per country, and the breach marks.

A country always gets the same colour, in every view and every session: the
countries our users travel between most have hand-picked colours close to
their flags (but never the breach red), every other code gets one from a
palette chosen by a hash of the code that does not change between runs.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

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
MUTED_TEXT = QColor("#5f6368")
TEXT = QColor("#202124")  # month titles
DAY_TEXT = QColor("#5f6368")  # day numbers of working days
HEADER = QColor("#f8f9fa")  # the timeline's date header
MONTH_LINE = QColor("#bdc1c6")
GHOST = QColor(32, 33, 36, 40)
TAG = QColor(255, 255, 255, 220)  # behind the usage strips' titles
TAG_TEXT = QColor("#3c4043")
VEIL = QColor(255, 255, 255, 150)  # over what a proposal takes away
# Text in the window's own colours (labels, not the calendar): each reads at a
# contrast of at least 4.5:1 (WCAG AA) on the theme's window and base colours.
BREACH_TEXT = QColor("#b71c1c")
LEAVE_TEXT = QColor("#a33a00")
RETURN_TEXT = QColor("#1b5e20")
REGISTER_TEXT = QColor("#5d4037")  # a registration deadline: brown, never the breach red
TAX_TEXT = QColor("#6a1b9a")  # a tax-residency presence test
DONE_TEXT = QColor("#5f6368")  # a deadline met

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
    "VEIL": QColor(32, 33, 36, 150), "BREACH_TEXT": QColor("#ff8a80"),
    "LEAVE_TEXT": QColor("#ffab40"), "RETURN_TEXT": QColor("#81c784"),
    "REGISTER_TEXT": QColor("#e0b49a"), "TAX_TEXT": QColor("#ce93d8"),
    "DONE_TEXT": QColor("#9aa0a6")}
# The light theme is the module's own constants above, as first defined.
_THEMES: dict[bool, dict[str, QColor]] = {
    False: {name: QColor(globals()[name]) for name in _DARK},
    True: _DARK,
}
dark = False
_TINT = "themedText"


def use_dark(on: bool) -> None:
    """Switch the calendar's colours for a dark (``True``) or light background."""
    global dark
    dark = on
    globals().update({name: QColor(c) for name, c in _THEMES[on].items()})


def tint(widget: QWidget, name: str | None) -> None:
    """Draw ``widget``'s text in the themed colour ``name`` ("BREACH_TEXT"), now and
    after every theme change (:func:`retint`); ``None`` goes back to the palette's
    (and follows the theme too: the property keeps ``""`` for it)."""
    widget.setProperty(_TINT, name or "")
    pal = widget.palette()
    if name is None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            pal.setColor(QPalette.ColorRole.WindowText,
                         app.palette().color(QPalette.ColorRole.WindowText))
    else:
        pal.setColor(QPalette.ColorRole.WindowText, QColor(globals()[name]))
    widget.setPalette(pal)


def retint(widgets: Iterable[QWidget]) -> None:
    """Give every tinted widget among ``widgets`` its colour of the current theme."""
    for w in widgets:
        name = w.property(_TINT)
        if name is not None:  # "" was tinted back to the palette's text colour
            tint(w, str(name) or None)


def is_dark(background: QColor) -> bool:
    """Whether text on ``background`` must be light."""
    return background.lightnessF() < 0.5

_FIXED = {  # told apart by people with deuteranopia or protanopia too (a test checks)
    "KZ": "#29a3c2",  # sky blue of the flag
    "RU": "#416baa",
    "KG": "#d97512",  # the flag is red; orange keeps red for breaches
    "UZ": "#24a866",
    "GE": "#785fdd",
    "FR": "#0d48a0",
    "US": "#818be4",
    "DE": "#6d6d6d",
    "TR": "#8f1e40",
    "AM": "#f0bf4c",
    "CN": "#f7aa97",
    "BY": "#1b6808",
    "MN": "#0b6c84",
    "AZ": "#41aaa0",
    "TJ": "#c1ca72",
    "TM": "#90d5d5",
    "AE": "#97d0f7",
    "TH": "#6d4cf0",
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


def luminance(color: QColor) -> float:
    """The relative luminance of ``color`` (WCAG 2: linear RGB, 0 black .. 1 white)."""
    def linear(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    return (0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF())
            + 0.0722 * linear(color.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours, 1 (none) .. 21 (black on white)."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def text_on(color: QColor) -> QColor:
    """Near-black or white, whichever contrasts more with ``color``."""
    dark_text, white = QColor("#1b1b1b"), QColor("#ffffff")
    return dark_text if contrast(dark_text, color) > contrast(white, color) else white
