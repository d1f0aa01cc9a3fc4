"""What the stay summary shows, computed without Qt.

:func:`build_summary` (also ``Summary.build``) turns an itinerary, a rule set
and the summary's date into a :class:`Summary`: plain values and ready-made
texts in the chosen language, which :mod:`planner.report.summary_pdf` only
lays out. Everything here can be printed and tested without a QApplication.

What is counted, exactly:

* **Rules applied**: per destination the itinerary visits (and a rule covers
  for the traveller's nationality), the rules in force at some time between
  the first entry and the last exit there, or on the summary's date (all its
  rules if none is) -- the same choice as ``stay-planner check``.
* **Days used** on a day: the count of the destination's counting rule in
  force that day (rolling: present days in the window *ending on* that day;
  calendar year: since 1 January; fixed window: since it began; per entry:
  the day of the stay), as ``Evaluator.counter`` gives it.
* **Deadlines**, from the summary's date D: the *current stay* is the one
  covering D (on a travel day, the one that goes on after D), failing that
  the first stay entering after D. Its exit window
  (:func:`planner.core.advice.exit_window`, the answer of ``stay-planner
  suggest``): the latest compliant exit, then the earliest return for the
  next planned stay counting in the same destination (that stay left out,
  the current one cut to its latest exit), or, with none planned, for the
  current stay's length (failing that, for the days cut off). Then, in date
  order, the next registration deadline not yet done and the next day a
  tax-residency presence test becomes met of each rule, on or after D
  (:func:`planner.core.deadlines.notices`), at most :data:`NOTICES` lines, each
  with its rule id: dates to act on, never breaches.
* **Conflicts**: stays in different countries sharing more than a travel
  day (:mod:`planner.core.timeline`); a summary with one is not compliant.
* **Not checked**: countries with visa-free days no rule data covers for the
  nationality (:mod:`planner.core.coverage`), said at the top of the page.
* **Year strips**: the calendar year of D when it lies within the
  itinerary's years (from its first entry's to its last exit's), else each of
  the itinerary's years (a 2023 itinerary summarised in 2026 shows 2023); a
  day is present in a country when any stay there covers it (any status), a
  breach day when any destination breaches on it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from planner import log
from planner.core.advice import exit_window
from planner.core.coverage import unchecked_days, visa_needs
from planner.core.deadlines import DeadlineKind, notices
from planner.core.engine import Evaluator
from planner.core.model import Itinerary, Stay
from planner.core.registration import HolidayDataError
from planner.core.rules import Rule, RuleSet
from planner.core.timeline import conflicts
from planner.names import country_name
from planner.report.summary_words import Words, in_force_text, iso, rule_text, status_text, words

ONE_DAY = dt.timedelta(days=1)
Range = tuple[dt.date, dt.date]
NameFn = Callable[[str], str]
#: At most this many registration and tax-residency lines under "Next deadlines".
NOTICES = 3


class SummaryError(ValueError):
    """An itinerary a summary cannot be made of (the message says why)."""


@dataclass(frozen=True, slots=True)
class RuleLine:
    """One rule applied to one destination."""

    destination: str
    destination_name: str
    rule_id: str
    kind: str
    text: str
    max_days: int | None
    window_days: int | None
    valid_from: dt.date | None
    valid_to: dt.date | None
    in_force: str
    source: str
    checked: dt.date | None
    title: str = ""


@dataclass(frozen=True, slots=True)
class UsageLine:
    """Days used and allowed in one destination on one day."""

    destination: str
    destination_name: str
    day: dt.date
    used: int | None
    allowed: int | None
    rule_text: str

    @property
    def over(self) -> bool:
        return self.used is not None and self.allowed is not None and self.used > self.allowed

    @property
    def short(self) -> str:
        """"96/90" or "—" when nothing counts days there."""
        return "—" if self.used is None else f"{self.used}/{self.allowed}"


@dataclass(frozen=True, slots=True)
class StayRow:
    """One row of the stays table."""

    index: int
    country: str
    country_name: str
    entry: dt.date
    exit: dt.date
    days: int
    status: str
    counted: bool
    note: str
    breach_ranges: tuple[Range, ...] = ()
    used_at_exit: tuple[UsageLine, ...] = ()

    @property
    def breach_days(self) -> int:
        return sum((b - a).days + 1 for a, b in self.breach_ranges)


@dataclass(frozen=True, slots=True)
class BreachLine:
    """Breach days of one destination under one rule, one inclusive range."""

    destination: str
    destination_name: str
    rule_id: str
    rule_text: str
    start: dt.date
    end: dt.date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True, slots=True)
class Deadline:
    """A next deadline: ``kind`` is "exit", "reentry", "registration" or
    "tax-residency"; ``text`` says it all. Only an exit or re-entry the plan
    misses is ``urgent``."""

    kind: str
    country: str
    day: dt.date | None
    text: str
    urgent: bool = False
    unlimited: bool = False


@dataclass(frozen=True, slots=True)
class YearStrip:
    """Presence and breach days in one calendar year."""

    year: int
    present: Mapping[dt.date, tuple[str, ...]]
    breach: frozenset[dt.date]
    countries: tuple[str, ...]
    names: Mapping[str, str]


@dataclass(frozen=True)
class Summary:
    """Everything the one-page stay summary shows; ``words`` gives its texts."""

    words: Words
    made: dt.date
    date: dt.date
    traveller: str
    nationality: str
    nationality_name: str
    rules: tuple[RuleLine, ...]
    stays: tuple[StayRow, ...]
    usage: tuple[UsageLine, ...]
    breaches: tuple[BreachLine, ...]
    deadlines: tuple[Deadline, ...]  # the exit window: "exit", then "reentry"
    years: tuple[YearStrip, ...]
    unchecked: tuple[str, ...]
    checked: dt.date | None
    disclaimer: str
    compliant: bool = field(default=True)
    conflicts: tuple[str, ...] = ()  # "#9 Kazakhstan … and #10 Kyrgyzstan …: both on …"
    not_checked: tuple[str, ...] = ()  # destinations visited visa-free with no rule data
    visa: tuple[str, ...] = ()  # "Russia: a visa is needed for US citizens"
    notices: tuple[Deadline, ...] = ()  # registrations and tax thresholds, after deadlines

    @property
    def lang(self) -> str:
        return self.words.lang

    @classmethod
    def build(cls, itinerary: Itinerary, rules: RuleSet, date: dt.date, *,
              lang: str = "en", made: dt.date | None = None) -> Summary:
        return build_summary(itinerary, rules, date, lang=lang, made=made)


def build_summary(itinerary: Itinerary, rules: RuleSet, date: dt.date, *,
                  lang: str = "en", made: dt.date | None = None,
                  translate: Callable[[str], str] | None = None) -> Summary:
    """The summary of ``itinerary`` on ``date`` (``made``: the day it is made,
    default ``date``), with texts in ``lang``, translated by ``translate``
    (default: from the ``.ts`` files; see :func:`planner.report.summary_words.words`)."""
    w = words(lang, translate)
    nat = itinerary.traveller.nationality
    if not nat:
        raise SummaryError("the traveller's nationality is missing: rules depend on it")
    ev = Evaluator(rules, nat, itinerary.stays)
    dests = ev.destinations()

    def name(code: str) -> str:
        return country_name(code, w.lang, rules.names)

    applied = {d: applied_rules(ev, itinerary.stays, d, date) for d in dests}
    rule_lines = tuple(_rule_line(r, name(d), w) for d in dests for r in applied[d])
    breaches = tuple(
        BreachLine(d, name(d), r.id, rule_text(r, w), a, b)
        for d in dests for r in applied[d] for a, b in ev.breaches(d, r))
    checked = max((r.checked for d in dests for r in applied[d] if r.checked), default=None)
    disclaimer = w("disclaimer", day=iso(checked), sources=w("sources"))
    clashes = tuple(
        w("conflict_line", first=_stay_name(c.first, itinerary.stays, name),
          second=_stay_name(c.second, itinerary.stays, name),
          span=f"{iso(c.days[0])} – {iso(c.days[1])}")
        for c in conflicts(itinerary.stays))
    covered = set(dests)
    unchecked = tuple(
        f"{name(c)} ({w('home') if c == nat else w('no_rules')})"
        for c in sorted({s.country for s in itinerary.stays})
        if not any(d in covered for d, _ in rules.destinations_of(c)))
    return Summary(
        words=w, made=made or date, date=date,
        traveller=itinerary.traveller.name, nationality=nat, nationality_name=name(nat),
        rules=rule_lines,
        stays=tuple(stay_rows(ev, w, name)),
        usage=tuple(usage_line(ev, d, date, w, name) for d in dests),
        breaches=breaches,
        deadlines=tuple(deadlines(ev, date, w, name)),
        notices=tuple(notice_lines(itinerary, rules, date, w, name)),
        years=tuple(year_strip(ev, y, name) for y in strip_years(itinerary.stays, date)),
        unchecked=unchecked, checked=checked, disclaimer=disclaimer,
        compliant=ev.compliant() and not clashes,
        conflicts=clashes,
        not_checked=tuple(name(c) for c in unchecked_days(rules, nat, itinerary.stays)),
        visa=tuple(dict.fromkeys(
            w("visa_needed", nationality=nat,
              name=rules.zones[v.destination].name if v.destination in rules.zones
              else name(v.destination))
            for v in visa_needs(rules, nat, itinerary.stays))),
    )


def _stay_name(index: int, stays: Sequence[Stay], name: NameFn) -> str:
    s = stays[index]
    return f"#{index + 1} {name(s.country)} {iso(s.entry)} – {iso(s.exit)}"


def applied_rules(ev: Evaluator, stays: Sequence[Stay], dest: str,
                  date: dt.date) -> list[Rule]:
    """The rules of ``dest`` in force between its first entry and last exit or on
    ``date``; all of them when none is."""
    days = [d for s in stays for d in (s.entry, s.exit)
            if dest in ev.destinations_of(s)] or [date]
    lo, hi = min(*days, date), max(*days, date)
    all_rules = ev.rules_for(dest)
    return [r for r in all_rules
            if (r.valid_from is None or r.valid_from <= hi)
            and (r.valid_to is None or lo <= r.valid_to)] or all_rules


def _rule_line(r: Rule, dest_name: str, w: Words) -> RuleLine:
    return RuleLine(r.destination, dest_name, r.id, r.kind.value, rule_text(r, w),
                    r.max_days, r.window_days, r.valid_from, r.valid_to,
                    in_force_text(r, w), r.source, r.checked, r.title)


def usage_line(ev: Evaluator, dest: str, day: dt.date, w: Words,
               name: NameFn, rule: Rule | None = None) -> UsageLine:
    """Days used / allowed in ``dest`` on ``day`` by its counting rule (by ``rule``
    when given)."""
    c = ev.counter(dest, day, rule)
    if c is None:
        in_force = [r for r in ev.rules_for(dest) if r.in_force(day)]
        text = rule_text(in_force[0], w) if in_force else w("no-limit")
        return UsageLine(dest, name(dest), day, None, None, text)
    return UsageLine(dest, name(dest), day, c.used, c.allowed, rule_text(c.rule, w))


def used_at_exit(ev: Evaluator, dest: str, day: dt.date, w: Words,
                 name: NameFn) -> UsageLine:
    """Days used / allowed in ``dest`` on a stay's exit ``day``, by the limit that
    breaches there if one does (37/30 for a stay past 30 days per entry, where
    the 90-in-180 count is only 37/90), the one furthest over when several do;
    else by the destination's counting rule."""
    over = [u for r in ev.breaching_rules(dest, day)
            if (u := usage_line(ev, dest, day, w, name, r)).over]
    if over:
        return max(over, key=lambda u: (u.used or 0) - (u.allowed or 0))
    return usage_line(ev, dest, day, w, name)


