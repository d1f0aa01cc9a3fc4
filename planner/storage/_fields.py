"""Checks of single values in an itinerary document, with readable reasons.

Helpers for :mod:`planner.storage.itinerary_file`: each function takes one
value from the parsed JSON and either returns it as the program's type or
raises :class:`FieldError` with the reason (without the file or the stay,
which the caller adds). Nothing here reads or writes files. The reasons are
in the current language (:func:`planner.i18n._`); the keys and values of the
file they quote are not translated.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from itertools import accumulate
from types import MappingProxyType
from typing import Any, NamedTuple, NoReturn

from planner.core.countries import is_country_code
from planner.core.model import Status
from planner.i18n import _

#: Documents nested deeper than this are refused (ours are 4 levels deep).
MAX_DEPTH = 64

#: Years outside this range are certainly typing mistakes.
FIRST_YEAR = 1900
LAST_YEAR = 2200

_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_STATUSES = ", ".join(s.value for s in Status)
#: The statuses by the text a file writes them in.
STATUS_OF = {s.value: s for s in Status}
#: What a bracket does to the nesting depth (:func:`text_too_deep`).
_STEP = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}
#: What :func:`extras` gives an object with only keys the format knows.
NO_EXTRAS: Mapping[str, Any] = MappingProxyType({})


class FieldError(Exception):
    """A value that is not what the format wants; the message says why."""


def kind(value: object) -> str:
    """How a JSON value reads to a person: ``"a number"``, ``"a list"`` ..."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return _("a number ({value})").format(value=repr(value))
    if isinstance(value, str):
        return _("the text {value}").format(value=repr(value))
    if isinstance(value, list | tuple):
        return _("a list")
    if isinstance(value, Mapping):
        return _("an object")
    return _("a {type}").format(type=type(value).__name__)


def text(value: object, name: str) -> str:
    """A string field such as ``note`` or ``name``."""
    if not isinstance(value, str):
        raise FieldError(_("{name} must be text, not {what}").format(name=name, what=kind(value)))
    return value


def country(value: object, name: str = "country") -> str:
    """An upper-case ISO 3166-1 alpha-2 code such as ``"KZ"``."""
    if not isinstance(value, str):
        raise FieldError(
            _('{name} must be a two-letter country code such as "KZ", not {what}')
            .format(name=name, what=kind(value))
        )
    if is_country_code(value):
        return value
    if is_country_code(value.strip().upper()):
        _wrong_spelling(value, name)
    raise FieldError(
        _('{name} {value} is not a known country code (ISO 3166-1, such as "KZ")')
        .format(name=name, value=repr(value))
    )


def _wrong_spelling(value: str, name: str) -> NoReturn:
    code = value.strip().upper()
    if value.strip() == value:
        message = _("{name} {value} must be written in upper case: use {code}")
    else:
        message = _("{name} {value} must be written without spaces: use {code}")
    raise FieldError(message.format(name=name, value=repr(value), code=repr(code)))


def date(value: object, name: str) -> dt.date:
    """A strict ISO date ``YYYY-MM-DD`` in a plausible year."""
    if not isinstance(value, str):
        raise FieldError(
            _('{name} must be a date written as "YYYY-MM-DD" (such as "2023-02-01"), '
              "not {what}").format(name=name, what=kind(value))
        )
    match = _ISO_DATE.fullmatch(value)
    if match is None:
        raise FieldError(
            _('{name} {value} is not a date written as YYYY-MM-DD (such as "2023-02-01")')
            .format(name=name, value=repr(value))
        )
    try:  # the text is YYYY-MM-DD in ASCII digits, which fromisoformat reads as such
        result = dt.date.fromisoformat(value)
    except ValueError:
        raise FieldError(not_a_real_date(name, repr(value))) from None
    if not FIRST_YEAR <= result.year <= LAST_YEAR:
        raise FieldError(not_plausible(repr(value), name))
    return result


def flag(value: object, name: str) -> bool:
    """A ``true``/``false`` field such as ``registered``."""
    if not isinstance(value, bool):
        raise FieldError(_("{name} must be true or false, not {what}")
                         .format(name=name, what=kind(value)))
    return value


def status(value: object) -> Status:
    """One of the :class:`Status` values, written as in the file."""
    if isinstance(value, str):
        found = STATUS_OF.get(value)
        if found is not None:
            return found
        shown = repr(value)
    else:
        shown = kind(value)
    raise FieldError(not_a_status(shown))


