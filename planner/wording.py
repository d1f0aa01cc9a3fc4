"""Sentences the command line and the window share, in the user's language.

They go through :func:`planner.i18n._` (the window sets its language there
too), so a sentence is written and translated once for both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.i18n import _, language
from planner.names import country_name

if TYPE_CHECKING:
    from planner.core.rules import RuleSet


def visa_text(destination: str, nationality: str, since: str | None, rules: RuleSet) -> str:
    """"Russia: a visa is needed for US citizens"; with ``since`` (a date as the
    caller writes it) for a rule that begins on a day: "… from 2027-01-01".
    ``destination`` is a country code or a zone's id (the zone's name is used)."""
    zone = rules.zones.get(destination)
    name = zone.name if zone else country_name(destination, language(), rules.names)
    if since:
        return _("{name}: a visa is needed for {nationality} citizens from {day}").format(
            name=name, nationality=nationality, day=since)
    return _("{name}: a visa is needed for {nationality} citizens").format(
        name=name, nationality=nationality)


def may_stay_text(day: str, later_breach: bool = False) -> str:
    """"may stay until 2023-04-03" for a stay that keeps to the rules (a breaching
    one is told "leave by"); with ``later_breach``, why it should end before its
    planned exit: its later days make a later stay breach."""
    if later_breach:
        return _("may stay until {day}: later days here make a later stay breach").format(
            day=day)
    return _("may stay until {day}").format(day=day)