def stay_rows(ev: Evaluator, w: Words, name: NameFn) -> list[StayRow]:
    """The stays table in itinerary order, with breaches and usage at exit."""
    rows = []
    for i, s in enumerate(ev.stays):
        days = sorted({d for _, d in ev.stay_breaches(i)})
        used = tuple(used_at_exit(ev, d, s.exit, w, name)
                     for d in ev.destinations_of(s)) if s.status.counts else ()
        rows.append(StayRow(i, s.country, name(s.country), s.entry, s.exit, s.days,
                            status_text(s.status, s.ground, w), s.status.counts, s.note,
                            tuple(merge_days(days)), used))
    return rows


def merge_days(days: Sequence[dt.date]) -> list[Range]:
    """Sorted days as inclusive ranges, merged where they touch: 1, 2 and 4 January
    give (1 Jan, 2 Jan) and (4 Jan, 4 Jan)."""
    out: list[Range] = []
    for d in days:
        if out and d - out[-1][1] <= ONE_DAY:
            out[-1] = (out[-1][0], max(out[-1][1], d))
        else:
            out.append((d, d))
    return out


def current_stay(stays: Sequence[Stay], date: dt.date) -> int | None:
    """The stay covering ``date`` (on a travel day the one going on after it),
    else the first entering after it; ``None`` when there is neither."""
    covering = [i for i, s in enumerate(stays) if s.covers(date)]
    if covering:
        return max(covering, key=lambda i: (stays[i].exit > date, stays[i].entry, i))
    later = [i for i, s in enumerate(stays) if s.entry > date]
    return min(later, key=lambda i: (stays[i].entry, i)) if later else None


