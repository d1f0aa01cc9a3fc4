"""The window's language and theme: translators, the default QLocale, palettes, menus.

At start :func:`start` installs, for the language chosen in the settings (the
system locale's by default), the program's translation
(``resources/i18n/stay_planner_<lang>.qm``, built by ``make translations``)
and Qt's own (``qtbase_<lang>.qm`` from ``QLibraryInfo.TranslationsPath``,
for the buttons of standard dialogs), and makes ``QLocale(<lang>)`` the
default, so that month names, dates and numbers follow the language. A
language chosen in View → Language applies at once: the main window rebuilds
itself in it (:meth:`MainWindow.retranslate`); a theme chosen in View → Theme
applies at once: "Dark" is Fusion with a dark palette, and the calendar's own
colours follow (:func:`planner.ui.colors.use_dark`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QAction, QActionGroup, QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from planner import i18n
from planner.i18n import QT_TRANSLATE_NOOP, qt_translator
from planner.resources import resource_path
from planner.ui import colors
from planner.ui.settings import Settings

LANGUAGES = (("system", QT_TRANSLATE_NOOP("Appearance", "System")), ("en", "English"),
             ("ru", "Русский"), ("kk", "Қазақша"))
THEMES = (("system", QT_TRANSLATE_NOOP("Appearance", "System")),
          ("light", QT_TRANSLATE_NOOP("Appearance", "Light")),
          ("dark", QT_TRANSLATE_NOOP("Appearance", "Dark")))
_LOCALES = {"en": "en_US", "ru": "ru_RU", "kk": "kk_KZ"}

_translators: list[QTranslator] = []


class FallbackTranslator(QTranslator):
    """A translator that, failing the asked context, looks in the unnamed one.

    ``pyside6-lupdate`` cannot tell the context of a string passed through a
    module's one-argument ``_tr(text)`` wrapper (``make i18n-update`` makes it
    read them with ``-tr-function-alias tr+=_tr``); it files them under the
    unnamed context, where this translator finds them whatever context the
    wrapper asks for.
    """

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        text = super().translate(context, source, disambiguation, n)
        if not text and context:
            text = super().translate("", source, disambiguation, n)
        return text or None  # type: ignore[return-value]  # None: "not here", Qt goes on
_system_look: tuple[str, QPalette] | None = None


_tr = qt_translator("Appearance")


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def resolve_language(choice: str) -> str:
    """``"system"`` -> the system locale's language (if we speak it); else ``choice``."""
    if choice == "system":
        return i18n.language_for_locale(QLocale.system().name())
    return i18n.normalize_lang(choice)


