"""Registration deadlines: the day by which a visit must be registered.

A **visit** is what a registration is about: the stays in one country whose
status the rule covers, joined while they touch or overlap (a stay from 1 to
10 March and one from 11 to 20 March are one visit from 1 to 20 March: the
traveller never left). Each :class:`~planner.core.deadline_rules.RegistrationRule`
in force on a visit's entry day, for the destination and the traveller's
nationality, gives it a deadline (see :mod:`planner.core.deadline_rules` for
how each kind counts):

* within 3 calendar days, entry Friday 1 March 2024: Monday 4 March;
* within 7 working days in Russia, entry Wednesday 6 March 2024: the working
  days after it are Thursday 7 (Friday 8 is Women's Day, a holiday, then the
  weekend), Monday 11 .. Friday 15 and Monday 18, the seventh: the deadline;
* by day 15 of a visit longer than 15 days, entry 1 March: 15 March.

Nothing is due when the visit ends before the deadline (or, for a stay-length
rule, lasts no more than N days). A visit is done when any of its stays is
marked :attr:`~planner.core.model.Stay.registered`.

Working days come from the ``holidays`` package: Monday to Friday, less the
country's public holidays, plus the weekend days its government made working
days. For the countries the bundled rules count working days in, and the
years 2000 .. 2050, the program carries them as a table
(``resources/holidays/working_days.json``, the days that are not what Monday
to Friday says, written from the package by ``packaging/make_holidays.py``;
a test holds the two equal), so opening a file does not import the package.
Any other day or country asks the package, loading only that country's
calendar, once (:func:`calendar`): ``holidays.countries`` would import all of
its some 250 country modules (about 20 MB, and most of the time). The package
itself takes some 50 ms to import.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from planner import log
from planner.core.deadline_rules import RegistrationRule
from planner.core.model import Status, Stay
from planner.resources import resource_path

ONE_DAY = dt.timedelta(days=1)
@cache
def calendar(country: str) -> Any:
    """``country``'s public-holiday calendar (a ``holidays.HolidayBase``), loaded once.

    The same calendar as ``holidays.country_holidays(country)``, from the
    country's own module. Raises :class:`HolidayDataError` when the package has
    no calendar for ``country``.
    """
    return _load_calendar(country)


def _load_calendar(country: str) -> Any:
    import holidays
    from holidays.registry import COUNTRIES

    found = next(((module, names[0]) for module, names in COUNTRIES.items()
                  if country in names), None)
    if found is None:
        log.rules.warning("no public-holiday calendar for %s", country)
        raise HolidayDataError(
            f"no public-holiday calendar for {country}: its working days cannot be "
            "counted")
    module_name, class_name = found
    name = f"holidays.countries.{module_name}"
    path = Path(holidays.__file__).parent / "countries" / f"{module_name}.py"
    module = sys.modules.get(name)
    if module is None and "holidays.countries" not in sys.modules and path.is_file():
        # The module imports from the package's base modules only, never from
        # holidays.countries, whose __init__ would import every other country.
        spec = importlib.util.spec_from_file_location(name, path)
        if spec is not None and spec.loader is not None:
            module = importlib.util.module_from_spec(spec)
            sys.modules[name] = module
            try:
                spec.loader.exec_module(module)
            except BaseException:
                del sys.modules[name]
                raise
    if module is None:  # a frozen bundle, or the countries already imported
        return holidays.country_holidays(country)
    return getattr(module, class_name)()


class HolidayDataError(LookupError):
    """No public-holiday calendar for a country whose rule counts working days."""


class Visit(NamedTuple):
    """Stays in one country that touch or overlap, by file index, first entry first."""

    country: str
    indexes: tuple[int, ...]
    entry: dt.date
    exit: dt.date
    registered: bool


@dataclass(frozen=True)
class RegistrationDue:
    """A visit's registration deadline under one rule."""

    rule: RegistrationRule
    visit: Visit
    due: dt.date

    @property
    def index(self) -> int:
        """The stay the visit starts with (file index)."""
        return self.visit.indexes[0]

    @property
    def done(self) -> bool:
        return self.visit.registered


def visits(stays: Sequence[Stay], country: str, rule: RegistrationRule) -> list[Visit]:
    """The visits to ``country`` made of stays whose status ``rule`` covers."""
    there = [i for i, s in enumerate(stays) if s.country == country]
    return [_visit(stays, country, g) for g in _groups(stays, there, rule.statuses)]


#: A visit before it is made a :class:`Visit`: its stays (file indexes, in
#: entry order), its first and its last day.
_Group = tuple[list[int], dt.date, dt.date]


