"""The program's one translation path: the ``.ts`` files, read with or without Qt.

The window translates through a ``QTranslator`` loaded from the compiled
``.qm`` files; a module of free functions makes its one-argument translator
with :func:`qt_translator`. The command line must start without Qt, so it
cannot use a ``QTranslator``; it reads the same Qt Linguist files
(``resources/i18n/stay_planner_<lang>.ts``) with :mod:`xml.etree`, for its
own messages and for what the Qt-free layers say (``planner.storage`` and
``planner.api`` errors, which the window shows too). Messages are marked in
the source with :func:`_`::

    from planner.i18n import _
    out(_("{dest}: compliant").format(dest=d))

``make i18n-update`` runs ``pyside6-lupdate -tr-function-alias tr+=_,tr+=_tr``;
lupdate files a ``_()`` (or ``_tr()``) string under the *unnamed* context,
which is therefore the context :func:`_` reads (a context named ``cli`` is
read as well). Other contexts are read by name: the stay summary's texts
(``planner.report.summary_words``, context ``Summary``) come through
:func:`translate` with ``contexts`` on the command line and through the
window's translator in the window. Only finished translations are used;
anything else stays English.

The language is the one :func:`language_for_locale` reads from
``LC_ALL`` / ``LC_MESSAGES`` / ``LANG`` (``ru_RU.UTF-8`` -> Russian,
``kk_KZ.UTF-8`` -> Kazakh), unless :func:`set_language` chose another.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import cache
from pathlib import Path

from planner import log
from planner.resources import resource_path

#: The languages the program speaks; English is the fallback.
LANGS = ("en", "ru", "kk")

#: The contexts of the ``.ts`` files that hold the command line's messages.
CLI_CONTEXTS = ("", "cli")

_chosen: str | None = None


def normalize_lang(lang: str | None) -> str:
    """``"ru_RU.UTF-8"``, ``"ru-RU"``, ``"RU"`` -> ``"ru"``; unknown or empty -> ``"en"``."""
    if not lang:
        return "en"
    code = lang.replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    return code if code in LANGS else "en"


def language_for_locale(name: str | None = None) -> str:
    """The program language for a locale name, or for the environment when ``None``.

    The environment is read as gettext does: the first of ``LC_ALL``,
    ``LC_MESSAGES`` and ``LANG`` that is set and not empty decides (``C`` and
    ``POSIX`` mean English); failing all three, the process locale.
    """
    if name is None:
        for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
            value = os.environ.get(var, "")
            if value:
                name = value
                break
        else:  # (locale, only here: the window starts without loading it)
            import locale

            name = locale.getlocale()[0] or ""
    if name.upper() in ("C", "POSIX") or name.upper().startswith(("C.", "POSIX.")):
        return "en"
    return normalize_lang(name)


def ts_path(lang: str) -> Path:
    """The Qt Linguist source of ``lang``'s translation (it need not exist)."""
    return resource_path("i18n", f"stay_planner_{lang}.ts")


def read_ts(path: Path, contexts: tuple[str, ...] | None = None) -> dict[str, str]:
    """Finished, non-empty translations of ``path`` by source text.

    Only the named ``contexts`` (all when ``None``); a message of several
    contexts keeps the first translation found. A missing or broken file
    gives an empty catalogue: the messages stay English (a broken one is
    logged as an error).
    """
    import xml.etree.ElementTree as ET  # loaded on the first translated message

    try:
        root = ET.parse(path).getroot()
    except FileNotFoundError:
        return {}
    except (OSError, ET.ParseError):
        log.i18n.error("the translation %s cannot be read; messages stay English", path,
                       exc_info=True)
        return {}
    table: dict[str, str] = {}
    for ctx in root.iter("context"):
        if contexts is not None and (ctx.findtext("name") or "") not in contexts:
            continue
        for msg in ctx.iter("message"):
            if msg.get("numerus") == "yes":
                continue  # plural forms are the window's (Qt's %n), not the command line's
            source = msg.findtext("source")
            tr = msg.find("translation")
            if source is None or tr is None or tr.get("type") is not None or not tr.text:
                continue
            table.setdefault(source, tr.text)
    return table


@cache
def catalogue(lang: str, contexts: tuple[str, ...] = CLI_CONTEXTS) -> dict[str, str]:
    """The messages of ``contexts`` (by default those marked with :func:`_`) in
    ``lang``; empty for English."""
    if lang == "en":
        return {}
    return read_ts(ts_path(lang), contexts)


def set_language(lang: str | None) -> None:
    """Speak ``lang`` from now on; ``None`` goes back to the environment's language."""
    global _chosen
    _chosen = normalize_lang(lang) if lang else None


def language() -> str:
    """The language messages are translated to: ``"en"``, ``"ru"`` or ``"kk"``."""
    return _chosen or language_for_locale()


def translate(text: str, lang: str | None = None,
              contexts: tuple[str, ...] = CLI_CONTEXTS) -> str:
    """``text`` in ``lang`` (the current :func:`language` by default), as the
    ``.ts`` files translate it in ``contexts``; else as it is."""
    return catalogue(lang or language(), contexts).get(text, text)


def _(text: str) -> str:
    """Mark ``text`` for ``pyside6-lupdate`` and translate it to the current language."""
    return translate(text)


def english_plural(text: str, n: int) -> str:
    """``text`` as Qt gave it for ``n`` ("%n day(s)", the number already in), in
    English when no translation took it: "1 day", "2 days". A translation (Russian
    "1 день", "3 дня", "5 дней" from the ``.ts`` file's plural forms) has no
    "(s)" left, so it passes unchanged.

    >>> english_plural("1 day(s)", 1), english_plural("5 day(s)", 5)
    ('1 day', '5 days')
    """
    return text.replace("(s)", "" if n == 1 else "s")


def qt_translator(context: str) -> Callable[..., str]:
    """A one-argument translating function for the window: ``tr("text")`` is
    ``QCoreApplication.translate(context, "text")``, through the ``QTranslator``
    the window installed. Qt is imported when this is called, never by the
    command line.

    A module makes its own once (``_tr = qt_translator("Recovery")``); a count
    goes in as ``_tr("%n day(s)", "", n)`` (Qt's plural forms, English by
    :func:`english_plural`);
    ``make i18n-update`` reads ``_tr("…")`` calls (``-tr-function-alias``) into
    the unnamed context, which the window's translator falls back to.
    """
    from PySide6.QtCore import QCoreApplication

    def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
        """``text`` translated; with ``n`` ≥ 0, in the plural form for ``n``."""
        if n < 0:
            return QCoreApplication.translate(context, text)
        return english_plural(
            QCoreApplication.translate(context, text, disambiguation or None, n), n)

    return tr


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for ``pyside6-lupdate`` under ``context``; returns it unchanged.

    Qt's own ``QT_TRANSLATE_NOOP`` does the same but is typed as returning
    ``object``; this one keeps mypy precise. Translate the text later with
    ``QCoreApplication.translate(context, text)``.
    """
    return text


def QT_TRANSLATE_N_NOOP(context: str, text: str) -> str:
    """Mark ``text`` with ``%n`` (a plural) for ``pyside6-lupdate``; returns it unchanged."""
    return text