def not_a_real_date(name: str, value: str) -> str:
    """``entry '2023-02-30' is not a real date``; ``value`` as the message shows it."""
    return _("{name} {value} is not a real date").format(name=name, value=value)


def not_plausible(value: str, name: str | None = None) -> str:
    """Why a date outside years :data:`FIRST_YEAR` to :data:`LAST_YEAR` is refused."""
    if name is None:
        message = _("{value} is not a plausible date (years {first} to {last})")
    else:
        message = _("{name} {value} is not a plausible date (years {first} to {last})")
    return message.format(name=name, value=value, first=FIRST_YEAR, last=LAST_YEAR)


def not_a_status(shown: str) -> str:
    """``status 'x' is not one of visa-free, ...``; ``shown`` as the message shows it."""
    return _("status {value} is not one of {choices}").format(value=shown, choices=_STATUSES)


def extras(obj: Mapping[Any, Any], known: frozenset[str]) -> Mapping[str, Any]:
    """The keys of ``obj`` the format does not know, deep-copied and read-only.

    They come back on save unchanged, so they must be plain JSON.
    """
    if obj.keys() <= known:  # the usual case: only keys the format knows (all text)
        return NO_EXTRAS
    found: dict[str, Any] = {}
    for key, value in obj.items():
        if not isinstance(key, str):
            raise FieldError(_("the key {key} is not text").format(key=repr(key)))
        if key not in known:
            found[key] = value
    if not found:
        return MappingProxyType({})
    try:
        copied = json.loads(json.dumps(found, allow_nan=False))
    except (TypeError, ValueError, RecursionError) as exc:
        keys = ", ".join(repr(k) for k in found)
        raise FieldError(_("the extra data under {keys} is not plain JSON ({error})")
                         .format(keys=keys, error=exc)) from None
    return MappingProxyType(copied)


def too_deep(value: object, limit: int = MAX_DEPTH) -> bool:
    """True when lists and objects in ``value`` nest more than ``limit`` deep.

    Walks with an explicit stack, so any depth is safe to check.
    """
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, Mapping):
            children: Any = item.values()
        elif isinstance(item, list | tuple):
            children = item
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


#: Every byte but the brackets, the colon and the quote, which :func:`text_shape` drops.
_NOT_STRUCTURE = bytes(b for b in range(256) if b not in b'[]{}:"')


class TextShape(NamedTuple):
    """What the brackets and colons of JSON text outside its strings say: how
    deep the lists and objects nest, how many objects there are, and how many
    key-value pairs they hold in all (repeated keys counted each time)."""

    depth: int
    objects: int
    pairs: int


def text_too_deep(source: str, limit: int = MAX_DEPTH) -> bool:
    """True when the brackets of JSON text nest more than ``limit`` deep
    (:func:`text_shape`)."""
    return text_shape(source).depth > limit


def text_shape(source: str) -> TextShape:
    """The :class:`TextShape` of JSON text, by a cheap scan before :func:`json.loads`.

    Strings are skipped, so ``"[[["`` inside a note does not count. On the
    UTF-8 bytes, all in C: the escaped backslashes and quotes go first (so that
    no quote left is escaped), then every byte but brackets, colons and quotes.
    A bracket is inside a string when an odd number of quotes comes before it;
    two quotes side by side can go without changing that for any bracket,
    which leaves no quotes at all when no string holds a bracket or a colon;
    otherwise what lies between quotes goes. (Of text that is not JSON, such as
    a backslash outside a string, the count may be off; :func:`json.loads`
    refuses that text anyway.)
    """
    raw = source.encode("utf-8", "surrogatepass")
    if b"\\" in raw:
        raw = raw.replace(b"\\\\", b"").replace(b'\\"', b"")
    kept = raw.translate(None, _NOT_STRUCTURE).replace(b'""', b"")
    if b'"' in kept:
        parts = kept.split(b'"')
        outside = parts[::2]
        if len(parts) % 2 == 0:  # an odd number of quotes: the last one opens no string
            outside.append(parts[-1])
        kept = b"".join(outside)
    pairs = kept.count(b":")
    steps = map(_STEP.__getitem__, kept.replace(b":", b"") if pairs else kept)
    return TextShape(max(accumulate(steps), default=0), kept.count(b"{"), pairs)
