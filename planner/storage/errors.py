"""The errors an itinerary file can cause, with messages a person understands.

Every reason a file cannot be opened or saved is an :class:`ItineraryError`;
its message names the file and, where it helps, the stay and the field:

    Cannot open '/home/anna/2023.stayplan': stay 2 (KZ): entry '2023-02-30'
    is not a real date.

The GUI shows the message in a dialog, the command line prints it on standard
error; it is in the current language (:func:`planner.i18n.language`), chosen
when the error is raised. A file written by a newer Stay Planner raises the subclass
:class:`UnsupportedVersionError`, so that callers can offer an update.
"""

from __future__ import annotations

from typing import Any

from planner.i18n import _


class ItineraryError(Exception):
    """An itinerary file that cannot be opened or saved, and why.

    ``origin`` is the file (or another source such as ``"<clipboard>"``),
    ``detail`` the reason without the file, ``str(error)`` the whole message.
    """

    def __init__(self, origin: str, detail: str, *, saving: bool = False) -> None:
        self.origin = origin
        self.detail = detail
        self.saving = saving
        message = detail
        if origin:
            frame = (_("Cannot save '{origin}': {detail}") if saving
                     else _("Cannot open '{origin}': {detail}"))
            message = frame.format(origin=origin, detail=detail)
        if not message.endswith((".", "!", "?")):
            message += "."
        super().__init__(message)

    def __reduce__(self) -> tuple[Any, ...]:
        # Exceptions pickle through their args; ours are not the constructor's.
        return (_rebuild, (type(self), self.__dict__))


class UnsupportedVersionError(ItineraryError):
    """A file in a format version newer than this program reads."""

    def __init__(self, origin: str, version: int, supported: int) -> None:
        self.version = version
        self.supported = supported
        super().__init__(
            origin,
            _("it was made by a newer version of Stay Planner (format version {version}); "
              "this program reads version {supported}. Update Stay Planner to open it.")
            .format(version=version, supported=supported),
        )


def _rebuild(cls: type[ItineraryError], state: dict[str, Any]) -> ItineraryError:
    error = cls.__new__(cls)
    error.__dict__.update(state)
    origin, detail, saving = state["origin"], state["detail"], state["saving"]
    ItineraryError.__init__(error, origin, detail, saving=saving)
    return error