def install_language(lang: str, folder: Path | None = None) -> None:
    """Translate into ``lang`` (``"en"``, ``"ru"``, ``"kk"``) from now on.

    Replaces the translators installed before; widgets made earlier keep their
    texts. ``folder`` holds the ``.qm`` files (default: ``resources/i18n``).
    The default QLocale becomes the system's when it speaks ``lang``,
    else the language's main country.
    """
    app = QCoreApplication.instance()
    for t in _translators:
        if app is not None:
            app.removeTranslator(t)
    _translators.clear()
    system = QLocale.system()
    locale = (system if i18n.normalize_lang(system.name()) == lang
              else QLocale(_LOCALES.get(lang, "en_US")))
    QLocale.setDefault(locale)
    i18n.set_language(lang)
    if lang == "en" or app is None:
        return
    ours = FallbackTranslator(app)
    if ours.load(f"stay_planner_{lang}", str(folder or resource_path("i18n"))):
        _translators.append(ours)
    qt = QTranslator(app)
    if qt.load(QLocale(_LOCALES[lang]), "qtbase", "_",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _translators.append(qt)
    for t in _translators:
        app.installTranslator(t)


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style."""
    p = QPalette()
    R, G = QPalette.ColorRole, QPalette.ColorGroup
    for role, color in ((R.Window, "#2b2d31"), (R.WindowText, "#e8eaed"), (R.Base, "#1f2023"),
                        (R.AlternateBase, "#2b2d31"), (R.ToolTipBase, "#2b2d31"),
                        (R.ToolTipText, "#e8eaed"), (R.Text, "#e8eaed"), (R.Button, "#35373c"),
                        (R.ButtonText, "#e8eaed"), (R.BrightText, "#ff6b6b"),
                        (R.Link, "#8ab4f8"), (R.Highlight, "#3d84e6"),
                        (R.HighlightedText, "#ffffff"), (R.PlaceholderText, "#9aa0a6"),
                        (R.Light, "#4a4c52"), (R.Midlight, "#3c3e43"), (R.Mid, "#303236"),
                        (R.Dark, "#1a1b1e"), (R.Shadow, "#000000")):
        p.setColor(role, QColor(color))
    for role in (R.WindowText, R.Text, R.ButtonText):
        p.setColor(G.Disabled, role, QColor("#7f848b"))
    return p


def apply_theme(theme: str) -> None:
    """``"system"``, ``"light"`` or ``"dark"`` for the whole application, now."""
    global _system_look
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if theme == "system" and _system_look is None:
        # The system's look, never changed: nothing to restore. (Reading the style
        # would make PySide set up QStyle's Python types, ~10 ms at start, and
        # setting it again would make Qt build a new one.)
        colors.use_dark(colors.is_dark(app.palette().color(QPalette.ColorRole.Base)))
        return
    style = app.style()
    if _system_look is None:
        _system_look = (style.name() if style else "", QPalette(app.palette()))
    if theme == "dark":
        app.setStyle("Fusion")
        palette = dark_palette()
    elif theme == "light":
        app.setStyle("Fusion")
        fusion = app.style()
        palette = fusion.standardPalette() if fusion else QPalette()
    else:
        if _system_look[0]:
            app.setStyle(_system_look[0])
        palette = _system_look[1]
    # the calendar's colours first: widgets repaint as the palette changes
    colors.use_dark(colors.is_dark(palette.color(QPalette.ColorRole.Base)))
    app.setPalette(palette)
    colors.retint(app.allWidgets())
    for w in app.allWidgets():
        w.update()


def heading(label: QWidget, point_size: float | None = None) -> None:
    """Make ``label`` a heading: semi-bold, at ``point_size`` if given.

    Through its font, not a style sheet: a widget with a style sheet keeps the
    palette of the theme it was polished in (dark text on a dark window after
    switching themes).
    """
    font = QFont(label.font())
    font.setWeight(QFont.Weight.DemiBold)
    if point_size is not None:
        font.setPointSizeF(point_size)
    label.setFont(font)


def start(settings: Settings) -> str:
    """Install the settings' language and theme; the language in use."""
    lang = resolve_language(settings.language)
    install_language(lang)
    apply_theme(settings.theme)
    return lang


def add_menus(menu: QMenu, settings: Settings, parent: QWidget) -> tuple[QMenu, QMenu]:
    """View → Language and View → Theme, with the settings' choices checked."""
    lang_menu = menu.addMenu(translate("Appearance", "&Language"))
    lang_menu.setObjectName("language-menu")
    group = QActionGroup(lang_menu)
    for code, label in LANGUAGES:
        a = QAction(_tr(label) if code == "system" else label, lang_menu)
        a.setCheckable(True)
        a.setChecked(settings.language == code)
        a.setData(code)
        a.triggered.connect(lambda _=False, c=code: _choose_language(settings, c, parent))
        group.addAction(a)
        lang_menu.addAction(a)
    theme_menu = menu.addMenu(translate("Appearance", "T&heme"))
    theme_menu.setObjectName("theme-menu")
    tgroup = QActionGroup(theme_menu)
    for code, label in THEMES:
        a = QAction(_tr(label), theme_menu)
        a.setCheckable(True)
        a.setChecked(settings.theme == code)
        a.setData(code)
        a.triggered.connect(lambda _=False, c=code: _choose_theme(settings, c))
        tgroup.addAction(a)
        theme_menu.addAction(a)
    return lang_menu, theme_menu


def _choose_language(settings: Settings, code: str, parent: QWidget) -> None:
    """Remember ``code`` and speak it at once: the window rebuilds itself in it
    (its ``retranslate()``), keeping the document, its undo history and the view."""
    if code == settings.language:
        return
    settings.language = code
    settings.sync()
    lang = resolve_language(code)
    if lang != i18n.language():
        install_language(lang)
        retranslate = getattr(parent, "retranslate", None)
        if callable(retranslate):
            retranslate()


def _choose_theme(settings: Settings, code: str) -> None:
    settings.theme = code
    apply_theme(code)
    QGuiApplication.processEvents()