def deadlines(ev: Evaluator, date: dt.date, w: Words, name: NameFn) -> list[Deadline]:
    """Latest exit of the current (or next) stay, then the earliest re-entry: the
    stay's exit window (:func:`planner.core.advice.exit_window`), the very answer
    ``stay-planner suggest`` and the window's exit-window panel give."""
    stays = ev.stays
    i = current_stay(stays, date)
    if i is None:
        return []
    s = stays[i]
    where = {"country": name(s.country), "a": iso(s.entry), "b": iso(s.exit)}
    win = exit_window(ev.ruleset, ev.nationality, stays, i, breaching=bool(ev.stay_breaches(i)))
    out = []
    if win.unlimited:
        return [Deadline("exit", s.country, None, w("exit_free", **where), unlimited=True)]
    if win.leave_by is None:
        out.append(Deadline("exit", s.country, None, w("exit_none", **where), True))
    else:
        text = w("exit_by", day=iso(win.leave_by), **where)
        late = (s.exit - win.leave_by).days
        if late > 0:
            text += " " + w("exit_late", n=late)
        out.append(Deadline("exit", s.country, win.leave_by, text, late > 0))
    back = win.next_stay or s
    k = win.return_days or back.days
    if win.earliest_return is None:
        out.append(Deadline("reentry", back.country, None,
                            w("reentry_none", country=name(back.country), k=k), True))
        return out
    text = w("reentry", country=name(back.country), k=k, day=iso(win.earliest_return))
    urgent = False
    if win.next_stay is not None:
        text += " " + w("reentry_planned", day=iso(win.next_stay.entry))
        urgent = win.next_stay.entry < win.earliest_return
    out.append(Deadline("reentry", back.country, win.earliest_return, text, urgent))
    return out