def _groups(stays: Sequence[Stay], there: Sequence[int], statuses: Collection[Status],
            made: dict[tuple[int, ...], list[_Group]] | None = None) -> list[_Group]:
    """The visits of the stays ``there`` (the indexes of those in one country)
    whose status is among ``statuses``. ``made``: those found so far for the
    country, by the stays they were made of (two rules for one country whose
    statuses pick the same stays share them)."""
    picked = sorted((s.entry, s.exit, i) for i in there
                    if (s := stays[i]).status in statuses)
    key = tuple(i for _a, _b, i in picked)
    if made is not None and key in made:
        return made[key]
    out: list[_Group] = []
    group: list[int] = []
    entry = end = dt.date.min
    for s_entry, s_exit, i in picked:
        if group and s_entry <= end + ONE_DAY:
            group.append(i)
            end = max(end, s_exit)
            continue
        if group:
            out.append((group, entry, end))
        group, entry, end = [i], s_entry, s_exit
    if group:
        out.append((group, entry, end))
    if made is not None:
        made[key] = out
    return out


def _visit(stays: Sequence[Stay], country: str, group: _Group) -> Visit:
    indexes, entry, end = group
    return Visit(country, tuple(indexes), entry, end, any(stays[i].registered for i in indexes))


class WorkingDayTable(NamedTuple):
    """The bundled working days: per country, the days of ``first`` .. ``last`` on
    which "Monday to Friday" is wrong (a holiday on a weekday, a working weekend day)."""

    first: dt.date
    last: dt.date
    flipped: dict[str, frozenset[dt.date]]

    def answer(self, country: str, day: dt.date) -> bool | None:
        """Whether ``day`` is a working day in ``country``; ``None``: not in the table."""
        flipped = self.flipped.get(country)
        if flipped is None or not self.first <= day <= self.last:
            return None
        return (day.weekday() < 5) != (day in flipped)


@cache
def working_day_table() -> WorkingDayTable:
    """The table in ``resources/holidays/working_days.json`` (empty if unreadable)."""
    path = resource_path("holidays", "working_days.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        first, last = data["years"]
        return WorkingDayTable(
            dt.date(first, 1, 1), dt.date(last, 12, 31),
            {c: frozenset(map(dt.date.fromisoformat, days))
             for c, days in data["countries"].items()})
    except (OSError, ValueError, KeyError, TypeError) as e:
        log.rules.warning("the working-day table %s cannot be read (%s): every working "
                          "day is asked of the holidays package", path, e)
        return WorkingDayTable(dt.date.max, dt.date.min, {})


def is_working_day(country: str, day: dt.date) -> bool:
    """Monday to Friday and not a public holiday, or a weekend day made a working day.

    Raises :class:`HolidayDataError` when the ``holidays`` package has no
    calendar for ``country``.
    """
    known = working_day_table().answer(country, day)
    if known is not None:
        return known
    return bool(calendar(country).is_working_day(day))


def working_days_after(country: str, day: dt.date, n: int) -> dt.date:
    """The ``n``-th working day after ``day`` (``day`` itself not counted)."""
    d, found = day, 0
    while found < n:
        d += ONE_DAY
        if is_working_day(country, d):
            found += 1
    return d


def deadline(rule: RegistrationRule, entry: dt.date) -> dt.date:
    """The registration deadline of a visit that starts on ``entry``."""
    if rule.trigger == "stay-length":
        return entry + (rule.days - 1) * ONE_DAY
    if rule.day_type == "working":
        return working_days_after(rule.destination, entry, rule.days)
    return entry + rule.days * ONE_DAY


def registration_dues(rules: Sequence[RegistrationRule], nationality: str,
                      stays: Sequence[Stay]) -> list[RegistrationDue]:
    """Every registration the itinerary needs, in date order."""
    out = []
    by_country: dict[str, list[int]] = {}  # the stays in each country, found once
    for i, s in enumerate(stays):
        by_country.setdefault(s.country, []).append(i)
    made: dict[str, dict[tuple[int, ...], list[_Group]]] = {}
    for rule in rules:
        if not rule.covers(nationality) or rule.destination == nationality:
            continue
        dest = rule.destination
        for g in _groups(stays, by_country.get(dest, []), rule.statuses,
                         made.setdefault(dest, {})):
            _indexes, entry, end = g
            if not rule.in_force(entry):
                continue
            if rule.trigger != "stay-length" and end < entry + rule.days * ONE_DAY:
                continue  # over before N calendar days, so before N working days too
            due = deadline(rule, entry)
            needed = (end - entry).days + 1 > rule.days \
                if rule.trigger == "stay-length" else end >= due
            if needed:  # (only a visit that needs registering is made a Visit)
                out.append(RegistrationDue(rule, _visit(stays, dest, g), due))
    out.sort(key=lambda r: (r.due, r.index, r.rule.id))
    return out
