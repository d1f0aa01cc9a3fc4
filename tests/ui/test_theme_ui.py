"""Themes: every text reads (WCAG AA, 4.5:1) in light and dark, and country colours differ.

The labels are measured as Qt really draws them: each visible label of the
main window is grabbed after switching themes (light → dark → light), its
background is its most frequent pixel and its text colour the pixel that
differs most from it. The calendar's painted text is checked against the
view's own base colour. Country colours are compared in CIE Lab as seen with
normal vision and as simulated for deuteranopia and protanopia (Machado,
Oliveira & Fernandes 2009, severity 1).
"""

from __future__ import annotations

import datetime as dt
import itertools

import numpy as np
import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from planner.core.rule_files import bundled_rules
from planner.ui import appearance, colors
from planner.ui.document import Document
from planner.ui.window.main_window import MainWindow
from planner.ui.window.side_panel import Swatch
from tests.ui.conftest import shown
from tests.ui.test_zones_ui import MARK

AA = 4.5


def contrast(a: QColor, b: QColor) -> float:
    def lum(c: QColor) -> float:
        ch = [v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
              for v in (c.redF(), c.greenF(), c.blueF())]
        return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2]
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def drawn_contrast(w: QWidget) -> tuple[float, str, str]:
    """(contrast, text colour, background) of what ``w`` really draws."""
    img = w.grab().toImage()
    counts: dict[int, int] = {}
    for y in range(img.height()):
        for x in range(img.width()):
            c = img.pixel(x, y)
            counts[c] = counts.get(c, 0) + 1
    bg = QColor.fromRgb(max(counts, key=lambda c: counts[c]))
    text = max((QColor.fromRgb(c) for c in counts), key=lambda c: contrast(c, bg))
    return contrast(text, bg), text.name(), bg.name()


@pytest.fixture
def window(qtbot, settings):  # type: ignore[no-untyped-def]
    appearance.apply_theme("light")
    doc = Document(MARK, rules=bundled_rules(), today=dt.date(2026, 3, 1))
    w = MainWindow(doc, settings)
    yield from shown(qtbot, w, (1400, 880))
    appearance.apply_theme("light")


@pytest.mark.parametrize("stay", [4, 0])  # a breaching stay with where-to-go; a compliant one
def test_every_label_reads_in_both_themes(qtbot, window, stay) -> None:
    window.view.select(stay)
    window.planning.state.refresh()
    for theme in ("light", "dark", "light", "dark"):
        appearance.apply_theme(theme)
        QApplication.processEvents()
        labels = [lab for lab in window.findChildren(QLabel)
                  if lab.isVisible() and lab.text().strip() and lab.width() > 4]
        assert len(labels) >= 8
        low = {lab.text()[:30]: m for lab in labels if (m := drawn_contrast(lab))[0] < AA}
        assert low == {}, theme


def test_window_text_follows_the_theme(qtbot, window) -> None:
    appearance.apply_theme("dark")
    QApplication.processEvents()
    _, text, bg = drawn_contrast(window.year_label)
    assert QColor(bg).lightnessF() < 0.5 < QColor(text).lightnessF()
    appearance.apply_theme("light")
    QApplication.processEvents()
    _, text, bg = drawn_contrast(window.year_label)
    assert QColor(text).lightnessF() < 0.5 < QColor(bg).lightnessF()


def test_legend_swatches_follow_the_theme(qtbot, window) -> None:
    today = next(w for w in window.legend.findChildren(Swatch) if w.outline)
    for theme in ("dark", "light"):
        appearance.apply_theme(theme)
        QApplication.processEvents()
        img = today.grab().toImage()
        # the frame's pixels are the theme's today colour
        assert QColor(img.pixel(1, img.height() // 2)).name() == colors.TODAY.name(), theme


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_calendar_text_colours_read_on_the_calendar(window, theme) -> None:
    appearance.apply_theme(theme)
    QApplication.processEvents()  # widgets take the application's palette on the next turn
    base = window.view.palette().color(QPalette.ColorRole.Base)
    tag = QColor(colors.TAG)
    over_base = QColor.fromRgbF(*(tag.alphaF() * t + (1 - tag.alphaF()) * b for t, b in
                                  zip((tag.redF(), tag.greenF(), tag.blueF()),
                                      (base.redF(), base.greenF(), base.blueF()), strict=True)))
    pairs = {"TEXT": (colors.TEXT, base), "DAY_TEXT": (colors.DAY_TEXT, base),
             "DAY_TEXT on weekend": (colors.DAY_TEXT, colors.WEEKEND),
             "MUTED_TEXT": (colors.MUTED_TEXT, base), "TAG_TEXT": (colors.TAG_TEXT, over_base)}
    low = {k: round(contrast(a, b), 2) for k, (a, b) in pairs.items() if contrast(a, b) < AA}
    assert low == {}


def test_bar_labels_read_on_every_country_colour() -> None:
    codes = [*colors._FIXED, "XX", "FI", "NO", "PL"]
    low = {c: round(contrast(colors.text_on(colors.country_color(c)), colors.country_color(c)), 2)
           for c in codes}
    assert {c: r for c, r in low.items() if r < AA} == {}


# ---- colour vision ---------------------------------------------------------------

PROTANOPIA = np.array([[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                       [-0.003882, -0.048116, 1.051998]])
DEUTERANOPIA = np.array([[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                         [-0.011820, 0.042940, 0.968881]])


def lab(color: QColor, vision: np.ndarray | None) -> np.ndarray:
    rgb = np.array([color.redF(), color.greenF(), color.blueF()])
    linear = np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)
    if vision is not None:
        linear = np.clip(vision @ linear, 0, 1)
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722],
                    [0.0193, 0.1192, 0.9505]]) @ linear / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


@pytest.mark.parametrize(("vision", "least"), [(None, 20), (DEUTERANOPIA, 15),
                                               (PROTANOPIA, 15)],
                         ids=["normal", "deuteranopia", "protanopia"])
def test_country_colours_are_told_apart(vision, least) -> None:
    """Every two hand-picked country colours, and each against the breach red,
    differ by at least ``least`` (CIE76 ΔE; about 2.3 is just noticeable)."""
    named = {c: colors.country_color(c) for c in colors._FIXED} | {"breach": colors.BREACH}
    close = {(a, b): round(float(np.linalg.norm(lab(named[a], vision) - lab(named[b], vision))),
                           1)
             for a, b in itertools.combinations(named, 2)}
    assert {k: v for k, v in close.items() if v < least} == {}
    assert close[("RU", "FR")] >= least
