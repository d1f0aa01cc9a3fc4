"""Translating messages without Qt, from the window's ``.ts`` files.

For the command line and for what the Qt-free layers say (``planner.storage``
and ``planner.api`` errors, which the window shows too). The command line
must start without Qt, so it cannot use a ``QTranslator``;
it reads the same Qt Linguist files the window is translated from
(``resources/i18n/stay_planner_<lang>.ts``) with :mod:`xml.etree`. Messages
are marked in the source with :func:`_`::

    from planner.i18n import _
    out(_("{dest}: compliant").format(dest=d))

``make i18n-update`` runs ``pyside6-lupdate -tr-function-alias tr+=_`` over
the ``planner/cli*.py`` files, ``planner/storage`` and ``planner/api.py`` too
(the window sets the language with :func:`set_language`); lupdate files a
``_()`` string under the *unnamed* context, which is therefore the context
read here (a context named ``cli`` is read as well). Only finished translations are used;
anything else stays English.

The language is the one :func:`planner.names.language_for_locale` reads from
``LC_ALL`` / ``LC_MESSAGES`` / ``LANG`` (``ru_RU.UTF-8`` -> Russian,
``kk_KZ.UTF-8`` -> Kazakh), unless :func:`set_language` chose another.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from planner import log
from planner.names import language_for_locale, normalize_lang
from planner.resources import resource_path

#: The contexts of the ``.ts`` files that hold the command line's messages.
CLI_CONTEXTS = ("", "cli")

_chosen: str | None = None


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
            source = msg.findtext("source")
            tr = msg.find("translation")
            if source is None or tr is None or tr.get("type") is not None or not tr.text:
                continue
            table.setdefault(source, tr.text)
    return table


@cache
def catalogue(lang: str) -> dict[str, str]:
    """The messages marked with :func:`_` in ``lang`` (empty for English)."""
    if lang == "en":
        return {}
    return read_ts(ts_path(lang), CLI_CONTEXTS)


def set_language(lang: str | None) -> None:
    """Speak ``lang`` from now on; ``None`` goes back to the environment's language."""
    global _chosen
    _chosen = normalize_lang(lang) if lang else None


def language() -> str:
    """The language messages are translated to: ``"en"``, ``"ru"`` or ``"kk"``."""
    return _chosen or language_for_locale()


def translate(text: str, lang: str | None = None) -> str:
    """``text`` in ``lang`` (the current :func:`language` by default), else as it is."""
    return catalogue(lang or language()).get(text, text)


def _(text: str) -> str:
    """Mark ``text`` for ``pyside6-lupdate`` and translate it to the current language."""
    return translate(text)


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