def notice_lines(itinerary: Itinerary, rules: RuleSet, date: dt.date, w: Words,
                 name: NameFn) -> list[Deadline]:
    """The next registration deadline and tax-threshold day of each rule on or after
    ``date``, the first :data:`NOTICES` of them (never urgent: a date to act on, not a
    breach). When a
    registration rule's working days cannot be counted, one line says so."""
    nat = itinerary.traveller.nationality
    try:
        found = notices(rules, nat, itinerary.stays, date)
    except HolidayDataError as e:
        log.rules.warning("registration deadlines not counted in the summary: %s", e)
        return [Deadline("registration", "", None, w("register_unknown", error=str(e)))]
    firsts: dict[tuple[str, str | None], object] = {}
    for d in found:
        firsts.setdefault((d.country, d.rule), d)
    out = []
    for d in [d for d in found if firsts[(d.country, d.rule)] is d][:NOTICES]:
        if d.kind is DeadlineKind.REGISTRATION:
            text = w("register_by", country=name(d.country), day=iso(d.day), rule=d.rule)
        else:
            text = w("tax_reached", country=name(d.country), n=d.days, day=iso(d.day),
                     rule=d.rule)
        out.append(Deadline(d.kind.value, d.country, d.day, text))
    return out


def strip_years(stays: Sequence[Stay], date: dt.date) -> list[int]:
    """The years the summary draws: ``date``'s year when it lies within the years
    the stays span, else every year they span; ``date``'s year without stays."""
    if not stays:
        return [date.year]
    first = min(s.entry for s in stays).year
    last = max(s.exit for s in stays).year
    return [date.year] if first <= date.year <= last else list(range(first, last + 1))


def year_strip(ev: Evaluator, year: int, name: NameFn) -> YearStrip:
    """Countries present and breach days on each day of ``year``."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    present: dict[dt.date, list[str]] = {}
    order: list[str] = []
    for s in sorted(ev.stays, key=lambda s: s.entry):
        a, b = max(s.entry, first), min(s.exit, last)
        if a > b:
            continue
        if s.country not in order:
            order.append(s.country)
        d = a
        while d <= b:
            here = present.setdefault(d, [])
            if s.country not in here:
                here.append(s.country)
            d += ONE_DAY
    breach = frozenset(
        d for dest in ev.destinations() for x, y in ev.breaches(dest)
        for d in _days(max(x, first), min(y, last)))
    return YearStrip(year, {d: tuple(v) for d, v in present.items()}, breach, tuple(order),
                     {c: name(c) for c in order})


def _days(a: dt.date, b: dt.date) -> list[dt.date]:
    return [a + n * ONE_DAY for n in range((b - a).days + 1)]
