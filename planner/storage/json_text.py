"""Reading an itinerary's JSON text strictly: no repeated keys, no NaN or Infinity.

:func:`json.loads` keeps the last of two equal keys in one object and reads
``NaN``/``Infinity`` as numbers; an itinerary file must do neither (a repeated
``"exit"`` would silently pick one of two dates). :func:`loads` refuses both
with a :class:`~planner.storage._fields.FieldError` naming the key or the
constant, and reads the usual file (an object around one for the traveller and
one per stay) at the speed of the plain decoder.
"""

from __future__ import annotations

import json
from typing import Any

from planner.i18n import _
from planner.storage import _fields
from planner.storage._fields import FieldError


def loads(source: str, shape: _fields.TextShape) -> Any:
    """:func:`json.loads` of an itinerary's text, refusing a key repeated in one
    object (:func:`_object`).

    The decoder builds the objects itself first (in C); for a document of the
    usual shape (an object around one for the traveller and one per stay, and
    no other) the text's count of key-value pairs then says whether a key
    came twice: the objects hold fewer keys than the text has pairs exactly
    when one did. Otherwise (or when the text is not usable) it is read again
    with every object checked as it is made, which raises what it always did.
    """
    try:
        doc = json.loads(source, parse_constant=_reject_constant)
    except (ValueError, FieldError, RecursionError):  # (JSONDecodeError is a ValueError)
        pass  # the checked read says what is wrong, as it always said it
    else:
        if _no_repeats(doc, shape):
            return doc
    return json.loads(source, parse_constant=_reject_constant, object_pairs_hook=_object)


def _no_repeats(doc: object, shape: _fields.TextShape) -> bool:
    """True when ``doc``, read from text of ``shape``, is of the usual shape and
    its objects hold as many keys as the text has pairs: no key came twice."""
    if type(doc) is not dict:
        return False
    traveller, stays = doc.get("traveller"), doc.get("stays")
    if type(traveller) is not dict or type(stays) is not list:
        return False
    if shape.objects != 2 + len(stays) or (stays and set(map(type, stays)) != {dict}):
        return False  # objects elsewhere too: the checked read looks at each
    return shape.pairs == len(doc) + len(traveller) + sum(map(len, stays))


def _reject_constant(name: str) -> Any:
    raise FieldError(_("{name} is not a JSON number").format(name=name))


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) < len(pairs):  # a key came twice: name the first one that did
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise FieldError(_("the key {key} appears twice in one object")
                                 .format(key=repr(key)))
            seen.add(key)
    return result
